"""MkDocs hook for what the published web site needs beside the edition itself (scripts/hooks.py):

- on_page_context: the page's hreflang alternates as absolute URLs, with x-default (the default language's
  page), for overrides/main.html to put in the <head> instead of Material's relative ones. Search engines
  and Lighthouse want absolute hreflang URLs; static-i18n knows each page's translations (File.alternates).
  The 404 page gets none (on_template_context).
- on_post_build: robots.txt at the site root, naming the sitemap.

Both need the site's address (site_url); without one they leave the page as Material makes it.
"""
from __future__ import annotations

from pathlib import Path
from urllib.parse import urljoin


def _i18n(config):
    return config.plugins.get("i18n")


def _default_locale(config) -> str | None:
    i18n = _i18n(config)
    if i18n is None:
        return None
    return next((lang.locale for lang in i18n.config.languages if lang.default), None)


def hreflang_links(site_url: str, alternates: dict, default: str | None) -> list[tuple[str, str]]:
    """[(hreflang, absolute URL)] for {locale: File}, in the given order, then x-default."""
    links = [(locale, urljoin(site_url, file.url)) for locale, file in alternates.items()]
    by_locale = dict(links)
    if default in by_locale:
        links.append(("x-default", by_locale[default]))
    return links


def on_page_context(context, page, config, nav):
    alternates = getattr(page.file, "alternates", None)
    if not config.site_url or not alternates:
        return context
    order = [lang.locale for lang in _i18n(config).config.languages]
    ordered = {locale: alternates[locale] for locale in order if locale in alternates}
    context["edition_hreflang"] = hreflang_links(config.site_url, ordered, _default_locale(config))
    return context


def on_template_context(context, template_name, config):
    """The 404 page answers for any missing address: it is no translation of anything, so no alternates."""
    if template_name == "404.html" and config.site_url:
        context["edition_hreflang"] = []
    return context


def on_post_build(config):
    i18n = _i18n(config)
    if getattr(i18n, "building", False) or not config.site_url:
        return  # static-i18n's inner build of another language, or no address to name
    text = f"User-agent: *\nAllow: /\n\nSitemap: {urljoin(config.site_url, 'sitemap.xml')}\n"
    Path(config.site_dir, "robots.txt").write_text(text, encoding="utf-8")
