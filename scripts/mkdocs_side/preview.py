"""The preview (`mkdocs serve`) shows the edition's problems in the browser instead of stopping.

`make build` refuses to publish while a problem remains (the hook raises Abort). The preview instead keeps
serving whatever can be built, and every page opens with a banner listing every problem (file:line:col and
what to do); a problem located in the page's own file is also shown above its paragraph. Editors read the
banner; the text is escaped like any other text. Pure functions of the problems and the written page.
"""

from __future__ import annotations

import html
import logging
import re

_BOX = "border:2px solid #b3261e;background:#fdecea;color:#410e0b;padding:.6em 1em;margin:0 0 1em"
_HERE = "border-left:4px solid #b3261e;background:#fdecea;color:#410e0b;padding:.2em .6em;margin:.5em 0"
_ARTICLE = re.compile(r'<article class="md-content__inner[^"]*"[^>]*>')
_BODY = re.compile(r"<body[^>]*>")
_PARA_ID = re.compile(r"\{#([A-Za-z][\w.-]*)\}")


def never_abort_on_warnings() -> None:
    """MkDocs counts warnings for its strict mode from before the first hook runs, and a failed rebuild leaves
    the preview's requests waiting for a build that never comes: the preview logs warnings, it does not count."""
    from mkdocs.utils import CountHandler

    logger = logging.getLogger("mkdocs")
    for handler in [h for h in logger.handlers if isinstance(h, CountHandler)]:
        logger.removeHandler(handler)


def banner(problems, errors: int) -> str:
    """Every problem of the run, errors first, as one alert."""
    items = "".join(f"<li><code>{html.escape(str(p))}</code></li>" for p in problems)
    return (
        f'<div class="edition-problems" role="alert" style="{_BOX}">'
        f"<p><strong>The edition has {errors} error(s); `make build` publishes nothing until they are fixed."
        " This preview shows what can be built. Fix the file named and the page reloads.</strong></p>"
        f'<ul style="margin:0">{items}</ul></div>'
    )


def paragraph_of(text: str, line: int) -> str | None:
    """The paragraph id of the paragraph that holds a line of a page's Markdown, if it has one."""
    lines = text.split("\n")[: max(line, 1)]
    for i in range(len(lines) - 1, -1, -1):
        if not lines[i].strip() and i != len(lines) - 1:
            return None  # the paragraph began without an id
        m = _PARA_ID.match(lines[i])
        if m:
            return m.group(1)
    return None


def show(output: str, problems, errors: int, here: list, text: str) -> str:
    """The page with the banner at the top of its content, and each of `here` (its own file's problems)
    above the paragraph it is in (in the banner's place when it is in none)."""
    top = []
    for p in here:
        note = f'<div class="edition-problem-here" role="note" style="{_HERE}">&#9888; {html.escape(str(p))}</div>'
        pid = paragraph_of(text, p.line) if p.line else None
        m = re.search(rf'<p\b[^>]*\bid="{re.escape(pid)}"', output) if pid else None
        if m:
            output = output[: m.start()] + note + output[m.start() :]
        else:
            top.append(note)
    box = banner(problems, errors) + "".join(top)
    m = _ARTICLE.search(output) or _BODY.search(output)
    return output[: m.end()] + box + output[m.end() :] if m else box + output
