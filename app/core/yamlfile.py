"""YAML read with the safe loader, except that a key given twice in one mapping is an
error: plain YAML keeps the last one, which silently drops data (a dated value, a word
list)."""

from __future__ import annotations

from typing import Any

import yaml


class DuplicateKeyError(ValueError):
    """A mapping in a YAML file gives the same key twice."""


class UniqueKeyLoader(yaml.SafeLoader):
    def construct_mapping(self, node, deep=False):
        seen = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            if key in seen:
                raise DuplicateKeyError(
                    f"{node.start_mark.name}, line {key_node.start_mark.line + 1}: "
                    f"{key!r} is given twice"
                )
            seen.add(key)
        return super().construct_mapping(node, deep=deep)


def load_unique_yaml(text: str, name: str = "<yaml>") -> Any:
    """One YAML document; raises DuplicateKeyError for a key given twice."""
    loader = UniqueKeyLoader(text)
    loader.name = name
    try:
        return loader.get_single_data()
    finally:
        loader.dispose()
