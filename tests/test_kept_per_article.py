"""What an article's record keeps of its own text, so that the briefing-wide stages of a build
in a new process read it instead of reading every text again: its nicknames."""

from __future__ import annotations

from generator.analysis.keyword_names import unify_spellings
from generator.briefing.assemble import article_record
from generator.models import Analysis, CleanedArticle, FrontMatter, SourceArticle

NICKNAMED = "The county rodeo crowned Rowan (Tex) Abernathy on Saturday after a long season."


def test_an_article_record_keeps_the_names_its_text_gives_a_nickname() -> None:
    analysis = Analysis(CleanedArticle(NICKNAMED, ()), NICKNAMED, ())
    source = SourceArticle("articles/rodeo.md", FrontMatter(), NICKNAMED)
    record = article_record(source, analysis, (), "rodeo")
    assert record.nicknames == (("tex abernathy", "rowan abernathy"),)


def test_spellings_are_unified_by_the_nicknames_the_records_kept() -> None:
    lists = [("Tex Abernathy",), ("Tex Abernathy", "rodeo"), ("Rowan Abernathy",)]
    texts = ["Tex Abernathy won.", "Tex Abernathy rode.", "Rowan Abernathy won."]
    kept = [{}, {}, {"tex abernathy": "rowan abernathy"}]
    assert unify_spellings(lists, texts, kept)[2] == ("Tex Abernathy",)
    assert unify_spellings(lists, texts)[2] == ("Rowan Abernathy",)  # the texts name none
