"""One search index per language, from the single index static-i18n and Material write for all.

Each language root gets its own `search/search_index.json` holding only its pages, with a lunr
configuration for that language (stemming on in each: Russian and English by lunr's Snowball stemmers,
Kazakh by the edition's own stemmer and keyboard folding, docs/assets/javascripts/lunr/min/), written as
plain UTF-8.
Body pages are split into one document per paragraph, so a result opens at the matching paragraph. Pages
of entries (the Glossary's terms, the reference list's works, About's list of the editor's notes, the
Corrections log's rows) are split into one document per entry, and one per headed section for the rest: one
document per page made a result as long as the whole list on a phone. The "cite this" box at the end of every
page is left out.
"""

from __future__ import annotations

import html
import json
import re
from html.parser import HTMLParser
from pathlib import Path

# lunr "languages" per edition language: docs/assets/javascripts/lunr/min/lunr.edition-*.min.js, which the
# worker loads by name. They stem the query terms too (Material's wildcards would otherwise skip stemming).
LUNR = {
    "kk": {"lang": ["edition-kk"], "pipeline": ["trimmer", "stemmer"]},
    "ru": {"lang": ["edition-ru"], "pipeline": ["trimmer", "stopWordFilter", "stemmer"]},
    "en": {"lang": ["edition-en"], "pipeline": ["trimmer", "stopWordFilter", "stemmer"]},
}


def language_of(location: str, languages) -> tuple[str, str]:
    first, _, rest = location.partition("/")
    if first in languages[1:]:
        return first, rest
    return languages[0], location


def split_index(index: dict, languages, paragraphs=None) -> dict:
    """index: Material's combined index. paragraphs: (lang, page location) -> [(id, title, text)]."""
    out = {}
    for lang in languages:
        conf = dict(index.get("config", {}))
        conf.update(LUNR[lang])
        out[lang] = {"config": conf, "docs": []}
    seen = set()
    for doc in index.get("docs", []):
        lang, location = language_of(doc["location"], languages)
        page = location.split("#", 1)[0]
        entries = (paragraphs or {}).get((lang, page, "entries"))
        if entries:
            if (lang, page) not in seen:  # Material's own sections of this page are replaced by its entries'
                seen.add((lang, page))
                out[lang]["docs"] += [{**d, "location": page + d["location"]} for d in entries]
            continue
        paras = (paragraphs or {}).get((lang, page))
        if paras:
            if (lang, page) in seen:
                continue  # Material's own sections of this page are replaced by its paragraphs
            seen.add((lang, page))
            title, items = paras
            out[lang]["docs"].append({"location": page, "title": title, "text": ""})
            for pid, ptitle, text in items:
                out[lang]["docs"].append({"location": f"{page}#{pid}", "title": ptitle, "text": text})
            continue
        # plain spaces for the words: the no-break spaces of the page's text (edition/typography.py) are layout
        out[lang]["docs"].append(
            {**doc, "location": location, "title": _plain(doc.get("title", "")), "text": _plain(doc.get("text", ""))}
        )
    return out


def _plain(text: str) -> str:
    return text.replace("\u00a0", " ")


# the edition's marks, not the text: an editor's note's number ran into the word before it ("Фицпатрик9"), which
# the Kazakh search, matching a known stem whole, then did not find at its paragraph
_APPARATUS = ("para-num", "pb", "para-langs", "note-ref")
# A built page's paragraphs are read by regular expressions, not by an HTML parser: Python's HTMLParser over the
# 33 pages of a build was a tenth of `make check`. What they read is the engine's own markup (a paragraph holds
# no other paragraph; its marks hold no element of their own kind), and attribute values are escaped, so a tag
# ends at the first '>' outside quotes.
_TAG = r"""<(?:[^>"']|"[^"]*"|'[^']*')*>"""
_H1 = re.compile(r"<h1\b(?:[^>\"']|\"[^\"]*\"|'[^']*')*>(.*?)</h1\s*>", re.S | re.I)
_P_TAG = re.compile(r"<p\b((?:[^>\"']|\"[^\"]*\"|'[^']*')*)>(.*?)</p\s*>", re.S | re.I)
_ATTR = re.compile(r"""([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""")
_MARK = re.compile(
    r"<(a|span)\b[^>]*?\bclass=\"(?:" + "|".join(_APPARATUS) + r")\"(?:[^>\"']|\"[^\"]*\"|'[^']*')*>.*?</\1\s*>",
    re.S | re.I,
)
_ANY_TAG = re.compile(_TAG + "|<!--.*?-->", re.S)


def _attrs(text: str) -> dict:
    return {
        m[1].lower(): html.unescape(m[2] if m[2] is not None else m[3] if m[3] is not None else m[4])
        for m in _ATTR.finditer(text)
    }


def _text(fragment: str) -> str:
    return html.unescape(_ANY_TAG.sub("", fragment))


def _article(html_text: str) -> str:
    """The page's <article> (its content: the navigation, the header and their scripts are not the page's text)."""
    start, end = html_text.find("<article"), html_text.rfind("</article>")
    return html_text[start : end + len("</article>")] if 0 <= start < end else html_text


def paragraphs_of(html_text: str, sign: str = "¶"):
    """The page's title (its <h1>) and the text of each `<p class="para" id=...>`, without paragraph numbers and
    page marks."""
    html_text = _article(html_text)
    h1 = _H1.search(html_text)
    title = _plain(_text(h1.group(1)).replace("¶", "")).strip() if h1 else ""
    paras = []
    if 'class="para' in html_text:
        for m in _P_TAG.finditer(html_text):
            a = _attrs(m.group(1))
            if "para" in a.get("class", "").split():
                text = re.sub(r"\s+", " ", _text(_MARK.sub("", m.group(2)))).strip()
                paras.append((a.get("id", ""), text))
    return title, [(pid, f"{title} {sign} {pid.rsplit('-', 1)[-1]}", text) for pid, text in paras]


_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
_INLINE = {"a", "abbr", "b", "code", "dfn", "em", "i", "span", "strong", "sub", "sup", "time", "del", "ins", "mark"}
_SKIPPED = {"headerlink", "md-content__button", "status-mark", "md-code__nav", "md-clipboard", "cite-this"}


class _EntryCollector(HTMLParser):
    """The documents of a page of entries: its article split at each heading or <details> with an id (a section)
    and at each entry with an id: a glossary term (its <dt> and the <dd>s after it), a <tr> or a `.ref`. A
    document's location is "" or "#id", its title and text are HTML-escaped (Material shows both as HTML)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.docs = []  # (kind, location, title parts, text parts)
        self.entries = 0
        self._depth = 0  # inside <article>
        self._heading = None  # the heading tag being read
        self._section = None  # the current section's document
        self._entry = None  # (document, the depth it ends at, its tag)
        self._skip = 0
        self._title_cell = False  # reading the first cell of a row entry (its title)
        self._summary_title = False  # a <details> with an id opened: its <summary> is the section's title

    def _open(self, kind, location):
        doc = (kind, location, [], [])
        self.docs.append(doc)
        return doc

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "article":
            self._depth = 1
            return
        if not self._depth:
            return
        if tag not in _VOID:
            self._depth += 1
        if tag not in _INLINE:
            self._space()  # a block's words do not run into the next block's
        if self._skip:
            self._skip += tag not in _VOID
            return
        if set((a.get("class") or "").split()) & _SKIPPED and tag not in _VOID:
            self._skip = 1
            return
        ident = a.get("id")
        if tag in ("h1", "h2", "h3", "h4", "h5", "h6") and (ident or tag == "h1"):
            self._entry = None
            self._heading = tag
            self._section = self._open("section", "" if tag == "h1" else f"#{ident}")
        elif tag == "details" and ident:  # a folded section (the reference list's key): its summary is its title
            self._entry = None
            self._section = self._open("section", f"#{ident}")
            self._summary_title = True
        elif tag == "summary" and self._summary_title:
            self._heading, self._summary_title = "summary", False
        elif tag == "dt" and ident:
            self._entry = (self._open("dt", f"#{ident}"), None, "dt")
            self.entries += 1
        elif ident and (tag == "tr" or (tag == "div" and "ref" in (a.get("class") or "").split())):
            self._entry = (self._open(tag, f"#{ident}"), self._depth - 1, tag)
            self._title_cell = True  # a row's first cell, a work's first paragraph
            self.entries += 1

    def handle_endtag(self, tag):
        if not self._depth or tag in _VOID:
            return
        self._depth -= 1
        if self._depth == 0:
            return
        if tag not in _INLINE:
            self._space()
        if self._skip:
            self._skip -= 1
            return
        if tag == self._heading:
            self._heading = None
        if tag in ("td", "p"):
            self._title_cell = False
        entry = self._entry
        if entry and ((entry[1] is not None and self._depth == entry[1]) or (entry[2] == "dt" and tag == "dl")):
            self._entry = None  # a row or a work ends with its element; a term with its list
        elif entry and entry[2] == "dt" and tag == "dt":
            entry[0][2].extend(entry[0][3])  # the term is its document's title

    def _space(self):
        doc = self._entry[0] if self._entry else self._section
        if doc is not None and not self._skip:
            doc[3].append(" ")

    def handle_data(self, data):
        if not self._depth or self._skip:
            return
        if self._heading and self._section is not None:
            self._section[2].append(data)
            return
        doc = self._entry[0] if self._entry else self._section
        if doc is None:
            return
        doc[3].append(data)
        if self._title_cell:
            doc[2].append(data)

    def documents(self):
        """(location, title, text), escaped. A term's title is the term; a row's, its section's and its first
        cell's (Editor's notes — Results ¶ 3); a work's, its entry as the list prints it."""
        out, section = [], ""
        for kind, location, title, text in self.docs:
            title_text = re.sub(r"\s+", " ", "".join(title)).strip()
            body = re.sub(r"\s+", " ", "".join(text)).strip()
            if kind == "section":
                section = title_text
            elif kind == "tr":
                title_text = f"{section} — {title_text}" if title_text else section
            out.append({"location": location, "title": html.escape(title_text or section), "text": html.escape(body)})
        return out


def entries_of(html_text: str):
    """A page's documents, one per section and one per entry; None for a page with no entries."""
    c = _EntryCollector()
    c.feed(_article(html_text))
    return c.documents() if c.entries else None


def split_site_index(site: Path, languages) -> None:
    combined = site / "search" / "search_index.json"
    if not combined.exists():
        return
    index = json.loads(combined.read_text(encoding="utf-8"))
    paragraphs = {}
    pages = set()
    for doc in index.get("docs", []):
        lang, location = language_of(doc["location"], languages)
        pages.add((lang, location.split("#", 1)[0]))
    for lang, page in sorted(pages):  # each built page is read once
        root = site if lang == languages[0] else site / lang
        html_file = root / page / "index.html" if page else root / "index.html"
        if html_file.exists():
            text = html_file.read_text(encoding="utf-8")
            title, paras = paragraphs_of(text)
            if paras:
                paragraphs[(lang, page)] = (title, paras)
            elif (entries := entries_of(text)) is not None:
                paragraphs[(lang, page, "entries")] = entries
    for lang, data in split_index(index, languages, paragraphs).items():
        target = (site if lang == languages[0] else site / lang) / "search" / "search_index.json"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=True), encoding="utf-8")
