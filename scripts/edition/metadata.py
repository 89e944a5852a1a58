"""Plain-text references for machine-readable metadata (citation_reference, the JSON-LD `citation` list).

They give only what the bibliography knows of a work: "Surname, I. I. (Year). Title. Journal. Place:
Publisher." with every part that is missing left out, never a placeholder. The reference list (styles.py)
tells readers "[title unknown]"; an indexer would take those words for the title. English pages use the
romanized fields (`*-latn`, `title-en`), like their reference list.
"""

from __future__ import annotations

import re

from pybtex.richtext import Text

from .bibliography import persons
from .labels import TEXT, is_plain
from .locales import et_al_of

_CYRILLIC = re.compile(r"[\u0400-\u04FF]")


def _plain(value: str | None) -> str:
    if not value:
        return ""
    value = value.strip()
    return value if is_plain(value) else Text.from_latex(value).render(TEXT)


def _field(entry, name: str, latin: bool) -> str:
    """A field in the page's script: on a romanized page `<name>-latn`, or the field itself when it is
    already in Latin script; nothing otherwise."""
    if not latin:
        return _plain(entry.fields.get(name))
    value = entry.fields.get(f"{name}-latn") or entry.fields.get(name)
    return "" if not value or _CYRILLIC.search(value) else _plain(value)


def _initials(person) -> str:
    out = []
    for name in person.first_names + person.middle_names:
        for part in re.split(r"(?<=\.)(?=\S)", name):  # "Л.Н." -> "Л.", "Н."
            out.append(part if part.endswith(".") else part[:1] + ".")
    return " ".join(_plain(p) for p in out)


def _names(entry, role: str, locale) -> str:
    found = persons(entry, role, locale.script)
    real = [p for p in found if " ".join(p.last_names) != "others"]
    names = []
    for p in real:
        surname = _plain(" ".join(p.prelast_names + p.last_names))
        initials = _initials(p)
        names.append(f"{surname}, {initials}" if initials else surname)
    text = ", ".join(names)
    return text + et_al_of(locale, entry) if text and len(real) < len(found) else text


def _title(entry, latin: bool) -> str:
    if latin:
        title = _field(entry, "title", True)
        english = _plain(entry.fields.get("title-en"))
        return f"{title} [{english}]" if title and english and english != title else title
    title = _plain(entry.fields.get("title"))
    subtitle = _plain(entry.fields.get("subtitle"))
    return f"{title}: {subtitle}" if title and subtitle else title


def _sentence(part: str) -> str:
    return part if part.endswith((".", "?", "!", "…")) else part + "."


def reference(entry, locale) -> str:
    """One work as plain text for metadata, in the page language's script, from the fields it has."""
    latin = locale.script == "latin"
    names = _names(entry, "author", locale) or _names(entry, "editor", locale)
    title = _title(entry, latin)
    # a work cited by its opening words only (no title): those words are what is known of it
    known_as = title or _field(entry, "shorttitle", latin)
    year = _plain(entry.fields.get("year"))
    head = names or known_as
    parts = []
    if head:
        parts.append(f"{head} ({year})" if year else head)
    elif year:
        parts.append(f"({year})")
    if names and title:
        parts.append(title)
    container = _field(entry, "journal", latin) or _field(entry, "booktitle", latin)
    if container:
        parts.append(container)
    place = _plain(entry.fields.get("address-en")) if latin else _plain(entry.fields.get("address"))
    # two publishers are a BibTeX list ("Академический проект and ДНК"): joined as the styles join them
    publisher = locale.publisher_sep.join(p for p in re.split(r"\s+and\s+", _field(entry, "publisher", latin)) if p)
    if place or publisher:
        parts.append(": ".join(p for p in (place, publisher) if p))
    return " ".join(_sentence(p) for p in parts)
