"""Output: writing the site atomically, and knowing what is already on disk."""
