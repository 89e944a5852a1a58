"""The article's own metadata (source/article.yml): loaded, validated (every problem located), and the facts
that `{article:...}` marks stand for. "Cite this" is cite.py; what every channel says about the article is one
record per language (record.py), written by edition/write/.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from . import bibschema
from .inputs import read_yaml, unknown_keys, value_mark
from .problems import Problem

REQUIRED = (
    "key",
    "slug",
    "doi",
    "language",
    "year",
    "volume",
    "issue",
    "first_page",
    "last_page",
    "journal",
    "title",
    "authors",
)

KEYS = (*REQUIRED, "keywords", "title_is_translation", "first_body_page", "title_sentence_case", "title_latn")
AUTHOR_KEYS = ("family", "initials")


@dataclass(frozen=True)
class Author:
    family: dict  # lang -> surname
    initials: dict  # lang -> "С.А."


@dataclass(frozen=True)
class Article:
    key: str  # the citation key of the downloads
    slug: str  # the file name of the downloads
    doi: str
    language: str
    year: int
    volume: str
    issue: str
    first_page: str
    last_page: str
    journal: dict
    title: dict
    authors: tuple
    keywords: dict
    title_is_translation: tuple
    first_body_page: int | None
    # APA 7 writes an article's title in sentence case: lang -> the title so, its proper names kept (the
    # authors' English title is in headline case); differs from `title` in letter case only (checked)
    title_sentence_case: dict = field(default_factory=dict)
    # the original title romanized by the edition's table (References): APA and Chicago give a title in another
    # language than the page's as the original, romanized, with the page's title as its translation in brackets
    title_latn: str | None = None

    @property
    def doi_url(self) -> str:
        return f"https://doi.org/{self.doi}"

    def citation_title(self, lang: str) -> str:
        """The title a citation gives on a page in `lang`: never the edition's own translation."""
        return self.title[lang] if lang not in self.title_is_translation else self.title[self.language]

    def title_language(self, lang: str) -> str:
        """The language of citation_title(lang): the metadata's language is the title's, not the page's."""
        return lang if lang in self.title and lang not in self.title_is_translation else self.language


def load(path: Path, shown: str, languages: tuple = ()) -> tuple[Article | None, list[Problem]]:
    """`languages`: those every multilingual field must give (the edition's)."""
    doc, problems = read_yaml(path, shown)
    if doc is None:
        return None, problems  # a project without it gets no "cite this" and no citation metadata
    data = doc.data
    if not isinstance(data, dict):
        return None, [Problem(shown, 1, 1, "expected a mapping of fields (doi: ..., title: ...)")]
    problems = _unknown_keys(doc)  # warnings, given whatever else is wrong
    if "first_body_page" not in data:  # the body's paragraphs before its first {pb:N} would get no page
        problems.append(
            Problem(
                shown,
                1,
                1,
                "no first_body_page: the paragraphs before the body's first page marker ({pb:N}) would be published"
                " without a page, and with no citation to copy: write the page the body begins on",
                "warning",
            )
        )
    missing = [k for k in REQUIRED if data.get(k) in (None, "", [], {})]
    if missing:
        return None, [*problems, Problem(shown, 1, 1, f"missing field(s) {', '.join(missing)}")]
    wrong = _value_problems(doc)
    if not wrong:
        wrong = _language_problems(doc, languages)
    if wrong:
        return None, problems + wrong
    authors = tuple(Author(a["family"], a["initials"]) for a in data["authors"])
    return Article(
        str(data["key"]),
        str(data["slug"]),
        str(data["doi"]),
        data["language"],
        int(data["year"]),
        str(data["volume"]),
        str(data["issue"]),
        str(data["first_page"]),
        str(data["last_page"]),
        data["journal"],
        data["title"],
        authors,
        data.get("keywords") or {},
        tuple(data.get("title_is_translation", [])),
        int(data["first_body_page"]) if data.get("first_body_page") is not None else None,
        data.get("title_sentence_case") or {},
        str(data["title_latn"]) if data.get("title_latn") else None,
    ), problems


_TEXTS = ("key", "slug", "doi", "language", "volume", "issue", "title_latn")  # one value each
_NUMBERS = ("first_page", "last_page", "first_body_page")  # whole numbers (the pages as printed)
_BY_LANGUAGE = ("journal", "title")  # language code -> text


def _value_problems(doc) -> list[Problem]:
    """Values of the wrong shape, each at its place: the article's metadata is used everywhere."""
    data = doc.data
    found = [(k, f"{k} must be one value (text), not a list or mapping") for k in _TEXTS if _many(data.get(k))]
    found += [(k, f"{k}: '{data[k]}' must be a whole number") for k in _NUMBERS if k in data and not _whole(data[k])]
    found += [(k, m) for k, m in (("year", _wrong_year(data)), ("doi", _wrong_doi(data))) if m]
    if not found:
        found += _order_problems(data)
    for key in _BY_LANGUAGE:
        if not isinstance(data[key], dict):
            found.append((key, f"{key} must map languages to text (kk: ..., en: ...)"))
    found += _sentence_case_problems(data)
    if not isinstance(data.get("title_is_translation", []), list):  # a text would be read letter by letter
        found.append(("title_is_translation", "title_is_translation must be a list of languages ([ru])"))
    authors = data["authors"]
    if not isinstance(authors, list) or not all(
        isinstance(a, dict) and isinstance(a.get("family"), dict) and isinstance(a.get("initials"), dict)
        for a in authors
    ):
        found.append(("authors", "authors: each needs family: {kk: ...} and initials: {kk: ...}"))
    problems = [Problem(doc.path, *value_mark(doc.node, key), message) for key, message in found]
    return problems + _keyword_problems(doc)


def _sentence_case_problems(data) -> list[tuple[str, str]]:
    """title_sentence_case: the title of its language with only its letter case changed, never other words."""
    given = data.get("title_sentence_case")
    if given is None:
        return []
    if not isinstance(given, dict) or not isinstance(data["title"], dict):
        return [("title_sentence_case", "title_sentence_case must map languages to text (en: ...)")]
    return [
        (
            "title_sentence_case",
            f"title_sentence_case: {lang} '{text}' is not the {lang} title with only its letter case changed:"
            " copy the title and lower the case of its words, its proper names apart",
        )
        for lang, text in given.items()
        if str(text).casefold() != str(data["title"].get(lang, "")).casefold()
    ]


def _many(value) -> bool:
    return isinstance(value, (list, dict))


def _whole(value) -> bool:
    return isinstance(value, (str, int)) and re.fullmatch(r"[0-9]+", str(value)) is not None


def _wrong_year(data) -> str | None:
    return (
        bibschema.format_problem("year", "year", str(data["year"]))
        if not _many(data["year"])
        else "year must be one value (a year of four digits)"
    )


def _wrong_doi(data) -> str | None:
    return None if _many(data["doi"]) else bibschema.format_problem("doi", "doi", str(data["doi"]))


def _order_problems(data) -> list[tuple[str, str]]:
    """The pages in order: first_page <= first_body_page <= last_page."""
    first, last = int(data["first_page"]), int(data["last_page"])
    if last < first:
        return [("last_page", f"last_page {last} comes before first_page {first}: correct one of them")]
    body = data.get("first_body_page")
    if body is not None and not first <= int(body) <= last:
        return [
            ("first_body_page", f"first_body_page {body} is not within the article's pages {first}–{last}: correct it")
        ]
    return []


def _keyword_problems(doc) -> list[Problem]:
    """keywords: a list of words per language (a text would give one keyword per character)."""
    node = next((v for k, v in doc.node.value if k.value == "keywords"), None)
    words = doc.data.get("keywords")
    if node is None or words is None:
        return []
    if not isinstance(words, dict):
        return [Problem(doc.path, *doc.mark(node), "keywords must map languages to lists (en: [Lenin, ...])")]
    found = [
        Problem(doc.path, *value_mark(node, lang), f"keywords: {lang} must be a list of words ({lang}: [word, ...])")
        for lang, listed in words.items()
        if not isinstance(listed, list) or any(_many(w) or w is None for w in listed)
    ]
    for lang, listed in words.items():
        twice = [w for w in dict.fromkeys(listed) if listed.count(w) > 1] if isinstance(listed, list) else []
        if twice and not found:
            message = f"keywords: {lang} names '{twice[0]}' twice (the pages' metadata would repeat it): keep one"
            found.append(Problem(doc.path, *value_mark(node, lang), message))
    return found


# {article:<mark>}: -original in the article's language, -cited as a citation gives it (citation_title)
MARKS = ("title", "title-cited", "title-original", "journal", "journal-original", "year", "volume", "issue", "pages")
MARKS += ("doi", "doi-link", "authors", "authors-original")


def _names(article: Article, s: str) -> str:
    return ", ".join(f"{a.family[s]} {_spaced(a.initials[s])}" for a in article.authors)


def mark_text(article: Article, lang: str, name: str) -> tuple[str, str | None] | None:
    """(text, link) of `{article:<name>}` on a page in `lang`, from article.yml; None for an unknown name."""
    s = script_of(lang, article)
    values = {
        "title": article.title.get(lang, article.title[article.language]),
        "title-cited": article.citation_title(lang),
        "title-original": article.title[article.language],
        "journal": article.journal[s],
        "journal-original": article.journal[script_of(article.language, article)],
        "year": str(article.year),
        "volume": article.volume,
        "issue": article.issue,
        "pages": f"{article.first_page}–{article.last_page}",
        "doi": article.doi,
        # "Есқалиев С. А., Айтенов Ж. К.": the names as "cite this" spells them, in the page's script / the article's
        "authors": _names(article, s),
        "authors-original": _names(article, script_of(article.language, article)),
    }
    if name == "doi-link":
        return article.doi, article.doi_url
    return (values[name], None) if name in values else None


def _unknown_keys(doc) -> list[Problem]:
    found = unknown_keys(doc.node, KEYS, doc.path, KEYS)
    authors = next((v for k, v in doc.node.value if k.value == "authors"), None)
    for node in authors.value if isinstance(authors, yaml.SequenceNode) else []:
        found += unknown_keys(node, AUTHOR_KEYS, doc.path, AUTHOR_KEYS)
    return found


def _language_problems(doc, languages: tuple) -> list[Problem]:
    """Every text the pages of a language cite in it is there (a missing one was a traceback on those pages,
    or, for the journal, the names silently in another script)."""
    data, found = doc.data, []
    for key in (*_BY_LANGUAGE, "keywords"):
        if key in data:
            found += _missing_languages(doc, doc.node, key, key, languages)
    authors = next(v for k, v in doc.node.value if k.value == "authors")
    for n, item in enumerate(authors.value, 1):
        for key in ("family", "initials"):
            found += _missing_languages(doc, item, key, f"author {n}'s {key}", languages)
    if data["language"] not in languages and languages:
        found.append(
            Problem(doc.path, *value_mark(doc.node, "language"), _one_of("language", data["language"], languages))
        )
    for lang in data.get("title_is_translation", []):
        if lang not in languages and languages:
            at = value_mark(doc.node, "title_is_translation")
            found.append(Problem(doc.path, *at, _one_of("title_is_translation", lang, languages)))
    return found


def _one_of(key: str, value, languages) -> str:
    return f"{key}: '{value}' must be one of the edition's languages ({', '.join(languages)})"


def _missing_languages(doc, node, key: str, what: str, languages: tuple) -> list[Problem]:
    value = next(v for k, v in node.value if k.value == key)
    given = doc.mark(value)
    if not isinstance(value, type(node)):
        return [Problem(doc.path, *given, f"{what} must map languages to text ({languages[0]}: ...)")]
    have = {k.value for k, _ in value.value}
    return [Problem(doc.path, *given, f"{what} has no '{lang}': add it") for lang in languages if lang not in have]


# -- names --------------------------------------------------------------------------------------


def _spaced(initials: str) -> str:
    """'С.А.' -> 'С. А.'"""
    return initials.replace(".", ". ").strip()


def surname_first(a: Author, lang: str) -> str:
    return f"{a.family[lang]}, {_spaced(a.initials[lang])}"


def initials_first(a: Author, lang: str) -> str:
    return f"{_spaced(a.initials[lang])} {a.family[lang]}"


def script_of(lang: str, article: Article) -> str:
    """The key of the names and journal title for a page language (article.yml gives them per language)."""
    return lang if lang in article.journal else article.language
