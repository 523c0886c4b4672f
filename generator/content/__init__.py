"""Content: reading article files and briefing.toml into plain data."""
