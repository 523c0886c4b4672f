"""Titles of a company's or a board's officers, and the initials of a government's offices,
which stand before a name as "President" does."""

# "CTO Ada Morrow" is Ada Morrow; "CTO" alone names no one in particular. ("Chair" is a thing
# too, "electric chair": keyword_prose.ROLE_TITLES, a title only before a name.) So are
# "PM Ana Duarte" (Prime Minister) and "NSA Ana Duarte" (National Security Adviser): "NSA"
# alone is the agency, which keeps it where no name follows.
OFFICER_TITLES = frozenset(
    {"cto", "cio", "cmo", "ciso", "chairwoman", "chairperson"} | {"pm", "nsa"}
)
