"""Where things are in the original: which page holds each paragraph, which print page(s) each paragraph
stands on, and when each page was last corrected. Computed once from the original's tokens."""

from __future__ import annotations

import datetime
import re

from . import lookalike
from .problems import Problem
from .syntax import Marker

_DATE = re.compile(r"\d{4}-\d{2}-\d{2}\Z")


def paragraph_pages(pages, scans, original: str) -> dict:
    """Paragraph id -> the name of the page that holds it (from the original language)."""
    found = {}
    for p in pages:
        if p.lang == original:
            for tok in scans[(p.lang, p.name)].tokens:
                if isinstance(tok, Marker) and tok.kind == "para":
                    found[tok.value] = p.name
    return found


def print_pages(scans, order, original: str, first_body_page: int | None) -> dict:
    """Paragraph id -> its print page(s) ("1250" or "1249–1250"), following the page markers of the
    original in reading order from the first body page (an inference, stated on the About page)."""
    if first_body_page is None:
        return {}
    current, spans = first_body_page, {}
    for name in order:
        open_para = None
        for tok in scans[(original, name)].tokens:
            if isinstance(tok, Marker) and tok.kind == "page" and tok.value.isdigit():
                current = int(tok.value)
                if open_para:
                    spans[open_para][1] = current
            elif isinstance(tok, Marker) and tok.kind == "para":
                open_para = tok.value
                spans[open_para] = [current, current]
    return {pid: str(a) if a == b else f"{a}–{b}" for pid, (a, b) in spans.items()}


def date_problem(date: str) -> str | None:
    """What is wrong with a date as the edition writes it (YYYY-MM-DD, a day that exists), or None."""
    if not _DATE.match(date):
        return f"date '{date}' must be written YYYY-MM-DD"
    try:
        datetime.date.fromisoformat(date)
    except ValueError as e:
        return f"date '{date}' is not a real date ({e}): correct it"
    return None


def published(corrections) -> str | None:
    """The edition's publication: the date of the log's first record (the log is newest last, and the edition's
    first record is its publication); a date that is wrong is reported where the log is checked."""
    found = sorted(str(rec["date"]) for rec in corrections if not date_problem(str(rec["date"])))
    return found[0] if found else None


def last_corrections(corrections, page_names, para_page, problems: list, contains=None) -> dict:
    """Page name (or "edition") -> the date of its last correction; records are checked on the way. A page
    that repeats others (`contains`: the whole article -> its sections) was corrected when any of them was."""
    last: dict = {}
    for rec in corrections:
        date, where = str(rec["date"]), str(rec["where"])
        wrong = date_problem(date)
        if wrong:
            problems.append(Problem(rec.path, *rec.mark("date"), wrong))
            continue
        page = where if where in page_names or where == "edition" else para_page.get(where)
        if page is None:
            problems.append(
                Problem(
                    rec.path,
                    *rec.mark("where"),
                    f"where: '{where}' is not a page name, a paragraph id or 'edition'"
                    + (f" (it {lookalike.mixed(where)})" if lookalike.mixed(where) else ""),
                )
            )
            continue
        last[page] = max(last.get(page, date), date)
    if "edition" in last:  # a correction of the whole edition is a correction of every page
        for page in page_names:
            last[page] = max(last.get(page, last["edition"]), last["edition"])
    for page, sections in (contains or {}).items():
        dates = [last[n] for n in (page, *sections) if n in last]
        if dates:
            last[page] = max(dates)
    return last


def check_dates(corrections, problems: list, published: int | None, today=None) -> None:
    """Each correction is dated between the article's year and today (a day's grace for an editor east of the
    machine's clock), and the log is newest last. Dates not written as dates are reported by last_corrections."""
    today, previous = today or datetime.date.today(), ""
    for rec in corrections:
        date = str(rec["date"])
        if date_problem(date):
            continue
        day = datetime.date.fromisoformat(date)
        if day > today + datetime.timedelta(days=1):
            problems.append(
                Problem(rec.path, *rec.mark("date"), f"date '{date}' is in the future (today is {today}): correct it")
            )
        elif published is not None and day.year < published:
            problems.append(
                Problem(
                    rec.path,
                    *rec.mark("date"),
                    f"date '{date}' is before the article was published ({published}): correct it",
                )
            )
        elif date < previous:
            problems.append(
                Problem(
                    rec.path,
                    *rec.mark("date"),
                    f"date '{date}' is earlier than the record before it ({previous}): the log is newest last;"
                    " correct the date or move the record",
                    "warning",
                )
            )
        else:
            previous = date
