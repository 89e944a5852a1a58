"""Every word and separator a language needs, as data (locales/<code>.yml), never as code branches."""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from .dates import pattern_problem
from .inputs import read_yaml
from .problems import Problem

LOCALES_DIR = Path(__file__).parent / "locales"
SOURCE_KINDS = ("citation", "text", "editor", "work")  # where a bibliographic field comes from (provenance.py)
CITE_STYLE_IDS = ("gost", "apa", "chicago")  # the styles of "cite this" (article.CITE_STYLES)


@dataclass(frozen=True)
class Status:
    mark: str
    label: str
    explanation: str
    note_opens: str  # a regex: how an editor's note that states this status begins ("Unidentified"); "" for none


@dataclass(frozen=True)
class Locale:
    code: str
    name: str
    langid: str  # the BibTeX/biblatex `langid` of works written in this language
    script: str  # "original": bib fields as written; "latin": the romanized *-latn fields
    alphabet: str  # sort order of the references list; letters not in it sort after it
    # in-text citation label, house style [Крицман, 1926: 148; Омарбеков, 2003: 502]
    open: str
    close: str
    name_year_sep: str
    locator_sep: str
    volume_sep: str
    items_sep: str
    two_names_sep: str
    year_suffixes: str  # letters after the year that tell one author's works of one year apart (1926a, 1926b)
    et_al: str
    # 'and others' in the described work's language, on a page in Cyrillic: langid -> words (' и др.'); the
    # in-text label ([Маркс и др., 1955: 32], as the article prints «Маркс и другие») and GOST's bracketed form
    # ('/ Маркс [и др.]', as «[Б. м.]»); et_al for a language not listed (the English page: ' et al.')
    work_et_al: dict
    # reference list
    cited_in: str
    back_to_text: str
    paragraph_sign: str
    original_script: str
    title_unknown: str
    volume_abbr: str
    journal_volume_abbr: str  # a journal's volume: English styles write "vol. 21, no. 3", books "Vol. 2"
    in_journal: str  # between an article and its journal: GOST "//"; "" where the style writes none
    in_collection: str  # between a chapter and the book it is in: GOST "//", English "In:"
    pages_abbr: str  # GOST's word before pages (the article's own GOST citation)
    pages_range_abbr: str  # the reference lists: before a range of pages (pp. 10–25)
    page_abbr: str  # the reference lists: before a single page (p. 12)
    number_abbr: str
    editor_abbr: str  # before the names of a work's editors (GOST: "/ Т. Омарбеков ; ред. А. Б. Иванов")
    editor_mark: str  # after an editor who heads a romanized reference, in place of an author: "(ed.)"
    editors_mark: str  # the same for several editors: "(eds)"
    url_label: str  # before a reference's URL
    doi_label: str  # before a reference's DOI, which links to https://doi.org/<doi>
    language_notes: dict  # langid -> note such as "[in Russian]"; empty where the style writes none
    status: dict  # "checked" | "identified" | "unidentified" -> Status
    status_legend: str  # the summary of the legend of the marks beside the entries (only the marks in use)
    # the 404 page of the language (overrides/404.html)
    not_found: str
    not_found_home: str  # its link to the language's home page
    # marks in the text
    para_link_title: str
    para_number_label: str  # a paragraph number's accessible name: "{n}" is its number
    page_title: str  # "{n}" is the print page
    permalink_title: str  # the ¶ link beside a heading (the toc extension's permalink_title is one for all)
    emendation_title: str  # "{source}" is the source reading
    emendation_columns: list
    citation_forms_columns: list
    # translated pages
    translation_notice: str
    translation_link: str  # link text to the same section in the original
    marks_key: str  # under a section page's heading: the link to the key to the marks (About's #how-to-read)
    quotes_notice: str
    quote_mark: str
    quote_note: str
    # citing the article (source/article.yml)
    cite_heading: str
    cite_style_names: dict  # "gost" | "apa" | "chicago" -> the tab's name in this language
    cite_downloads: str
    cite_paragraph_title: str  # tooltip of a paragraph number: "{cite}" is the paragraph's citation
    cite_accessed: str  # GOST's date of access after the URL, added on copy by edition.js: "{date}", as below
    cite_accessed_date: str  # a CLDR date pattern (dates.py): how the date of access is written ("dd.MM.y", GOST's)
    cite_translation: str  # a paragraph citation from a translated page: the text is the edition's translation
    cite_paragraph_copied: str  # the dialog once a paragraph number's citation is copied: "{n}" is its number
    cite_language_note: str  # e.g. "[in Kazakh]" after an English title; empty where none is written
    cite_issue_abbr: str
    cite_and: str
    cite_title: str  # Chicago's quoted title: "{title}" in quotation marks, the stop where the language sets it
    cite_title_noted: str  # the same followed by the language note ("{note}"): the stop after the note's brackets
    og_locale: str
    # the parallel view of a translation and the original
    title_sep: str  # between the page's title and the site's name in the browser's title (Material's " - ")
    whole_article_label: str  # over the whole-article page's title: what the page is (its title is the abstract's)
    parallel_label: str  # the switch's label where the original stands beside the translation (a wide screen)
    parallel_label_narrow: str  # where it stands under each paragraph instead (a phone: edition.css)
    para_langs_label: str
    para_lang_title: str  # a paragraph's link to another language: "{language}" is that language's name here
    # the corrections log
    corrections_columns: list
    corrections_whole_edition: str  # the Where of a correction of the whole edition (`where: edition`)
    published: str  # "{date}": the edition's publication, the log's first record
    last_corrected: str  # "{date}" is the date of the page's last correction after the publication
    date_format: str  # a CLDR date pattern: how this language writes a day (scripts/edition/dates.py)
    months: list  # the 12 month names as a date writes them (CLDR's wide format: "ноября"), MMMM in date_format
    # editor's notes ({note:ID}, source/notes.yml)
    notes_heading: str
    note_label: str  # a note mark's accessible name: "{n}" is its number on the page
    note_title: str  # "{text}" is the note's text
    notes_columns: list
    # where each field of a reference comes from (the entry's `provenance`)
    provenance_line: str  # "{items}": the items, joined by items_sep
    provenance_item: str  # "{fields}" (joined by list_sep), "{source}"
    provenance_sources: dict  # "citation" | "text" | "editor" | "work" -> words; "{paragraph}" in the text's words
    provenance_fields: dict  # BibTeX field -> its name for readers
    list_sep: str
    # the glossary (source/terms.yml)
    language_names: dict  # language code -> its name in this language
    glossary_form: str  # "{language}", "{form}": a term's form in another language
    term_title: str  # "{expansion}", "{explain}": a term link's tooltip when the term has an expansion
    term_uses: str  # before a glossary entry's links back to the term's first occurrence on each page
    # the reference lists' publication area
    publisher_sep: str  # between two publishers of one place: GOST " : " ("Академический проект : ДНК")
    no_place: str  # for a place of publication not ascertained, before a publisher: GOST "[Б. м.]"
    # the About and Corrections tables
    # where a record of an abstract stands: "{language}" (language_names), or a mapping of language codes to
    # names where the language says it otherwise (Russian «Казахская аннотация», as its pages name it)
    abstract_place: str | dict
    # the PDF of each language (edition/pdf/)
    pdf_link: str  # the link to it, at the end of "cite this" and as every page's PDF button
    pdf_not_made: str  # beside the link where the PDF is not made (the preview): "{command}" is `make build`
    pdf_what: str  # the first page: what this PDF is (the original as printed, or the edition's translation)
    pdf_where: str  # the first page: "{url}" is the edition's address in this language
    pdf_running_head: str  # "{surnames}", "{journal}", "{year}", "{volume}", "{issue}", "{pages}"
    pdf_last_name_sep: str  # before the last surname of the running head (the others take list_sep): " and "


def load(code: str, directory: str | None = None) -> tuple[Locale | None, list[Problem]]:
    """The words of one language, or None and located problems."""
    path = Path(directory or LOCALES_DIR) / f"{code}.yml"
    shown = str(path)
    if not path.exists():
        return None, [
            Problem(shown, 0, 0, f"no locale file for language '{code}' (copy locales/en.yml and translate it)")
        ]
    doc, problems = read_yaml(path, shown)
    if problems:
        return None, problems
    data = doc.data
    if not isinstance(data, dict):
        return None, [Problem(shown, 0, 0, 'expected a mapping of words (key: "text")')]
    names = [f.name for f in dataclasses.fields(Locale)]
    missing = [n for n in names if n not in data]
    if missing:
        return None, [Problem(shown, 0, 0, f"missing key(s) {', '.join(missing)}")]
    data = {k: data[k] for k in names}
    status = data["status"]
    fields = [f.name for f in dataclasses.fields(Status)]
    if (
        not isinstance(status, dict)
        or set(status) != {"checked", "identified", "unidentified"}
        or not all(isinstance(v, dict) and set(v) == set(fields) for v in status.values())
    ):
        return None, [
            Problem(shown, 0, 0, f"'status' must map checked, identified, unidentified to {', '.join(fields)}")
        ]
    for value in status.values():
        try:
            re.compile(str(value["note_opens"]))
        except re.error as err:
            return None, [Problem(shown, 0, 0, f"'status': note_opens '{value['note_opens']}' is no regex: {err}")]
    data["status"] = {k: Status(**v) for k, v in status.items()}
    months = data["months"]
    if not isinstance(months, list) or len(months) != 12 or not all(isinstance(m, str) and m for m in months):
        return None, [Problem(shown, 0, 0, "'months' must be a list of the 12 month names, January first")]
    # a column's name labels its cells too (tables.py: on a phone, where the header row is not seen)
    columns = data["corrections_columns"]
    if not isinstance(columns, list) or len(columns) != 4 or not all(isinstance(c, str) and c for c in columns):
        return None, [Problem(shown, 0, 0, "'corrections_columns' must be a list of 4 names: date, place, what, why")]
    for key in ("date_format", "cite_accessed_date"):
        wrong = pattern_problem(str(data[key]))
        if wrong:
            return None, [Problem(shown, 0, 0, wrong.replace("date_format", key, 1))]
    mappings = (
        ("provenance_sources", SOURCE_KINDS),
        ("provenance_fields", None),
        ("language_names", None),
        ("cite_style_names", CITE_STYLE_IDS),
        ("work_et_al", None),
    )
    place = data["abstract_place"]
    if not isinstance(place, str) and not (
        isinstance(place, dict) and place and all(isinstance(v, str) and v for v in place.values())
    ):
        wrong = "'abstract_place' must be words with {language}, or a mapping of language codes to words"
        return None, [Problem(shown, 0, 0, wrong)]
    for key, keys in mappings:
        if not isinstance(data[key], dict) or (keys and set(data[key]) != set(keys)):
            return None, [
                Problem(shown, 0, 0, f"'{key}' must be a mapping" + (f" of {', '.join(keys)}" if keys else ""))
            ]
    return Locale(**data), []


@cache
def _cached(code: str, directory: str | None) -> tuple[Locale | None, tuple[Problem, ...]]:
    loc, problems = load(code, directory)
    return loc, tuple(problems)


def load_all(codes, directory: str | None = None) -> tuple[dict, list[Problem]]:
    """Language code -> Locale for every code that loads; problems of those that do not."""
    found, problems = {}, []
    for code in codes:
        loc, found_problems = _cached(code, directory)
        problems += found_problems
        if loc is not None:
            found[code] = loc
    return found, problems


def get(code: str) -> Locale:
    """A locale of the engine's own data, for tools and tests (raises if it does not load)."""
    loc, problems = _cached(code, None)
    if loc is None:
        raise ValueError("; ".join(map(str, problems)))
    return loc


def sort_key(text: str, alphabet: str):
    """Collation by the language's alphabet: known letters in its order, then the rest (e.g. Latin) by code point."""
    order = {c: i for i, c in enumerate(alphabet)}
    base = len(alphabet)
    return tuple(order.get(c, base + ord(c)) for c in text.lower() if c.isalnum())


def et_al_of(locale, entry) -> str:
    """The 'and others' a name list ends with on this page, in the work's language where the locale gives one."""
    return locale.work_et_al.get(entry.fields.get("langid", ""), locale.et_al)
