"""A first-time reader on a phone (390 x 844), in Kazakh, then Russian and English: the key says each thing once,
the search answers with the text, not with the "cite this" box of every page, finds a year and a word in Latin
letters, a correction found by the search reads as its row, and a download's name is not broken at its hyphen."""

from __future__ import annotations

import re

import pytest

from conftest import LANGS, browser_page
from edition import locales

pytestmark = [pytest.mark.site, pytest.mark.browser]
PHONE = {"viewport": {"width": 390, "height": 844}, "is_mobile": True, "has_touch": True, "device_scale_factor": 3}


def words(lang: str):
    loc, problems = locales.load(lang)
    assert problems == []
    return loc


def repeated_run(text: str, n: int = 7) -> str | None:
    """The first run of n words that stands twice in the text, or None."""
    tokens = re.findall(r"\w+|¶", text.casefold())
    seen = set()
    for i in range(len(tokens) - n + 1):
        run = " ".join(tokens[i : i + n])
        if run in seen:
            return run
        seen.add(run)
    return None


@pytest.mark.parametrize("lang", LANGS)
def test_on_a_phone_each_line_of_the_key_says_each_thing_once(browser, published_server, lang):
    """The Kazakh key's line for the paragraph number said twice over that ¶ in "Results ¶ 12" means a
    paragraph (a merge kept two wordings of one sentence): a reader on a phone read it twice and looked for
    the difference."""
    with browser_page(browser, published_server, **PHONE) as page:
        page.goto(f"{published_server}/{LANGS[lang]}about/#how-to-read")
        lines = page.locator("#how-to-read ~ ul").first.locator(":scope > li").all_inner_texts()
        assert len(lines) >= 8
        for line in lines:
            assert repeated_run(line.replace("\xa0", " ")) is None, line
