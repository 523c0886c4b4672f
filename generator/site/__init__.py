"""The site: the pages and data files made from the grouped briefing."""
