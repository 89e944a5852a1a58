"""The checks of the text against the source, of the translations against the original, and of the data files
against the text (moved here from engine.py: the gate in one place). A page already found wrong is not
compared again: the problem is blamed on the file that is wrong."""

from __future__ import annotations

from .. import alignment, checks, fidelity, notes, places, provenance, structure
from ..problems import Problem
from ..syntax import Citation, Marker


def wrong_pages(problems: list) -> set:
    return {p.path for p in problems if p.severity == "error"}


def citing_unknown_keys(ed) -> set:
    """Pages with a citation of a key the bibliography lacks (reported when the page is resolved): comparing
    them with the source or a translation would report the same mistake again."""
    entries, found = ed.inputs.bib.entries, set()
    for p in ed.pages:
        if entries and (p.lang, p.name) not in ed.whole:
            tokens = ed.scans[(p.lang, p.name)].tokens
            if any(isinstance(t, Citation) and any(k not in entries for k in t.keys()) for t in tokens):
                found.add(p.path)
    return found


def fidelity_check(g) -> None:
    if not g.inputs.partial:  # a page missing: the source would differ from the text at its place
        fidelity.check(g.ed, g.diagnostics, wrong_pages(g.diagnostics) | citing_unknown_keys(g.ed))


def alignment_check(g) -> None:
    """A translated body page keeps the original's paragraph ids, citations and page markers. Not while the
    original page itself is wrong: the problem is the original's, and it is reported there."""
    ed, problems = g.ed, g.diagnostics
    original = ed.project.languages[0]
    originals = {p.name: p for p in ed.pages if p.lang == original and (p.lang, p.name) not in ed.whole}
    bodies = set(ed.para_page.values())
    wrong = wrong_pages(problems) | citing_unknown_keys(ed)
    for p in ed.pages:
        if p.lang == original or (p.lang, p.name) in ed.whole or p.name not in originals or p.name not in bodies:
            continue
        if originals[p.name].path in wrong:
            continue
        o, t = ed.scans[(original, p.name)], ed.scans[(p.lang, p.name)]
        if not o.problems and not t.problems:  # a citation dropped as malformed is reported once, not as a break
            problems += alignment.compare(o, t, originals[p.name].path, p.path, unknown=_unknown(ed, t))


def _unknown(ed, scan) -> alignment.Unknown:
    """What the gate and resolution report in a page already: keys and note ids unknown (when their file could
    be read), paragraph ids malformed."""
    entries, known_notes = ed.inputs.bib.entries, ed.inputs.notes
    keys = {k for t in scan.tokens if isinstance(t, Citation) for k in t.keys()}
    marks = [t for t in scan.tokens if isinstance(t, Marker)]
    return alignment.Unknown(
        frozenset(k for k in keys if entries and k not in entries),
        frozenset(
            t.value for t in marks if t.kind == "note" and known_notes is not None and t.value not in known_notes
        ),
        frozenset(t.value for t in marks if t.kind == "para" and not checks.ID.match(t.value)),
    )


def data_check(g) -> None:
    """The edition's data against the text: each note in its paragraph, each source of a reference."""
    from . import glossary_page

    ed, problems = g.ed, g.diagnostics
    original = ed.project.languages[0]
    sections = [
        (p, ed.scans[(p.lang, p.name)]) for p in ed.pages if p.lang == original and (p.lang, p.name) not in ed.whole
    ]
    if ed.inputs.notes and not ed.inputs.partial:
        unnumbered = frozenset(p.path for p in problems if p.message == structure.NO_ID)
        notes.check_places(ed.inputs.notes, sections, ed.para_page, problems, unnumbered)
        every = [(p, ed.scans[(p.lang, p.name)]) for p in ed.pages if (p.lang, p.name) not in ed.whole]
        readings = {str(e["id"]): str(e.get("reading", "")) for e in ed.inputs.emendations}
        notes.check_anchors(ed.inputs.notes, every, problems, readings)
    if not ed.inputs.partial:
        problems += provenance.check(ed.inputs.bib, ed.para_page, ed.project.bib)
        places.check_dates(ed.inputs.corrections, problems, ed.inputs.article.year if ed.inputs.article else None)
    bare_keys(ed, problems)
    log = ed.project.corrections
    if not ed.inputs.corrections and (ed.project.root / log).is_file() and log not in wrong_pages(problems):
        problems.append(  # emptied: the pages would lose their publication date, the Corrections page its log
            Problem(
                log,
                1,
                1,
                "the corrections log has no record: its first record is the edition's publication, whose date every"
                " page shows: restore the records (git checkout -- " + log + "), or write that one (date, where:"
                " edition, what, why)",
            )
        )
    if ed.inputs.terms and glossary_page(ed, original) is None:
        problems.append(
            Problem(
                ed.project.terms,
                0,
                0,
                "the terms are listed on no page: write {glossary} on a page of its own",
                "warning",
            )
        )


def bare_keys(ed, problems: list) -> None:
    """'@key' of the bibliography outside brackets (Pandoc's in-text citation, which the edition does not take):
    published as typed, '@simonov1993'. Not in a page already found wrong (a translation that lost a citation's
    brackets is told so by the alignment)."""
    entries = ed.inputs.bib.entries
    if not entries:
        return
    wrong = wrong_pages(problems)
    for p in ed.pages:
        if (p.lang, p.name) in ed.whole or p.path in wrong:
            continue
        for item in ed.scans[(p.lang, p.name)].bare:
            if item.key in entries:
                problems.append(
                    Problem(
                        p.path,
                        item.line,
                        item.col,
                        f"'@{item.key}' stands outside brackets, so it is no citation and would be published as"
                        f" typed: write [@{item.key}], or '\\@' for an '@' meant as text",
                    )
                )
