"""One search index per language, from the single index static-i18n and Material write for all.

Each language root gets its own `search/search_index.json` holding only its pages, with a lunr
configuration for that language (stemming on in each: Russian and English by lunr's Snowball stemmers,
Kazakh by the edition's own stemmer and keyboard folding, docs/assets/javascripts/lunr/min/), written as
plain UTF-8.
Body pages are split into one document per paragraph, so a result opens at the matching paragraph.
"""

from __future__ import annotations

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
_PARA = re.compile(r'<p\b[^>]*\bid="([^"]+)"[^>]*\bclass="para"|<p\b[^>]*\bclass="para"[^>]*\bid="([^"]+)"')


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


_APPARATUS = ("para-num", "pb", "para-langs")  # the edition's marks, not the text


class _ParagraphCollector(HTMLParser):
    """Text of each `<p class="para" id=...>` of a built page, without paragraph numbers and page marks."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.paragraphs = []
        self.title = ""
        self._current = None
        self._skip = 0
        self._in_h1 = False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "h1":
            self._in_h1 = True
        if self._skip:
            self._skip += 1  # inside a skipped element: count its descendants
        elif tag == "p" and "para" in (a.get("class") or "").split():
            self._current = [a.get("id", ""), []]
        elif self._current is not None and a.get("class") in _APPARATUS:
            self._skip = 1

    def handle_endtag(self, tag):
        if tag == "h1":
            self._in_h1 = False
        if self._skip:
            self._skip -= 1
        elif tag == "p" and self._current is not None:
            pid, parts = self._current
            self.paragraphs.append((pid, re.sub(r"\s+", " ", "".join(parts)).strip()))
            self._current = None

    def handle_data(self, data):
        if self._in_h1:
            self.title += data
        if self._current is not None and not self._skip:
            self._current[1].append(data)


def paragraphs_of(html_text: str, sign: str = "¶"):
    c = _ParagraphCollector()
    c.feed(html_text)
    title = _plain(c.title.replace("¶", "")).strip()
    return title, [(pid, f"{title} {sign} {pid.rsplit('-', 1)[-1]}", text) for pid, text in c.paragraphs]


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
            title, paras = paragraphs_of(html_file.read_text(encoding="utf-8"))
            if paras:
                paragraphs[(lang, page)] = (title, paras)
    for lang, data in split_index(index, languages, paragraphs).items():
        target = (site if lang == languages[0] else site / lang) / "search" / "search_index.json"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=True), encoding="utf-8")
