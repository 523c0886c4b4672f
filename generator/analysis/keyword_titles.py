"""Titles of a company's or a board's officers, which stand before a name as "President" does."""

# "CTO Ada Morrow" is Ada Morrow; "Chair" and "CTO" alone name no one in particular.
OFFICER_TITLES = frozenset({"cto", "cio", "cmo", "ciso", "chair", "chairwoman", "chairperson"})
