"""The PDF's links on a page: the button beside the page's title (overrides/main.html) and, where the PDF is not
made (the preview, a bare `mkdocs build`), the words saying which command makes it, beside both links."""

from __future__ import annotations

import re

from markupsafe import Markup, escape
from mkdocs.utils import get_relative_url

COMMAND = Markup("<code>make build</code>")
_LINK = re.compile(r'(<a class="pdf-link" [^>]*>.*?</a>)', re.S)


def note(loc) -> Markup:
    words = Markup(escape(loc.pdf_not_made)).replace("{command}", COMMAND)
    return Markup('<small class="pdf-not-made">({})</small>').format(words)


def not_made(html: str, loc) -> str:
    """The "cite this" link to the PDF, with the note that `make build` makes it."""
    return _LINK.sub(lambda m: f"{m.group(1)} {note(loc)}", html)


def button(page, path: str, loc, missing: bool) -> dict:
    """What main.html needs for the page's PDF button: href (`path` from the site root, made relative to the
    page) and its title, which says where the PDF is not made which command makes it."""
    title = f"{loc.pdf_link} ({loc.pdf_not_made.format(command='make build')})" if missing else loc.pdf_link
    return {"href": get_relative_url(path, page.url or "."), "title": title}
