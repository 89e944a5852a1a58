"""Editor's notes: their texts (source/notes.yml, one record per note, a text in every language) and the checks
that tie each note to its mark `{note:ID}` in the paragraph its record names. Marks become numbered references
in resolve.py; render.py draws them and the list at the end of the page."""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

from . import lookalike
from .inputs import Record, read_records
from .problems import Problem
from .syntax import Marker, ParagraphSpan, paragraph_at, paragraph_spans

NOTE_ID = re.compile(r"[a-z0-9][a-z0-9-]*\Z")


def load(path: Path, shown: str, languages: tuple[str, ...], incomplete=None) -> tuple[dict | None, list[Problem]]:
    """Note id -> record; None when the file cannot be read (its marks are then not each reported).
    incomplete: a set that gets the ids of the records reported as incomplete."""
    records, problems = read_records(path, shown, ("id", "where"), incomplete=incomplete)
    if problems and not records:
        return None, problems
    by_id: dict = {}
    for rec in records:
        nid = str(rec["id"])
        if not NOTE_ID.match(nid):
            problems.append(Problem(shown, *rec.mark("id"), lookalike.id_message("note id", nid, "unmarked-quote")))
            # still recorded: its marks, spelt the same way, are not also "unknown"
        if nid in by_id:
            problems.append(Problem(shown, *rec.mark("id"), f"duplicate note id '{nid}'"))
            continue
        for lang in languages:
            if not text(rec, lang):
                problems.append(
                    Problem(shown, *rec.mark(lang), f"note '{nid}' has no text in '{lang}': add {lang}: \"...\" to it")
                )
        by_id[nid] = rec
    return by_id, problems


def text(rec: Record, lang: str) -> str:
    value = rec.get(lang)
    return value.strip() if isinstance(value, str) else ""


def marks_by_paragraph(page, scan) -> list[tuple[ParagraphSpan | None, Marker]]:
    """(the paragraph that holds it, or None, the mark) for every note mark of a page."""
    spans = paragraph_spans(page.text, scan.tokens)
    return [
        (paragraph_at(spans, tok.start), tok) for tok in scan.tokens if isinstance(tok, Marker) and tok.kind == "note"
    ]


def check_places(
    notes: dict, originals: list, para_page: dict, problems: list, unnumbered: frozenset = frozenset()
) -> None:
    """Every note is marked in the paragraph its record names (`where`), in the original; a note marked nowhere
    is a warning (its text waits for its mark). originals: [(Page, Scan)] of the original's section pages;
    the translations follow the original's marks (alignment.py). unnumbered: the pages with a paragraph
    already reported as lacking its id (a note in it is not reported again)."""
    placed = defaultdict(list)
    for page, scan in originals:
        for para, tok in marks_by_paragraph(page, scan):
            placed[tok.value].append((para.pid if para else None, page.path, tok))
    for nid, rec in notes.items():
        where = str(rec["where"])
        if where not in para_page:
            problems.append(
                Problem(rec.path, *rec.mark("where"), f"note '{nid}': where: '{where}' is not a paragraph id")
            )
        elif nid not in placed:
            problems.append(
                Problem(
                    rec.path,
                    rec.line,
                    rec.col,
                    f"note '{nid}' is never used: write {{note:{nid}}} in paragraph {where}"
                    " (scripts/insert_note_marks.py puts it after the note's anchor)",
                    "warning",
                )
            )
        for pid, path, tok in placed.get(nid, []) if where in para_page else []:
            if pid != where and not (pid is None and path in unnumbered):
                problems.append(
                    Problem(
                        path,
                        tok.line,
                        tok.col,
                        f"{{note:{nid}}} stands in {f'paragraph {pid}' if pid else 'no numbered paragraph'}, but"
                        f" {rec.path}:{rec.line} puts note '{nid}' in paragraph {where}:"
                        " move the mark or correct 'where'",
                    )
                )


_NOTE_MARKS_AT_END = re.compile(r"(?:\{note:[^{}\s]*\}\s*)+\Z")


def _as_read(text: str, start: int, end: int, scan, readings: dict) -> str:
    """text[start:end] with each emendation mark the scan found there as its reading."""
    out, at = [], start
    for t in scan.tokens:
        if isinstance(t, Marker) and t.kind == "em" and start <= t.start and t.end <= end and t.value in readings:
            out += [text[at : t.start], readings[t.value]]
            at = t.end
    return "".join(out) + text[at:end]


def check_anchors(notes: dict, pages: list, problems: list, readings: dict | None = None) -> None:
    """Each mark stands right after its note's anchor in that language (source/notes.yml `anchor`): the
    anchor is where scripts/insert_note_marks.py puts the mark, and a revised text leaves it stale.
    pages: [(Page, Scan)] of every language's section pages; readings: emendation id -> its reading, which the
    text before a mark shows where it has {em:id} (the anchor is the words a reader sees). A warning: the page
    is still right."""
    readings = readings or {}
    for page, scan in pages:
        for para, tok in marks_by_paragraph(page, scan):
            rec = notes.get(tok.value)
            if rec is None or para is None or str(rec["where"]) != para.pid:
                continue  # unknown, or in another paragraph: said elsewhere
            anchors = rec.get("anchor")
            anchor = anchors.get(page.lang) if isinstance(anchors, dict) else None
            if not isinstance(anchor, str) or not anchor.strip():
                continue  # no anchor to keep in step (the mark was placed by hand)
            before = _NOTE_MARKS_AT_END.sub("", _as_read(page.text, para.start, tok.start, scan, readings).rstrip())
            if not " ".join(before.split()).endswith(" ".join(anchor.split())):
                problems.append(
                    Problem(
                        page.path,
                        tok.line,
                        tok.col,
                        f"{{note:{tok.value}}} does not follow its anchor in '{page.lang}' ({anchor.strip()!r},"
                        f" {rec.path}:{rec.line}): put the mark after that text, or write in `anchor` the text"
                        " the mark now follows",
                        "warning",
                    )
                )
