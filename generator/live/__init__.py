"""Watch mode: rebuild on change, serve the site, reload the browser."""
