"""Alignment of a translation with the original, paragraph by paragraph: the same paragraph ids in the
same order, the same citations (key and locator) in the same order within each paragraph, the same
print-page markers, the same editor's notes in the same order. Pure functions over Markdown text."""

from __future__ import annotations

from dataclasses import dataclass, field

from .problems import Problem
from .syntax import Citation, Marker, Scan, scan


@dataclass(frozen=True)
class Unknown:
    """What is already reported: citation keys and note ids unknown, paragraph ids malformed. A paragraph that
    uses one is not reported again as differing from the original (one mistake, one message)."""

    keys: frozenset = frozenset()
    notes: frozenset = frozenset()
    ids: frozenset = frozenset()


@dataclass
class Paragraph:
    pid: str
    line: int
    citations: list = field(default_factory=list)  # [(key, locator)]
    pages: list = field(default_factory=list)  # ["1248", ...]
    quotes: int = 0  # {qk} notes
    notes: list = field(default_factory=list)  # editor's note ids ({note:ID}), in text order


def paragraphs(text: str | Scan, path: str = "") -> list[Paragraph]:
    """text: a page's Markdown, or its `scan()` when the caller has it already (the engine does)."""
    result = text if isinstance(text, Scan) else scan(text, path)
    out: list[Paragraph] = []
    for tok in result.tokens:
        if isinstance(tok, Marker) and tok.kind == "para":
            out.append(Paragraph(tok.value, tok.line))
        elif not out:
            continue
        elif isinstance(tok, Citation):
            out[-1].citations.extend((i.key, i.locator) for i in tok.items)
        elif tok.kind == "page":
            out[-1].pages.append(tok.value)
        elif tok.kind == "qk":
            out[-1].quotes += 1
        elif tok.kind == "note":
            out[-1].notes.append(tok.value)
    return out


def compare(
    original: str | Scan,
    translation: str | Scan,
    orig_path: str,
    tr_path: str,
    only: set[str] | None = None,
    unknown: Unknown = Unknown(),
) -> list[Problem]:
    """Problems located in the translation. `only`: compare just these paragraph ids (a partial file).
    original, translation: Markdown text or its `scan()`."""
    a = [p for p in paragraphs(original, orig_path) if only is None or p.pid in only]
    b = paragraphs(translation, tr_path)
    ids_a, ids_b = [p.pid for p in a], [p.pid for p in b]
    if len(set(ids_b)) < len(ids_b):
        return []  # a duplicate id: said as such where the page is resolved; the rest is out of step because of it
    if ids_a != ids_b:
        missing = [i for i in ids_a if i not in ids_b]
        extra = [i for i in ids_b if i not in ids_a]
        if unknown.ids.intersection(extra):
            return []  # out of step because of an id reported as malformed
        detail = []
        if missing:
            detail.append(f"missing {', '.join(missing)}")
        if extra:
            detail.append(f"not in the original {', '.join(extra)}")
        if not detail:
            detail.append("order differs")
        # located at the first translation paragraph out of step with the original
        out_of_step = [pb.line for pa, pb in zip(a, b) if pa.pid != pb.pid]
        if out_of_step:
            at = out_of_step[0]
        elif len(b) > len(a):
            at = b[len(a)].line  # the first extra paragraph
        else:
            at = b[-1].line if b else 1  # the translation stops short after its last paragraph
        # only this: while the ids are out of step, the text of a paragraph whose id is gone counts as the
        # paragraph's before it, and comparing their citations would report differences that are not there
        return [Problem(tr_path, at, 1, f"paragraph ids differ from {orig_path}: {'; '.join(detail)}")]
    return [problem for pa, pb in zip(a, b) for problem in _differences(pa, pb, tr_path, unknown)]


def _differences(pa: Paragraph, pb: Paragraph, tr_path: str, unknown: Unknown) -> list[Problem]:
    """What differs between a paragraph of the original (pa) and the same paragraph of the translation."""
    problems = []
    if pa.citations != pb.citations and not unknown.keys.intersection(k for k, _ in pb.citations):
        problems.append(
            Problem(
                tr_path,
                pb.line,
                1,
                f"paragraph {pa.pid}: citations {written(pb.citations)}"
                f" differ from the original's {written(pa.citations)}",
            )
        )
    if pa.pages != pb.pages:
        problems.append(
            Problem(
                tr_path,
                pb.line,
                1,
                f"paragraph {pa.pid}: page markers {pb.pages} differ from the original's {pa.pages}",
            )
        )
    if pa.notes != pb.notes and not unknown.notes.intersection(pb.notes):
        problems.append(
            Problem(
                tr_path,
                pb.line,
                1,
                f"paragraph {pa.pid}: editor's notes {pb.notes} differ from the original's {pa.notes}"
                " (the same {note:ID} marks, in the same order)",
            )
        )
    return problems


def written(cites) -> str:
    """[(key, locator)] as the citation is written: "[@a, 12; @b]"."""
    return "[" + "; ".join(f"@{key}" + (f", {locator}" if locator else "") for key, locator in cites) + "]"
