"""The edition's own stylesheet and script as shipped: without comments and indentation. The sources in docs/
keep their comments (they say why); a reader's browser loads neither, which the page-weight budget counts."""

from __future__ import annotations

import re
from pathlib import Path

_CSS_COMMENT = re.compile(r"/\*.*?\*/", re.S)
_CSS_SPACE = re.compile(r"\s+")
# around these a space never matters in CSS (not + or -: calc() needs its spaces; not : or (: selectors do)
_CSS_PUNCT = re.compile(r"\s*([{};,>])\s*")
_JS_BLOCK_COMMENT = re.compile(r"^\s*/\*.*?\*/\s*$", re.S | re.M)  # only a comment standing on its own lines
_JS_LINE_COMMENT = re.compile(r"(?:^|\s+)//[^\n]*$")  # after code, or a line of its own


def css(text: str) -> str:
    """Its strings (print's `content: " <" attr(href) ">"`) hold no comment, brace, semicolon or run of spaces."""
    text = _CSS_COMMENT.sub("", text)
    text = _CSS_SPACE.sub(" ", text)
    return _CSS_PUNCT.sub(r"\1", text).replace(";}", "}").strip() + "\n"


def _js_line(line: str) -> str:
    """A line without its indentation and without a trailing `// comment` (when the `//` is outside quotes)."""
    line = line.strip()
    found = _JS_LINE_COMMENT.search(line)
    if found and line[: found.start()].count('"') % 2 == 0 and line[: found.start()].count("'") % 2 == 0:
        line = line[: found.start()]
    return line


def js(text: str) -> str:
    """Line by line: the script leans on automatic semicolon insertion, so its line breaks stay."""
    text = _JS_BLOCK_COMMENT.sub("", text)
    return "\n".join(line for line in map(_js_line, text.splitlines()) if line) + "\n"


def shipped(site_dir: str | Path, names=("assets/edition.css", "assets/edition.js")) -> None:
    for name in names:
        path = Path(site_dir, name)
        if path.is_file():
            text = path.read_text(encoding="utf-8")
            path.write_text(css(text) if path.suffix == ".css" else js(text), encoding="utf-8")
