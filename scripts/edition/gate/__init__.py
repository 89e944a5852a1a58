"""The editor's gate, in one place: CHECKS is every check the engine makes of the edition, in the order they
run. Where does a new check go? In a module of this package (or the module that owns what it checks), as one
entry of CHECKS with the code of its kind (diagnostics.CODES). A check reads the `Gate` (the project, the inputs
read once, the scanned edition) and adds to `gate.diagnostics`; the checks after it skip a page already found
wrong, so that a mistake is reported where it is, once. Between the two stages the pages are scanned by the one
grammar of the markup (syntax.scan, code "markup"): malformed marks and citations, and the Markdown the site would
publish as typed (admonitions, footnotes, definition lists ...) or otherwise than meant (HTML outside the edition's
few tags, an image, a link to a language's file, a nested list item indented by two). What only the built site
shows (unrendered markup, broken links, pages outside the nav; output.py) and what a built page would do (load a
file from another site, an id twice, an emphasis mark as typed; published.py) is checked after the build, from
`make check`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from .. import checks, siteconfig, structure
from ..diagnostics import Diagnostics
from . import article_yml, config, data, letters, quotes, term_patterns
from .blame import fold

__all__ = ["CHECKS", "Check", "Gate", "code_read", "fold", "glossary_page", "run"]


@dataclass
class Gate:
    project: object  # engine.Project
    inputs: object  # engine.Inputs
    diagnostics: Diagnostics
    ed: object = None  # engine.Edition, once the pages are scanned


@dataclass(frozen=True)
class Check:
    code: str  # diagnostics.CODES: the kind of problem it finds
    run: Callable[[Gate], None]
    stage: str = "scanned"  # "inputs": before the pages are scanned; "scanned"; "resolved": after resolution


def _nav(g: Gate) -> None:
    p = g.project
    siteconfig.check_nav(p.root, p.config, p.docs, g.diagnostics, p.languages[1:])


CHECKS = (
    Check("config", _nav, stage="inputs"),  # mkdocs.yml's nav names pages that exist
    Check("config", config.check, stage="inputs"),  # hooks and Markdown extensions; every page in the nav, as a file
    Check("article", article_yml.check, stage="inputs"),  # volume, initials, DOI as they will be cited
    Check("records", quotes.check, stage="inputs"),  # a value between Word's quotation marks, not YAML's
    Check("records", letters.check, stage="inputs"),  # a look-alike, pasted or two-piece letter in a value
    Check("structure", lambda g: structure.check(g.ed, g.diagnostics)),  # before the checks that skip a wrong page
    Check("marks", lambda g: checks.check(g.ed, g.diagnostics)),
    Check("markup", letters.in_pages),  # a letter of another of the edition's languages in a page's word
    Check("fidelity", data.fidelity_check),  # the Kazakh text against the source, unless a page is missing or wrong
    Check("alignment", data.alignment_check),
    Check("data", data.data_check),
    # each pattern finds its term (an unsafe one is refused when read): from what resolution found, at no cost
    Check("terms", term_patterns.check, stage="resolved"),
    Check("terms", term_patterns.inside_a_name, stage="resolved"),  # ... and not the "Party" of another name
)


def run(g: Gate, stage: str) -> None:
    """The checks of one stage, in CHECKS order, each coded."""
    for check in CHECKS:
        if check.stage == stage:
            start = len(g.diagnostics)
            check.run(g)
            g.diagnostics.coded(check.code, start)


def code_read(diagnostics: Diagnostics, project, start: int = 0) -> None:
    """The codes of what reading the inputs found, by the file it is in."""
    for i in range(start, len(diagnostics)):
        p = diagnostics[i]
        if p.code:
            continue
        path = p.path
        code = (
            "bib"
            if path == project.bib
            else "locale"
            if "locales" in path
            else "article"
            if path == project.article
            else "terms"
            if path == project.terms
            else "pages"
            if path.startswith(project.docs + "/")
            else "records"
        )
        diagnostics[i] = replace(p, code=code)


def glossary_page(ed, lang: str) -> str | None:
    """The page of the language that holds {glossary}, from the scans made (a whole-article page's is of its
    tokens alone: `uses` would scan its 160 KB again with every check)."""
    return next((p.name for p in ed.pages if p.lang == lang and _holds(ed.scans[(p.lang, p.name)], "glossary")), None)


def _holds(scanned, block: str) -> bool:
    # by its fields, not isinstance: a process that imported the engine anew (the preview, the tests) may hold
    # scans made by the other import's classes
    return any(getattr(t, "kind", None) == "block" and t.value == block for t in scanned.tokens)
