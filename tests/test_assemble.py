"""An article's digest stands for all of it: pages and data files are only remade when it changes."""

from __future__ import annotations

import pickle

from generator.briefing.assemble import assemble
from generator.models import (
    Analysis,
    Article,
    ArticleRecord,
    CleanedArticle,
    DescribedDay,
    FrontMatter,
)
from tests.conftest import HASH_SEEDS, run_python


def record(file: str, title: str, keywords: tuple[str, ...], text: str) -> ArticleRecord:
    analysis = Analysis(CleanedArticle(text), lead="", keywords=keywords)
    when = DescribedDay(None, "no date", preview=False)
    return ArticleRecord(file, FrontMatter(title=title), title, analysis, when, event="")


HARBOUR = record("a.md", "Harbour", ("Carbon Tax",), "The Carbon Tax passed.")


def digest_of_harbour(records: dict[str, ArticleRecord]) -> tuple[str, str, tuple[str, ...]]:
    (article,) = [a for a in assemble(records) if a.file == "a.md"]
    return article.digest, article.id, article.keywords


def test_the_same_records_give_the_same_articles_whatever_the_hash_seed() -> None:
    """Ids, keyword spellings and digests from fresh interpreters, whose sets of strings iterate
    in other orders, are the ones this process makes: with two titles alike, spellings tied."""
    records = {
        "k": HARBOUR,
        "j": record("0.md", "Harbour", ("carbon tax", "Bridge"), "A carbon tax on the bridge."),
        "m": record("b.md", "Tax", ("Carbon tax", "bridge"), "The Carbon tax and the bridge."),
        "n": record("c.md", "Harbour!", ("CARBON TAX",), "No spelling counted here."),
    }
    script = """
        import pickle, sys
        from generator.briefing.assemble import assemble
        print(repr(assemble(pickle.load(sys.stdin.buffer))))
        """
    stdin = pickle.dumps(records)
    outputs = {run_python(script, hash_seed=seed, stdin=stdin) for seed in HASH_SEEDS}
    assert outputs == {f"{assemble(records)!r}\n"}


def test_a_record_made_from_other_inputs_gets_another_digest() -> None:
    assert digest_of_harbour({"k": HARBOUR})[0] != digest_of_harbour({"other": HARBOUR})[0]


def test_another_file_that_changes_the_id_or_a_keyword_spelling_changes_the_digest() -> None:
    alone = digest_of_harbour({"k": HARBOUR})
    # A file listed first with the same title takes the plain id.
    same_title = record("0.md", "Harbour", (), "Nothing.")
    moved = digest_of_harbour({"j": same_title, "k": HARBOUR})
    assert moved[1] != alone[1] and moved[0] != alone[0]
    # A file that spells the keyword another way more often settles its spelling.
    spelled = record("b.md", "Tax", ("carbon tax",), "A carbon tax, then another carbon tax.")
    respelled = digest_of_harbour({"k": HARBOUR, "j": spelled})
    assert respelled[2] != alone[2] and respelled[0] != alone[0]


def test_articles_from_an_earlier_call_are_reused_only_where_they_come_out_the_same() -> None:
    known: dict[str, Article] = {}  # as watch mode keeps it
    (first,) = assemble({"k": HARBOUR}, known)
    (again,) = assemble({"k": HARBOUR}, known)
    assert again is first
    same_title = record("0.md", "Harbour", (), "Nothing.")
    spelled = record("b.md", "Tax", ("carbon tax",), "A carbon tax, then another carbon tax.")
    for records in [{"j": same_title, "k": HARBOUR}, {"k": HARBOUR, "j": spelled}]:
        assemble({"k": HARBOUR}, known)
        assert assemble(records, known) == assemble(records)  # a new id, a new spelling
