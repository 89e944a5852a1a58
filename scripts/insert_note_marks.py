"""Put each editor's note mark `{note:ID}` into the text: right after the note's anchor (source/notes.yml,
`anchor: {kk: ..., ru: ..., en: ...}`), in the paragraph its record names (`where`), in every language.

    python scripts/insert_note_marks.py           # writes the marks into docs/*.md
    python scripts/insert_note_marks.py --check   # writes nothing; lists what it would do
    python scripts/insert_note_marks.py --root DIR  # another project than this repository

Idempotent: a paragraph that holds the note's mark already is left alone. Every anchor that cannot be placed
(not in the paragraph, or ending inside a citation or a mark) is reported with its file:line; the exit status
is then 1. Whitespace in an anchor matches any whitespace of the text.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from edition.inputs import read_pages, read_records  # noqa: E402
from edition.problems import line_col  # noqa: E402
from edition.syntax import Marker, scan  # noqa: E402
from project import ROOT, project  # noqa: E402


def paragraphs(pages) -> dict:
    """(language, paragraph id) -> (page, start, end, token spans inside it)."""
    found = {}
    for page in pages:
        tokens = scan(page.text, page.path).tokens
        for tok in tokens:
            if isinstance(tok, Marker) and tok.kind == "para":
                close = page.text.find("\n\n", tok.end)
                end = len(page.text) if close < 0 else close
                spans = [(t.start, t.end) for t in tokens if tok.start <= t.start < end]
                found[(page.lang, tok.value)] = (page, tok.start, end, spans)
    return found


def place(rec, lang: str, where, reports: list) -> int | None:
    """The offset right after the note's anchor in its paragraph; None if the mark is there already or the
    anchor cannot be placed (reported)."""
    page, start, end, spans = where
    nid, text = str(rec["id"]), page.text
    if f"{{note:{nid}}}" in text[start:end]:
        return None
    line = line_col(text, start)[0]
    anchor = (rec.get("anchor") or {}).get(lang) if isinstance(rec.get("anchor"), dict) else None
    if not isinstance(anchor, str) or not anchor.strip():
        reports.append(f"{rec.path}:{rec.line}: note '{nid}' has no anchor in '{lang}' (anchor: {{{lang}: ...}})")
        return None
    pattern = re.compile(r"\s+".join(re.escape(word) for word in anchor.split()))
    found = list(pattern.finditer(text, start, end))
    if not found:
        reports.append(f"{page.path}:{line}: anchor of note '{nid}' not found in paragraph {rec['where']}: {anchor!r}")
        return None
    if len(found) > 1:
        reports.append(
            f"{page.path}:{line}: anchor of note '{nid}' occurs {len(found)} times; the mark follows the first"
        )
    at = found[0].end()
    if any(a < at < b for a, b in spans):
        reports.append(f"{page.path}:{line}: anchor of note '{nid}' ends inside a citation or a mark: {anchor!r}")
        return None
    return at


def main(argv: list[str]) -> int:
    check = "--check" in argv
    root = Path(argv[argv.index("--root") + 1]).resolve() if "--root" in argv else ROOT
    proj = project(root)
    records, problems = read_records(root / proj.notes, proj.notes, ("id", "where"))
    pages, _ = read_pages(root / proj.docs, proj.docs, proj.languages)
    reports = [str(p) for p in problems]
    where = paragraphs(pages)
    inserts: dict = {}  # page path -> [(offset, mark)]
    for rec in records:
        for lang in proj.languages:
            found = where.get((lang, str(rec["where"])))
            if found is None:
                reports.append(f"{rec.path}:{rec.line}: paragraph {rec['where']} is not in the '{lang}' pages")
                continue
            at = place(rec, lang, found, reports)
            if at is not None:
                inserts.setdefault(found[0].path, []).append((at, f"{{note:{rec['id']}}}"))
    for page in pages:
        text = page.text
        for at, mark in sorted(inserts.get(page.path, []), reverse=True):
            text = text[:at] + mark + text[at:]
            print(f"{page.path}:{line_col(page.text, at)[0]}: {'would insert' if check else 'inserted'} {mark}")
        if text != page.text and not check:
            (root / page.path).write_text(text, encoding="utf-8")
    for report in reports:
        print(report, file=sys.stderr)
    return 1 if reports else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
