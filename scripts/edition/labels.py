"""In-text labels in the journal's author-date house style, from the bibliography entry.

The label is the first author's surname (or the entry's short title for a work cited by title) and the
year, so it is the same wherever the work is cited: [Крицман, 1926: 148], [Абылгожин: 267].
"""

from __future__ import annotations

import re

from pybtex.backends.plaintext import Backend as _PlainBackend
from pybtex.richtext import Text

from .bibliography import persons
from .locales import et_al_of
from .provenance import source_of

TEXT = _PlainBackend()  # one instance: render_as("text") looks the backend plugin up on every call

_VOLUME = re.compile(r"(?:vol\.|т\.)\s*(?P<volume>[^,]+?)\s*,\s*(?P<page>.+)\Z", re.I | re.S)


class LabelError(Exception):
    """The entry lacks what a label needs; the message names the field."""


def is_plain(value: str) -> bool:
    """True if LaTeX decoding would leave the value as it is: then the (slow) decoder can be skipped."""
    return not any(c in value for c in "\\{}~$%&^_`") and "--" not in value and "''" not in value


def _plain(value: str) -> str:
    return value if is_plain(value) else Text.from_latex(value).render(TEXT)


def name_part(entry, locale) -> str:
    latin = locale.script == "latin"
    short = entry.fields.get("shorttitle-latn" if latin else "shorttitle")
    if short:
        return _plain(short)
    people = persons(entry, "author", locale.script)
    if not people:
        needed = "author-latn' or 'shorttitle-latn" if latin else "author' or 'shorttitle"
        raise LabelError(f"missing field '{needed}' (the in-text label needs a surname or a short title)")
    surnames = [_plain(" ".join(p.prelast_names + p.last_names)) for p in people]
    if surnames[-1] == "others" or len(surnames) > 2:
        return surnames[0] + et_al_of(locale, entry)  # the work's language's: [Маркс и др., 1955: 32]
    if len(surnames) == 2:
        return surnames[0] + locale.two_names_sep + surnames[1]
    return surnames[0]


def label_year(entry) -> str | None:
    """The year the label shows: the entry's, unless its provenance says it is not the citation's. A work the
    article cites without a year keeps a label without one ([Сталин]), even where the list gives the year of
    its publication from the text (stalin-letter, 1931): the label says how the article cites it."""
    year = entry.fields.get("year")
    source = source_of(entry, "year") if year else None
    return year if source is None or source.kind == "citation" else None


def author_year(entry, locale, year_suffix: str = "") -> str:
    """year_suffix: what tells the label from another's (references.year_suffixes): after a year, the letter
    (1926a); in a label without a year, the short title that follows the name ('Сталин, О некоторых
    вопросах истории…'), as references.year_suffixes makes it."""
    year = label_year(entry)
    name = name_part(entry, locale)
    return f"{name}{locale.name_year_sep}{year}{year_suffix}" if year else f"{name}{year_suffix}"


SHORT_TITLE_WORDS = 4  # Chicago's short title: the main title's first words, "generally not more than four"


def short_title(entry, locale) -> str | None:
    """The short title that tells apart two works cited by one name without a year ([Сталин] twice): the main
    title (the `title` field, not the subtitle) in the page's script, cut after SHORT_TITLE_WORDS words with an
    ellipsis (a sign, not a word: the same in every language). None for a work whose title is unknown."""
    value = entry.fields.get("title-latn" if locale.script == "latin" else "title")
    if not value:
        return None
    words = _plain(value).split()
    return " ".join(words) if len(words) <= SHORT_TITLE_WORDS else " ".join(words[:SHORT_TITLE_WORDS]) + "…"


_RANGE_HYPHEN = re.compile(r"(?<=\d)\s*-\s*(?=\d)")


def with_locator(base: str, locator: str | None, locale) -> str:
    """'Захаровский, 2019' + 'vol. 21, 189' -> 'Захаровский, 2019, 21: 189'. A range of pages takes the en dash
    that the journal and the style sheets set in ranges (1245–1259), also where the marks write a hyphen, as
    the article prints it ([Ленин, 66-67 ] -> [Ленин: 66–67])."""
    if not locator:
        return base
    locator = _RANGE_HYPHEN.sub("–", locator)
    m = _VOLUME.match(locator)
    if m:
        return f"{base}{locale.volume_sep}{m.group('volume')}{locale.locator_sep}{m.group('page')}"
    return f"{base}{locale.locator_sep}{locator}"
