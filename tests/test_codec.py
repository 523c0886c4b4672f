"""Frozen dataclasses to JSON and back (generator.codec): what is saved reads back equal, and
what this code did not write is refused whole."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

import pytest

from generator import codec
from generator.models import ArticleRecord, DescribedDay, FrontMatter, Problem, RemovedLine
from tests.conftest import sample_analysis


@dataclass(frozen=True, slots=True)
class Row:
    name: str
    terms: tuple[tuple[str, float], ...]
    lines: tuple[RemovedLine, ...]
    counts: dict[str, int]
    day: datetime.date | None = None
    nested: tuple[tuple[RemovedLine, int], ...] = ()


ROW = Row(
    "closure",
    (("bridge", 3.0), ("closed", 2.5), ("harbour", 1)),
    (RemovedLine("Share this", "share widget"), RemovedLine("Menu", "navigation")),
    {"a": 1, "b": 2},
    datetime.date(2026, 1, 5),
    ((RemovedLine("Ad", "advert"), 7),),
)


def test_what_is_saved_reads_back_equal() -> None:
    assert codec.loads(Row, codec.dumps(ROW)) == ROW
    empty = Row("", (), (), {})
    assert codec.loads(Row, codec.dumps(empty)) == empty


def test_an_article_record_reads_back_equal() -> None:
    day = DescribedDay(datetime.date(2026, 1, 5), "published 5 January", False)
    record = ArticleRecord(
        "articles/a.md",
        FrontMatter(title="T", published=datetime.date(2026, 1, 5), keep=("Menu",)),
        "T",
        sample_analysis(),
        day,
        "",
        (("bridge", "bridge closed"), (3.0, 2.0)),
        (Problem("articles/a.md", "no outlet"),),
        (("outlet", "X", "the byline"),),
    )
    assert codec.loads(ArticleRecord, codec.dumps(record)) == record


def test_saved_text_is_the_compact_json_of_the_plain_value() -> None:
    assert codec.dumps(ROW) == codec.compact_json(codec.plain(ROW))


def test_a_field_of_pairs_is_saved_as_its_columns() -> None:
    saved = codec.dumps(ROW)
    assert '[["bridge","closed","harbour"],[3.0,2.5,1]]' in saved
    assert codec.dumps(Row("", (), (), {})) == '["",[[],[]],[],{},null,[[],[]]]'


@pytest.mark.parametrize(
    "saved",
    [
        pytest.param('["n",[["bridge"],["3.0"]],[],{}]', id="a weight that is text"),
        pytest.param('["n",[["bridge"],[true]],[],{}]', id="a weight that is a boolean"),
        pytest.param('["n",[["bridge"],[1.0],[2.0]],[],{}]', id="three columns for pairs"),
        pytest.param('["n",[["bridge","closed"],[1.0]],[],{}]', id="columns of two lengths"),
        pytest.param('["n",[["bridge",1.0]],[],{}]', id="pairs saved as rows"),
        pytest.param('["n",[],[],{}]', id="no columns"),
        pytest.param('["n",[[1],[1.0]],[],{}]', id="a term that is a number"),
        pytest.param('["n",[[],[]],[["Menu"]],{}]', id="a line without its reason"),
        pytest.param('["n",[[],[]],[["Menu",null]],{}]', id="a reason that is null"),
        pytest.param('["n",[[],[]],[],{"a":"1"}]', id="a count that is text"),
        pytest.param('["n",[[],[]],[],{},null,[[["Ad","advert"]],[true]]]', id="a nested boolean"),
    ],
)
def test_a_value_that_does_not_fit_its_type_is_refused(saved: str) -> None:
    with pytest.raises(codec.DecodeError):
        codec.loads(Row, saved)
