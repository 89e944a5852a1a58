"""The MkDocs adapter of the edition engine: the only place where MkDocs meets `edition`, which it dispatches to.

- on_config (outer build only): resolve the whole edition, every language, before anything is written;
  any error aborts the build with all problems listed together.
- on_page_markdown: hand MkDocs the resolved Markdown of the page in its own language.
- on_page_context: the citation metadata of the page's <head> (overrides/main.html).
- on_post_build (outer build only): the citation downloads.
What MkDocs, Material and static-i18n write is fixed by the second hook file, site_fixes.py.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from mkdocs.exceptions import Abort
from mkdocs.plugins import event_priority

sys.path.insert(0, str(Path(__file__).resolve().parent))

from mkdocs_side import citation_downloads, i18n  # noqa: E402
from mkdocs_side.engine_loader import fresh_engine  # noqa: E402
from project import reading_order  # noqa: E402

log = logging.getLogger("mkdocs.edition")
_state: dict = {}


def on_config(config):
    if i18n.nested(config):
        return config
    engine, languages = fresh_engine(), i18n.languages(config)
    result = engine.build(
        engine.Project(
            root=Path(config.config_file_path).resolve().parent,
            languages=languages,
            reading_order=reading_order(config.nav),
            site_url=config.site_url or None,
        )
    )
    for problem in result.problems:
        if problem.severity != "error":
            log.info(str(problem))  # warnings belong to `make check`; --strict must not fail on them
    if not result.ok:
        raise Abort("The edition has problems; nothing was built:\n" + engine.report(result.problems))
    _state.update(engine=engine, languages=languages, result=result)
    return config


def on_page_markdown(markdown, page, config, files):
    lang = i18n.page_language(page, _state["languages"])
    name, _ = _state["engine"].inputs.page_of(page.file.src_uri, _state["languages"])
    try:
        return _state["result"].pages[(lang, name)]
    except KeyError:
        raise Abort(f"{page.file.src_uri}: the edition has no '{lang}' text for page '{name}'") from None


def on_page_context(context, page, config, nav):
    """Citation metadata for indexers and reference managers in every page's <head>."""
    result, languages = _state["result"], _state["languages"]
    if result.article is None:
        return context
    lang = i18n.page_language(page, languages)
    home = (config.site_url or "") + ("" if lang == languages[0] else f"{lang}/")
    context["edition_head"] = _state["engine"].article.head(
        result.article,
        lang,
        result.locales[lang],
        page.canonical_url or page.url,
        home,
        result.references.get(lang, []),
    )
    return context


@event_priority(-200)  # after static-i18n has built every language
def on_post_build(config):
    result = _state["result"]
    if i18n.nested(config) or result.article is None:
        return
    citation_downloads.write(
        config.site_dir, _state["engine"].article.download_files(result.article, _state["languages"])
    )
