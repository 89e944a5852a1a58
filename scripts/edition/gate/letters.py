"""Letters that are not the ones they look like, in the data files' text (a note, a term's explanation, a
correction, an emendation's reason): a Latin 'a' in a Kazakh word, a Bashkir 'ҡ' for the Kazakh 'қ', 'й' typed as
'и' and a combining breve (macOS), a character a PDF or a conversion pastes. The site would show them as typed,
and no search finds the word. The pages' text is checked by the grammar (syntax.unseen); this is its counterpart
for the values of the YAML files, each found where it stands.
"""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from .. import lookalike
from ..problems import Lines, Problem
from ..syntax import letter_problem

_WORD = re.compile(r"[^\W\d_]+")
# The files are composed again here, with their places: by libyaml where PyYAML has it (the pure-Python composer
# over the data files was ~0.45 s of each build), which gives the same nodes and marks.
_COMPOSER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_CYRILLIC_BLOCK = re.compile("[\u0400-\u04ff]+")  # every letter in it is of the Cyrillic script
# values that are not the edition's text: a term's patterns (regular expressions, '\\bСовет'), and the source's
# reading as printed (an emendation's or a citation's `source`, which the source's own misprints are in)
_AS_PRINTED = ("match", "source")
# a note's anchor is the text its mark follows, matched with its whitespace apart, and shown nowhere: two spaces
# in it are harmless
_ANCHOR = "anchor"


def check(g) -> None:
    p = g.project
    files = [p.emendations, p.citation_forms, p.article, p.corrections, p.notes, p.terms]
    # a locale that could not be read (reported) leaves its letters out: then no letter is judged by them
    whole = all(lang in g.inputs.locales for lang in p.languages)
    cyrillic = _cyrillic_letters(g.inputs.locales) if whole else None
    wrong = {d.path for d in g.diagnostics if d.severity == "error"}  # unreadable, or an alias: said already
    for shown in (f for f in files if f not in wrong):
        g.diagnostics += odd_letters(p.root / shown, shown, cyrillic)


def _cyrillic_letters(locales: dict) -> frozenset:
    """The Cyrillic letters of the edition's languages (their locales' `alphabet`), in both cases."""
    letters = {c for loc in locales.values() for c in loc.alphabet if lookalike.script(c) == "Cyrillic"}
    return frozenset(letters | {c.upper() for c in letters})


def odd_letters(path: Path, shown: str, cyrillic: frozenset | None) -> list[Problem]:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError):
        return []  # said where the file is read
    if text.isascii() and "  " not in text:
        return []
    try:
        root = yaml.compose(text, Loader=_COMPOSER)
    except yaml.YAMLError:
        return []  # said where the file is read
    lines, found, todo = Lines(text), [], [(root, False)] if root is not None else []
    while todo:
        node, anchor = todo.pop()
        if isinstance(node, yaml.MappingNode):
            todo += [(v, anchor or k.value == _ANCHOR) for k, v in node.value if k.value not in _AS_PRINTED]
            todo += [(k, anchor) for k, _ in node.value]
        elif isinstance(node, yaml.SequenceNode):
            todo += [(v, anchor) for v in node.value]
        elif isinstance(node, yaml.ScalarNode) and (not node.value.isascii() or "  " in node.value):
            why = _odd(node.value, cyrillic)
            if why is None and not anchor and node.style not in ("|", ">") and "  " in node.value.strip():
                words = node.value.strip()
                at = words.index("  ")
                why = (
                    words[max(0, at - 20) : at + 2],
                    f"two spaces in a row after '{words[max(0, at - 20) : at]}': write one (the pages' metadata"
                    " and the downloads would keep both)",
                )
            if why:
                at, message = why
                raw = text[node.start_mark.index : node.end_mark.index]
                i = raw.find(at) if at else -1  # where it stands in the file, if written as it is read
                line, col = (
                    lines.line_col(node.start_mark.index + i)
                    if i >= 0
                    else (
                        node.start_mark.line + 1,
                        node.start_mark.column + 1,
                    )
                )
                found.append(Problem(shown, line, col, message))
    return sorted(found, key=lambda p: (p.line, p.col))


def _odd(value: str, cyrillic: frozenset | None) -> tuple[str, str] | None:
    """(the word or character to point at, the message) for the first odd letter of a value; None if none."""
    problem = letter_problem(value)
    if problem:
        return problem
    for m in _WORD.finditer(value):
        word = m.group(0)
        # the usual words first, decided without naming each letter's script: a word of ASCII letters is Latin
        # alone; one of the Cyrillic block is Cyrillic alone, and odd only for a letter outside the alphabets
        if word.isascii():
            continue
        if _CYRILLIC_BLOCK.fullmatch(word) and (not cyrillic or cyrillic.issuperset(word)):
            continue
        odd = lookalike.mixed(word)
        if odd:
            return word, f"the word '{word}' {odd}: type it in one script (it looks right, and no search finds it)"
        other = cyrillic and next((c for c in word if lookalike.script(c) == "Cyrillic" and c not in cyrillic), None)
        if other:
            return word, (
                f"the word '{word}' contains {lookalike.describe(other)}, a letter of none of the edition's"
                " languages (their locales' alphabet), which looks like one of theirs: type the letter meant"
                f" (it looks right, and no search finds the word)"
            )
    return None
