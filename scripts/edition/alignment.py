"""Alignment of a translation with the original, paragraph by paragraph: the same paragraph ids in the
same order, the same citations (key and locator) in the same order within each paragraph, the same
print-page markers, the same editor's notes in the same order. Pure functions over Markdown text."""

from __future__ import annotations

from dataclasses import dataclass, field

from .lookalike import describe, one_letter
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
    col: int = 1
    citations: list = field(default_factory=list)  # [(key, locator)]
    groups: list = field(default_factory=list)  # the index of each citation's first item: where a '[' opens
    pages: list = field(default_factory=list)  # ["1248", ...]
    quotes: int = 0  # {qk} notes
    notes: list = field(default_factory=list)  # editor's note ids ({note:ID}), in text order
    # where each of citations, pages, notes stands: (line, col), so that a difference is shown where it is
    at: dict = field(default_factory=lambda: {"citations": [], "pages": [], "notes": []})
    bare: list = field(default_factory=list)  # '@key' outside brackets in this paragraph (syntax.Scan.bare)


def paragraphs(text: str | Scan, path: str = "") -> list[Paragraph]:
    """text: a page's Markdown, or its `scan()` when the caller has it already (the engine does)."""
    result = text if isinstance(text, Scan) else scan(text, path)
    out: list[Paragraph] = []
    for tok in result.tokens:
        if isinstance(tok, Marker) and tok.kind == "para":
            out.append(Paragraph(tok.value, tok.line, tok.col))
        elif not out:
            continue
        elif isinstance(tok, Citation):
            out[-1].groups.append(len(out[-1].citations))
            out[-1].citations.extend((i.key, i.locator) for i in tok.items)
            out[-1].at["citations"].extend((i.line, i.col) for i in tok.items)
        elif tok.kind == "page":
            out[-1].pages.append(tok.value)
            out[-1].at["pages"].append((tok.line, tok.col))
        elif tok.kind == "qk":
            out[-1].quotes += 1
        elif tok.kind == "note":
            out[-1].notes.append(tok.value)
            out[-1].at["notes"].append((tok.line, tok.col))
    for item in result.bare:
        para = next((p for p in reversed(out) if (p.line, p.col) <= (item.line, item.col)), None)
        if para is not None:
            para.bare.append(item)
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
    """What differs between a paragraph of the original (pa) and the same paragraph of the translation: the
    first item out of step, where it stands, what differs, what to do."""
    problems = []
    if pa.citations != pb.citations and not unknown.keys.intersection(k for k, _ in pb.citations):
        problems.append(_first_difference("citations", pa, pb, tr_path))
    elif pa.citations and pa.groups != pb.groups:  # the same items, bracketed otherwise: one stands elsewhere
        problems.append(_grouping(pa, pb, tr_path))
    if pa.pages != pb.pages:
        problems.append(_first_difference("pages", pa, pb, tr_path))
    if pa.notes != pb.notes and not unknown.notes.intersection(pb.notes):
        problems.append(_first_difference("notes", pa, pb, tr_path))
    return problems


# kind -> (what one item is, how one is written, what to do when one is missing / extra / changed / in another
# order)
_KINDS = {
    "citations": (
        "citation",
        lambda c: f"'@{c[0]}" + (f", {c[1]}" if c[1] else "") + "'",
        "add it where the original has it",
        "delete it (a translation cites what the original cites)",
        "write it as the original does",
        "cite in the original's order",
    ),
    "pages": (
        "page marker",
        lambda n: f"{{pb:{n}}}",
        "put it where the printed page turns in this paragraph",
        "delete it (a translation marks the pages the original marks)",
        "write it as the original does",
        "put the markers in the original's order",
    ),
    "notes": (
        "note mark",
        lambda n: f"{{note:{n}}}",
        "put the mark where the original has it",
        "delete it (a translation marks the notes the original marks)",
        "write it as the original does",
        "put the marks in the original's order",
    ),
}


def _first_difference(kind: str, pa: Paragraph, pb: Paragraph, tr_path: str) -> Problem:
    a, b, at = getattr(pa, kind), getattr(pb, kind), pb.at[kind]
    what, show, missing, extra, changed, order = _KINDS[kind]
    i = next((i for i, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))
    here = at[i] if i < len(b) else at[-1] if b else (pb.line, pb.col)
    head = f"paragraph {pa.pid}: "
    if sorted(a, key=str) == sorted(b, key=str):
        return Problem(
            tr_path,
            *here,
            head + f"{what} {show(b[i])} stands where the original has {show(a[i])}: {order}"
            f" ({', '.join(map(show, a))})",
        )
    if i == len(b) or (i < len(a) and a[i + 1 :] == b[i:]):
        lost = next((item for item in pb.bare if kind == "citations" and item.key == a[i][0]), None)
        if lost is not None:  # the brackets lost: '@key, 148' is text
            return Problem(
                tr_path,
                lost.line,
                lost.col,
                head + f"'@{lost.key}' stands outside brackets, so it is no citation: write [{show(a[i])[1:-1]}]",
            )
        return Problem(tr_path, *here, head + f"the original's {what} {show(a[i])} is missing here: {missing}")
    if i == len(a) or a[i:] == b[i + 1 :]:
        return Problem(tr_path, *here, head + f"{what} {show(b[i])} is not in the original's paragraph: {extra}")
    return Problem(
        tr_path,
        *here,
        head + f"{what} {show(b[i])} differs from the original's {show(a[i])}{_how(a[i], b[i])}: {changed}",
    )


def _grouping(pa: Paragraph, pb: Paragraph, tr_path: str) -> Problem:
    """Two citations of the original joined in one pair of brackets (Pandoc's '[@a, 1; @b, 2]'), or one split:
    the items agree, but one of them now stands elsewhere in the sentence than the original has it."""
    i = min(set(pa.groups) ^ set(pb.groups))
    show = _KINDS["citations"][1](pb.citations[i])
    if i in pa.groups:
        why = "is joined here to the citation before it, where the original cites it apart: write it in brackets"
        why += " of its own where the original has it"
    else:
        why = "stands here in brackets of its own, where the original joins it to the citation before it: write"
        why += " the two in one pair of brackets, as the original does"
    return Problem(tr_path, *pb.at["citations"][i], f"paragraph {pa.pid}: citation {show} {why}")


def _how(expected, got) -> str:
    """What tells two items apart that look alike: the letter case of a key, a look-alike or invisible
    character (named with its code point)."""
    if isinstance(expected, tuple):  # a citation: (key, locator)
        if expected[0] != got[0]:
            if expected[0].lower() == got[0].lower():
                return " (its key's letter case: a translation's citations are compared with the original's as written)"
            return _char(expected[0], got[0], "key")
        return _char(expected[1] or "", got[1] or "", "locator")
    return _char(str(expected), str(got), "")


def _char(expected: str, got: str, part: str) -> str:
    one = one_letter(expected, got)
    if one is None:
        return ""
    _, char, instead = one
    if char.isascii() and (instead is None or instead.isascii()):
        return ""  # '149' for '148' is plain to see; an en dash for a hyphen, a Cyrillic 'а' or U+200B is not
    part = f"its {part} " if part else ""
    if instead is None:
        return f" ({part}has {describe(char)}, which the original's has not)"
    return f" ({part}has {describe(char)} where the original's has {describe(instead)})"


def written(cites) -> str:
    """[(key, locator)] as the citation is written: "[@a, 12; @b]"."""
    return "[" + "; ".join(f"@{key}" + (f", {locator}" if locator else "") for key, locator in cites) + "]"
