"""Analysis: one article at a time, its cleaned text, lead and keywords."""
