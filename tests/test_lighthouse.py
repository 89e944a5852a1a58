"""Lighthouse 12 (from package-lock.json, in Debian's Chromium) on the published site: accessibility, best
practices and SEO score 100 on every page type of the Kazakh edition and on the 404 page (the Russian and
English editions: test_lighthouse_translations.py, two files so that `make test`'s workers share the audits;
pytest-xdist gives each worker whole files). These audits are deterministic; the performance score depends on
the machine and is measured by `make bench` (scripts/lighthouse_bench.py) on every page type in every language.
What the files run and assert is conftest's (lighthouse_tests)."""

from __future__ import annotations

import pytest

from conftest import lighthouse_pages, lighthouse_tests

pytestmark = pytest.mark.browser
PAGES = lighthouse_pages("kk")


lighthouse, test_accessibility_best_practices_and_seo_score_100 = lighthouse_tests(PAGES)
