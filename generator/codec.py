"""Frozen dataclasses to JSON and back, driven by their fields: the one way digest persists data.

The cache's rows, a build's note and the site manifest's entries are all dataclasses saved
with `dumps` and read with `loads(kind, text)`. A dataclass is saved as a JSON list of its
fields in order (compact: ten thousand records are read on every warm build), dates as ISO
strings, tuples as lists. Reading checks every value against the field's type hint and
raises DecodeError on the first that does not fit: a file this code did not write (an older
version's, a damaged one) is refused whole, never half-trusted. Adding a field to a
dataclass is all it takes to save it; the caller's schema version makes old rows misses.
"""

from __future__ import annotations

import dataclasses
import datetime
import functools
import json
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
    """`value` (dataclasses, dates, tuples, lists, dicts, plain values) as compact JSON."""
    return compact_json(plain(value))


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
        return [plain(getattr(value, f.name)) for f in dataclasses.fields(value)]
    raise TypeError(f"cannot save a {type(value).__name__}")


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
        return functools.partial(_sequence, origin, decoder(item_type))
    if origin is dict:
        key_type, value_type = typing.get_args(kind)
        return functools.partial(_mapping, decoder(key_type), decoder(value_type))
    if dataclasses.is_dataclass(kind):
        hints = typing.get_type_hints(kind)
        fields = tuple(decoder(hints[f.name]) for f in dataclasses.fields(kind))
        return functools.partial(_dataclass, kind, fields)
    raise TypeError(f"cannot read a {kind}")


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


def _sequence(kind: type, item: Callable[[object], Any], data: object) -> object:
    if not isinstance(data, list):
        raise DecodeError(f"expected a list, found {data!r:.40}")
    return kind(item(element) for element in data)


def _fixed(places: tuple[Callable[[object], Any], ...], data: object) -> tuple[Any, ...]:
    if not isinstance(data, list) or len(data) != len(places):
        raise DecodeError(f"expected {len(places)} values, found {data!r:.40}")
    return tuple(place(value) for place, value in zip(places, data, strict=True))


def _mapping(
    key: Callable[[object], Any], value: Callable[[object], Any], data: object
) -> dict[Any, Any]:
    if not isinstance(data, dict):
        raise DecodeError(f"expected an object, found {data!r:.40}")
    return {key(k): value(v) for k, v in data.items()}


def _dataclass(kind: type, fields: tuple[Callable[[object], Any], ...], data: object) -> object:
    if not isinstance(data, list) or len(data) != len(fields):
        raise DecodeError(f"expected {len(fields)} fields of a {kind.__name__}, found {data!r:.40}")
    return kind(*(field(value) for field, value in zip(fields, data, strict=True)))
