"""One article's expensive results: its cleaned text, lead and keywords."""

from __future__ import annotations

from generator.clean import clean
from generator.keywords import extract_keywords
from generator.models import Analysis
from generator.summary import lead


def analyse(body: str, title: str) -> Analysis:
    """Clean the scraped body, then take its lead and keywords from the cleaned text."""
    cleaned = clean(body, title)
    headline = title or cleaned.headline
    return Analysis(cleaned, lead(cleaned.text), extract_keywords(headline, cleaned.text))
