"""digest: turn a folder of scraped news articles into a clean, browsable briefing."""

__version__ = "0.1.0"
