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


def malformed(error, text: str | None = None) -> str:
    problem = getattr(error, "problem", None) or str(error)
    advice = _ADVICE.get(problem)
    if advice is None and problem == "found character that cannot start any token" and _at(error, text) == "\t":
        advice = _ADVICE["found character '\\t' that cannot start any token"]  # PyYAML's other wording of it
    return f"malformed YAML: {problem}" + (f": {advice}" if advice else "")


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
