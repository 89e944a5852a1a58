"""Lighthouse 12 (from package-lock.json, in Debian's Chromium) on the published site: accessibility, best
practices and SEO score 100 on every page type of the Kazakh edition and on the 404 page (the Russian and
English editions: test_lighthouse_translations.py, two files so that `make test`'s workers share the audits;
pytest-xdist gives each worker whole files). These audits are deterministic; the performance score depends on
the machine and is measured by `make bench` (scripts/lighthouse_bench.py) on every page type in every language.
What the files run and assert is conftest's (run_lighthouse, assert_lighthouse_100)."""

from __future__ import annotations

import pytest

from conftest import assert_lighthouse_100, lighthouse_pages, run_lighthouse

pytestmark = pytest.mark.browser
PAGES = lighthouse_pages("kk")


@pytest.fixture(scope="module")
def lighthouse(published_server, chromium_path):
    return run_lighthouse(published_server, chromium_path, PAGES.values())


@pytest.mark.parametrize("kind", PAGES)
def test_accessibility_best_practices_and_seo_score_100(lighthouse, published_server, kind):
    assert_lighthouse_100(lighthouse, published_server, PAGES[kind])
