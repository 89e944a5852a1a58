"""A date as a reader of the page's language writes it (25 ноября 2026 г., 25 November 2026), by the locale's
`date_format` (a CLDR date pattern) and its `months` (CLDR's wide format names); the log keeps ISO dates
(YYYY-MM-DD), which sort and compare. The few pattern fields a day needs are filled here: Babel would load all
of CLDR's data for each language on every build (tests/test_engine.py checks the names against Babel's)."""

from __future__ import annotations

import datetime
import re

# a CLDR pattern: runs of one field letter, 'quoted text' ('' is a quote), any other character as written
_FIELD = re.compile(r"'((?:[^']|'')*)'|([A-Za-z])\2*|[^'A-Za-z]+")
FIELDS = ("d", "dd", "M", "MM", "MMMM", "y", "yyyy")  # the fields a day is written with


def pattern_problem(pattern: str) -> str | None:
    """What is wrong with a `date_format`, or None."""
    if pattern.count("'") % 2:
        return f"date_format '{pattern}' has an unclosed quote: close the literal text with '"
    for m in _FIELD.finditer(pattern):
        if m.group(2) and m.group(0) not in FIELDS:
            return (
                f"date_format '{pattern}': the field '{m.group(0)}' is not one of {', '.join(FIELDS)};"
                " quote literal text ('г'.)"
            )
    return None


def template(pattern: str) -> str:
    """A pattern as the browser fills it (edition.js, the date of access of a copied citation): each field as
    {field} ("d MMMM y" -> "{d} {MMMM} {y}"), literal text as written. The browser knows the day, not the build."""
    out = []
    for m in _FIELD.finditer(pattern):
        if m.group(1) is not None:
            out.append(m.group(1).replace("''", "'") if m.group(1) else "'")
        elif m.group(2):
            out.append("{" + m.group(0) + "}")
        else:
            out.append(m.group(0))
    return "".join(out)


def written(iso: str, loc, pattern: str | None = None) -> str:
    """`iso` (YYYY-MM-DD, checked where the log is read) in the page's language, by `pattern` (the locale's
    date_format unless given); a date that does not parse stays as written, so that a wrong one is shown as it is
    rather than hidden (the gate reports it)."""
    try:
        day = datetime.date.fromisoformat(str(iso))
    except ValueError:
        return str(iso)
    values = {
        "d": str(day.day),
        "dd": f"{day.day:02}",
        "M": str(day.month),
        "MM": f"{day.month:02}",
        "MMMM": loc.months[day.month - 1],
        "y": str(day.year),
        "yyyy": f"{day.year:04}",
    }
    out = []
    for m in _FIELD.finditer(loc.date_format if pattern is None else pattern):
        if m.group(1) is not None:
            out.append(m.group(1).replace("''", "'") if m.group(1) else "'")
        else:
            out.append(values.get(m.group(0), m.group(0)))
    return "".join(out)
