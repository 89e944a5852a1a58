"""Lighthouse on the Russian and English editions: the abstract and a section page, the two page types whose
language-specific parts differ most from the Kazakh's (the translation's notice, the parallel view with the
Kazakh original beside each paragraph, the link texts of the language). The other page types share their
templates and generated markup with the Kazakh pages, which test_lighthouse.py audits all; in every language
every page type is still checked by axe, the engine of Lighthouse's accessibility audits (test_accessibility.py:
no serious or critical violation), and for its metadata (test_metadata.py: title, description, canonical,
hreflang). Auditing the 14 other pages
too took ~150 s of the 2-core machine's time, against `make test`'s five minutes."""

from __future__ import annotations

import pytest

from conftest import lighthouse_pages, lighthouse_tests

pytestmark = pytest.mark.browser
KINDS = ("abstract", "section")
PAGES = {f"{lang}-{kind}": path for lang in ("ru", "en") for kind, path in lighthouse_pages(lang, KINDS).items()}


lighthouse, test_accessibility_best_practices_and_seo_score_100 = lighthouse_tests(PAGES)
