"""News agencies, and the names texts give them: a wire's name in a credit says where a story
came from, never who published the page it is on. Both the outlet a page is inferred to come
from (content) and the origin of a group of copies (briefing) read this one list."""

from __future__ import annotations

WIRE_AGENCIES = {
    "AFP": ("AFP", "Agence France-Presse", "Agence France Presse"),
    "Reuters": ("Reuters", "Thomson Reuters"),
    "AP": ("AP", "Associated Press"),
    "Yonhap": ("Yonhap",),
    "Xinhua": ("Xinhua",),
    "Kyodo": ("Kyodo News", "Kyodo"),
    "Jiji Press": ("Jiji Press", "Jiji"),
    "Anadolu Agency": ("Anadolu Agency", "Anadolu", "AA"),
    "PA Media": ("PA Media", "Press Association", "PA"),
    "dpa": ("dpa", "DPA"),
    "Bloomberg": ("Bloomberg",),
    "AAP": ("AAP", "Australian Associated Press"),
    "EFE": ("EFE",),
    "ANSA": ("ANSA",),
    "TASS": ("TASS",),
    "Bernama": ("Bernama",),
    "ANI": ("ANI",),
    "PTI": ("PTI", "Press Trust of India"),
    "IANS": ("IANS",),
    "UPI": ("UPI", "United Press International"),
    "The Canadian Press": ("The Canadian Press", "Canadian Press"),
}
