"""What to do about a malformed YAML file: PyYAML says what it found; for the mistakes an editor makes most
(a regular expression in double quotes, a tab in the indentation), say also how to write it."""

from __future__ import annotations

_ADVICE = {
    "found unknown escape character": (
        "in double quotes a backslash begins an escape ('\\n'), and '\\w' is none: write the value in single"
        " quotes ('...\\w+'), where a backslash is itself"
    ),
    "found character '\\t' that cannot start any token": "a tab: indent with spaces",
}


def malformed(error) -> str:
    problem = getattr(error, "problem", None) or str(error)
    advice = _ADVICE.get(problem)
    return f"malformed YAML: {problem}" + (f": {advice}" if advice else "")
