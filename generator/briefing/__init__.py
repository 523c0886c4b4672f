"""The briefing: articles joined with their analyses and grouped by event."""
