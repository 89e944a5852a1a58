"""The PDF of each language, read with tools independent of the one that wrote it (poppler's pdftotext,
pdffonts, pdfinfo; qpdf; pypdf): the whole text in order, the notes on their page, fonts embedded and subset,
language, title and metadata set, every internal link resolves, the outline has the sections, A4, in budget.
The PDFs are made once per session, by the real_site fixture's build (EDITION_PDF=1, as `make build`)."""

from __future__ import annotations

import re
import subprocess

import pytest
import yaml
from bs4 import BeautifulSoup

from conftest import LANGS, ROOT

pytestmark = pytest.mark.site

ARTICLE = yaml.safe_load((ROOT / "source/article.yml").read_text(encoding="utf-8"))
NOTES = yaml.safe_load((ROOT / "source/notes.yml").read_text(encoding="utf-8"))
MAX_BYTES, MAX_PAGES = 1_000_000, 40
HYPHENS = "-\u2010\u00ad"  # WeasyPrint breaks a word with U+2010 where pyphen allows it
BREAK = "\u2e17"  # stands for a hyphen at a line's end
PAGE_WORDS = 1000  # more than an A4 page holds: what a page break may put between two words (footnotes, heads)


def pdf(site, lang):
    return site / "pdf" / f"eskaliev-aitenov-2025.{lang}.pdf"


def run(*cmd) -> str:
    out = subprocess.run(cmd, capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    return out.stdout


def article_page(site, lang) -> BeautifulSoup:
    path = site / LANGS[lang] / "article" / "index.html"
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser").select_one("article")


def words(text: str) -> list[str]:
    """The words of a text; a hyphen at a line's end (where WeasyPrint broke a word) marked BREAK."""
    text = re.sub(rf"[{HYPHENS}]\n", f"{BREAK}\n", text)
    return [w for w in (w.replace("|", "") for w in text.split()) if w]


def norm(word: str) -> str:
    """A word without hyphens and without a footnote's number after a letter or a mark (the site's note numbers
    and the PDF's differ); the same on both sides, so only such numbers are left out."""
    word = re.sub(f"[{HYPHENS}{BREAK}]", "", word)
    word = re.sub(r"(?<=[^\d\s])\d{2,4}(?=\D|$)", _two_calls, word)  # two notes on one word: "Петербург6465"
    return re.sub(r"(?<=[^\d\s])\d{1,2}(?=\D|$)|(?<=\d{4})\d{1,2}(?=\D|$)", "", word)


def _two_calls(m) -> str:
    """Digits after a word that are two consecutive footnote numbers (64 65, 9 10): none; else as they are."""
    d = m.group()
    splits = [(d[:i], d[i:]) for i in range(1, len(d)) if len(d[:i]) <= 2 and len(d[i:]) <= 2 and d[i] != "0"]
    return "" if any(int(b) == int(a) + 1 for a, b in splits) else d


def paragraphs(article) -> list[str]:
    """Every paragraph of the whole-article page that the PDF prints in place, as the site shows it, without
    the site's own numbers (paragraph numbers, print pages and note marks stand elsewhere in the PDF)."""
    for node in article.select(
        ".cite-this, .notes, .para-orig, .parallel-switch, .last-corrected, .marks-key, .edition-kicker, a.para-num, "
        ".para-langs, a.pb, "
        "a.note-ref, a.headerlink"
    ):
        node.decompose()
    return [p.get_text() for p in article.find_all("p") if p.get_text(strip=True)]


def match_at(pdf_words: list[str], i: int, word: str) -> int | None:
    """The index after `word` if it starts at pdf_words[i]: whole, or broken over lines (after a hyphen or a
    dash) or over pages (after a hyphen; the page's footnotes, page number and running head between)."""
    # the pieces are joined before norm(): "66–" + "67-беттер" is one word, whose "67" is no footnote number
    target, raw, j = norm(word), "", i
    for _ in range(4):
        raw += pdf_words[j]
        joined = norm(raw)
        if joined == target:
            return j + 1
        if not target.startswith(joined):
            return None
        if (
            j + 1 < len(pdf_words)
            and pdf_words[j].endswith(BREAK)
            and not target.startswith(joined + norm(pdf_words[j + 1]))
        ):
            return _rest_on_next_page(pdf_words, j + 1, target, joined)
        j += 1
        if j >= len(pdf_words):
            return None
    return None


def _rest_on_next_page(pdf_words: list[str], start: int, target: str, joined: str) -> int | None:
    """A word broken at a page's end: its rest is the first word of the next page's text, after what the
    page's foot and the next page's head bring (a page's footnotes: up to a page of words)."""
    for k in range(start, min(start + PAGE_WORDS, len(pdf_words))):
        rest = ""
        for m in range(k, min(k + 3, len(pdf_words))):  # the rest, then a footnote's call and a comma ("бернские41 ,")
            rest += pdf_words[m]
            if joined + norm(rest) == target:
                return m + 1
            if not target.startswith(joined + norm(rest)):
                break
    return None


def find_in_order(pdf_words: list[str], para: list[str], start: int) -> int | None:
    """Where the paragraph's words end in the PDF's, matched in order from `start`; between them only what a
    page break brings (running head, page number, footnotes, margin numbers)."""
    i, first = start, None
    for w in para:
        while i < len(pdf_words) and match_at(pdf_words, i, w) is None:
            i += 1
        if i == len(pdf_words):
            return None
        first = i if first is None else first
        i = match_at(pdf_words, i, w)
    return i if i - first <= len(para) + PAGE_WORDS else None


@pytest.mark.parametrize("lang", LANGS)
def test_every_paragraph_of_the_page_is_in_the_pdf_in_order(real_site, lang):
    pdf_words = words(run("pdftotext", "-raw", "-enc", "UTF-8", str(pdf(real_site, lang)), "-"))
    found, at = 0, 0
    for text in paragraphs(article_page(real_site, lang)):
        end = find_in_order(pdf_words, words(text), at)
        assert end is not None, f"not in the {lang} PDF in order: {text[:120]}"
        found, at = found + 1, end
    assert found > 150  # abstract, body, references


def short_breaks(text: str, least: int = 3) -> list[str]:
    """Words WeasyPrint broke at a line's end (its U+2010) leaving fewer than `least` letters on a side (where a
    page's footnote numbers or running head stand between the two parts, the word is not looked at)."""
    return [
        f"{a}\u2010{b}" for a, b in re.findall(r"([^\W\d_]+)\u2010\n([^\W\d_]+)", text) if min(len(a), len(b)) < least
    ]


def test_english_breaks_keep_three_letters_on_each_side(real_site):
    """pyphen's British patterns break "Russi-an", "ideologic-al", "re-volution" (a reviewer's finding in the
    English PDF): print.css keeps three letters on each side in English."""
    assert short_breaks("the Russi\u2010\nan and revo\u2010\nlution") == ["Russi\u2010an"]
    text = run("pdftotext", "-raw", "-enc", "UTF-8", str(pdf(real_site, "en")), "-")
    assert "\u2010\n" in text  # English is hyphenated at all
    assert short_breaks(text) == []


@pytest.mark.parametrize("lang", LANGS)
def test_the_editors_notes_are_footnotes_on_the_page_of_their_mark(real_site, lang):
    pages = run("pdftotext", "-raw", "-enc", "UTF-8", str(pdf(real_site, lang)), "-").split("\f")
    flat = ["".join(norm(w) for w in words(page)) for page in pages]
    for note in NOTES:
        text = "".join(norm(w) for w in words(note[lang]))[:60]
        where = [n for n, page in enumerate(flat) if text in page]
        assert len(where) == 1, (note["id"], where)  # once: as a footnote, no list of notes at the end
        # the mark follows its anchor's last word on the same page (the anchor may begin on the page before);
        # an anchor may carry Markdown's * and the mark {qk}, which the PDF shows as †
        anchor = note["anchor"][lang].replace("*", "").replace("{qk}", "†")
        last = norm(re.sub(r"(?<=\d)-(?=\d)", "–", anchor.split()[-1]))  # the page shows a range as "66–67"
        assert last[-6:] in flat[where[0]], note["id"]


@pytest.mark.parametrize("lang", LANGS)
def test_fonts_are_embedded_and_subset(real_site, lang):
    rows = run("pdffonts", str(pdf(real_site, lang))).splitlines()[2:]
    assert rows
    for row in rows:
        emb, sub, uni = row.split()[-5:-2]
        assert (emb, sub, uni) == ("yes", "yes", "yes"), row


@pytest.mark.parametrize("lang", LANGS)
def test_metadata_language_size_and_structure(real_site, lang):
    from pypdf import PdfReader

    path = pdf(real_site, lang)
    run("qpdf", "--check", str(path))
    info = dict(re.findall(r"^([A-Za-z ]+):\s+(.*)$", run("pdfinfo", str(path)), re.M))
    title_lang = "en" if lang == "en" else "kk"  # the record's title (README: one record, every channel)
    assert info["Title"] == ARTICLE["title"][title_lang]
    assert all(a["family"][lang] in info["Author"] for a in ARTICLE["authors"])
    assert info["Tagged"] == "yes" and info["Page size"].endswith("(A4)")
    assert 10 <= int(info["Pages"]) <= MAX_PAGES and path.stat().st_size <= MAX_BYTES
    reader = PdfReader(path)
    root = reader.trailer["/Root"]
    assert root["/Lang"] == lang and root["/MarkInfo"]["/Marked"] and "/StructTreeRoot" in root
    abstract = BeautifulSoup((real_site / LANGS[lang] / "index.html").read_text(encoding="utf-8"), "html.parser")
    assert reader.metadata["/Subject"] == abstract.find("meta", attrs={"name": "citation_abstract"})["content"]


@pytest.mark.parametrize("lang", LANGS)
def test_internal_links_resolve_and_citations_lead_to_the_references_and_back(real_site, lang):
    from pypdf import PdfReader

    reader = PdfReader(pdf(real_site, lang))
    names = set(reader.named_destinations)
    dests = [
        str(a.get_object()["/Dest"])
        for page in reader.pages
        for a in page.get("/Annots") or []
        if a.get_object().get("/Subtype") == "/Link" and "/Dest" in a.get_object()
    ]
    assert dests and [d for d in dests if d not in names] == []
    cites = [d for d in dests if d.startswith("ref-")]
    backs = [d for d in dests if d.startswith("cite-")]
    html = article_page(real_site, lang)
    # every citation links to its entry, and every entry back to each citation (a link broken over two lines
    # is two annotations to one place)
    assert set(cites) == {a["href"][1:] for a in html.select("a.cite")} and len(cites) >= len(html.select("a.cite"))
    assert set(backs) == {a["href"][1:] for a in html.select("a.backlink")}


@pytest.mark.parametrize("lang", LANGS)
def test_the_outline_has_the_sections(real_site, lang):
    from pypdf import PdfReader

    outline = PdfReader(pdf(real_site, lang)).outline
    titles = [item.title for item in outline if not isinstance(item, list)]
    sections = [item.title for item in outline[1]] if len(outline) > 1 and isinstance(outline[1], list) else []
    html = article_page(real_site, lang)
    headings = [h.get_text(strip=True).rstrip("¶") for h in html.select("h2") if not h.find_parent(class_="cite-this")]
    assert titles == [html.find("h1").get_text(strip=True).rstrip("¶")]
    assert sections == [h for h in headings if h != html.select_one(".notes h2").get_text(strip=True).rstrip("¶")]
    assert len(sections) == 7  # abstract, five sections, references


@pytest.mark.parametrize("lang", LANGS)
def test_the_print_pages_and_the_first_pages_box(real_site, lang):
    text = run("pdftotext", "-enc", "UTF-8", "-l", "1", str(pdf(real_site, lang)), "-")
    flat = " ".join(text.split())
    # the date of the text's last correction (as the language writes it: the log's records are of 2026), the address
    assert re.search(r"\b2026\b", flat) and "http" in flat
    assert not re.search(r"\d \.", flat)  # "Published: 25 November 2026. Last corrected: …", no space before the stop
    whole = run("pdftotext", "-raw", "-enc", "UTF-8", str(pdf(real_site, lang)), "-")
    marks = [int(n) for n in re.findall(r"\|(\d{4})\|", whole)]
    assert marks == list(range(1247, 1257))  # every print page of the body, in the margin, in order


def test_the_web_pages_kicker_is_not_printed():
    """The whole-article page's kicker says the article is "on one page" (whole_article_label): true of the web
    page the PDF is made from, false of the PDF, which leaves it out. Needs no build."""
    from edition.pdf import page

    html = '<article class="md-content__inner"><p class="edition-kicker">Мақаланың толық мәтіні бір бетте</p><h1>T</h1>'
    article = page.body_of(html + "<p>Мәтін</p></article>")
    page.clean(article, "https://example.org/article/")
    assert "edition-kicker" not in str(article) and "бір бетте" not in article.get_text()
    assert article.h1 is not None and "Мәтін" in article.get_text()


LOCALES = {
    lang: yaml.safe_load((ROOT / f"scripts/edition/locales/{lang}.yml").read_text(encoding="utf-8")) for lang in LANGS
}
# How each language's PDF box names the marks, in the edition's words (source/vocabulary.md: paragraph, print page /
# «журналдың беті» / «страница журнала», editor's note), and where the PDF puts them (print.css: the paragraph's
# number in the left margin, the print page in the right).
KEY_WORDS = {
    "kk": {"paragraph": "абзац нөмірі", "page": "журналдың беті", "left": "сол жақ жиек", "right": "оң жақ жиек",
           "notes": "редактордың ескертпелері"},
    "ru": {"paragraph": "номер абзаца", "page": "страница журнала", "left": "левом поле", "right": "правом поле",
           "notes": "примечания редактора"},
    "en": {"paragraph": "paragraph’s number", "page": "print page", "left": "left margin", "right": "right margin",
           "notes": "editor’s notes"},
}  # fmt: skip


def above_heading(text: str, heading: str) -> str:
    """A page's text above the line that is `heading`, its lines joined and its words broken at a line's end
    made whole."""
    above = re.split(rf"^{re.escape(heading)}$", text, maxsplit=1, flags=re.M)[0]
    return " ".join(re.sub(f"[{HYPHENS}]\n", "", above).split())


def test_above_heading():
    text = "Title\nThe number in the left mar\u2010\ngin is the paragraph’s number.\nAbstract\nAbstract. Text.\n"
    assert above_heading(text, "Abstract") == "Title The number in the left margin is the paragraph’s number."


def first_pages_box(site, lang) -> str:
    """The first page's text above the first section's heading: the title, the record, the notices, the box."""
    text = run("pdftotext", "-enc", "UTF-8", "-l", "1", str(pdf(site, lang)), "-")
    heading = article_page(site, lang).find("h2").get_text(strip=True).rstrip("¶")
    assert re.search(rf"^{re.escape(heading)}$", text, re.M), heading
    return above_heading(text, heading)


@pytest.mark.parametrize("lang", LANGS)
def test_the_first_pages_box_keys_every_mark_the_pdf_shows(real_site, lang):
    """A reviewer's finding: the Russian and English PDFs' box explained none of their marks. Each mark found in
    the PDF is named in the box above the text: the margins' paragraph numbers and print pages (and the bar | in
    the line), the emendations' footnotes by their opening word, the other footnotes as editor's notes, the †."""
    whole = run("pdftotext", "-raw", "-enc", "UTF-8", str(pdf(real_site, lang)), "-")
    box = first_pages_box(real_site, lang)
    low, key = box.lower(), KEY_WORDS[lang]
    assert re.search(r"^\d{1,2}$", whole, re.M)  # the margins' paragraph numbers
    assert key["paragraph"] in low and key["left"] in low
    assert re.search(r"\|\d{4}\|", whole)  # the print pages
    assert key["page"] in low and key["right"] in low and " | " in box
    opening = LOCALES[lang]["emendation_title"].split(";")[0]  # "Emendation; the source reads …"
    if re.search(rf"^\d+\. {opening};", whole, re.M):  # an emendation's footnote
        assert re.search(rf"[«“]{opening}[»”]", box), "the emendations' footnotes"
    assert NOTES and key["notes"] in low, "the editor's notes"
    mark = LOCALES[lang]["quote_mark"]
    if whole.count(mark) > box.count(mark):  # the text has a †
        assert mark in box
