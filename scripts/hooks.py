"""The MkDocs adapter of the edition engine: the only place where MkDocs meets `edition`, which it dispatches to.

- on_config (outer build only): resolve the whole edition, every language, before anything is written;
  any error aborts the build with all problems listed together.
- on_page_markdown: hand MkDocs the resolved Markdown of the page in its own language.
- on_page_content: the heading's ¶ link titled in the page's language; no-break spaces where a line must not
  break (edition/typography.py: В. И. Ленин, 1918 г.), in the text only, never in the sources.
- on_page_context: the citation metadata of the page's <head>, its PDF button and, on the whole-article page,
  the line over its title that says what the page is (overrides/main.html).
- on_post_build (outer build only): the citation downloads, and the PDF of each language when EDITION_PDF=1
  (`make build`, `make publish`: scripts/build_site.py); elsewhere each page says the PDF is made by `make build`.
In the preview (`mkdocs serve`, told by on_startup), problems do not abort: the pages are built from what
resolves, and on_post_page shows every problem in a banner on every page (mkdocs_side/preview.py).
What MkDocs, Material and static-i18n write is fixed by the second hook file, site_fixes.py.
"""

from __future__ import annotations

import importlib
import logging
import os
import re
import sys
from pathlib import Path

from markupsafe import escape
from mkdocs.exceptions import Abort
from mkdocs.plugins import event_priority

sys.path.insert(0, str(Path(__file__).resolve().parent))

from mkdocs_side import citation_downloads, i18n, pdf_link, preview  # noqa: E402
from mkdocs_side.engine_loader import fresh_engine  # noqa: E402
from project import reading_order  # noqa: E402

log = logging.getLogger("mkdocs.edition")
_state: dict = {}  # MkDocs loads a hook once per process: this outlives the preview's rebuilds


def on_startup(command, dirty):
    _state["preview"] = command == "serve"
    # a run that stops before on_config must not report the last run's (make check in-process)
    _state.pop("result", None)


def on_config(config):
    if i18n.nested(config):  # static-i18n's build of another language
        _describe(config, i18n.building_language(config))
        return config
    engine, languages = fresh_engine(), i18n.languages(config)
    project = _project(engine, config, languages)
    _state["typography"] = None
    try:
        result = engine.build(project)
        typography = importlib.import_module("edition.typography")
        _state["typography"] = typography, typography.load()
    except Exception as e:  # noqa: BLE001  (the preview must show it and keep serving; a build must stop)
        if not _state.get("preview"):
            raise
        result = engine.Result(problems=[_failure(engine, project, e)])
    for problem in result.problems:
        if problem.severity != "error":
            log.info(str(problem))  # warnings belong to `make check`; --strict must not fail on them
    _state.update(engine=engine, languages=languages, result=result, project=project)
    _refuse_or_show(engine, result)
    _describe(config, languages[0])
    return config


def _project(engine, config, languages):
    return engine.Project(
        root=Path(config.config_file_path).resolve().parent,
        languages=languages,
        reading_order=reading_order(config.nav),
        site_url=config.site_url or None,
        config=Path(config.config_file_path).name,
        site_names=i18n.site_names(config),
    )


def _failure(engine, project, e: Exception):
    """The preview's one problem when the engine itself fails: shown on every page; the next save rebuilds."""
    message = f"the edition's engine failed ({type(e).__name__}: {e}): undo your last change, or run `make check`"
    return engine.Problem(project.config, 0, 0, message)


def _describe(config, lang: str) -> None:
    """Every page's meta description: the authors' abstract in the build's language (the record's), escaped:
    Material writes config.site_description into an attribute as it is. Without the article, mkdocs.yml's stays."""
    result = _state.get("result")
    if result is not None and lang in result.records:
        config.site_description = escape(result.records[lang].description)


def _refuse_or_show(engine, result) -> None:
    """A build with problems is refused; the preview shows them on every page instead and keeps serving."""
    if not _state.get("preview"):
        if not result.ok:
            raise Abort("The edition has problems; nothing was built:\n" + engine.report(result.problems))
        return
    preview.never_abort_on_warnings()
    if not result.ok:
        log.error("The edition has problems (shown on every page):\n" + engine.report(result.problems))
    else:
        _state["good"] = result  # what a page that cannot be resolved later falls back to


def on_page_markdown(markdown, page, config, files):
    lang = i18n.page_language(page, _state["languages"])
    name, _ = _state["engine"].inputs.page_of(page.file.src_uri, _state["languages"])
    for result in (_state["result"], _state.get("good")) if _state.get("preview") else (_state["result"],):
        if result is not None and (lang, name) in result.pages:
            return result.pages[(lang, name)]
    if _state.get("preview"):
        return markdown  # the preview shows the page as written rather than none
    raise Abort(f"{page.file.src_uri}: the edition has no '{lang}' text for page '{name}'")


def on_page_content(html, page, config, files):
    """The ¶ beside each heading titled in the page's language: the toc extension takes one title for all. Where
    the PDF is not made (the preview, a bare `mkdocs build`), its link says which command makes it."""
    result = _state.get("result")
    lang = i18n.page_language(page, _state["languages"])
    if result is None or lang not in result.locales:
        return html
    default = config.mdx_configs.get("toc", {}).get("permalink_title", "Permanent link")
    title = escape(result.locales[lang].permalink_title)
    pattern = f'(<a class="headerlink" href="[^"]*" title="){re.escape(default)}"'
    html = re.sub(pattern, lambda m: f'{m.group(1)}{title}"', html)
    if _state.get("typography"):
        typography, rules = _state["typography"]
        html = typography.html(html, lang, rules)
    return html if _making_pdf() else pdf_link.not_made(html, result.locales[lang])


def _making_pdf() -> bool:
    return os.environ.get("EDITION_PDF") == "1" and not _state.get("preview")


def on_post_page(output, page, config):
    """The preview's banner of problems (only while there are errors)."""
    result = _state.get("result")
    if not _state.get("preview") or result is None or result.ok:
        return output
    shown = f"{_state['project'].docs}/{page.file.src_uri}"
    here = [p for p in result.problems if p.path == shown]
    text, _ = _state["engine"].inputs.read_text(Path(page.file.abs_src_path), shown)
    errors = len([p for p in result.problems if p.severity == "error"])
    ordered = sorted(result.problems, key=lambda p: (p.severity != "error", p.path, p.line, p.col))
    return preview.show(output, ordered, errors, here, text or "")


def on_page_context(context, page, config, nav):
    """Citation metadata for indexers and reference managers in every page's <head>, the PDF button, and the
    whole-article page's line over its title."""
    result, languages = _state["result"], _state["languages"]
    lang = i18n.page_language(page, languages)
    if lang not in result.records:
        return context
    record = result.records[lang].for_page(page.canonical_url or page.url)
    loc = result.locales[lang]
    context["edition_head"] = _state["engine"].write.head.write(record, loc.og_locale)
    pdf = _state["engine"].write.pdf_name(lang, record.slug)
    context["edition_pdf"] = pdf_link.button(page, pdf, loc, not _making_pdf())
    context["edition_title_sep"] = loc.title_sep
    name, _ = _state["engine"].inputs.page_of(page.file.src_uri, languages)
    if (lang, name) in result.whole:  # its title is the abstract's: say at once which page this is
        context["edition_kicker"] = loc.whole_article_label
    return context


def on_template_context(context, template_name, config):
    """The 404 pages' words (overrides/404.html): the site's own 404 page says them in every language, each
    language's (written by static-i18n's build of that language: mkdocs_side/default_404.py) in its own."""
    result = _state.get("result")
    if template_name != "404.html" or result is None:
        return context
    languages = _state["languages"]
    own = i18n.building_language(config) if i18n.nested(config) else None
    context["edition_404"] = [(lang, result.locales[lang]) for lang in ([own] if own else languages)]
    context["edition_404_languages"] = [] if own else list(languages[1:])  # each with a 404 page of its own
    return context


@event_priority(-200)  # after static-i18n has built every language
def on_post_build(config):
    result, engine = _state["result"], _state["engine"]
    if i18n.nested(config) or not result.records:
        return
    citation_downloads.write(config.site_dir, engine.write.download_files(result.records))
    if _making_pdf():
        project = _state["project"]
        pdf = importlib.import_module("edition.pdf")
        pdf.make(config.site_dir, result.records, result.locales, project.link, config.site_url or "")
