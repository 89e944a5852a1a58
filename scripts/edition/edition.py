"""The whole edition in one pure pass: (Markdown pages, bibliography, languages) -> (Markdown, problems).

Nothing here imports MkDocs: the hook and `make check` both call `build()`. Every page of every
language is resolved before anything is written, so one run reports every problem together and a
problem never yields a half-right site.
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from pybtex.style.template import FieldIsMissing

from . import bibliography, labels, locale as locales, references, render
from .datafiles import load_list
from .problems import Problem, errors
from .styles import style_for
from .syntax import Citation, Marker, scan

_H1 = re.compile(r"^# +(.+?)\s*$", re.M)
BLOCK = "\x00block:{}\x00"


@dataclass
class Project:
    root: Path
    languages: tuple[str, ...] = ("kk", "ru", "en")  # the first is the default language at /
    docs: str = "docs"
    bib: str = "bibliography.bib"
    emendations: str = "source/emendations.yml"
    citation_forms: str = "source/citations.yml"
    locales_dir: str | None = None


@dataclass(frozen=True)
class Page:
    name: str
    lang: str
    path: str  # as shown to editors, relative to the project root
    text: str

    @property
    def url(self) -> str:
        return render.page_url(self.name)


@dataclass
class Result:
    pages: dict = field(default_factory=dict)  # (lang, name) -> rendered Markdown body (front matter removed)
    problems: list = field(default_factory=list)
    occurrences: dict = field(default_factory=dict)  # lang -> key -> [BackLink]
    cited: dict = field(default_factory=dict)  # lang -> [keys in first-citation order]

    @property
    def ok(self) -> bool:
        return not errors(self.problems)


def discover(project: Project) -> tuple[list[Page], list[Problem]]:
    docs = project.root / project.docs
    pages, problems = [], []
    for file in sorted(docs.rglob("*.md")):
        rel = file.relative_to(docs).as_posix()
        stem = rel[:-3]
        lang = project.languages[0]
        head, _, suffix = stem.rpartition(".")
        if head and suffix in project.languages:
            stem, lang = head, suffix
        shown = f"{project.docs}/{rel}"
        try:
            text = file.read_bytes().decode("utf-8")
        except UnicodeDecodeError as e:
            problems.append(Problem(shown, 0, 0, f"not valid UTF-8 (byte {e.start}): save the file as UTF-8"))
            continue
        if not text.strip():
            problems.append(Problem(shown, 1, 1, "empty page: write its text, or delete the file in every language"))
        pages.append(Page(stem, lang, shown, text))
    names = sorted({p.name for p in pages})
    have = {(p.lang, p.name) for p in pages}
    for name in names:
        for lang in project.languages:
            if (lang, name) not in have:
                suffix = "" if lang == project.languages[0] else f".{lang}"
                problems.append(Problem(f"{project.docs}/{name}{suffix}.md", 0, 0,
                                        f"page '{name}' is missing in language '{lang}': create this file"
                                        " (otherwise readers of that language would silently get another language)"))
    return pages, problems


def build(project: Project) -> Result:
    result = Result()
    problems = result.problems
    locs = {}
    for code in project.languages:
        try:
            locs[code] = locales.load(code, project.locales_dir)
        except locales.LocaleError as e:
            problems.append(Problem(str(e).split(":")[0], 0, 0, str(e).split(": ", 1)[-1]))
    bib, bib_problems = bibliography.load(str(project.root / project.bib), project.bib)
    problems += bib_problems
    emendations, em_problems = load_list(project.root / project.emendations, project.emendations,
                                         ("id", "where", "source", "reading", "why"))
    problems += em_problems
    em_by_id = {}
    for rec in emendations:
        if rec["id"] in em_by_id:
            problems.append(Problem(project.emendations, rec["_line"], 1, f"duplicate emendation id '{rec['id']}'"))
        em_by_id[rec["id"]] = rec
    forms, form_problems = load_list(project.root / project.citation_forms, project.citation_forms,
                                     ("n", "source", "where", "cites"))
    problems += form_problems
    pages, page_problems = discover(project)
    problems += page_problems
    if len(locs) < len(project.languages):
        return result

    scans = {(p.lang, p.name): scan(p.text, p.path) for p in pages}
    for s in scans.values():
        problems += s.problems
    para_page = {}  # paragraph id -> page name (from the default language)
    for p in pages:
        for tok in scans[(p.lang, p.name)].tokens:
            if isinstance(tok, Marker) and tok.kind == "para" and p.lang == project.languages[0]:
                para_page[tok.value] = p.name

    cited_any = set()
    formatted_in: dict = {}  # language -> key -> Formatted: each entry is formatted once per language
    by_langid = {loc.langid: code for code, loc in locs.items()}
    for lang in project.languages:
        loc = locs[lang]
        lang_pages = [p for p in pages if p.lang == lang]
        titles = {p.name: _title(p.text) for p in lang_pages}
        ref_page = next((p.name for p in lang_pages if "{bibliography}" in p.text), "references")
        formatted: dict = {}
        backlinks: dict = defaultdict(list)
        order: dict = {}  # keys in first-citation order (a dict: membership is O(1))
        style = style_for(loc)
        bad_entries: set = set()

        def fmt(key):
            if key not in formatted and key not in bad_entries:
                try:
                    formatted[key] = references.format_entry(bib.entries[key], loc, style)
                except (FieldIsMissing, labels.LabelError) as e:
                    bad_entries.add(key)
                    problems.append(Problem(project.bib, bib.line(key), 0,
                                            f"entry '{key}' cannot be formatted for the '{lang}' pages: "
                                            f"{references.missing_field_message(e)}"))
            return formatted.get(key)

        rendered = {}
        for page in lang_pages:
            rendered[page.name] = _render(page, scans[(lang, page.name)], loc, bib, fmt, em_by_id, ref_page,
                                          titles, backlinks, order, problems, project)
        cited_any.update(order)
        result.occurrences[lang] = dict(backlinks)
        result.cited[lang] = list(order)
        formatted_in[lang] = formatted
        original = None
        if loc.script == "latin":  # beside a romanized entry, the entry in its own script and language
            original = {}
            for key in order:
                code = by_langid.get(bib.entries[key].fields.get("langid", ""), project.languages[0])
                if locs[code].script != "original":
                    continue
                if key not in formatted_in.get(code, {}):
                    try:
                        formatted_in.setdefault(code, {})[key] = references.format_entry(bib.entries[key], locs[code])
                    except (FieldIsMissing, labels.LabelError):
                        continue  # reported for that language already
                original[key] = formatted_in[code][key]
        blocks = {
            "bibliography": lambda root: (references.status_legend(loc) + "\n\n"
                                     + references.reference_list([k for k in order if k in formatted], bib,
                                                                 formatted, backlinks, loc, original)),
            "emendations": lambda root: _emendation_table(emendations, loc, para_page, root),
            "citation-forms": lambda root: _citation_forms(forms, bib, loc, para_page, fmt, root),
        }
        for page in lang_pages:
            md = rendered[page.name]
            for name, make in blocks.items():
                token = BLOCK.format(name)
                if token in md:
                    md = md.replace(token, make(render.relative(page.url, "")))
            result.pages[(lang, page.name)] = md

    for key in bib.entries.keys():
        if key not in cited_any:
            problems.append(Problem(project.bib, bib.line(key), 0, f"entry '{key}' is never cited", "warning"))
    return result


def _title(text: str) -> str:
    m = _H1.search(text)
    return m.group(1) if m else ""


def _render(page, scanned, loc, bib, fmt, em_by_id, ref_page, titles, backlinks, order, problems, project) -> str:
    """Replace every token of one page by its HTML; returns the Markdown body (front matter removed)."""
    text = page.text
    edits = []  # (start, end, replacement), applied back to front
    para = None  # (id, end offset) of the paragraph being rendered
    counters: dict = defaultdict(int)
    para_ids: set = set()
    ref_url = render.page_url(ref_page)

    for tok in scanned.tokens:
        if isinstance(tok, Citation):
            scope = para[0] if para and tok.start < para[1] else page.name
            parts = []
            for item in tok.items:
                if item.key not in bib.entries:
                    hint = bib.suggest(item.key)
                    problems.append(Problem(page.path, item.line, item.col, f"unknown citation key '{item.key}'"
                                            + (f" (did you mean '{hint}'?)" if hint else
                                               f" (add an entry to {project.bib} or correct the key)")))
                    continue
                key = bib.entries[item.key].key
                f = fmt(key)
                if f is None:
                    continue
                counters[scope] += 1
                cid = f"cite-{scope}-{counters[scope]}"
                order.setdefault(key, None)
                label = labels.with_locator(f.label, item.locator, loc)
                parts.append((label, render.relative(page.url, f"{ref_url}#ref-{key}"), f.text, cid))
                where = titles.get(page.name, page.name)
                if scope != page.name:
                    where += f" {loc.paragraph_sign} {scope.rsplit('-', 1)[-1]}"
                backlinks[key].append(references.BackLink(render.relative(ref_url, f"{page.url}#{cid}"), where))
            edits.append((tok.start, tok.end, render.citation(parts, loc) if parts else ""))
        elif tok.kind == "para":
            if not _opens_paragraph(text, tok.start, scanned.body_start):
                problems.append(Problem(page.path, tok.line, tok.col, f"paragraph id '{{#{tok.value}}}' must open a"
                                        " paragraph (start of a line after a blank line)"))
                continue
            if tok.value in para_ids:
                problems.append(Problem(page.path, tok.line, tok.col, f"duplicate paragraph id '{tok.value}'"))
            para_ids.add(tok.value)
            close = text.find("\n\n", tok.end)
            close = len(text.rstrip("\n")) if close < 0 else close
            para = (tok.value, close)
            end = tok.end + 1 if text[tok.end:tok.end + 1] == " " else tok.end
            edits.append((tok.start, end, render.paragraph_number(tok.value, loc)))
            edits.append((close, close, render.paragraph_attrs(tok.value)))
        elif tok.kind == "page":
            if not tok.value.isdigit():
                problems.append(Problem(page.path, tok.line, tok.col, f"page marker '{{pb:{tok.value}}}' needs a page"
                                        " number (e.g. {pb:1248})"))
                continue
            edits.append((tok.start, tok.end, render.page_break(tok.value, loc)))
        elif tok.kind == "qk":
            edits.append((tok.start, tok.end, render.quote_note(loc)))
        elif tok.kind == "em":
            rec = em_by_id.get(tok.value)
            if rec is None:
                problems.append(Problem(page.path, tok.line, tok.col, f"unknown emendation '{tok.value}'"
                                        f" (record it in {project.emendations} with id, where, source, reading, why)"))
                continue
            edits.append((tok.start, tok.end, render.emendation(rec, loc)))
        else:
            edits.append((tok.start, tok.end, BLOCK.format(tok.value)))
    if page.lang != project.languages[0] and para_ids:
        # a translated body page says so under its heading, linking to the same section in the original
        heading = _H1.search(text, scanned.body_start)
        at = heading.end() if heading else scanned.body_start
        link = render.relative(f"{page.lang}/{page.url}", page.url)
        edits.append((at, at, "\n\n" + render.translation_notice(link, loc, any(
            isinstance(t, Marker) and t.kind == "qk" for t in scanned.tokens))))
    pieces, pos = [], scanned.body_start
    for start, end, replacement in sorted(edits, key=lambda e: (e[0], e[1])):
        pieces.append(text[pos:start])
        pieces.append(replacement)
        pos = end
    pieces.append(text[pos:])
    return "".join(pieces)


def _opens_paragraph(text: str, offset: int, body_start: int) -> bool:
    if offset == body_start:
        return True
    if text[offset - 1] != "\n":
        return False
    before = text[body_start:offset].rstrip(" \t")
    return before.endswith("\n\n") or _after_heading(text, offset)


def _after_heading(text: str, offset: int) -> bool:
    prev_line_start = text.rfind("\n", 0, offset - 1) + 1
    return text[prev_line_start:offset].startswith("#")


def _emendation_table(emendations, loc, para_page, root) -> str:
    esc = render.esc
    head = "".join(f"<th>{esc(c)}</th>" for c in loc.emendation_columns)
    rows = []
    for rec in emendations:
        where = str(rec["where"])
        name = para_page.get(where) or ("index" if where.startswith("abstract") else None)
        cell = (f'<a href="{root}{esc(render.page_url(name))}#{esc(where)}">{esc(where)}</a>'
                if name and not where.startswith("abstract") else
                f'<a href="{root}{esc(render.page_url(name))}">{esc(where)}</a>' if name else esc(where))
        why = rec.get(f"why-{loc.code}") or rec["why"]
        rows.append(f'<tr id="em-{esc(str(rec["id"]))}"><td>{cell}</td><td>{esc(str(rec["source"]))}</td>'
                    f'<td>{esc(str(rec["reading"]))}</td><td>{esc(str(why))}</td></tr>')
    return f'<table class="emendations"><thead><tr>{head}</tr></thead><tbody>{"".join(rows)}</tbody></table>'


def _citation_forms(forms, bib, loc, para_page, fmt, root) -> str:
    esc = render.esc
    head = "".join(f"<th>{esc(c)}</th>" for c in loc.citation_forms_columns)
    rows = []
    for item in forms:
        where = str(item["where"])
        name = para_page.get(where)
        cell = f'<a href="{root}{esc(render.page_url(name))}#{esc(where)}">{esc(where)}</a>' if name else esc(where)
        labels_ = []
        for c in item["cites"] or []:
            key = c.get("key") if isinstance(c, dict) else None
            f = fmt(bib.entries[key].key) if key in bib.entries else None
            labels_.append(labels.with_locator(f.label, str(c["locator"]) if c.get("locator") else None, loc)
                           if f else f"@{key}")
        edition = esc(loc.open + loc.items_sep.join(labels_) + loc.close)
        rows.append(f'<tr><td>{esc(str(item["n"]))}</td><td>{cell}</td><td>{esc(str(item["source"]))}</td>'
                    f'<td>{edition}</td></tr>')
    return f'<table class="citation-forms"><thead><tr>{head}</tr></thead><tbody>{"".join(rows)}</tbody></table>'
