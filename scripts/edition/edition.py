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

from . import alignment, article as articles, bibliography, labels, locale as locales, metadata, references, render, tables
from .datafiles import load_list
from .problems import Problem, errors, line_col
from .styles import style_for
from .syntax import Citation, Marker, front_matter_end as scan_front_matter_end, scan

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
    article: str = "source/article.yml"
    corrections: str = "source/corrections.yml"
    locales_dir: str | None = None
    reading_order: tuple[str, ...] = ()  # page names in the order a reader reads them (the nav)
    site_url: str | None = None  # absolute URLs in paragraph citations when the site's address is known


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
    references: dict = field(default_factory=dict)  # lang -> [reference for metadata (metadata.py), in list order]
    article: object = None  # article.Article, for the <head> metadata and the citation downloads
    locales: dict = field(default_factory=dict)  # lang -> Locale

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
        raw = file.read_bytes()
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as e:
            good = raw[:e.start].decode("utf-8", "replace")
            line, col = line_col(good, len(good))
            problems.append(Problem(shown, line, col, f"not valid UTF-8 (byte 0x{raw[e.start]:02x}): save the file as UTF-8"))
            text = raw.decode("utf-8", "replace")  # still a page of its language: no knock-on "missing" report
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
            problems.append(Problem(e.path, e.line, e.col, e.message))
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
    if em_problems and not emendations:
        em_by_id = None  # the file could not be read: its markers are not each "unknown" as well
    forms, form_problems = load_list(project.root / project.citation_forms, project.citation_forms,
                                     ("n", "source", "where", "cites"))
    problems += form_problems
    pages, page_problems = discover(project)
    problems += page_problems
    result.article, article_problems = articles.load(project.root / project.article, project.article)
    problems += article_problems
    corrections, correction_problems = load_list(project.root / project.corrections, project.corrections,
                                                 ("date", "where", "what", "why"))
    problems += correction_problems
    result.locales = locs
    if len(locs) < len(project.languages):
        return result

    whole = {(p.lang, p.name) for p in pages if WHOLE in p.text}
    pages = [_whole_article(p, pages, project) if (p.lang, p.name) in whole else p for p in pages]
    scans = {(p.lang, p.name): scan(p.text, p.path) for p in pages}
    for p in pages:
        if (p.lang, p.name) not in whole:
            problems += scans[(p.lang, p.name)].problems
    para_page = {}  # paragraph id -> page name (from the default language)
    sections = [p for p in pages if (p.lang, p.name) not in whole]
    for p in sections:
        for tok in scans[(p.lang, p.name)].tokens:
            if isinstance(tok, Marker) and tok.kind == "para" and p.lang == project.languages[0]:
                para_page[tok.value] = p.name
    originals = {p.name: p for p in sections if p.lang == project.languages[0]}
    for p in sections:  # a translated body page keeps the original's paragraph ids, citations and page markers
        if p.lang != project.languages[0] and p.name in originals and p.name in para_page.values():
            o, t = scans[(project.languages[0], p.name)], scans[(p.lang, p.name)]
            if not o.problems and not t.problems:  # a citation dropped as malformed is reported once, not as a break
                problems += alignment.compare(o, t, originals[p.name].path, p.path)

    print_pages = _print_pages(sections, scans, project, result.article)
    last_corrected = _last_corrections(corrections, sections, para_page, project, problems)
    cited_any = set()
    original_paras: dict = {}  # page name -> paragraph id -> the original's rendered paragraph
    formatted_in: dict = {}  # language -> key -> Formatted: each entry is formatted once per language
    by_langid = {loc.langid: code for code, loc in locs.items()}
    for lang in project.languages:
        loc = locs[lang]
        lang_pages = [p for p in pages if p.lang == lang]
        titles = {p.name: _title(p.text) for p in lang_pages}
        ref_page = next((p.name for p in lang_pages if "{bibliography}" in p.text), "references")
        formatted: dict = {}
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

        def para_cite(page, pid, loc=loc, lang=lang):
            if result.article is None or pid not in print_pages:
                return None
            url = f"{project.site_url or ''}{'' if lang == project.languages[0] else lang + '/'}{page.url}#{pid}"
            return articles.paragraph_citation(result.article, lang, loc, print_pages[pid], pid, url)

        # The section pages share one reference list; a whole-article page is its own group, whose
        # citations link to the list on that same page.
        groups = [([p for p in lang_pages if (lang, p.name) not in whole], None)]
        groups += [([p], p.name) for p in lang_pages if (lang, p.name) in whole]
        for group, own_list in groups:
            ref_page = own_list or next((p.name for p in group if "{bibliography}" in p.text), "references")
            backlinks: dict = defaultdict(list)
            order: dict = {}  # keys in first-citation order (a dict: membership is O(1))
            # a whole-article page repeats the sections: their problems are reported once, on the sections
            group_problems = problems if own_list is None else []
            rendered = {page.name: _render(page, scans[(lang, page.name)], loc, bib, fmt, em_by_id, ref_page, titles,
                                           backlinks, order, group_problems, project, para_cite)
                        for page in group}
            if own_list is None:
                cited_any.update(order)
                result.occurrences[lang] = dict(backlinks)
                result.cited[lang] = list(order)
                listed = sorted((k for k in order if k in formatted), key=lambda k: formatted[k].sort)
                result.references[lang] = [metadata.reference(bib.entries[k], loc) for k in listed]
            formatted_in[lang] = formatted
            original = _originals(order, bib, locs, by_langid, formatted_in, project) if loc.script == "latin" else None
            blocks = {
                "bibliography": lambda root, order=order, backlinks=backlinks, original=original: (
                    references.status_legend(loc) + "\n\n" + references.reference_list(
                        [k for k in order if k in formatted], bib, formatted, backlinks, loc, original)),
                "emendations": lambda root: tables.emendations(emendations, loc, para_page, root),
                "citation-forms": lambda root: tables.citation_forms(forms, bib, loc, para_page, fmt, root),
                "corrections": lambda root: tables.corrections(corrections, loc, para_page, root),
            }
            for page in group:
                md = rendered[page.name]
                for name, make in blocks.items():
                    token = BLOCK.format(name)
                    if token in md:
                        md = md.replace(token, make(render.relative(page.url, "")))
                if lang != project.languages[0] and page.name in original_paras:
                    md = _with_originals(md, original_paras[page.name], project.languages[0], loc)
                if lang == project.languages[0]:
                    original_paras[page.name] = _paragraphs_of(md)
                if corrections:  # every page says when it was last corrected
                    date = last_corrected.get(page.name) or last_corrected.get("edition")
                    md = md.rstrip("\n") + "\n\n" + render.last_corrected(date, loc) + "\n"
                if result.article is not None:  # every page ends with how to cite the article
                    root = render.relative(f"{'' if lang == project.languages[0] else lang + '/'}{page.url}", "")
                    md = md.rstrip("\n") + "\n\n" + articles.cite_markdown(result.article, lang, loc, root) + "\n"
                result.pages[(lang, page.name)] = md

    for key in bib.entries.keys():
        if key not in cited_any:
            problems.append(Problem(project.bib, bib.line(key), 0, f"entry '{key}' is never cited", "warning"))
    return result


def _originals(order, bib, locs, by_langid, formatted_in, project) -> dict:
    """Beside a romanized entry, the entry in its own script and language (formatted once per language)."""
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
    return original


WHOLE = "{whole-article}"
_RENDERED_PARA = re.compile(r'(<a class="para-num" href="#(?P<pid>[^"]+)".*?\n\{: #(?P=pid) \.para \})', re.S)


def _paragraphs_of(md: str) -> dict:
    return {m.group("pid"): m.group(1) for m in _RENDERED_PARA.finditer(md)}


def _with_originals(md: str, originals: dict, lang: str, loc) -> str:
    """The parallel view: after each translated paragraph, the original's (hidden until the reader asks)."""
    def add(m):
        orig = originals.get(m.group("pid"))
        return m.group(1) + ("\n\n" + render.original_paragraph(orig, lang) if orig else "")
    md = _RENDERED_PARA.sub(add, md)
    notice = md.find('<p class="edition-notice translation-notice">')
    end = md.find("</p>", notice) + len("</p>") if notice >= 0 else -1
    return md[:end] + "\n\n" + render.parallel_switch(loc) + md[end:] if end > 0 else md


def _whole_article(page, pages, project) -> Page:
    """The page with `{whole-article}` replaced by every page of its language in reading order, up to and
    including the reference list: front matter dropped, headings one level down, the abstract's title
    (the article title, which the whole page has as its own heading) left out."""
    same = {p.name: p for p in pages if p.lang == page.lang and p.name != page.name}
    parts = []
    for name in project.reading_order or sorted(same):
        if name not in same:
            continue
        body = same[name].text[scan_front_matter_end(same[name].text):]
        if name == (project.reading_order or [None])[0]:
            # its title is the page's own heading, so its sections stay at ## (no h1 -> h3 skip)
            parts.append(_H1.sub("", body, count=1).strip("\n"))
        else:
            parts.append(re.sub(r"^(#+) ", r"#\1 ", body.strip("\n"), flags=re.M))
        if "{bibliography}" in same[name].text:
            break
    return Page(page.name, page.lang, page.path, page.text.replace(WHOLE, "\n\n".join(parts)))


_DATE = re.compile(r"\d{4}-\d{2}-\d{2}\Z")


def _last_corrections(corrections, sections, para_page, project, problems) -> dict:
    """Page name (or "edition") -> the date of its last correction; records are checked on the way."""
    pages = {p.name for p in sections}
    last: dict = {}
    for rec in corrections:
        date, where = str(rec["date"]), str(rec["where"])
        if not _DATE.match(date):
            problems.append(Problem(project.corrections, rec["_line"], rec["_col"],
                                    f"date '{date}' must be written YYYY-MM-DD"))
            continue
        page = where if where in pages or where == "edition" else para_page.get(where)
        if page is None:
            problems.append(Problem(project.corrections, rec["_line"], rec["_col"], f"where: '{where}' is not a page name,"
                                    " a paragraph id or 'edition'"))
            continue
        last[page] = max(last.get(page, date), date)
    if "edition" in last:  # a correction of the whole edition is a correction of every page
        for page in pages:
            last[page] = max(last.get(page, last["edition"]), last["edition"])
    return last


def _title(text: str) -> str:
    m = _H1.search(text)
    return m.group(1) if m else ""


def _print_pages(pages, scans, project, article) -> dict:
    """Paragraph id -> its print page(s) ("1250" or "1249–1250"), following the page markers of the
    original in reading order from the first body page (an inference, stated on the About page)."""
    if article is None or article.first_body_page is None:
        return {}
    default = {p.name: p for p in pages if p.lang == project.languages[0]}
    order = [n for n in project.reading_order if n in default] or sorted(default)
    current, spans, open_para = article.first_body_page, {}, None
    for name in order:
        for tok in scans[(project.languages[0], name)].tokens:
            if isinstance(tok, Marker) and tok.kind == "page" and tok.value.isdigit():
                current = int(tok.value)
                if open_para:
                    spans[open_para][1] = current
            elif isinstance(tok, Marker) and tok.kind == "para":
                open_para = tok.value
                spans[open_para] = [current, current]
        open_para = None
    return {pid: str(a) if a == b else f"{a}–{b}" for pid, (a, b) in spans.items()}


def _render(page, scanned, loc, bib, fmt, em_by_id, ref_page, titles, backlinks, order, problems, project,
            para_cite=None) -> str:
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
            here = f"{'' if page.lang == project.languages[0] else page.lang + '/'}{page.url}"
            others = [(code, render.relative(here, f"{'' if code == project.languages[0] else code + '/'}"
                                                   f"{page.url}#{tok.value}"))
                      for code in project.languages if code != page.lang]
            edits.append((tok.start, end, render.paragraph_number(
                tok.value, loc, para_cite(page, tok.value) if para_cite else None, others)))
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
            rec = em_by_id.get(tok.value) if em_by_id is not None else None
            if rec is None:
                if em_by_id is not None:  # None: the file itself is broken, and that is reported once
                    problems.append(Problem(page.path, tok.line, tok.col, f"unknown emendation '{tok.value}' (record"
                                            f" it in {project.emendations} with id, where, source, reading, why)"))
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
