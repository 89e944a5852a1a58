"""The per-language search index's reading of a built page (scripts/mkdocs_side/search_per_language.py), on
strings: what a paragraph's search document holds and what it leaves out."""

from __future__ import annotations

from mkdocs_side.search_per_language import entries_of, paragraphs_of

PAGE = """<html><head><title>x</title><script>var a = "<p class='para'>not text</p>";</script></head><body>
<nav><p class="para" id="nav-1">a nav paragraph is not the page's</p></nav>
<article class="md-content__inner md-typeset">
<h1 id="results">Нәтижелер<a class="headerlink" href="#results" title="Тұрақты сілтеме">¶</a></h1>
<p id="results-3" class="para"><a class="para-num" href="#results-3" title="3-абзац" aria-label="3-абзац">3</a><span
 class="para-langs" role="group" aria-label="Тілдер"><a href="/ru/" hreflang="ru" lang="ru" title="t">ru</a></span>
 Ленин <a class="pb" id="p1250" href="#p1250" title="1250-бет" aria-label="1250-бет">|1250|</a>мен
 <em>Сталин</em> &amp; <span class="emendation" title="a &gt; b">«Правда»</span>
 <a class="note-ref" href="#note-1">1</a></p>
<div class="para-orig" lang="kk"><p class="para-orig-text">түпнұсқа</p></div>
<p class="para" id="results-4">Екінші&nbsp;абзац.</p>
</article></body></html>"""


def test_a_paragraph_document_is_its_text_without_the_editions_marks():
    title, paras = paragraphs_of(PAGE)
    assert title == "Нәтижелер"
    # the navigation's and a script's "paragraphs" are not the article's; the copy of the original is not one
    assert [(pid, text) for pid, _, text in paras] == [
        ("results-3", "Ленин мен Сталин & «Правда»"),  # a note's number is no word of the text
        ("results-4", "Екінші абзац."),  # a no-break space is layout: the index has a plain one
    ]


def test_paragraph_titles_name_the_page_and_the_number():
    _, paras = paragraphs_of(PAGE)
    assert ("results-4", "Нәтижелер ¶ 4") in [(pid, t) for pid, t, _ in paras]


def test_a_page_of_entries_is_read_inside_its_article_only():
    page = """<nav><dl><dt id="nav">Nav</dt><dd>not an entry</dd></dl></nav>
<article class="md-content__inner md-typeset"><h1>Глоссарий</h1>
<dl><dt id="term-a">Термин</dt><dd>Его объяснение &amp; ещё.</dd></dl></article>"""
    docs = entries_of(page)
    assert [d["location"] for d in docs] == ["", "#term-a"]
    assert docs[1]["title"] == "Термин" and "Его объяснение &amp; ещё." in docs[1]["text"]
