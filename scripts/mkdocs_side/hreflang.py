"""Absolute hreflang alternates with x-default in every page's <head> (overrides/main.html puts them there,
instead of Material's relative ones): search engines and Lighthouse want absolute URLs. static-i18n knows each
page's translations (File.alternates). They need the site's address; without one the page stays as Material
makes it. The 404 page answers for any missing address: it is no translation of anything, so it gets none."""

from __future__ import annotations

from urllib.parse import urljoin

from . import i18n


def links(site_url: str, alternates: dict, default: str | None) -> list[tuple[str, str]]:
    """[(hreflang, absolute URL)] for {locale: File}, in the given order, then x-default."""
    found = [(locale, urljoin(site_url, file.url)) for locale, file in alternates.items()]
    by_locale = dict(found)
    if default in by_locale:
        found.append(("x-default", by_locale[default]))
    return found


def of_page(page, config) -> list[tuple[str, str]] | None:
    alternates = getattr(page.file, "alternates", None)
    if not config.site_url or not alternates:
        return None
    order = i18n.languages(config)
    ordered = {locale: alternates[locale] for locale in order if locale in alternates}
    return links(config.site_url, ordered, order[0])
