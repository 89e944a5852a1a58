"""'Cite this' on every page: the article in GOST R 7.0.100–2018, APA 7 and Chicago author-date, a paragraph's
citation, and the block at a page's end (the three styles, the citation files and the PDF)."""

from __future__ import annotations

import html
import re

from . import locales
from .article import Article, initials_first, script_of, surname_first
from .styles import gost_title
from .write import DOWNLOADS, download_name, pdf_name


def gost(article: Article, lang: str, loc) -> str:
    head, words = _gost_before_pages(article)
    return f"{head} – {words.pages_abbr} {article.first_page}–{article.last_page}. – DOI: {article.doi}."


def _gost_before_pages(article: Article):
    """GOST's description up to its pages (which the article and a paragraph of it give differently), and the
    locale of its words. GOST R 7.0.100-2018 describes a work in its own language and script, on every page, as
    the References' own-script lines do: the Kazakh article by its Kazakh title and names, on the English page
    too (not by the authors' English title with "[in Kazakh]", the journal's English model, which is not GOST),
    and with its language's words for volume, issue and pages («Т. 28, № 4. – Б. 1245–1259»)."""
    s = script_of(article.language, article)
    first = article.authors[0]
    statement = ", ".join(initials_first(a, s) for a in article.authors)
    title = gost_title(article.title[article.language])  # 'мемлекеттілік : тоталитарлық', as in the References
    words = locales.get(article.language)
    head = (
        f"{surname_first(first, s)} {title} / {statement} // {article.journal[s]}. – {article.year}. – "
        f"{words.volume_abbr} {article.volume}, {words.cite_issue_abbr} {article.issue}."
    )
    return head, words


_SUBTITLE = re.compile(r"(?<=: )\w")  # a subtitle's first letter


def _subtitle_up(title: str) -> str:
    """Sentence case as APA and Chicago write it: the subtitle's first word capitalized too."""
    return _SUBTITLE.sub(lambda m: m[0].upper(), title)


def romanized_original(article: Article, lang: str) -> str | None:
    """The original title, romanized, where a page's citation title is in another language (the English page's
    title is the authors' English one): APA 7 (9.38) and Chicago (14.107) cite the original, romanized, and give
    the translation in square brackets. None where the page cites the original itself, or article.yml has none."""
    return article.title_latn if article.title_language(lang) != article.language else None


def apa(article: Article, lang: str, loc) -> str:
    s = script_of(lang, article)
    names = [surname_first(a, s) for a in article.authors]
    authors = names[0] if len(names) == 1 else ", ".join(names[:-1]) + ", & " + names[-1]
    original = romanized_original(article, lang)
    if original is not None:
        title = f"{_subtitle_up(original)} [{_sentence_case(article, lang)}]"
    else:
        title = _sentence_case(article, lang) + (f" {loc.cite_language_note}" if loc.cite_language_note else "")
    return (
        f"{authors} ({article.year}). {title}. {article.journal[s]}, "
        f"{article.volume}({article.issue}), {article.first_page}–{article.last_page}. {article.doi_url}"
    )


def _sentence_case(article: Article, lang: str) -> str:
    """APA 7's article title: in sentence case, where article.yml gives it so (the English title), else as cited."""
    title = article.citation_title(lang)
    if article.title_language(lang) == lang and lang in article.title_sentence_case:
        return article.title_sentence_case[lang]
    return title


def chicago(article: Article, lang: str, loc) -> str:
    s = script_of(lang, article)
    # only the first name is inverted; cite_and carries its own punctuation: Chicago's ", and" (the comma also
    # closes the inverted name: "Eskaliev, S. A., and Zh. K. Aitenov"), " и" / " және" without one
    names = [surname_first(article.authors[0], s)] + [initials_first(a, s) for a in article.authors[1:]]
    authors = names[0] if len(names) == 1 else ", ".join(names[:-1]) + f"{loc.cite_and} {names[-1]}"
    authors += "" if authors.endswith(".") else "."  # 'Eskaliev, S. A.' ends in its own stop
    # a bracketed language note belongs to the title: “Title” [in Kazakh]. Journal (not “Title.” [in Kazakh] Journal)
    title, original = article.citation_title(lang), romanized_original(article, lang)
    if original is not None:  # “Original” [Translation], sentence-style (CMOS 14.107)
        title, form, note = _subtitle_up(original), loc.cite_title_noted, f"[{_sentence_case(article, lang)}]"
    elif loc.cite_language_note:
        form, note = loc.cite_title_noted, loc.cite_language_note
    else:
        form, note = loc.cite_title, ""
    pages = chicago_pages(article.first_page, article.last_page)
    return (
        f"{authors} {article.year}. {form.format(title=title, note=note)}"
        f" {article.journal[s]} {article.volume} ({article.issue}): {pages}."
        f" {article.doi_url}."
    )


def chicago_pages(first, last) -> str:
    """A page range as Chicago writes it (CMOS 17, 9.61, used in its reference lists: "165–76"): the second
    number in full after a first number below 100 or a multiple of 100; after 101–109 in a hundred, only its
    changed part (101–8, 808–33); else at least two digits (321–28, 1087–89, 11564–615), but all four where
    three of four digits change (1496–1504). Anything but two numbers, the second larger, is left as it is."""
    a, b = str(first), str(last)
    if not (a.isdigit() and b.isdigit()) or int(b) <= int(a) or int(a) < 100 or int(a) % 100 == 0 or len(b) != len(a):
        return f"{a}–{b}"
    same = next((i for i, (x, y) in enumerate(zip(a, b)) if x != y), len(a))
    changed = b[same:]
    if int(a) % 100 >= 10:
        changed = b[-max(2, len(changed)) :]
    if len(a) == 4 and len(changed) == 3:
        changed = b
    return f"{a}–{changed}"


CITE_STYLES = (("gost", gost), ("apa", apa), ("chicago", chicago))  # the tabs' names: locale cite_style_names


def paragraph_citation(article: Article, lang: str, loc, page: str, place: str, url: str) -> str:
    """The article in the page's GOST form, narrowed to one print page and paragraph (`place`: "Results ¶ 12"),
    with the edition URL. The print page is the edition's inference (About), not read off the journal: GOST
    R 7.0.100-2018 puts what the describer supplies in square brackets, so «Б. [1250]», «P. [1249–1250]». On a
    translated page the place adds that the text is the edition's translation (the locale's cite_translation)."""
    head, words = _gost_before_pages(article)
    # on a translated page the words cited are the edition's, not the authors': the citation says so
    if lang != article.language and loc.cite_translation:
        place = f"{place}, {loc.cite_translation}"
    return f"{head} – {words.pages_abbr} [{page}] ({place}). – URL: {url}"


# -- "cite this" on every page ---------------------------------------------------------------------


def cite_markdown(article: Article, lang: str, loc, root: str) -> str:
    """A block for the end of a page: the three styles as tabs of copyable text (Material's content tabs and
    code copy buttons; without JavaScript the tabs still switch and the text is selectable), the
    download links and the PDF of the page's language. `root` is the relative URL of the site root from the page."""
    tabs = []
    for name, style in CITE_STYLES:
        tabs.append(f'=== "{loc.cite_style_names[name]}"\n\n    ```text\n    {style(article, lang, loc)}\n    ```\n')
    links = " · ".join(
        f'<a href="{html.escape(root + download_name(ext, lang, article.slug))}" download>{label}</a>'
        for ext, label, _ in DOWNLOADS
    )
    pdf = html.escape(root + pdf_name(lang, article.slug))
    return (
        # out of the search (Material's data-search-exclude; mkdocs_side/search_per_language.py skips the box):
        # every page's copy answered a word of the title, over the text; About's "How to cite" still answers
        f'<div class="cite-this" markdown>\n\n## {loc.cite_heading} {{: data-search-exclude }}\n\n'
        + "\n".join(tabs)
        + f'\n<p class="cite-downloads">{html.escape(loc.cite_downloads)}: {links}</p>\n'
        + f'<p class="cite-pdf"><a class="pdf-link" href="{pdf}" type="application/pdf">'
        + f"{html.escape(loc.pdf_link)}</a></p>"
        + "\n\n</div>"
    )
