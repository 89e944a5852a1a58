"""MkDocs adapter: the only file that knows MkDocs. It dispatches to the `edition` package.

- on_config (outer build only): resolve the whole edition, every language, before anything is written;
  any error aborts the build with all problems listed together.
- on_page_markdown: hand MkDocs the resolved Markdown of the page in its own language.
- on_post_build (outer build only, after static-i18n has built every language): one search index per
  language, in plain UTF-8.
"""
from __future__ import annotations

import importlib
import logging
import os
import sys
from pathlib import Path

from mkdocs.exceptions import Abort
from mkdocs.plugins import event_priority

_HERE = str(Path(__file__).resolve().parent)  # the engine package `edition` lives beside this file
log = logging.getLogger("mkdocs.edition")
_state: dict = {}


def _i18n(config):
    return config.plugins.get("i18n")


def _nested(config) -> bool:
    """static-i18n builds the other languages from inside the first build's on_post_build."""
    return bool(getattr(_i18n(config), "building", False))


def _languages(config) -> tuple[str, ...]:
    langs = _i18n(config).config.languages
    default = [lang.locale for lang in langs if lang.default]
    return tuple(default + [lang.locale for lang in langs if not lang.default])


def _engine():
    """(Re)import the engine: `mkdocs serve` keeps modules loaded, and edits to the engine must show
    on live reload."""
    if _HERE not in sys.path:
        sys.path.insert(0, _HERE)
    for name in [n for n in sys.modules if n == "edition" or n.startswith("edition.")]:
        del sys.modules[name]
    importlib.invalidate_caches()
    return importlib.import_module("edition.edition"), importlib.import_module("edition.problems")


def _resolving() -> bool:
    """EDITION_RESOLVE=0 turns citation resolution off (for `make bench`'s baseline of pre-resolved Markdown)."""
    return os.environ.get("EDITION_RESOLVE", "1") != "0"


def on_config(config):
    _state["languages"] = _languages(config)
    if _nested(config) or not _resolving():
        return config
    engine, problems = _engine()
    root = Path(config.config_file_path).resolve().parent
    result = engine.build(engine.Project(root=root, languages=_languages(config), reading_order=_reading_order(config),
                                         site_url=config.site_url or None))
    for problem in result.problems:
        if problem.severity != "error":
            log.info(str(problem))  # warnings belong to `make check`; --strict must not fail on them
    if not result.ok:
        raise Abort("The edition has problems; nothing was built:\n" + problems.report(result.problems))
    _state["result"] = result
    return config


def _reading_order(config) -> tuple[str, ...]:
    """Page names in nav order (the nav lists the Kazakh files: `introduction.md`)."""
    return tuple(item[:-3] for item in (config.nav or []) if isinstance(item, str) and item.endswith(".md"))


def _page_key(page) -> tuple[str, str]:
    """(language, page name) of an MkDocs page: 'results.ru.md' -> ('ru', 'results')."""
    languages = _state["languages"]
    lang = getattr(page.file, "locale", None) or languages[0]
    stem = page.file.src_uri[:-3]
    head, _, suffix = stem.rpartition(".")
    if head and suffix in languages:
        stem = head
    return lang, stem


def on_page_markdown(markdown, page, config, files):
    if not _resolving():
        return markdown
    lang, stem = _page_key(page)
    try:
        return _state["result"].pages[(lang, stem)]
    except KeyError:
        raise Abort(f"{page.file.src_uri}: the edition has no '{lang}' text for page '{stem}'")


# Material gives its two hidden checkbox toggles autocomplete="off" (so that Firefox does not restore them open
# after a reload, mkdocs-material#1513), which HTML allows only on text-like inputs. The tags sit outside every
# template block, so the edition removes the attribute from exactly these two tags in the written page.
_TOGGLES = tuple((f'<input class="md-toggle" data-md-toggle="{t}" type="checkbox" id="__{t}" autocomplete="off">',
                  f'<input class="md-toggle" data-md-toggle="{t}" type="checkbox" id="__{t}">')
                 for t in ("drawer", "search"))


def _valid_toggles(output: str) -> str:
    for material, valid in _TOGGLES:
        output = output.replace(material, valid)
    return output


def on_post_page(output, page, config):
    return _valid_toggles(output)


def on_post_template(output_content, template_name, config):
    if not template_name.endswith(".html"):
        return output_content
    output_content = _valid_toggles(output_content)
    if template_name == "404.html" and not _nested(config):
        _state["404"] = output_content  # the default language's; each language build rewrites the one 404.html
    return output_content


def on_page_context(context, page, config, nav):
    """Citation metadata for indexers and reference managers in every page's <head> (overrides/main.html)."""
    result = _state.get("result") if _resolving() else None
    if result is None or result.article is None:
        return context
    lang, _ = _page_key(page)
    root = config.site_url or ""
    prefix = "" if lang == _state["languages"][0] else f"{lang}/"
    context["edition_head"] = importlib.import_module("edition.article").head(
        result.article, lang, result.locales[lang], page.canonical_url or page.url, f"{root}{prefix}",
        result.references.get(lang, []))
    return context


@event_priority(-200)  # after static-i18n has written its combined index
def on_post_build(config):
    if _nested(config):
        return
    if _HERE not in sys.path:
        sys.path.insert(0, _HERE)
    if "404" in _state:  # the site's one 404 page speaks the default language, like the site's root
        (Path(config.site_dir) / "404.html").write_text(_state.pop("404"), encoding="utf-8")
    result = _state.get("result") if _resolving() else None
    if result is not None and result.article is not None:  # the citation downloads, at the site root
        for path, content in importlib.import_module("edition.article").download_files(
                result.article, _state["languages"]).items():
            target = Path(config.site_dir) / path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(content, encoding="utf-8", newline="")
    importlib.import_module("edition.searchindex").split_site_index(Path(config.site_dir), _state["languages"])
