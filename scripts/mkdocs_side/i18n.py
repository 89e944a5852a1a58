"""What static-i18n tells about the build: its languages and whether this is one of its nested builds."""

from __future__ import annotations


def plugin(config):
    return config.plugins.get("i18n")


def nested(config) -> bool:
    """static-i18n builds the other languages from inside the first build's on_post_build."""
    return bool(getattr(plugin(config), "building", False))


def languages(config) -> tuple[str, ...]:
    """Language codes, the default (built at the site root) first."""
    langs = plugin(config).config.languages
    default = [lang.locale for lang in langs if lang.default]
    return tuple(default + [lang.locale for lang in langs if not lang.default])


def page_language(page, languages: tuple[str, ...]) -> str:
    return getattr(page.file, "locale", None) or languages[0]


def building_language(config) -> str | None:
    """The language static-i18n is building now (set before its nested build of that language starts)."""
    return getattr(plugin(config), "current_language", None)


def site_names(config) -> dict:
    """Language code -> the site's name in it (static-i18n's `site_name`, else mkdocs.yml's)."""
    return {lang.locale: lang.site_name or config.site_name for lang in plugin(config).config.languages}
