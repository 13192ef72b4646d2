"""Read YAML with line numbers, so every content error can name ``file:line`` and the field."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml

from edu.errors import ContentError
from edu.fsutil import read_utf8
from edu.text import squeeze as squeeze_text

try:  # libyaml is much faster; the pure-Python loader gives the same nodes
    _Loader: Any = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - depends on how PyYAML was built
    _Loader = yaml.SafeLoader

_CONSTRUCT = yaml.constructor.SafeConstructor()


def compose_file(path: Path) -> yaml.Node:
    """Parse *path* into a YAML node tree; any problem is a one-line :class:`ContentError`."""
    text = read_utf8(path, "YAML file",
                     "restore it or point --content at a complete content dir")
    try:
        node = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else 1
        problem = (exc.problem or exc.context or "malformed YAML").strip()
        raise ContentError(f"malformed YAML: {problem}", f"{path}:{line}") from None
    except yaml.reader.ReaderError:
        # libyaml reports byte offsets, the pure-Python reader character offsets: find the
        # character ourselves so the line number is right either way.
        bad = yaml.reader.Reader.NON_PRINTABLE.search(text)
        line = text[: bad.start()].count("\n") + 1 if bad else 1
        shown = f"U+{ord(bad.group()[0]):04X}" if bad else "a control character"
        raise ContentError(f"malformed YAML: character {shown} is not allowed in YAML; "
                           "remove it", f"{path}:{line}") from None
    except yaml.YAMLError as exc:
        raise ContentError(f"malformed YAML: {exc}", str(path)) from None
    except ValueError as exc:  # e.g. a character YAML forbids that slipped past the reader
        raise ContentError(f"malformed YAML: {exc}", str(path)) from None
    if node is None:
        raise ContentError("file is empty; expected a mapping of fields", f"{path}:1")
    return node


def where(path: Path, node: yaml.Node) -> str:
    return f"{path}:{node.start_mark.line + 1}"


def _scalar(node: yaml.Node, path: Path, name: str) -> Any:
    if not isinstance(node, yaml.ScalarNode):
        kind = "a list" if isinstance(node, yaml.SequenceNode) else "a mapping"
        raise ContentError(f"expected a single value, found {kind}", where(path, node), name)
    try:
        return _CONSTRUCT.construct_object(node, deep=True)
    except (yaml.YAMLError, ValueError, OverflowError) as exc:
        raise ContentError(f"unreadable value ({exc})", where(path, node), name) from None


class Fields:
    """A YAML mapping whose fields are read one by one, with typed, located errors."""

    def __init__(self, node: yaml.Node, path: Path, what: str, allowed: frozenset[str]) -> None:
        if not isinstance(node, yaml.MappingNode):
            raise ContentError(f"expected a mapping of fields for {what}", where(path, node))
        self.node = node
        self.path = path
        self.what = what
        self.values: dict[str, yaml.Node] = {}
        for key_node, value_node in node.value:
            key = _scalar(key_node, path, "key")
            if not isinstance(key, str):
                raise ContentError(f"field names must be text, found {key!r}",
                                   where(path, key_node))
            if key in self.values:
                raise ContentError(f"duplicate field in {what}", where(path, key_node), key)
            if key not in allowed:
                raise ContentError(
                    f"unknown field in {what}; expected one of: {', '.join(sorted(allowed))}",
                    where(path, key_node), key)
            self.values[key] = value_node

    @property
    def where(self) -> str:
        return where(self.path, self.node)

    def _get(self, key: str, required: bool) -> yaml.Node | None:
        node = self.values.get(key)
        if node is None or (isinstance(node, yaml.ScalarNode) and node.tag.endswith(":null")):
            if required:
                raise ContentError(f"missing required field in {self.what}", self.where, key)
            return None
        return node

    def text(self, key: str, *, required: bool = True, squeeze: bool = False) -> str:
        node = self._get(key, required)
        if node is None:
            return ""
        value = _scalar(node, self.path, key)
        if isinstance(value, bool) or not isinstance(value, str | int | float):
            raise ContentError(f"expected text, found {type(value).__name__}",
                               where(self.path, node), key)
        if not isinstance(value, str):
            raise ContentError(f"expected text, found the number {value!r}; quote it",
                               where(self.path, node), key)
        if squeeze:
            value = squeeze_text(value)
        if required and not value.strip() and not key.endswith("_en") and key != "note":
            raise ContentError(f"empty value in {self.what}", where(self.path, node), key)
        return value.strip()

    def opt_number(self, key: str) -> float | None:
        node = self._get(key, False)
        if node is None:
            return None
        value = _scalar(node, self.path, key)
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ContentError(f"expected a number, found {value!r}", where(self.path, node), key)
        if value != value or value in (float("inf"), float("-inf")):
            raise ContentError("expected a finite number", where(self.path, node), key)
        return value

    def number(self, key: str) -> float:
        value = self.opt_number(key)
        if value is None:
            raise ContentError(f"missing required field in {self.what}", self.where, key)
        return value

    def opt_integer(self, key: str) -> int | None:
        value = self.opt_number(key)
        if value is None:
            return None
        if not float(value).is_integer():
            raise ContentError(f"expected a whole number, found {value!r}",
                               where(self.path, self.values[key]), key)
        return int(value)

    def integer(self, key: str) -> int:
        value = self.opt_integer(key)
        if value is None:
            raise ContentError(f"missing required field in {self.what}", self.where, key)
        return value

    def flag(self, key: str, default: bool = False) -> bool:
        node = self._get(key, False)
        if node is None:
            return default
        value = _scalar(node, self.path, key)
        if not isinstance(value, bool):
            raise ContentError(f"expected true or false, found {value!r}",
                               where(self.path, node), key)
        return value

    def items(self, key: str, *, required: bool = True) -> Iterator[yaml.Node]:
        node = self._get(key, required)
        if node is None:
            return iter(())
        if not isinstance(node, yaml.SequenceNode):
            raise ContentError("expected a list", where(self.path, node), key)
        return iter(node.value)

    def opt_mapping(self, key: str, what: str, allowed: frozenset[str]) -> Fields | None:
        node = self._get(key, False)
        return None if node is None else Fields(node, self.path, what, allowed)

    def mapping(self, key: str, what: str, allowed: frozenset[str]) -> Fields:
        node = self._get(key, True)
        if node is None:  # pragma: no cover - _get raises for a required field
            raise ContentError(f"missing required field in {self.what}", self.where, key)
        return Fields(node, self.path, what, allowed)

    def strings(self, key: str) -> tuple[str, ...]:
        out = []
        for node in self.items(key):
            value = _scalar(node, self.path, key)
            if not isinstance(value, str):
                raise ContentError(f"expected a list of ids, found {value!r}",
                                   where(self.path, node), key)
            out.append(value)
        return tuple(out)
