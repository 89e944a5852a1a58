"""Lighthouse on the Russian edition's page types: see test_lighthouse.py."""

from __future__ import annotations

import pytest

from conftest import assert_lighthouse_100, lighthouse_pages, run_lighthouse

pytestmark = pytest.mark.browser
PAGES = lighthouse_pages("ru")


@pytest.fixture(scope="module")
def lighthouse(published_server, chromium_path):
    return run_lighthouse(published_server, chromium_path, PAGES.values())


@pytest.mark.parametrize("kind", PAGES)
def test_accessibility_best_practices_and_seo_score_100(lighthouse, published_server, kind):
    assert_lighthouse_100(lighthouse, published_server, PAGES[kind])
