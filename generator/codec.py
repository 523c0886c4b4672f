"""Frozen dataclasses to JSON and back, driven by their fields: the one way digest persists data.

The cache's rows, a build's note and the site manifest's entries are all dataclasses saved
with `dumps` and read with `loads(kind, text)`. A dataclass is saved as a JSON list of its
fields in order (compact: ten thousand records are read on every warm build), dates as ISO
strings, tuples as lists. A field holding a tuple of pairs (or triples: any number of tuples
of one shape, such as a record's ~90 weighted terms) is saved as one list per place, its
columns: JSON reads two lists of ninety values in a third of the time of ninety lists of two. Reading checks every value against the field's type hint and
raises DecodeError on the first that does not fit: a file this code did not write (an older
version's, a damaged one) is refused whole, never half-trusted. Adding a field to a
dataclass is all it takes to save it; the caller's schema version makes old rows misses.
"""

from __future__ import annotations

import dataclasses
import datetime
import functools
import json
import sys
import types
import typing
from collections.abc import Callable
from typing import Any, TypeVar

T = TypeVar("T")

# JSON of plain values (no dataclasses), at the speed of Python's C encoder: for the site's
# data files and for what fingerprints are made from.
compact_json = json.JSONEncoder(
    ensure_ascii=False, check_circular=False, separators=(",", ":")
).encode


class DecodeError(ValueError):
    """Saved data that does not fit the type it is read as."""


def dumps(value: object) -> str:
    """`value` (dataclasses, dates, tuples, lists, dicts, plain values) as compact JSON, as
    compact_json(plain(value)) gives it, the containers walked by the C encoder: a manifest of
    a thousand pages, or a briefing's events, is saved on every build."""
    return _encode(value)


def _unplain(value: object) -> object:
    """What the encoder is given for a value it cannot write itself: plain() one level deep."""
    if isinstance(value, datetime.date):
        return value.isoformat()
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return _fields(value)
    raise TypeError(f"cannot save a {type(value).__name__}")


def _fields(value: object) -> list[object]:
    """A dataclass's fields as saved, in order: a tuple of tuples of one shape as its columns."""
    return [
        getattr(value, name) if not shape else _columns_of(getattr(value, name), shape)
        for name, shape in _saved_fields(type(value))
    ]


def _columns_of(rows: tuple[tuple[object, ...], ...], shape: int) -> list[tuple[object, ...]]:
    return list(zip(*rows, strict=True)) if rows else [()] * shape


_encode = json.JSONEncoder(
    ensure_ascii=False, check_circular=False, separators=(",", ":"), default=_unplain
).encode


def loads(kind: type[T], text: str | bytes) -> T:
    """The `kind` saved as `text` by dumps(); DecodeError if it is not one."""
    try:
        data = json.loads(text)
    except ValueError as error:
        raise DecodeError(f"not JSON: {error}") from None
    return decoder(kind)(data)


def plain(value: object) -> object:
    """`value` as JSON-ready lists, strings, numbers, booleans and None."""
    if isinstance(value, str | int | float | bool) or value is None:
        return value
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, tuple | list):
        return [plain(item) for item in value]
    if isinstance(value, dict):
        return {key: plain(item) for key, item in value.items()}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return [plain(field) for field in _fields(value)]
    raise TypeError(f"cannot save a {type(value).__name__}")


@functools.cache
def _saved_fields(kind: type) -> tuple[tuple[str, int], ...]:
    """Each field's name, and the number of places of the tuples it holds if it is saved as
    their columns (0 if not)."""
    hints = typing.get_type_hints(kind)
    return tuple((f.name, len(_shape(hints[f.name]))) for f in dataclasses.fields(kind))


def _shape(kind: Any) -> tuple[Any, ...]:
    """The places' types of a tuple of tuples of one shape (saved as columns), else ()."""
    if typing.get_origin(kind) is not tuple or typing.get_args(kind)[1:] != (Ellipsis,):
        return ()
    row = typing.get_args(kind)[0]
    places = typing.get_args(row)
    if typing.get_origin(row) is not tuple or Ellipsis in places:
        return ()
    return places


@functools.cache
def decoder(kind: Any) -> Callable[[object], Any]:
    """A function that turns plain(x) back into x of type `kind`, checking as it goes.

    Made once per type: reading a warm build's records calls it tens of thousands of times."""
    origin = typing.get_origin(kind)
    if kind is Any:
        return _same
    if kind is type(None):
        return _expect_none
    if kind in (str, int, float, bool):
        return functools.partial(_expect, kind)
    if kind is datetime.date:
        return _date
    if origin in (typing.Union, types.UnionType):
        return functools.partial(_union, tuple(decoder(arg) for arg in typing.get_args(kind)))
    if origin in (tuple, list):
        item_type, *rest = typing.get_args(kind) or (Any,)
        if origin is tuple and rest != [Ellipsis]:  # a pair, a triple: one type per place
            places = tuple(decoder(arg) for arg in typing.get_args(kind))
            return functools.partial(_fixed, places)
        return functools.partial(_sequence, origin, _many(item_type))
    if origin is dict:
        key_type, value_type = typing.get_args(kind)
        return functools.partial(_mapping, _many(key_type), _many(value_type))
    if dataclasses.is_dataclass(kind):
        hints = typing.get_type_hints(kind)
        fields = tuple(_field(hints[f.name]) for f in dataclasses.fields(kind))
        return functools.partial(_dataclass, kind, fields)
    raise TypeError(f"cannot read a {kind}")


@functools.cache
def _field(kind: Any) -> Callable[[object], Any]:
    """decoder(kind) for a dataclass's field, which may be saved as columns (see _shape)."""
    shape = _shape(kind)
    if shape:
        return functools.partial(_columns, tuple(_many(place) for place in shape))
    return decoder(kind)


def _columns(places: tuple[Callable[[list[object]], list[Any]], ...], data: object) -> object:
    """Tuples saved as their columns, one list per place, all as long."""
    if (
        type(data) is not list
        or len(data) != len(places)
        or not _LISTS.issuperset(map(type, data))
        or len(set(map(len, data))) > 1
    ):
        raise DecodeError(f"expected {len(places)} columns, found {data!r:.40}")
    decoded = [place(column) for place, column in zip(places, data, strict=True)]
    return tuple(zip(*decoded, strict=True))


@functools.cache
def _many(kind: Any) -> Callable[[list[object]], list[Any]]:
    """A function that decodes a list of values of type `kind` at once, as mapping decoder(kind)
    over it would, but lists of plain values, of tuples of them and of dataclasses of them (a
    record's terms, the lines the cleaner removed) are checked a column at a time, in C: a
    warm build reads some 100,000 of them, and a Python call each took most of its time."""
    if kind is str:
        return _strings
    if kind in (int, bool):
        return functools.partial(_all_of, frozenset([kind]), kind.__name__)
    if kind is float:
        return _floats
    origin = typing.get_origin(kind)
    if origin is tuple and typing.get_args(kind)[-1:] != (Ellipsis,) and typing.get_args(kind):
        return functools.partial(_rows, None, tuple(map(_many, typing.get_args(kind))))
    if dataclasses.is_dataclass(kind) and dataclasses.fields(kind):
        hints = typing.get_type_hints(kind)
        columns = tuple(_many_fields(hints[f.name]) for f in dataclasses.fields(kind))
        return functools.partial(_rows, kind, columns)
    return functools.partial(_each, decoder(kind))


def _many_fields(kind: Any) -> Callable[[list[object]], list[Any]]:
    """_many(kind) for a field of dataclasses read a column at a time."""
    return functools.partial(_each, _field(kind)) if _shape(kind) else _many(kind)


def _all_of(kinds: frozenset[type], name: str, values: list[object]) -> list[object]:
    # bool is an int to Python, never to a saved int field: types are compared, not isinstance
    if not kinds.issuperset(map(type, values)):
        found = next(value for value in values if type(value) not in kinds)
        raise DecodeError(f"expected {name}, found {found!r:.40}")
    return values


def _strings(values: list[object]) -> list[object]:
    """Strings in lists are the words of a briefing (an article's terms and keywords, the
    lines the cleaner removed and why): the same few thousand in every record, each kept once
    (interned) rather than once a record: at 10,000 articles, some 80 MB."""
    return list(map(sys.intern, _all_of(_STR, "str", values)))


_STR = frozenset([str])


def _floats(values: list[object]) -> list[object]:
    """A float field may hold an int: JSON writes 3.0 as 3.0, but 3 as 3. Small whole numbers
    (an article's term weights, ninety a record) are shared, as Python shares small ints."""
    kinds = set(map(type, values))
    if not _NUMBERS.issuperset(kinds):
        found = next(value for value in values if type(value) not in _NUMBERS)
        raise DecodeError(f"expected float, found {found!r:.40}")
    return list(map(_SMALL_FLOATS.get, values, values)) if kinds == _FLOAT else values


_NUMBERS = frozenset([float, int])
_FLOAT = {float}
# (Not 0.0, which -0.0 equals: a lookup would turn one into the other.)
_SMALL_FLOATS = {float(number): float(number) for number in range(1, 257)}


def _rows(
    make: Callable[..., Any] | None,
    columns: tuple[Callable[[list[object]], list[Any]], ...],
    values: list,
) -> list[Any]:
    """Values saved as lists of len(columns), each column decoded at once, then made whole by
    `make` (None: as tuples)."""
    if not values:
        return []
    if not _LISTS.issuperset(map(type, values)) or not {len(columns)}.issuperset(map(len, values)):
        found = next(v for v in values if type(v) is not list or len(v) != len(columns))
        raise DecodeError(f"expected {len(columns)} values, found {found!r:.40}")
    decoded = [column([value[place] for value in values]) for place, column in enumerate(columns)]
    return list(zip(*decoded, strict=True) if make is None else map(make, *decoded))


_LISTS = frozenset([list])


def _each(decode: Callable[[object], Any], values: list[object]) -> list[Any]:
    return list(map(decode, values))


def _same(data: object) -> object:
    return data


def _expect_none(data: object) -> None:
    if data is not None:
        raise DecodeError(f"expected null, found {data!r:.40}")


def _expect(kind: type, data: object) -> object:
    # bool is an int to Python, never to a saved int field
    if type(data) is not kind and not (kind is float and type(data) is int):
        raise DecodeError(f"expected {kind.__name__}, found {data!r:.40}")
    return data


def _date(data: object) -> datetime.date:
    if not isinstance(data, str):
        raise DecodeError(f"expected a date, found {data!r:.40}")
    try:
        return datetime.date.fromisoformat(data)
    except ValueError:
        raise DecodeError(f"expected a date, found {data!r:.40}") from None


def _union(options: tuple[Callable[[object], Any], ...], data: object) -> object:
    for option in options:
        try:
            return option(data)
        except DecodeError:
            continue
    raise DecodeError(f"{data!r:.40} fits none of the types it may be")


def _sequence(kind: type, items: Callable[[list[object]], list[Any]], data: object) -> object:
    if not isinstance(data, list):
        raise DecodeError(f"expected a list, found {data!r:.40}")
    return kind(items(data)) if data else kind()


def _fixed(places: tuple[Callable[[object], Any], ...], data: object) -> tuple[Any, ...]:
    if not isinstance(data, list) or len(data) != len(places):
        raise DecodeError(f"expected {len(places)} values, found {data!r:.40}")
    return tuple(place(value) for place, value in zip(places, data, strict=True))


def _mapping(
    keys: Callable[[list[object]], list[Any]],
    values: Callable[[list[object]], list[Any]],
    data: object,
) -> dict[Any, Any]:
    if not isinstance(data, dict):
        raise DecodeError(f"expected an object, found {data!r:.40}")
    return dict(zip(keys(list(data)), values(list(data.values())), strict=True))


def _dataclass(kind: type, fields: tuple[Callable[[object], Any], ...], data: object) -> object:
    if not isinstance(data, list) or len(data) != len(fields):
        raise DecodeError(f"expected {len(fields)} fields of a {kind.__name__}, found {data!r:.40}")
    return kind(*(field(value) for field, value in zip(fields, data, strict=True)))
