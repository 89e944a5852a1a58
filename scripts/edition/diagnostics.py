"""The gate's diagnostics: every problem of a run in one object, each with a code for its kind, and its blame.

A check adds what it finds (`add`, or `+=`/`append` of a located Problem, as the older checks do); the gate
gives each problem the code of the check that found it; `blame(cause, consequences)` folds the problems that
follow from one mistake under it, so that the report names the cause first and counts one mistake once
(a missing brace in the bibliography, and the citations of the entries it cut short). The codes, like
sphinxcontrib-bibtex's categorised warnings, say what kind of mistake a message is about, for tests and for
an editor who searches the README.
"""

from __future__ import annotations

from dataclasses import replace

from .problems import Problem

__all__ = ["CODES", "Diagnostics", "Problem"]

# code -> what kind of problem it is (README, "For editors": the codes)
CODES = {
    "read": "a file cannot be read: missing, not UTF-8, malformed YAML or BibTeX, too large, aliases",
    "locale": "an interface locale (scripts/edition/locales/<lang>.yml)",
    "bib": "the bibliography against its schema (scripts/edition/bibschema.yml)",
    "records": "a record of a data file (emendations, citations, corrections, notes, terms)",
    "article": "source/article.yml: the article's metadata",
    "terms": "source/terms.yml: a term, its pattern",
    "config": "mkdocs.yml: hooks, nav, Markdown extensions",
    "pages": "the pages in docs/: present in every language, in the nav, not empty",
    "markup": "the edition's marks and citations in a page, and the Markdown it does not publish",
    "structure": "a page's shape: title, headings, paragraph ids, generated lists",
    "marks": "page markers, locators, ids, emendations and citation forms against the text",
    "fidelity": "the Kazakh text word for word against the source",
    "alignment": "a translation against its original: ids, citations, page markers",
    "data": "notes, provenance and corrections against the text",
    "resolve": "a citation, mark or list that cannot be resolved on a page",
    "output": "the built site: unrendered markup, empty pages, broken links and anchors, the whole article",
}


class Diagnostics(list):
    """A list of Problems (so that a check may still `+=` or `append`), with codes and blame."""

    def __add__(self, other) -> Diagnostics:
        return Diagnostics([*self, *other])

    def add(self, code: str, path: str, line: int, col: int, message: str, severity: str = "error") -> Problem:
        assert code in CODES, code
        problem = Problem(path, line, col, message, severity, code)
        self.append(problem)
        return problem

    def coded(self, code: str, start: int = 0) -> None:
        """Give the problems added since `start` that have no code yet this one (the check's)."""
        assert code in CODES, code
        for i in range(start, len(self)):
            if not self[i].code:
                self[i] = replace(self[i], code=code)

    def blame(self, cause: Problem, consequences) -> None:
        """Fold each of `consequences` (problems of this list) under `cause`: reported under it, not counted."""
        folded = set(consequences) - {cause}
        for i, p in enumerate(self):
            if p in folded and p.cause is None and p is not cause:
                self[i] = replace(p, cause=cause)

    def causes(self) -> list[Problem]:
        return [p for p in self if p.cause is None]

    def of(self, code: str) -> list[Problem]:
        return [p for p in self if p.code == code]

    def once(self) -> None:
        """One message for one mistake: a check that finds a mistake early (so that later checks skip its page)
        may say what a later one says too; identical problems are kept once."""
        self[:] = dict.fromkeys(self)
