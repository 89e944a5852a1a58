"""Blame: the problems that follow from one mistake, folded under it (diagnostics.Diagnostics.blame), so that
the report names the cause first and counts it once. Each rule names a cause and how to know its consequences.
- A BibTeX syntax error: pybtex drops the entries after it, and every citation of an entry that stands in the
  file but was not read is "unknown" (in each language, and in source/citations.yml).
- A duplicate record id (notes, emendations): the record was given an id already taken, so the marks of the id
  it had (in no record now) are "unknown" on the pages.
- A translation's citation that differs from the original's (alignment.py), or that cannot be read (a dash pasted in
  its key): a note whose anchor ends with the original's citation no longer follows its anchor there. And the
  alignment difference found at the very place of a mark already found wrong ({pb:l247}) is that mistake again, and
  so is a page's shape found wrong there (a Pandoc ':::' line is also a paragraph without its {#id}), and a note's
  mark that no longer follows its anchor where the mark itself was found misplaced (inside a word).
- A records file emptied (source/notes.yml with no record): every mark of the pages is "unknown". The cause,
  said once at the file, is that it is empty.
- A page that cannot be read (not UTF-8) or is empty: whatever else is said of it (its paragraphs missing from
  the alignment, a note's anchor), and a term that only it holds is "found nowhere" in its language.
- A misspelt field of a bibliography entry ('yaer' for 'year'): the field it was meant to be is missing, so
  what names or needs that field fails too. The misspelling is then an error, not the warning it is alone.
"""

from __future__ import annotations

import re
from dataclasses import replace

from . import config

_UNKNOWN_KEY = re.compile(r"unknown (?:citation )?key '([^']+)'")
# a citation made unreadable (a dash pasted in its key): the note after it no longer follows its anchor either
_MALFORMED = "malformed citation item '"
_MALFORMED_KEY = re.compile(r"(?<=malformed citation item ')@\w+")
_MARKER_ORDER = re.compile(r"^page marker \{pb:[^}]*\} comes after ")
_UNCITED = re.compile(r"^entry '([^']+)' is never cited")
_UNKNOWN_MARK = {
    "notes": re.compile(r"unknown note '([^']+)'"),
    "emendations": re.compile(r"unknown emendation '([^']+)'"),
}
_DUPLICATE = {"notes": "duplicate note id", "emendations": "duplicate emendation id"}


_CITATION_CHANGED = re.compile(r"^paragraph \S+: .*?(?:the original's (?:citation )?'|write \[)(@[^'\]]+)")
_STALE_ANCHOR = re.compile(r"\} does not follow its anchor in '[^']+' \('(.*)', ")


def fold(diagnostics, project) -> None:
    _bibtex(diagnostics, project)
    _config(diagnostics, project)
    for kind in _DUPLICATE:
        _duplicates(diagnostics, project, kind)
    _stale_anchors(diagnostics)
    _misspelt_fields(diagnostics, project)
    for kind in _UNKNOWN_MARK:
        _emptied(diagnostics, project, kind)
    _unread_pages(diagnostics, project)


_MARK_OF = {"notes": ("notes", "{note:…}"), "emendations": ("emendations", "{em:…}")}


def _emptied(diagnostics, project, kind: str) -> None:
    shown = getattr(project, kind)
    follow = [p for p in diagnostics if p.cause is None and _UNKNOWN_MARK[kind].search(p.message)]
    if not follow or any(p.path == shown for p in diagnostics):
        return  # nothing unknown, or the file already said wrong (unreadable, malformed)
    try:
        text = (project.root / shown).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return
    if any(line.strip() and not line.lstrip().startswith("#") for line in text.splitlines()):
        return  # it has records: each unknown mark is a mistake of its own
    n = len({_UNKNOWN_MARK[kind].search(p.message).group(1) for p in follow})
    what, mark = _MARK_OF[kind]
    cause = diagnostics.add(
        "records",
        shown,
        1,
        1,
        f"{shown} is empty (no {what}), but the pages mark {n} of them ({mark}): restore its records,"
        " or take the marks out of the pages",
    )
    diagnostics.blame(cause, follow)


_UNREAD_PAGE = ("not valid UTF-8", "empty page")
_TERM_NOWHERE = re.compile(r"finds nothing in the (\w+) text")


def _unread_pages(diagnostics, project) -> None:
    for cause in [p for p in diagnostics if p.cause is None and p.message.startswith(_UNREAD_PAGE)]:
        if not cause.path.startswith(project.docs + "/"):
            continue
        parts = cause.path.rsplit("/", 1)[-1].split(".")
        lang = parts[-2] if len(parts) == 3 else project.languages[0]
        follow = [p for p in diagnostics if p is not cause and (p.path == cause.path or _term_in(p, lang, project))]
        diagnostics.blame(cause, follow)


def _term_in(p, lang: str, project) -> bool:
    m = _TERM_NOWHERE.search(p.message) if p.path == project.terms else None
    return m is not None and m.group(1) == lang


_MISSPELT = re.compile(r"entry '([^']+)': unknown field '([^']+)' \(did you mean '([^']+)'\?\)")


def _misspelt_fields(diagnostics, project) -> None:
    for i, p in enumerate(diagnostics):
        m = _MISSPELT.match(p.message) if p.path == project.bib and p.cause is None else None
        if m is None:
            continue
        entry, wrong, meant = m.groups()
        said = (f"names '{meant}',", f"field '{meant}'", f" {wrong} come(s)")
        follow = [
            q
            for q in diagnostics
            if q is not p
            and q.path == p.path
            and q.message.startswith(f"entry '{entry}': ")
            and any(s in q.message for s in said)
        ]
        if follow:
            diagnostics[i] = cause = replace(p, severity="error")
            diagnostics.blame(cause, follow)


def _stale_anchors(diagnostics) -> None:
    aligned = [p for p in diagnostics if p.code == "alignment" and p.cause is None]
    shaped = [p for p in diagnostics if (p.code == "structure" or _STALE_ANCHOR.search(p.message)) and p.cause is None]
    for p in aligned + shaped:
        cause = next(
            (
                q
                for q in diagnostics
                if q.code not in (p.code, "alignment")
                and q.severity == "error"
                and (q.path, q.line, q.col) == (p.path, p.line, p.col)
            ),
            None,
        )
        if cause is not None:
            diagnostics.blame(cause, [p])
    for cause in [p for p in diagnostics if p.code == "markup" and p.message.startswith(_MALFORMED)]:
        key = _MALFORMED_KEY.search(cause.message)
        stale = _stale_on(diagnostics, cause.path)
        diagnostics.blame(cause, [q for q, anchor in stale if key and q.line == cause.line and key.group(0) in anchor])
    for cause in [p for p in aligned if p.cause is None]:
        m = _CITATION_CHANGED.match(cause.message)
        if m:
            follow = []
            for p in diagnostics:
                anchor = _STALE_ANCHOR.search(p.message) if p.path == cause.path else None
                if anchor and m.group(1) in anchor.group(1):
                    follow.append(p)
            diagnostics.blame(cause, follow)


def _config(diagnostics, project) -> None:
    """mkdocs.yml without the i18n plugin: the build fails, and the nav's groups lack their titles in the other
    languages; a page named twice in the nav: the reading order, so the page markers, is out of step."""
    for p in [p for p in diagnostics if p.path == project.config and p.cause is None and p.code == "config"]:
        if config.I18N_MISSING in p.message:
            follow = [q for q in diagnostics if q is not p and q.path == project.config]
        elif config.NAV_TWICE in p.message:
            follow = [q for q in diagnostics if _MARKER_ORDER.search(q.message)]
        else:
            continue
        diagnostics.blame(p, follow)


def _stale_on(diagnostics, path: str) -> list:
    """The notes' marks of a page that no longer follow their anchors, as (problem, anchor)."""
    found = []
    for p in diagnostics:
        anchor = _STALE_ANCHOR.search(p.message) if p.path == path and p.cause is None else None
        if anchor:
            found.append((p, anchor.group(1)))
    return found


def _bibtex(diagnostics, project) -> None:
    cause = next((p for p in diagnostics if p.path == project.bib and "malformed BibTeX" in p.message), None)
    if cause is None:
        return
    try:
        text = (project.root / project.bib).read_text(encoding="utf-8", errors="replace")
    except OSError:
        return
    heads = [m.group(1).split() for m in re.finditer(r"@\w+[ \t]*\{[ \t]*([^,{}\n]+?)[ \t]*,", text)]
    written = {"".join(words).lower() for words in heads}  # a key with a space ('kritsman 1926') as meant
    cut = {words[0].lower() for words in heads if len(words) > 1}  # and the word pybtex read of it
    follow = []
    for p in diagnostics:
        m = _UNKNOWN_KEY.search(p.message) or _UNCITED.search(p.message)
        if m and p is not cause and m.group(1).lower() in (written if m.re is _UNKNOWN_KEY else cut):
            follow.append(p)
    diagnostics.blame(cause, follow)


def _duplicates(diagnostics, project, kind: str) -> None:
    shown = getattr(project, kind)
    cause = next((p for p in diagnostics if p.path == shown and _DUPLICATE[kind] in p.message), None)
    if cause is None:
        return
    try:
        text = (project.root / shown).read_text(encoding="utf-8", errors="replace")
    except OSError:
        return
    follow = []
    for p in diagnostics:
        m = _UNKNOWN_MARK[kind].search(p.message)
        if m and not re.search(rf"\bid:\s*['\"]?{re.escape(m.group(1))}['\"]?\s*$", text, re.M):
            follow.append(p)
    diagnostics.blame(cause, follow)
