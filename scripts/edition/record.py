"""One record of the article per page language: what every channel says about it, decided once.

The rule (README, "One record, every channel"): the article's language is the original's on every page (the
article exists only in Kazakh); its title is the one the authors gave in the page's language, else the
original's (the edition's Russian title is a translation, never the article's); the abstract and keywords are
the authors' own in the page's language. Whether the page is the edition's translation is said apart
(`translation`, `page_language`), never by changing what the article is. Every channel (the <head> tags,
JSON-LD, the downloads, the PDF's metadata) is a writer of this record (edition/write/).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .article import Article, script_of

DESCRIPTION_LENGTH = 250  # the meta description: the abstract, cut at a word
HEADLINE_LENGTH = 110  # Schema.org's recommended maximum for `headline`


@dataclass(frozen=True)
class Name:
    family: str
    initials: str  # as printed: "С.А."

    @property
    def spaced(self) -> str:
        """'С.А.' -> 'С. А.', as every channel writes initials ("cite this", the downloads, the <head> tags,
        JSON-LD, the PDF's metadata), as the bylines do (style-en.md): one form of a name in every channel."""
        return self.initials.replace(".", ". ").strip()


@dataclass(frozen=True)
class Record:
    key: str  # the citation key of the downloads
    slug: str  # the file name of the downloads and the PDFs
    language: str  # the article's language: the original's, on every page
    page_language: str  # the language of the text the page (or PDF) shows
    translation: bool  # the page is the edition's translation, not the authors' text
    title: str  # the authors' title in the page's language, else the original's
    title_language: str
    title_sentence_case: str  # the same title in sentence case, its proper names capitalized ("" if not given)
    authors: tuple  # Name, in the page's script
    journal: str
    year: int
    volume: str
    issue: str
    first_page: str
    last_page: str
    doi: str
    keywords: tuple
    abstract: str  # the authors' abstract in the page's language, plain text ("" when the page has none)
    home_url: str  # the abstract page in this language (citation_abstract_html_url)
    pdf_url: str  # the PDF of this language
    references: tuple  # plain-text references (edition/metadata.py)
    site_name: str = ""  # the edition, as the translator of a translated page
    page_url: str = ""  # set per page (for_page)

    @property
    def doi_url(self) -> str:
        return f"https://doi.org/{self.doi}"

    @property
    def pages(self) -> str:
        return f"{self.first_page}–{self.last_page}"

    @property
    def description(self) -> str:
        """The meta description: the abstract, whole or cut at a word (never a sentence about the site)."""
        return shortened(self.abstract, DESCRIPTION_LENGTH)

    @property
    def headline(self) -> str:
        return shortened(self.title, HEADLINE_LENGTH)

    def for_page(self, url: str) -> Record:
        return replace(self, page_url=url)


def shortened(text: str, limit: int) -> str:
    """`text` whole if it fits, else cut at the last word that fits, with an ellipsis."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if not text[limit - 1].isspace():  # the cut falls inside a word: drop that word
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:–—-") + "…"


def of(article: Article, lang: str, site: dict, abstract: str, references) -> Record:
    """The record of the article on the pages of `lang`. `site`: home_url, pdf_url, site_name."""
    s = script_of(lang, article)
    title_lang = article.title_language(lang)
    return Record(
        key=article.key,
        slug=article.slug,
        language=article.language,
        page_language=lang,
        translation=lang != article.language,
        title=article.title[title_lang],
        title_language=title_lang,
        title_sentence_case=article.title_sentence_case.get(title_lang, ""),
        authors=tuple(Name(a.family[s], a.initials[s]) for a in article.authors),
        journal=article.journal[s],
        year=article.year,
        volume=article.volume,
        issue=article.issue,
        first_page=article.first_page,
        last_page=article.last_page,
        doi=article.doi,
        keywords=tuple(article.keywords.get(lang, [])),
        abstract=abstract,
        home_url=site.get("home_url", ""),
        pdf_url=site.get("pdf_url", ""),
        references=tuple(references),
        site_name=site.get("site_name", ""),
    )


# -- the authors' abstract, from the abstract page (docs/index.<lang>.md) -------------------------------------

_MARK = re.compile(r"\{(em):([^}\s]+)\}|\{[a-z#][^}]*\}")
_KEYWORDS = re.compile(r"\A\*\*[^*]+:\*\*")  # "**Keywords:**": a bold label ending in a colon


def abstract(page_text: str, readings: dict) -> str:
    """The abstract as the edition gives it, plain: the paragraphs after the page's `## ` heading up to the
    keywords (the first paragraph that opens with a bold label ending in a colon); each {em:ID} its corrected
    reading (`readings`: id -> reading), other marks and the bold out; a leading label that repeats the
    heading ("Abstract.") out."""
    m = re.search(r"^## (.+)$", page_text, re.M)
    if m is None:
        return ""
    paragraphs = []
    for block in re.split(r"\n\s*\n", page_text[m.end() :]):
        block = block.strip()
        if not block or block.startswith("<"):
            continue
        if _KEYWORDS.match(_MARK.sub(lambda t: _reading(t, readings), block)):
            break
        paragraphs.append(_plain(block, readings))
    text = " ".join(p for p in paragraphs if p)
    label = m.group(1).strip() + "."
    return text[len(label) :].lstrip() if text.startswith(label) else text


def _reading(m: re.Match, readings: dict) -> str:
    return readings.get(m.group(2), "") if m.group(1) else ""


def _plain(block: str, readings: dict) -> str:
    text = _MARK.sub(lambda t: _reading(t, readings), block)
    text = re.sub(r"\*\*|(?<!\w)\*|\*(?!\w)", "", text)
    return re.sub(r"\s+", " ", text).strip()


def records(project, inputs, references: dict) -> dict:
    """lang -> Record for every language of the edition (engine.build, once)."""
    from .write import pdf_name

    readings = {i: str(rec.get("reading", "")) for i, rec in (inputs.emendation_ids or {}).items()}
    pages = {p.lang: p.text for p in inputs.pages if p.name == "index"}
    out = {}
    for lang in project.languages:
        site = project.site_url or ""
        where = {
            "home_url": site + project.link(lang),
            "pdf_url": site + pdf_name(lang, inputs.article.slug),
            "site_name": project.site_names.get(lang, ""),
        }
        text = abstract(pages.get(lang, ""), readings)
        out[lang] = of(inputs.article, lang, where, text, references.get(lang, []))
    return out
