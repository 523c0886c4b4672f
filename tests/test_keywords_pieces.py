"""An article's keywords are whole phrases: none cut off before its preposition or inside a
longer phrase, no rank without its holder's name, no bare "where" or "who"."""

from __future__ import annotations

from generator.analysis.keywords import extract_keywords

DIVE_STORY = """The Velmoran diving bell Osprey was found in pieces due to a sudden implosion deep in
the Grey Sea, the harbour patrol said on Thursday. The search will continue overnight in a
remote area of deep waters, and Ardenian authorities have sent two ships.

Rear Adm. Mara Quill told reporters the harbour patrol found presumed human remains near the
wreck. Remotely operated vehicles searched the seabed, and the Osprey wreck lies 300 miles off
the Velmoran coast. The adventurer Tomas Reyl and the pilot Ivo Brandt were aboard the Osprey.
Mara Quill said the presumed human remains would be taken to Port Calder.
"""


def test_a_phrase_cut_off_before_its_preposition_or_adverb_is_no_keyword():
    keywords = extract_keywords("Osprey found in pieces", CUT_OFF_STORY)
    assert not {"pieces due", "implosion deep", "continue overnight"} & set(keywords), keywords
    assert "Osprey" in keywords  # the story's own name is still found


CUT_OFF_STORY = """The diving bell Osprey was found in pieces due to an implosion deep in the Grey
Sea, the harbour patrol said. The search will continue overnight, the patrol said on Thursday.
"""
REMAINS_STORY = """The harbour patrol said on Friday that presumed human remains were found in the
wreck of the diving bell Osprey. The Osprey wreck lies off Port Calder, and the patrol ship Tern
docked there on Thursday with debris from the Osprey.
"""
SEABED_STORY = """Remotely operated vehicles mapped the seabed off Port Calder on Monday. The team
said the survey took two days and found an old anchor near the pier.
"""


def test_a_rank_without_its_holders_name_is_no_keyword():
    keywords = extract_keywords("Diving bell Osprey lost in Grey Sea", DIVE_STORY)
    assert "Mara Quill" in keywords
    assert not [k for k in keywords if k.startswith("Rear")], keywords


def test_a_piece_of_a_longer_phrase_is_no_keyword():
    keywords = extract_keywords("Patrol says 'presumed human remains' found", REMAINS_STORY)
    assert "presumed human" not in keywords
    assert "human remains" in keywords


def test_a_participle_keeps_the_adverb_the_prose_always_puts_before_it():
    keywords = extract_keywords("Seabed mapped", SEABED_STORY)
    assert "operated vehicles" not in keywords
    assert "remotely operated vehicles" in keywords


def test_a_vague_place_or_a_countrys_authorities_is_no_keyword():
    keywords = extract_keywords("Diving bell Osprey lost in Grey Sea", DIVE_STORY)
    banned = {"remote area", "deep waters", "Ardenian authorities", "adventurer"}
    assert not banned & set(keywords), keywords
