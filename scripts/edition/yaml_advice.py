"""What to do about a malformed YAML file: PyYAML says what it found; for the mistakes an editor makes most
(a regular expression in double quotes, a tab in the indentation), say also how to write it."""

from __future__ import annotations

import unicodedata

_ADVICE = {
    "found unknown escape character": (
        "in double quotes a backslash begins an escape ('\\n'), and '\\w' is none: write the value in single"
        " quotes ('...\\w+'), where a backslash is itself"
    ),
    "found character '\\t' that cannot start any token": "a tab: indent with spaces",
}


def malformed(error, text: str | None = None) -> str:
    problem = getattr(error, "problem", None) or str(error)
    advice = _ADVICE.get(problem)
    if advice is None and problem == "found character that cannot start any token" and _at(error, text) == "\t":
        advice = _ADVICE["found character '\\t' that cannot start any token"]  # PyYAML's other wording of it
    advice = advice or _odd_space(error, text) or _unquoted(error, problem, text)
    return f"malformed YAML: {problem}" + (f": {advice}" if advice else "")


# What a value may not begin with unquoted: YAML reads '@' and '`' as reserved, '*' as an alias, '&' as an anchor,
# '%' as a directive, and a line '---' as the start of another document.
_RESERVED = {"@": "'@'", "`": "'`'", "*": "'*' (an alias)", "&": "'&' (an anchor)", "%": "'%'", "!": "'!' (a tag)"}


def _unquoted(error, problem: str, text: str | None) -> str | None:
    if problem == "but found another document":
        return "a line '---' starts a second YAML document, and a data file is one: delete the line"
    if not problem.startswith(("found character", "did not find expected", "expected alphabetic")):
        return None
    at = _at(error, text)
    mark = getattr(error, "problem_mark", None)
    if at not in _RESERVED and text and mark is not None:  # the parser may stop after the first character
        line = text.split("\n")[mark.line] if mark.line < text.count("\n") + 1 else ""
        at = line[mark.column - 1] if 0 < mark.column <= len(line) else at
    if at in _RESERVED:
        return f'a value that begins with {_RESERVED[at]} is not text to YAML: put the value in double quotes ("...")'
    return None


# Spaces that look like one but are none to YAML: a word processor pastes them (after 'why:', in an indentation)
_ODD_SPACES = "\u00a0\u2007\u202f\u3000\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2008\u2009\u200a"


def _odd_space(error, text: str | None) -> str | None:
    """Where a no-break (or other odd) space stands on the line the parser stopped at or the one above it."""
    mark = getattr(error, "problem_mark", None)
    if mark is None or not text:
        return None
    lines = text.split("\n")
    for n in (mark.line - 1, mark.line):
        line = lines[n] if 0 <= n < len(lines) else ""
        at = next((i for i, c in enumerate(line) if c in _ODD_SPACES), None)
        if at is not None:
            name = f"U+{ord(line[at]):04X} {unicodedata.name(line[at])}"
            return (
                f"line {n + 1} has {name} at column {at + 1}, which YAML does not read as a space (a word"
                " processor pastes it): type an ordinary space"
            )
    return None


def _at(error, text: str | None) -> str:
    """The character where the parser stopped ('' when unknown): libyaml's marks hold no text, so it is taken
    from the text read."""
    mark = getattr(error, "problem_mark", None)
    buffer, pointer = getattr(mark, "buffer", None), getattr(mark, "pointer", None)
    if isinstance(buffer, str) and pointer is not None and pointer < len(buffer):
        return buffer[pointer]
    if mark is None or text is None:
        return ""
    lines = text.split("\n")
    line = lines[mark.line] if mark.line < len(lines) else ""
    return line[mark.column] if mark.column < len(line) else ""
