"""YAML data files of the edition (emendations, citation forms), loaded with located errors."""
from __future__ import annotations

from pathlib import Path

import yaml

from .problems import Problem, line_col

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when PyYAML has it: the same parse, faster


def load_list(path: Path, shown: str, required: tuple[str, ...],
              lists: tuple[str, ...] = ("cites",)) -> tuple[list[dict], list[Problem]]:
    """A YAML list of mappings; each item must have the required keys, each a single value (text, number,
    date), except those in `lists` (citation forms' `cites`), each a list. Missing file = empty list."""
    if not path.exists():
        return [], []
    data_bytes = path.read_bytes()
    try:
        raw = data_bytes.decode("utf-8")
        loader = _Loader(raw)
        try:
            node = loader.get_single_node()  # the node tree keeps each record's line
            data = loader.construct_document(node) if node is not None else None
        finally:
            loader.dispose()
    except UnicodeDecodeError as e:
        good = data_bytes[:e.start].decode("utf-8")
        line, col = line_col(good, len(good))
        return [], [Problem(shown, line, col, f"not valid UTF-8 (byte 0x{data_bytes[e.start]:02x}):"
                                              " save the file as UTF-8")]
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        return [], [Problem(shown, mark.line + 1 if mark else 0, mark.column + 1 if mark else 0,
                            f"malformed YAML: {getattr(e, 'problem', None) or e}")]
    if node is None:
        return [], []
    if not isinstance(node, yaml.SequenceNode):
        return [], [Problem(shown, node.start_mark.line + 1, 1, "expected a list of records ('- id: ...')")]
    items, problems = [], []
    for item_node, item in zip(node.value, data):
        line = item_node.start_mark.line + 1
        if not isinstance(item, dict):
            problems.append(Problem(shown, line, item_node.start_mark.column + 1, "expected a mapping with keys "
                                    + ", ".join(required)))
            continue
        missing = [k for k in required if item.get(k) in (None, "")]
        if missing:
            problems.append(Problem(shown, line, item_node.start_mark.column + 1,
                                    f"record is missing {', '.join(repr(m) for m in missing)}"))
            continue
        wrong = [k for k in required
                 if (not isinstance(item[k], list) if k in lists else isinstance(item[k], (list, dict)))]
        if wrong:  # a list or mapping where the engine expects one value would crash it further on
            k = wrong[0]
            mark = _value_mark(item_node, k)
            problems.append(Problem(shown, mark.line + 1, mark.column + 1,
                                    f"field '{k}' must be a list ('- ...' items)" if k in lists else
                                    f"field '{k}' must be a single value, not a list or mapping"))
            continue
        item["_line"], item["_col"] = line, item_node.start_mark.column + 1
        items.append(item)
    return items, problems


def _value_mark(item_node, key: str):
    for key_node, value_node in item_node.value:
        if key_node.value == key:
            return value_node.start_mark
    return item_node.start_mark
