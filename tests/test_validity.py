"""Every page of the built edition, in every language, passes the Nu HTML Checker with zero errors and declares
its language.

The checker is vnu.jar from the npm registry's `vnu-jar` (pinned in package.json, installed by `npm ci`), run
with Java once for all pages. A small invalid page rides along in the same run: the checker must flag it,
so a checker that silently checks nothing cannot pass.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from bs4 import BeautifulSoup

from conftest import ROOT

pytestmark = pytest.mark.site

VNU = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
LANGS = ("", "ru/", "en/")  # the language roots: Kazakh at /, then /ru/ and /en/
CANARY = '<!doctype html><html lang="en"><title>canary</title><p><sup aria-label="x">1</sup></p></html>\n'


def expected_pages(site: Path) -> set[str]:
    """Every page the edition must have: each docs/ page in each language, and the 404 page."""
    names = {p.name.split(".")[0] for p in (ROOT / "docs").glob("*.md")}
    pages = {f"{lang}{'' if name == 'index' else name + '/'}index.html" for lang in LANGS for name in names}
    return pages | {"404.html"}


def run_vnu(files: list[Path]) -> list[dict]:
    java = shutil.which("java")
    if java is None:
        pytest.fail("the HTML check needs Java (apt-get install default-jre-headless)")
    if not VNU.is_file():
        pytest.fail(f"{VNU.relative_to(ROOT)} is missing: run `npm ci --ignore-scripts` in {ROOT}")
    result = subprocess.run(
        [java, "-jar", str(VNU), "--errors-only", "--format", "json", *map(str, files)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    try:
        return json.loads(result.stderr)["messages"]  # vnu writes its JSON report to stderr
    except (ValueError, KeyError):
        pytest.fail(f"vnu.jar gave no JSON report (exit {result.returncode}):\n{result.stderr[-2000:]}")


def located(message: dict, site: Path) -> str:
    path = Path(unquote(urlsplit(message.get("url", "")).path))
    shown = path.relative_to(site).as_posix() if path.is_relative_to(site) else str(path)
    extract = " ".join(message.get("extract", "").split())
    return (
        f"{shown}:{message.get('lastLine', 0)}:{message.get('firstColumn', message.get('lastColumn', 0))}: "
        f"{message.get('message', '')}" + (f"\n    {extract}" if extract else "")
    )


def test_every_page_is_valid_html(real_site, tmp_path):
    pages = sorted(real_site.rglob("*.html"))
    found = {p.relative_to(real_site).as_posix() for p in pages}
    assert expected_pages(real_site) <= found, f"pages missing from the build: {expected_pages(real_site) - found}"
    canary = tmp_path / "canary.html"
    canary.write_text(CANARY, encoding="utf-8")

    messages = run_vnu(pages + [canary])

    from_canary = [m for m in messages if m.get("url", "").endswith("/canary.html")]
    assert from_canary, "vnu.jar did not flag the invalid canary page: the checker is not checking"
    errors = [m for m in messages if m not in from_canary]
    if errors:
        pytest.fail(f"{len(errors)} HTML error(s):\n" + "\n".join(located(m, real_site) for m in errors), pytrace=False)


def test_every_page_declares_its_language(real_site):
    """<html lang> is the language of the page's root (Kazakh at /); the one 404 page serves every language
    and says so in each, each part marked with its own lang."""
    roots = {"ru/": "ru", "en/": "en"}
    for name in sorted(expected_pages(real_site)):
        doc = BeautifulSoup((real_site / name).read_text(encoding="utf-8"), "html.parser")
        lang = doc.html.get("lang")
        if name == "404.html":
            assert lang == "kk", f"{name}: <html lang={lang!r}> (the site's default language)"
            assert {p.get("lang") for p in doc.select("article p[lang]")} == {"kk", "ru", "en"}, name
        else:
            expected = next((code for root, code in roots.items() if name.startswith(root)), "kk")
            assert lang == expected, f"{name}: <html lang={lang!r}>, expected {expected!r}"


def test_the_footers_credit_is_in_the_pages_language_and_materials_name_is_marked_english(real_site):
    words = {}
    for root in LANGS:
        doc = BeautifulSoup((real_site / root / "index.html").read_text(encoding="utf-8"), "html.parser")
        name = doc.select_one(".md-copyright a[lang]")
        assert name is not None and name["lang"] == "en" and name.get_text(strip=True) == "Material for MkDocs"
        name.extract()
        words[doc.html["lang"]] = doc.select_one(".md-copyright").get_text(" ", strip=True)
    assert words["en"] == "Made with" and words["ru"] == "Сделано с помощью" and "жасалған" in words["kk"], words
