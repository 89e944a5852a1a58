"""The second MkDocs hook file: fixes to what MkDocs, Material and static-i18n write, each in its own module
(mkdocs_side/). It knows nothing of the edition's text, so a site built without the engine uses it too."""

from __future__ import annotations

import sys
from pathlib import Path

from mkdocs.plugins import event_priority

sys.path.insert(0, str(Path(__file__).resolve().parent))

from mkdocs_side import (  # noqa: E402
    checkbox_autocomplete,
    default_404,
    hreflang,
    i18n,
    minify,
    robots,
    search_per_language,
    section_labels,
    template_cache,
    theme_files,
)

theme_files.install()  # before the first build lists the theme's files


def on_env(env, config, files):
    return template_cache.share(env)


def on_page_context(context, page, config, nav):
    alternates = hreflang.of_page(page, config)
    if alternates is not None:
        context["edition_hreflang"] = alternates
    return context


def on_template_context(context, template_name, config):
    if template_name == "404.html" and config.site_url:
        context["edition_hreflang"] = []  # the 404 page is no translation of anything
    return context


def on_post_page(output, page, config):
    return section_labels.fix(checkbox_autocomplete.remove(output))


def on_post_template(output_content, template_name, config):
    if not template_name.endswith(".html"):
        return output_content
    output = section_labels.fix(checkbox_autocomplete.remove(output_content))
    if template_name == "404.html":
        default_404.keep(output, i18n.building_language(config) if i18n.nested(config) else None)
    return output


@event_priority(-200)  # after static-i18n has built every language and written its combined search index
def on_post_build(config):
    if i18n.nested(config):
        return
    default_404.write(config.site_dir)
    robots.write(config.site_dir, config.site_url)
    minify.shipped(config.site_dir)
    search_per_language.split_site_index(Path(config.site_dir), i18n.languages(config))
