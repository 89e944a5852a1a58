"""A date as a reader of the page's language writes it (25 ноября 2026 г., 25 November 2026), by Babel's CLDR data
and the locale's `date_format` pattern; the log keeps ISO dates (YYYY-MM-DD), which sort and compare."""

from __future__ import annotations

import datetime

from babel.dates import format_date


def written(iso: str, loc) -> str:
    """`iso` (YYYY-MM-DD, checked where the log is read) in the page's language; a date that does not parse stays
    as written, so that a wrong one is shown as it is rather than hidden (the gate reports it)."""
    try:
        day = datetime.date.fromisoformat(str(iso))
    except ValueError:
        return str(iso)
    return format_date(day, loc.date_format, locale=loc.code)
