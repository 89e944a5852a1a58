"""The whole edition in one pure pass: (Markdown pages, bibliography, languages) -> (Markdown, problems).

The stages, each a module: read the inputs (inputs.py; the bibliography against its schema, bibschema.py)
-> scan the Markdown (syntax.py) -> the gate (the pages' shape, structure.py; checks.py; the Kazakh text against
the source, fidelity.py; mkdocs.yml's nav, siteconfig.py; the translations' alignment) -> resolve per language
(resolve.py) -> render fragments (render.py) -> assemble pages (assemble.py). Nothing here imports MkDocs: the
hook and `make check` both call `build()`, so every build runs the whole gate. Every page of every language is
resolved before anything is written, so one run reports every problem together and a problem never yields a
half-right site.
A problem is blamed on the file that is wrong: a page already found wrong is not compared again.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from . import article as articles
from . import (
    bibliography,
    bibschema,
    cite,
    gate,
    locales,
    metadata,
    notes,
    places,
    record,
    references,
    render,
    tables,
    terms,
)
from .assemble import WHOLE, Assembly, Ending, assemble, whole_article, whole_sections
from .diagnostics import Diagnostics
from .inputs import Page, read_pages, read_records, with_originals
from .problems import Problem, errors
from .resolve import MARKS_KEY, Group, Language, paragraph_name, resolve_page
from .syntax import H1, holds_whole_article, scan, uses


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
    notes: str = "source/notes.yml"
    terms: str = "source/terms.yml"
    source_text: str = "source/eskaliev-aitenov-2025.txt"  # the primary source; no fidelity check without it
    config: str = "mkdocs.yml"  # its nav is checked against the pages (when the file exists)
    locales_dir: str | None = None
    reading_order: tuple[str, ...] = ()  # page names in the order a reader reads them (the nav)
    site_url: str | None = None  # absolute URLs in paragraph citations when the site's address is known
    site_names: dict = field(default_factory=dict)  # language -> the edition's name (mkdocs.yml), for metadata

    def link(self, lang: str, url: str = "") -> str:
        """A page URL from the site root: the default language at /, the others under /<lang>/."""
        return url if lang == self.languages[0] else f"{lang}/{url}"


@dataclass
class Result:
    pages: dict = field(default_factory=dict)  # (lang, name) -> rendered Markdown body (front matter removed)
    problems: list = field(default_factory=list)
    occurrences: dict = field(default_factory=dict)  # lang -> key -> [BackLink]
    cited: dict = field(default_factory=dict)  # lang -> [keys in first-citation order]
    references: dict = field(default_factory=dict)  # lang -> [plain-text reference, in list order]
    article: object = None  # article.Article, for the <head> metadata and the citation downloads
    records: dict = field(default_factory=dict)  # lang -> record.Record: what every channel says of the article
    locales: dict = field(default_factory=dict)  # lang -> Locale
    whole: set = field(default_factory=set)  # (lang, name) of the whole-article pages

    @property
    def ok(self) -> bool:
        return not errors(self.problems)


@dataclass
class Inputs:
    """Stage 1's output: every input file, read once."""

    locales: dict
    bib: bibliography.Bibliography
    emendations: list
    emendation_ids: dict | None  # id -> record; None when the file could not be read
    citation_forms: list
    corrections: list
    pages: list
    article: object
    notes: dict | None = None  # note id -> Record; None when the file could not be read
    terms: list = field(default_factory=list)  # terms.Term
    partial: bool = False  # a page's original is missing (reported): references to paragraphs are not checked
    # "notes" | "emendations" -> ids of the records left out as incomplete (reported): their marks are not unknown
    incomplete: dict = field(default_factory=dict)


def read_inputs(project: Project) -> tuple[Inputs, list[Problem]]:
    root = project.root
    locs, problems = locales.load_all(project.languages, project.locales_dir)
    bib, found = bibliography.load(str(root / project.bib), project.bib)
    problems += found
    bibschema.check(bib, {loc.langid for loc in locs.values()}, problems)
    incomplete: dict = {"notes": set(), "emendations": set()}
    emendations, em_problems = read_records(
        root / project.emendations,
        project.emendations,
        ("id", "where", "source", "reading", "why"),
        incomplete=incomplete["emendations"],
    )
    problems += em_problems
    forms, found = read_records(
        root / project.citation_forms, project.citation_forms, ("n", "source", "where", "cites")
    )
    problems += found
    pages, found = read_pages(root / project.docs, project.docs, project.languages)
    pages, partial = with_originals(pages, project.languages[0])
    problems += found
    article, found = articles.load(root / project.article, project.article, project.languages)
    problems += found
    corrections, found = read_records(root / project.corrections, project.corrections, ("date", "where", "what", "why"))
    problems += found
    note_ids, found = notes.load(root / project.notes, project.notes, project.languages, incomplete["notes"])
    problems += found
    term_list, found = terms.load(root / project.terms, project.terms, project.languages)
    problems += found
    found = _missing_data(project, pages)
    problems += found
    missing = {p.path for p in found}
    if project.notes in missing:
        note_ids = None  # as if unreadable: its marks are not each "unknown"
    by_id = {}
    for rec in emendations:
        if rec["id"] in by_id:
            problems.append(Problem(rec.path, rec.line, 1, f"duplicate emendation id '{rec['id']}'"))
        by_id[rec["id"]] = rec
    unread = em_problems and not emendations or project.emendations in missing
    ids = None if unread else by_id  # unreadable: its markers are not each "unknown"
    found = Inputs(
        locs, bib, emendations, ids, forms, corrections, pages, article, note_ids, term_list, partial, incomplete
    )
    return found, problems


# what a page uses -> the Project field of the data file it is made from
_USES = {
    "{article:": "article",
    "{corrections}": "corrections",
    "{glossary}": "terms",
    "{notes}": "notes",
    "{note:": "notes",
    "{emendations}": "emendations",
    "{em:": "emendations",
    "{citation-forms}": "citation_forms",
}


def _missing_data(project: Project, pages: list) -> list[Problem]:
    """A data file a page uses must exist: without it the page would come out empty, and nothing would say so."""
    found, original_first = [], sorted(pages, key=lambda p: p.lang != project.languages[0])
    for mark, attr in _USES.items():
        shown = getattr(project, attr)
        # the whole-article page's own marks are reported as out of place (structure.py), not as uses
        used = ((p, uses(p.text, p.path)) for p in original_first)
        users = (p for p, u in used if mark in u and (WHOLE not in u or mark == "{article:"))
        user = next(users, None)
        if user is not None and not (project.root / shown).exists() and shown not in {p.path for p in found}:
            what = f"{mark}…}}" if mark.endswith(":") else mark
            found.append(Problem(shown, 0, 0, f"file not found: create it ({user.path} uses it: {what})"))
    return found


@dataclass
class Edition:
    """Stage 2's output and what every language shares: the scanned pages and where things are."""

    project: Project
    inputs: Inputs
    pages: list  # every page, the whole-article pages composed
    scans: dict  # (lang, name) -> Scan
    whole: set  # (lang, name) of whole-article pages
    para_page: dict  # paragraph id -> page name
    print_pages: dict  # paragraph id -> "1250" | "1249–1250"
    last_corrected: dict  # page name -> date
    originals: dict = field(default_factory=dict)  # page name -> the original's ResolvedPage
    formatted: dict = field(default_factory=dict)  # lang -> key -> Formatted
    term_links: dict = field(default_factory=dict)  # lang -> resolve.Group.term_links of the section pages
    endings: dict = field(default_factory=dict)  # (lang, date, root) -> Ending; "published" -> the log's first date


def scan_edition(project: Project, inputs: Inputs, problems: list) -> Edition:
    original = project.languages[0]
    whole = {(p.lang, p.name) for p in inputs.pages if holds_whole_article(p.text)}
    pages, contains = [], {}
    for p in inputs.pages:
        if (p.lang, p.name) in whole:
            problems += scan(p.text, p.path).problems  # the page's own text; the sections report theirs
            if p.lang == original:
                contains[p.name] = whole_sections(p, inputs.pages, project.reading_order)
            p = whole_article(p, inputs.pages, project.reading_order)
        pages.append(p)
    # a whole-article page's problems are its sections' (reported on them) and its own text's (above); a section's
    # scan is the one its data files' uses were read from (cached: asked with the same arguments)
    scans = {
        (p.lang, p.name): scan(p.text, p.path, False) if (p.lang, p.name) in whole else scan(p.text, p.path)
        for p in pages
    }
    sections = [p for p in pages if (p.lang, p.name) not in whole]
    for p in sections:
        problems += scans[(p.lang, p.name)].problems
    para_page = places.paragraph_pages(sections, scans, original)
    names = {p.name for p in sections}
    order = [n for n in project.reading_order if n in names] or sorted(names)
    first_page = inputs.article.first_body_page if inputs.article else None
    return Edition(
        project,
        inputs,
        pages,
        scans,
        whole,
        para_page,
        places.print_pages(scans, order, original, first_page),
        places.last_corrections(
            inputs.corrections, {p.name for p in pages}, para_page, [] if inputs.partial else problems, contains
        ),
    )


def build(project: Project) -> Result:
    inputs, found = read_inputs(project)
    problems = Diagnostics(found)
    gate.code_read(problems, project)
    result = Result(problems=problems, article=inputs.article, locales=inputs.locales)
    g = gate.Gate(project, inputs, problems)
    gate.run(g, "inputs")
    if len(inputs.locales) < len(project.languages):
        return result
    start = len(problems)
    g.ed = ed = scan_edition(project, inputs, problems)
    result.whole = ed.whole
    problems.coded("markup", start)
    gate.run(g, "scanned")
    start = len(problems)
    cited = set()
    for lang in project.languages:
        cited |= build_language(ed, lang, result)
    if inputs.article is not None:
        result.records = record.records(project, inputs, result.references)
    gate.run(g, "resolved")
    for key in inputs.bib.entries.keys():
        if key not in cited and key not in inputs.bib.invalid and not inputs.partial:  # invalid: not formatted
            problems.append(Problem(project.bib, *inputs.bib.place(key), f"entry '{key}' is never cited", "warning"))
    problems.coded("resolve", start)
    problems.once()
    gate.fold(problems, project)
    return result


def build_language(ed: Edition, lang: str, result: Result) -> set:
    """Resolve and assemble every page of one language; returns the keys its section pages cite."""
    project, problems = ed.project, result.problems
    loc = ed.inputs.locales[lang]
    language = _language(ed, lang, problems)
    ed.formatted[lang] = language.formatter.formatted
    lang_pages = [p for p in ed.pages if p.lang == lang]
    sections = [p for p in lang_pages if (lang, p.name) not in ed.whole]
    groups = [
        Group(sections, next((p.name for p in sections if "{bibliography}" in uses(p.text, p.path)), "references"))
    ]
    groups += [Group([p], p.name, own_list=True) for p in lang_pages if (lang, p.name) in ed.whole]
    original = project.languages[0]
    for group in groups:
        # a whole-article page repeats the sections: their problems are reported once, on the sections
        resolved = {
            p.name: resolve_page(p, ed.scans[(lang, p.name)], language, group, [] if group.own_list else problems)
            for p in group.pages
        }
        if not group.own_list:
            _record(result, lang, group, language.formatter)
        asm = Assembly(
            loc,
            GeneratedLists(ed, language, group).makers(),
            {} if lang == original else ed.originals,
            ed.inputs.locales[original],
            lambda page: _ending(ed, lang, page),
        )
        for name, page in resolved.items():
            result.pages[(lang, name)] = assemble(page, asm)
        if lang == original:
            ed.originals.update(resolved)
    ed.term_links[lang] = groups[0].term_links
    return set(groups[0].order)


def _language(ed: Edition, lang: str, problems: list) -> Language:
    project, inputs = ed.project, ed.inputs
    loc = inputs.locales[lang]

    def paragraph_citation(page: Page, pid: str) -> str | None:
        if pid not in ed.print_pages:
            return None
        url = f"{project.site_url or ''}{project.link(lang, page.url)}#{pid}"
        # the paragraph as readers name it ("Results ¶ 12"), not by its id: the URL carries the id
        section = ed.para_page.get(pid, page.name)
        place = f"{titles.get(section, section)} {loc.paragraph_sign} {pid.rsplit('-', 1)[-1]}"
        return cite.paragraph_citation(inputs.article, lang, loc, ed.print_pages[pid], place, url)

    titles = {p.name: _title(p.text, inputs.article, lang) for p in ed.pages if p.lang == lang}
    return Language(
        lang,
        loc,
        inputs.bib,
        references.Formatter(inputs.bib, loc, problems, project.bib, inputs.locales[project.languages[0]]),
        inputs.emendation_ids,
        titles,
        paragraph_citation,
        project.link,
        project.languages,
        {"bib": project.bib, "emendations": project.emendations, "notes": project.notes},
        inputs.notes,
        tuple(inputs.terms),
        frozenset(set(ed.para_page.values()) | {name for code, name in ed.whole if code == lang}),
        gate.glossary_page(ed, lang),
        inputs.article,
        ed.para_page,
        inputs.incomplete,
        _marks_key(ed, lang),
    )


def _marks_key(ed: Edition, lang: str) -> str | None:
    """The URL of the page of the language that holds the key to the marks (a heading `{: #how-to-read }`)."""
    page = next((p for p in ed.pages if p.lang == lang and MARKS_KEY.search(p.text)), None)
    return ed.project.link(lang, page.url) if page is not None else None


def _record(result: Result, lang: str, group: Group, formatter) -> None:
    result.occurrences[lang] = dict(group.backlinks)
    result.cited[lang] = list(group.order)
    listed = sorted((k for k in group.order if k in formatter.formatted), key=lambda k: formatter.formatted[k].sort)
    # for the page metadata: only what is known of each work, never the list's "[title unknown]"
    result.references[lang] = [metadata.reference(formatter.bib.entries[k], formatter.locale) for k in listed]


def _ending(ed: Edition, lang: str, page: Page) -> Ending:
    """What the page ends with: the same for every page of a language at one depth and one date, so made once
    for them (the "cite this" box and the log's publication date, per page, were ~0.03 s of a build)."""
    loc, inputs = ed.inputs.locales[lang], ed.inputs
    date = ed.last_corrected.get(page.name) or ed.last_corrected.get("edition") if inputs.corrections else None
    root = render.relative(ed.project.link(lang, page.url), "") if inputs.article is not None else None
    key = (lang, date, root)
    if key not in ed.endings:
        ending = Ending()
        if inputs.corrections:
            if "published" not in ed.endings:
                ed.endings["published"] = places.published(inputs.corrections)
            ending.last_corrected = render.last_corrected(ed.endings["published"], date, loc)
        if inputs.article is not None:
            ending.cite_this = cite.cite_markdown(inputs.article, lang, loc, root)
        ed.endings[key] = ending
    return ed.endings[key]


def _title(text: str, article=None, lang: str = "") -> str:
    """A page's heading, its `{article:title}` mark (the whole article's) filled in."""
    m = H1.search(text)
    title = m.group(1) if m else ""
    found = articles.mark_text(article, lang, "title") if article is not None else None
    return title.replace("{article:title}", found[0]) if found else title


@dataclass
class GeneratedLists:
    """The lists that `{bibliography}`, `{emendations}`, `{citation-forms}` and `{corrections}` stand for."""

    ed: Edition
    language: Language
    group: Group

    def makers(self) -> dict:
        return {
            "bibliography": self.bibliography,
            "emendations": self.emendations,
            "citation-forms": self.citation_forms,
            "corrections": self.corrections,
            "notes": self.notes,
            "glossary": self.glossary,
        }

    def bibliography(self, root: str) -> str:
        loc, formatted = self.language.locale, self.language.formatter.formatted
        original = self.original_script() if loc.script == "latin" else None
        keys = [k for k in self.group.order if k in formatted]
        context = references.ListContext(
            original or {},
            lambda pid: self.paragraph_href(pid, root),
            lambda pid: paragraph_name(pid, self.language),
            self.work_languages(keys),
        )
        used = {self.language.bib.entries[k].fields.get("status", "unidentified") for k in keys}
        return (
            references.status_legend(loc, used)
            + "\n\n"
            + references.reference_list(keys, self.language.bib, formatted, self.group.backlinks, loc, context)
        )

    def paragraph_href(self, pid: str, root: str) -> str | None:
        """A paragraph from the list: on the whole-article page, the paragraph on that page itself."""
        if pid not in self.ed.para_page:
            return None
        return f"#{pid}" if self.group.own_list else f"{root}{render.page_url(self.ed.para_page[pid])}#{pid}"

    def notes(self, root: str) -> str:
        return tables.notes(self.ed.inputs.notes or {}, self.language.locale, self.places(root))

    def glossary(self, root: str) -> str:
        order = {name: i for i, name in enumerate(self.ed.project.reading_order)}
        uses = {
            term_id: [
                (f"{root}{render.page_url(name)}#use-{term_id}", self.place_name(name, pid))
                for name, pid in sorted(found, key=lambda use: order.get(use[0], len(order)))
            ]
            for term_id, found in self.group.term_uses.items()
        }
        return terms.glossary(self.ed.inputs.terms, self.language.locale, self.ed.project.languages, uses)

    def places(self, root: str) -> tables.Places:
        return tables.Places(self.ed.para_page, root, self.where_name, dict(self.language.titles))

    def where_name(self, where: str) -> str:
        """A record's `where` as readers name it in the tables: 'Results ¶ 3', 'Abstract in Kazakh'."""
        loc = self.language.locale
        if where.startswith("abstract-"):
            code = where.split("-", 1)[1]
            if isinstance(loc.abstract_place, dict):
                return loc.abstract_place.get(code, code)
            return loc.abstract_place.format(language=loc.language_names.get(code, code))
        return paragraph_name(where, self.language)

    def place_name(self, page: str, pid: str | None) -> str:
        """'Introduction ¶ 3', or the page's title for a place outside its numbered paragraphs."""
        return paragraph_name(pid, self.language) if pid else self.language.titles.get(page, page)

    def emendations(self, root: str) -> str:
        return tables.emendations(
            self.ed.inputs.emendations,
            self.language.bib,
            self.language.locale,
            self.language.formatter,
            self.places(root),
        )

    def citation_forms(self, root: str) -> str:
        return tables.citation_forms(
            self.ed.inputs.citation_forms,
            self.language.bib,
            self.language.locale,
            self.language.formatter,
            self.places(root),
        )

    def corrections(self, root: str) -> str:
        return tables.corrections(self.ed.inputs.corrections, self.language.locale, self.places(root))

    def work_languages(self, keys) -> dict:
        """key -> the code of the language its langid names (the edition's languages only)."""
        by_langid = {loc.langid: code for code, loc in self.ed.inputs.locales.items()}
        entries = self.language.bib.entries
        return {k: by_langid[entries[k].fields["langid"]] for k in keys if entries[k].fields.get("langid") in by_langid}

    def original_script(self) -> dict:
        """Beside a romanized entry, the entry in its own script and language (formatted once per language)."""
        locs, bib = self.ed.inputs.locales, self.language.bib
        by_langid = {loc.langid: code for code, loc in locs.items()}
        original = {}
        for key in self.group.order:
            code = by_langid.get(bib.entries[key].fields.get("langid", ""), self.ed.project.languages[0])
            if locs[code].script != "original":
                continue
            done = self.ed.formatted.setdefault(code, {})
            if key not in done:
                try:
                    first = locs[self.ed.project.languages[0]]
                    suffix = references.year_suffixes(bib, locs[code], first).get(key.lower(), "")
                    done[key] = references.format_entry(bib.entries[key], locs[code], year_suffix=suffix)
                except references.FORMAT_ERRORS:
                    continue  # reported for that language already
            original[key] = done[key]
        return original
