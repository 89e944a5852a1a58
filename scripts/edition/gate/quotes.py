"""The data files' values quoted with a word processor's quotation marks: `why: “Printed twice.”` is, to YAML, a
value that begins with '“' and ends with '”', so the site would show the marks. A plain (unquoted) value that
opens with a typographic quotation mark and closes with its partner is refused where it stands: straight quotes
are YAML's ("Printed twice."), and marks that belong to the text go inside them ("«Краткий курс»").
"""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from ..problems import Problem

# libyaml's composer where PyYAML has it (its plain scalars have the style '', not None)
_COMPOSER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_PAIRS = {"“": "”„“", "„": "“”", "«": "»", "‘": "’", "‚": "‘’", "”": "”"}  # opening -> the marks that close it
# A value that begins with one of them, after a key, a list's dash or a flow bracket: only such a file is parsed
# again (the usual file has none; a mark inside a quoted value's text is no candidate). The marks are found first
# (a search from a character class the regex engine skips ahead by; the line's context tried at each position was
# ~15 ms of each build), then what stands before each on its line.
_MARK = re.compile(r"[“„«‘‚”](?<![^\s\[{,:-].)")
_BEFORE_VALUE = re.compile(
    r"[ \t]*(?:-[ \t]+)*(?:[\w-]+[ \t]*:[ \t]+)?\Z|.*(?:[\[{][ \t]*|[{,][ \t]*[\w-]+[ \t]*:[ \t]+)\Z"
)


def _candidate(text: str) -> bool:
    for m in _MARK.finditer(text):
        j = m.start() - 1
        while j >= 0 and text[j] in " \t":
            j -= 1
        if j >= 0 and text[j] not in "\n:-[{":
            continue  # the usual mark: after a word, inside a value's text
        before = text[text.rfind("\n", 0, m.start()) + 1 : m.start()]
        if _BEFORE_VALUE.match(before):
            return True
    return False


def check(g) -> None:
    p = g.project
    files = [p.emendations, p.citation_forms, p.article, p.corrections, p.notes, p.terms]
    if p.locales_dir:
        files += sorted(f"{p.locales_dir}/{f.name}" for f in (p.root / p.locales_dir).glob("*.yml"))
    wrong = {d.path for d in g.diagnostics if d.severity == "error"}  # unreadable, or an alias: said already
    for shown in (f for f in files if f not in wrong):
        g.diagnostics += misquoted(p.root / shown, shown)


def misquoted(path: Path, shown: str) -> list[Problem]:
    """A value between Word's quotation marks, then a value cut at ' #': the file read once, and composed only
    when its text holds a candidate for either."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError):
        return []  # said where the file is read
    quotes, cuts = _candidate(text), _cut(text)
    if not (quotes or cuts):
        return []  # the usual file: not parsed again
    try:
        root = yaml.compose(text, Loader=_COMPOSER)
    except yaml.YAMLError:
        return []  # said where the file is read
    scalars = list(_plain_scalars(root))
    quoted = [q for node in scalars if quotes for q in _quoted(node, shown)]
    commented = [c for node in scalars if cuts for c in _commented(node, text, shown)]
    return sorted(quoted, key=_place) + sorted(commented, key=_place)


def _place(p: Problem) -> tuple[int, int]:
    return p.line, p.col


def _plain_scalars(root):
    """Each plain (unquoted) scalar of the composed file, once."""
    todo, seen = [root] if root is not None else [], set()
    while todo:
        node = todo.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        if isinstance(node, yaml.MappingNode):
            todo += [v for pair in node.value for v in pair]
        elif isinstance(node, yaml.SequenceNode):
            todo += node.value
        elif isinstance(node, yaml.ScalarNode) and not node.style and node.value:
            yield node


def _quoted(node, shown: str) -> list[Problem]:
    first, last = node.value[0], node.value[-1]
    if len(node.value) < 2 or first not in _PAIRS or last not in _PAIRS[first]:
        return []
    return [
        Problem(
            shown,
            node.start_mark.line + 1,
            node.start_mark.column + 1,
            f"the value begins with '{first}' and ends with '{last}', a word processor's quotation marks,"
            " which YAML does not take as quotes: the site would show them; write straight quotes"
            f' ("...") around the value, or, if the marks belong to the text, keep them inside: "{first}...'
            f'{last}"',
        )
    ]


# ' #' ends an unquoted value: YAML reads the rest of the line as a comment (`why: printed twice #1 on p. 5` is
# "printed twice"). A comment begins '# ' by habit; ' #' and a word right after it is taken for the value's text.
# Found from the '#' (a literal the regex engine skips ahead by), then the value's last character before the blanks.
_CUT = re.compile(r"#(?<=[ \t]#)[^\s#!]")


def _cut(text: str) -> bool:
    for m in _CUT.finditer(text):
        before = text[text.rfind("\n", 0, m.start()) + 1 : m.start()].rstrip(" \t")
        if before and before[-1] != "#":
            return True
    return False


def _commented(node, text: str, shown: str) -> list[Problem]:
    end = text.find("\n", node.end_mark.index)
    rest = text[node.end_mark.index : len(text) if end < 0 else end]
    m = re.match(r"[ \t]+#([^\s#!].*)", rest)
    if not m:
        return []
    return [
        Problem(
            shown,
            node.end_mark.line + 1,
            node.end_mark.column + 2,
            f"' #{m.group(1)}' is read as a YAML comment, so the value ends before it ('{node.value}'):"
            ' put the whole value in double quotes ("...")',
        )
    ]
