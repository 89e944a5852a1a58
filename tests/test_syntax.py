"""The citation syntax: Pandoc's forms found, everything else left alone, problems located."""

from edition.syntax import Citation, Marker, scan


def citations(text):
    result = scan(text, "docs/x.md")
    return [t for t in result.tokens if isinstance(t, Citation)], result.problems


def keys_and_locators(text):
    found, problems = citations(text)
    assert not problems, problems
    return [[(i.key, i.locator) for i in c.items] for c in found]


def test_pandoc_forms():
    assert keys_and_locators("[@kritsman1926]") == [[("kritsman1926", None)]]
    assert keys_and_locators("[@kritsman1926, 148]") == [[("kritsman1926", "148")]]
    assert keys_and_locators("[@lenin-nd, 66–67]") == [[("lenin-nd", "66–67")]]
    assert keys_and_locators("[@a, 12; @b]") == [[("a", "12"), ("b", None)]]
    assert keys_and_locators("[@zak2019, vol. 21, 189]") == [[("zak2019", "vol. 21, 189")]]


def test_pandoc_key_grammar_internal_punctuation():
    assert keys_and_locators("[@a:b.c#d$e%f&g-h+i?j<k>l~m/n]") == [[("a:b.c#d$e%f&g-h+i?j<k>l~m/n", None)]]
    # trailing punctuation is not part of a key; braces keep it
    assert keys_and_locators("[@{odd.key.}]") == [[("odd.key.", None)]]
    _, problems = citations("[@key.]")
    assert "after the key write ', locator'" in problems[0].message


def test_left_alone():
    text = (
        "`[@code]` and\n\n```\n[@fenced]\n```\n\n\\[@escaped] mail a@b.kz [@link](http://x) "
        "[@ref][r] [қазақша] [sic] [in Kazakh]"
    )
    found, problems = citations(text)
    assert found == [] and problems == []


def test_front_matter_is_not_scanned():
    found, problems = citations('---\ntitle: "[@x"\n---\n# T\n\n[@y]\n')
    assert [c.keys() for c in found] == [["y"]] and not problems


def test_location_of_a_key_points_at_its_at_sign():
    found, _ = citations("# H\n\nText text [@a, 1; @bb]")
    assert (found[0].items[1].line, found[0].items[1].col) == (3, 19)


def test_unterminated_citation_is_located():
    _, problems = citations("# H\n\nText [@kritsman1926, 148\n\nNext paragraph.")
    assert [str(p) for p in problems] == [
        "docs/x.md:3:6: unterminated citation: '[' has no closing ']' in its paragraph"
        " (close it, or write '\\[' for a literal bracket)"
    ]


def test_citation_inside_link_label_is_an_error():
    _, problems = citations("See [the book [@kritsman1926]](http://example.org).")
    assert len(problems) == 1 and "citation inside a link label" in problems[0].message


def test_malformed_item():
    _, problems = citations("[@a, 12; b]")
    assert "malformed citation item 'b'" in problems[0].message


def test_markers():
    result = scan("{#intro-1} a {pb:1248}b {em:fix} c\n\n{bibliography}\n", "x.md")
    assert [(t.kind, t.value) for t in result.tokens if isinstance(t, Marker)] == [
        ("para", "intro-1"),
        ("page", "1248"),
        ("em", "fix"),
        ("block", "bibliography"),
    ]


def test_opens_paragraph_never_indexes_out_of_the_text():
    """An offset from another text (once: a page read twice under one name) is an answer, not an IndexError."""
    from edition.resolve import opens_paragraph

    for text in ("", "a", "\n", "# H\n{#p-1}"):
        for offset in range(-2, len(text) + 3):
            assert opens_paragraph(text, offset, 0) in (True, False)
    assert opens_paragraph("# H\n{#p-1}", 4, 0)
    assert not opens_paragraph("ab", 5, 0)


def test_the_unrendered_scan_is_skipped_only_where_nothing_can_match():
    """syntax.unrendered searches only a text holding one of its hints: every match must hold one."""
    import random

    from edition.syntax import _UNRENDERED, UNRENDERED, _unrendered_search, may_hold_unrendered

    rng, kinds = random.Random(7), set()
    pieces = [
        *"!?*[]^ xX~=-+\na\t:{}@\\",
        "!!!",
        "~~",
        "==",
        "- ",
        "]:",
        "\n- [",
        "\n: ",
        "%%",
        ":::",
        "[[",
        "![[",
        "[[@",
        "\n- [ ]",
        "$",  # TeX math, a grid table's border, a simple table's rule (trial 5)
        "\n+---+",
        "\n-- --",
        "\n--\t--",
        "\n+:--+",
        ":ok:",
        "]{",
    ]
    for _ in range(30000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 14)))
        if _UNRENDERED.search(text):
            assert may_hold_unrendered(text), repr(text)
            kinds |= {m.lastgroup for m in _UNRENDERED.finditer(text)}
            # the search made of the kinds whose hints the text holds finds what the whole pattern finds
            full = [(m.span(), m.lastgroup) for m in _UNRENDERED.finditer(text)]
            assert [(m.span(), m.lastgroup) for m in _unrendered_search(text).finditer(text)] == full, repr(text)
    assert kinds == set(UNRENDERED)  # the texts reach every kind's shape
