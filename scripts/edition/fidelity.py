"""The Kazakh text against the primary source (source/eskaliev-aitenov-2025.txt), word for word.

Each Kazakh body page is turned back into the source: its run-in heading put back, paragraph ids removed,
every {em:ID} replaced by the reading the source prints (source/emendations.yml), every citation by its
printed form (source/citations.yml). The result must be the layout-normalized source part (source.py); so
must each abstract (the text of index.<lang>.md from its `## ` heading on, bold marks removed). Page markers
must stand where the source's print pages begin. Each difference is one located problem: in the page, or in
the emendation whose source reading is not what the source has at its place.
"""

from __future__ import annotations

import difflib
import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path

from . import alignment, lookalike
from . import source as src
from .inputs import read_text
from .problems import Problem, line_col
from .syntax import H1, Citation, duplicate_id

MAX_DIFFERENCES = 10  # per page: beyond a few, the rest are usually one mistake seen from further on
_H2 = re.compile(r"^## .*$", re.M)
_RUN = re.compile(r"\s+|\S+")  # \s is str.isspace()
_SPACES = re.compile(r"\s+")


@dataclass
class Context:
    source_path: str
    emendations: dict | None  # id -> Record; None: the file is unreadable (reported), pages with marks skipped
    problems: list
    forms: dict | None = None  # paragraph id -> [(Record, printed form normalized)]; None: not usable


@dataclass
class Rebuilt:
    """Text rebuilt from a page, its whitespace collapsed as it is added, with each character's origin (an
    offset into the page's text). The origins are worked out only when a problem needs a place: the whole
    original passes through here on every build, and almost always matches the source."""

    pieces: list = field(default_factory=list)  # the rebuilt text, in pieces
    length: int = 0  # of the rebuilt text so far
    ems: list = field(default_factory=list)  # (start, end, Record): where an emendation's source reading stands
    breaks: list = field(default_factory=list)  # (offset, Marker): where a page marker stands
    added: list = field(default_factory=list)  # the arguments of each `add`, to work out the origins from
    _origin: list | None = None

    def add(self, text: str, origin: int, fixed: bool = False, drop: str = "") -> None:
        """fixed: every character comes from `origin` (a substituted reading); else character i from origin + i.
        Every occurrence of `drop` is left out."""
        self.added.append((text, origin, fixed, drop))
        self._origin = None
        piece = _SPACES.sub(" ", text.replace(drop, "") if drop else text)
        if piece[:1] == " " and (not self.length or self.pieces[-1][-1] == " "):
            piece = piece[1:]  # a run of whitespace is one space, and none at the start
        if piece:
            self.pieces.append(piece)
            self.length += len(piece)

    @property
    def origin(self) -> list:
        """The page offset of each character of the rebuilt text: `add` again, by runs, keeping origins."""
        if self._origin is None:
            origins, space = [], False  # space: the last character kept is a space
            for text, origin, fixed, drop in self.added:
                for a, b in _kept(text, drop):
                    for m in _RUN.finditer(text, a, b):
                        s, e = m.span()
                        if not text[s].isspace():
                            origins.extend([origin] * (e - s) if fixed else range(origin + s, origin + e))
                            space = False
                        elif origins and not space:  # the one space `add` kept for the run
                            origins.append(origin if fixed else origin + s)
                            space = True
            self._origin = origins
        return self._origin

    def text(self) -> str:
        return "".join(self.pieces).rstrip(" ")


def _kept(text: str, drop: str) -> list[tuple[int, int]]:
    """The spans of `text` between the occurrences of `drop`."""
    spans, i = [], 0
    while drop:
        j = text.find(drop, i)
        if j < 0:
            break
        spans.append((i, j))
        i = j + len(drop)
    return [*spans, (i, len(text))]


def _changed(root: Path, shown: str, text: str) -> Problem | None:
    """The source is never edited (a correction is an emendation): its SHA-256 (of the text as read, so that
    line endings and a byte-order mark do not count), where `<source>.sha256` records it, must be that one."""
    record = root / f"{shown}.sha256"
    if not record.is_file():
        return None
    want = record.read_text(encoding="utf-8", errors="replace").split()[:1]
    if want == [hashlib.sha256(text.encode("utf-8")).hexdigest()]:
        return None
    return Problem(
        shown,
        1,
        1,
        f"the source text is not the one the edition was made from (its SHA-256 is in {shown}.sha256): the"
        f" source is never edited: restore it (git checkout -- {shown}) and record a correction as an emendation"
        " (source/emendations.yml, {em:ID} in the text); if the source itself was replaced on purpose (a better"
        f" copy of the print), write its new SHA-256 in {shown}.sha256",
    )


def check(ed, problems: list, skip: set) -> None:
    """The original's section pages and the abstract pages against the source; pages in `skip` (already
    found wrong) are left until they are fixed. Nothing to do for a project without the source file."""
    project = ed.project
    text, found = read_text(project.root / project.source_text, project.source_text, missing_ok=True)
    if text is None:
        return
    problems += found
    changed = _changed(project.root, project.source_text, text)
    if changed:
        problems.append(changed)
        return  # the pages would be compared with a source that is not the one they were made from
    pages = {(p.lang, p.name): p for p in ed.pages if (p.lang, p.name) not in ed.whole}
    original = project.languages[0]
    present = [s for s in src.SECTIONS if (original, s[3][:-3]) in pages]
    if _unknown_sections(ed, pages, original, present, problems):
        return  # the source cannot be cut into the pages' parts: every page would "differ from the source"
    try:
        parts = {p.slug: p for p in src.parts(text, present)}
        breaks = src.page_breaks(text, present, expected=None)
    except ValueError as e:
        problems.append(Problem(project.source_text, 0, 0, f"cannot find the parts of the source: {e}"))
        return
    ctx = Context(project.source_text, ed.inputs.emendation_ids, problems)
    if present and not any(p.path == project.citation_forms and p.severity == "error" for p in problems):
        ctx.forms = printed_forms(text, parts, ed.inputs.citation_forms, ctx)
    for slug, prefix, heading, fname in present:
        page = pages[(original, fname[:-3])]
        if page.path in skip:
            continue
        paragraph_ids(page, ed.scans[(original, page.name)], prefix, problems)
        if ctx.forms is None:
            continue
        rebuilt = _section(page, ed.scans[(original, page.name)], heading, ctx)
        expected = src.normalize(parts[slug].raw(text))
        if rebuilt is not None and _compare(rebuilt, expected, page, ctx):
            _page_breaks(rebuilt, [b for b in breaks if b.section == slug], expected, page, ctx)
    for lang in src.ABSTRACTS:
        page = pages.get((lang, "index"))
        if page is not None and page.path not in skip:
            rebuilt = _abstract(page, ed.scans[(lang, "index")], ctx)
            if rebuilt is not None:
                _compare(rebuilt, src.normalize(parts[lang].raw(text)), page, ctx)


def _unknown_sections(ed, pages: dict, original: str, present: list, problems: list) -> bool:
    """A body page (one with paragraph ids) whose name is not a section's, while a section has no page: a section
    renamed. Said at the page (True), instead of the text of the section before it "differing from the source"."""
    names = [s[3] for s in src.SECTIONS]
    bodies = set(ed.para_page.values()) - {"index"}  # the abstract page is compared as such
    unknown = sorted(n for n in bodies if (original, n) in pages and f"{n}.md" not in names)
    missing = [s[3] for s in src.SECTIONS if s not in present]
    if not missing:
        return False  # every section has its page: a page besides them is an addition, not a section renamed
    for name in unknown:
        instead = f"; is it {missing[0]}?" if len(missing) == 1 else f" (no page yet: {', '.join(missing)})"
        problems.append(
            Problem(
                pages[(original, name)].path,
                1,
                1,
                f"'{name}.md' is not one of the article's body sections ({', '.join(names)}): a section's file name"
                " is fixed (the engine finds the section's text in the source by it): rename the page, in every"
                f" language and in the nav{instead} (to truly rename a section, change SECTIONS in"
                " scripts/edition/source.py)",
            )
        )
    return bool(unknown)


def printed_forms(text: str, parts: dict, records: list, ctx: Context) -> dict | None:
    """Paragraph id -> [(record, printed form)], each record's form found in the source after the one before
    (citations.yml records the form with its whitespace collapsed; the source has the line breaks)."""
    pos = min(p.start for slug, p in parts.items() if slug not in src.ABSTRACTS)
    forms: dict = {}
    for rec in records:
        words = str(rec["source"]).split()
        found = _words_at(text, words, pos) if words else None
        if found is None:
            ctx.problems.append(
                Problem(
                    rec.path,
                    *rec.mark("source"),
                    f"citation {rec['n']}: '{rec['source']}' is not in the source text after the citation before it:"
                    " copy the form exactly as printed, the records in source order",
                )
            )
            return None
        forms.setdefault(str(rec["where"]), []).append((rec, src.normalize(text[found[0] : found[1]])))
        pos = found[1]
    return forms


def _words_at(text: str, words: list, pos: int) -> tuple[int, int] | None:
    """(start, end) of the first place from `pos` where the words stand, each after a run of whitespace: what
    the regex `word\\s+word…` finds, without compiling one per citation on every build. A word's hyphen may
    end a line of the source (Туган-/Барановский), as normalize() joins it: the record writes the word whole."""
    head = words[0].split("-", 1)[0] or "-"
    start = text.find(head, pos)
    while start >= 0:
        end = _word_end(text, words[0], start)
        for word in words[1:]:
            if end < 0:
                break
            after = end
            while after < len(text) and text[after].isspace():
                after += 1
            end = _word_end(text, word, after) if after > end else -1
        else:
            if end >= 0:
                return start, end
        start = text.find(head, start + 1)
    return None


def _word_end(text: str, word: str, at: int) -> int:
    """Where `word` ends if it stands at `at`, else -1; after each of its hyphens the text may break the line."""
    parts = word.split("-")
    for k, part in enumerate(parts):
        if not text.startswith(part, at):
            return -1
        at += len(part)
        if k < len(parts) - 1:
            if not text.startswith("-", at):
                return -1
            at += 1
            if not parts[k + 1]:  # a hyphen that ends the word or stands before another joins nothing
                continue
            after = at
            while after < len(text) and text[after].isspace():
                after += 1
            if "\n" in text[at:after]:
                at = after
    return at


def _section(page, scan, heading: str, ctx: Context) -> Rebuilt | None:
    text = page.text
    h1 = H1.search(text, scan.body_start)
    if h1 is None or h1.group(1) != heading.rstrip("."):
        at = line_col(text, h1.start()) if h1 else (1, 1)
        ctx.problems.append(
            Problem(
                page.path,
                *at,
                f"the heading must be '# {heading.rstrip('.')}' (the source's run-in heading '{heading}')",
            )
        )
        return None
    rebuilt, pos, pid, pids = Rebuilt(), h1.end(), None, []
    rebuilt.add(heading + " ", h1.start(), fixed=True)
    forms = {where: list(items) for where, items in ctx.forms.items()}
    for tok in scan.tokens:
        if tok.start < pos:
            continue
        rebuilt.add(text[pos : tok.start], pos)
        pos = tok.end
        if isinstance(tok, Citation):
            if not _citation(tok, pid, forms, rebuilt, page, ctx):
                return None
        elif tok.kind == "para":
            pid = tok.value
            pids.append(pid)
            rebuilt.add(" ", tok.start, fixed=True)
        elif tok.kind == "page":
            rebuilt.breaks.append((rebuilt.length, tok))
        elif tok.kind == "em":
            if not _emendation(tok, rebuilt, ctx):
                return None  # an unknown emendation is reported where the marks are resolved
        elif tok.kind == "note":
            continue  # an editor's note adds a mark, not a word of the text
        else:
            mark = text[tok.start : tok.end]
            ctx.problems.append(
                Problem(page.path, tok.line, tok.col, f"{mark} has no place in the original: remove it")
            )
            return None
    rebuilt.add(text[pos:], pos)
    _forms_left(forms, pids, ctx)
    return rebuilt


def _forms_left(forms: dict, pids: list, ctx: Context) -> None:
    """A recorded citation that the paragraph no longer has."""
    for pid in pids:
        for rec, _ in forms.get(pid, []):
            cites = alignment.written(_cites(rec))
            ctx.problems.append(
                Problem(
                    rec.path,
                    rec.line,
                    rec.col,
                    f"citation {rec['n']}: paragraph {pid} has no citation {cites} left for it: write it where the"
                    f" source has '{rec['source']}', or delete the record",
                )
            )


def paragraph_ids(page, scan, prefix: str, problems: list) -> None:
    """A section's paragraphs are numbered prefix-1, prefix-2, ... in order, and each is one line (the source's
    line breaks are its print layout)."""
    n, seen = 0, set()
    for tok in scan.tokens:
        if isinstance(tok, Citation) or tok.kind != "para":
            continue
        if tok.value in seen:  # said now, so that the translations are not compared with a wrong page
            problems.append(duplicate_id(page.path, tok))
            return
        seen.add(tok.value)
        n += 1
        if tok.value != f"{prefix}-{n}":
            problems.append(
                Problem(
                    page.path, tok.line, tok.col, f"paragraph id '{tok.value}' out of sequence: expected '{prefix}-{n}'"
                )
            )
            return
        end = page.text.find("\n\n", tok.end)
        inner = page.text.find("\n", tok.end, len(page.text.rstrip("\n")) if end < 0 else end)
        if inner >= 0:
            problems.append(
                Problem(
                    page.path,
                    *line_col(page.text, inner + 1),
                    "a paragraph is one line: join this line to the one before",
                )
            )


def _cites(rec) -> list:
    return [(c.get("key"), None if c.get("locator") is None else str(c["locator"])) for c in rec["cites"] or []]


def _citation(tok: Citation, pid, forms: dict, rebuilt: Rebuilt, page, ctx: Context) -> bool:
    in_text = [(i.key, i.locator) for i in tok.items]
    queue = forms.get(pid) or []
    if not queue:
        ctx.problems.append(
            Problem(
                page.path,
                tok.line,
                tok.col,
                f"citation {alignment.written(in_text)} in paragraph {pid} has no record in source/citations.yml"
                f" (the form the source prints here): add one with where: {pid}",
            )
        )
        return False
    rec, printed = queue.pop(0)
    if in_text != _cites(rec):
        ctx.problems.append(
            Problem(
                page.path,
                tok.line,
                tok.col,
                f"citation {alignment.written(in_text)} in paragraph {pid}, but {rec.path}:{rec.line}"
                f" (citation {rec['n']}, printed '{rec['source']}') records {alignment.written(_cites(rec))}:"
                " make them agree",
            )
        )
        return False
    rebuilt.add(printed, tok.start, fixed=True)
    return True


def _emendation(tok, rebuilt: Rebuilt, ctx: Context) -> bool:
    rec = (ctx.emendations or {}).get(tok.value)
    if rec is None:
        return False
    start = rebuilt.length
    rebuilt.add(str(rec["source"]), tok.start, fixed=True)
    rebuilt.ems.append((start, rebuilt.length, rec))
    return True


def _abstract(page, scan, ctx: Context) -> Rebuilt | None:
    """The abstract from the page's `## ` heading on (the title and the authors above it are the edition's)."""
    text = page.text
    heading = _H2.search(text, scan.body_start) or H1.search(text, scan.body_start)
    pos = heading.end() if heading else scan.body_start
    rebuilt = Rebuilt()
    for tok in scan.tokens:
        if tok.start < pos or isinstance(tok, Citation) or tok.kind != "em":
            continue  # anything else stays as written, and so differs from the source
        rebuilt.add(text[pos : tok.start], pos, drop="**")
        pos = tok.end
        if not _emendation(tok, rebuilt, ctx):
            return None
    rebuilt.add(text[pos:], pos, drop="**")
    return rebuilt


def _compare(rebuilt: Rebuilt, expected: str, page, ctx: Context) -> bool:
    got = rebuilt.text()
    if got == expected:
        return True
    a, b = expected.split(" "), got.split(" ")
    starts, offset = [], 0
    for word in b:
        starts.append(offset)
        offset += len(word) + 1
    ops = [op for op in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes() if op[0] != "equal"]
    for _, i1, i2, j1, j2 in ops[:MAX_DIFFERENCES]:
        start = starts[j1] if j1 < len(b) else len(got)
        end = starts[j2 - 1] + len(b[j2 - 1]) if j2 > j1 else start + 1
        em = next((rec for s, e, rec in rebuilt.ems if s < end and e > start), None)
        source_has = _words(a, i1, i2)
        if em is not None:
            message = (
                f"emendation '{em['id']}': its source reading '{em['source']}' is not what the source has at its"
                f" place in {em['where']} ({ctx.source_path} has '{_words(a, i1 - 2, i2 + 2)}'): correct 'source'"
            )
            ctx.problems.append(Problem(em.path, *em.mark("source"), message))
            continue
        at = rebuilt.origin[min(start, len(rebuilt.origin) - 1)] if rebuilt.origin else 0
        ctx.problems.append(
            Problem(
                page.path,
                *line_col(page.text, at),
                _letter(source_has, _words(b, j1, j2), start, rebuilt, page)
                + f"the text differs from the source ({ctx.source_path}) after '{_words(a, i1 - 4, i1)}': the source"
                f" has '{source_has}', this page '{_words(b, j1, j2)}': restore the source's words, or record the"
                " change in source/emendations.yml and mark it {em:ID}",
            )
        )
    return False


def _letter(expected: str, got: str, start: int, rebuilt: Rebuilt, page) -> str:
    """A look-alike or invisible letter named first, at its own line:col (the words look identical)."""
    found = lookalike.one_letter(expected, got)
    if found is None or not rebuilt.origin:
        return ""
    i, letter, meant = found
    line, col = line_col(page.text, rebuilt.origin[min(start + i, len(rebuilt.origin) - 1)])
    instead = f" where the source has {lookalike.describe(meant)}" if meant else ", which the source does not have"
    return f"{lookalike.describe(letter)} at {line}:{col}{instead}; "


def _words(words: list, i: int, j: int, most: int = 12) -> str:
    shown = words[max(i, 0) : j]
    return " ".join(shown[:most]) + (" …" if len(shown) > most else "") if shown else "(nothing)"


def _page_breaks(rebuilt: Rebuilt, breaks: list, expected: str, page, ctx: Context) -> None:
    marked = {int(tok.value): (at, tok) for at, tok in rebuilt.breaks if tok.value.isdigit()}
    for pb in breaks:
        found = marked.pop(pb.page, None)
        here = expected[pb.offset : pb.offset + 30]
        if found is None:
            at = line_col(page.text, rebuilt.origin[pb.offset])
            ctx.problems.append(
                Problem(
                    page.path, *at, f"print page {pb.page} begins here in the source ('{here}…'): add {{pb:{pb.page}}}"
                )
            )
        elif found[0] != pb.offset:
            tok = found[1]
            ctx.problems.append(
                Problem(
                    page.path,
                    tok.line,
                    tok.col,
                    f"{{pb:{pb.page}}} must stand right before '{here}…', where page {pb.page} begins in the source",
                )
            )
    for _, tok in marked.values():
        ctx.problems.append(
            Problem(
                page.path,
                tok.line,
                tok.col,
                f"{{pb:{tok.value}}}: no print page begins in this section of the"
                " source with that number: correct the number or remove the marker",
            )
        )
