"""mkdocs.yml as the edition needs it. Without its `hooks:` MkDocs builds the pages as written, marks and
citations published raw ({#results-1}, [@key, 13]); a nav entry with a title
(`- Results: results.md`) would stand in every language with that one title (each page's title is its '# '
heading); a group of pages (`- Мақала: [index.md, ...]`) needs its title in every language (static-i18n's
`nav_translations`); a page outside the nav is published as an orphan no reader reaches. Each is refused here, located.
(mkdocs.yml is code: MkDocs' loader runs its `!!python/...` tags. Read here as a node tree, never run.)"""

from __future__ import annotations

import re

import yaml

from ..inputs import duplicate_keys, read_text, reused_node
from ..siteconfig import _get, compose

I18N_MISSING = "plugins: the i18n plugin (mkdocs-static-i18n) is not listed"
NAV_TWICE = "names a page the nav has named before"
# Markdown extensions that rewrite the text as it is published
REWRITES = {
    "smarty": "turns '...', '--' and straight quotes into other characters",
    "markdown.extensions.smarty": "turns '...', '--' and straight quotes into other characters",
    "pymdownx.smartsymbols": "turns '(c)', '-->', '1/2' and the like into symbols",
    "nl2br": "makes every wrapped line a line break",
    "markdown.extensions.nl2br": "makes every wrapped line a line break",
    # '--8<-- "file"' puts another file's text into a page, where no check of the pages reads it
    "pymdownx.snippets": "puts other files' text into a page ('--8<--'), unchecked",
}
# Markdown extensions the pages are written for: without one, what it reads is published as typed
NEEDED = {
    "attr_list": "a heading's '{: #how-to-read }' would be published as typed, and the links to it lead nowhere",
    "md_in_html": "the Markdown inside the edition's <details> would be published as typed",
    "tables": "the pages' tables would be published as lines of '|'",
    "toc": "the headings would have no addresses to link to",
}
HOOKS = ("hooks.py", "site_fixes.py")  # the edition engine's adapter, and the fixes to what MkDocs writes


def check(g) -> None:
    project = g.project
    text, _ = read_text(project.root / project.config, project.config, missing_ok=True)
    if text is None:
        return  # a project without a site (the engine alone)
    try:
        node = compose(text)
    except yaml.YAMLError:
        return  # reported by siteconfig.check_nav
    if not isinstance(node, yaml.MappingNode) or reused_node(node) is not None or duplicate_keys(node, ""):
        return  # an alias, or a key given twice: reported by siteconfig.check_nav

    def add(at, message):
        line, col = (at.start_mark.line + 1, at.start_mark.column + 1) if at is not None else (1, 1)
        g.diagnostics.add("config", project.config, line, col, message)

    hooks = _get(node, "hooks")
    listed = [h.value for h in getattr(hooks, "value", []) if isinstance(h, yaml.ScalarNode)]
    missing = [name for name in HOOKS if not any(h.replace("\\", "/").rsplit("/", 1)[-1] == name for h in listed)]
    if missing:
        add(
            hooks,
            f"hooks: {' and '.join('scripts/' + m for m in missing)} not listed: without the edition's hooks the site"
            " would be published with its marks and citations as typed ({#results-1}, [@key, 13]); restore"
            " 'hooks:' with '- scripts/hooks.py' and '- scripts/site_fixes.py'",
        )
    plugins = _get(node, "plugins")
    if not any(_get(p, "i18n") is not None for p in getattr(plugins, "value", []) if isinstance(p, yaml.MappingNode)):
        add(
            plugins,
            f"{I18N_MISSING}: without it MkDocs cannot build the site's languages (each page's translations, the"
            " language menu); restore '- i18n:' and its 'languages:' under 'plugins:'",
        )
    extra = _get(node, "extra")
    analytics = _get(extra, "analytics") if isinstance(extra, yaml.MappingNode) else None
    if analytics is not None:  # Material's script loads the provider's from its site on every page, unseen in the HTML
        add(
            analytics,
            "extra: analytics would load the provider's script (www.googletagmanager.com) on every page: the site"
            " makes no third-party requests; delete 'analytics:' and what it holds",
        )
    listed = {
        (e.value if isinstance(e, yaml.ScalarNode) else e.value[0][0].value)
        for e in getattr(_get(node, "markdown_extensions"), "value", [])
        if isinstance(e, yaml.ScalarNode) or (isinstance(e, yaml.MappingNode) and e.value)
    }
    for name, why in NEEDED.items():
        if name not in listed and f"markdown.extensions.{name}" not in listed:
            add(
                _get(node, "markdown_extensions"),
                f"markdown_extensions: '{name}' is not listed: {why}; restore '- {name}'",
            )
    toc = next(
        (e.value[0][1] for e in getattr(_get(node, "markdown_extensions"), "value", []) if _named(e, "toc")), None
    )
    if isinstance(toc, yaml.MappingNode) and _get(toc, "slugify") is None:  # the default drops Cyrillic letters
        add(
            toc,
            "markdown_extensions: toc has no 'slugify': its default keeps only Latin letters, so a Kazakh or Russian"
            " heading's address would be '#_1': restore 'slugify: !!python/object/apply:pymdownx.slugs.slugify'"
            " (with 'kwds: {case: lower}')",
        )
    for ext in getattr(_get(node, "markdown_extensions"), "value", []):
        name = (
            ext if isinstance(ext, yaml.ScalarNode) else ext.value[0][0] if isinstance(ext, yaml.MappingNode) else None
        )
        if isinstance(name, yaml.ScalarNode) and name.value in REWRITES:
            add(
                name,
                f"markdown_extensions: '{name.value}' {REWRITES[name.value]}, so the site would not publish the text"
                " as written (the Kazakh text is the source's, word for word): delete it",
            )
    others = [lang for lang in _languages(node)[1:] if isinstance(lang, yaml.MappingNode)]
    named = any(_get(lang, "site_name") is not None for lang in others)  # the languages name the site in their own
    for lang in others if named else []:  # ... then one without would bear the default language's name
        if _get(lang, "site_name") is None:
            add(
                lang,
                f"plugins: i18n: language '{getattr(_get(lang, 'locale'), 'value', '?')}' has no site_name: its"
                " pages would bear the site's name in the default language: add 'site_name: ...' in that language",
            )
    for key, value in _site_names(node):  # the theme writes them as text into <title>, as HTML elsewhere
        if _TAG.search(value.value):
            add(value, f"{key}: '{value.value}' holds HTML, which the page's title shows as typed: write words only")
        elif not value.value.strip():  # every page's title would end in ' — ', the header bear no name
            add(value, f"{key} is empty: every page's title and header would lack the site's name: write it")
    copyright = _get(node, "copyright")
    if isinstance(copyright, yaml.ScalarNode) and _ACTIVE.search(copyright.value):
        add(
            copyright,
            "copyright: the theme puts it in every page's footer as HTML, and this would run a script or load a"
            ' file: write text (a link, <a href="...">, is fine)',
        )
    repo = _get(node, "repo_url")
    if repo is not None:  # Material's script asks the host's API for the repository's stars on every page
        add(
            repo,
            "repo_url: the theme's script would ask the repository's host (api.github.com) for its stars and forks"
            " on every page: the site makes no third-party requests; delete 'repo_url:' (link the repository from"
            " a page's text instead)",
        )
    nav = _get(node, "nav")
    if nav is None:
        return
    if not isinstance(nav, yaml.SequenceNode):
        add(nav, "nav must be a list of pages ('- results.md'), in reading order")
        return
    for page in g.inputs.pages:  # static-i18n and the edition write the 404 page of each language themselves
        if page.name == "404" and page.lang == project.languages[0]:
            g.diagnostics.add(
                "config",
                page.path,
                1,
                1,
                f"{page.path}: the site's page for an address that leads nowhere is the edition's own, in each"
                " language (its text is in scripts/edition/locales/), and would replace this page silently: give"
                " the page another name",
            )
    named: set = set()
    _nav_entries(nav.value, named, add, _translated(node, project.languages[1:]), top=True)
    for page in sorted((p for p in g.inputs.pages if p.lang == project.languages[0]), key=lambda p: p.path):
        file = f"{page.name}.md"  # as the nav names it (a page read from results.kk.md is said there)
        if file not in named and "://" not in file:
            g.diagnostics.add(
                "config",
                f"{project.docs}/{file}",
                1,
                1,
                f"page {project.docs}/{file} is not in mkdocs.yml's nav, so no reader would reach it: add"
                f" '- {file}' to the nav at its place in the reading order, or delete the page in every language",
            )


def _named(ext, name: str) -> bool:
    return isinstance(ext, yaml.MappingNode) and len(ext.value) == 1 and ext.value[0][0].value == name


_TAG = re.compile(r"</?[A-Za-z][^<>]*>")
_ACTIVE = re.compile(r"<\s*(?:script|iframe|frame|object|embed|img|link|style)\b|\son\w+\s*=|javascript:", re.I)


def _languages(node) -> list:
    """The i18n plugin's `languages` entries, in order."""
    for plugin in getattr(_get(node, "plugins"), "value", []):
        i18n = _get(plugin, "i18n") if isinstance(plugin, yaml.MappingNode) else None
        if i18n is not None:
            return list(getattr(_get(i18n, "languages"), "value", []))
    return []


def _site_names(node):
    """('site_name', node) and each language's (the i18n plugin's `site_name`)."""
    name = _get(node, "site_name")
    if isinstance(name, yaml.ScalarNode):
        yield "site_name", name
    for plugin in getattr(_get(node, "plugins"), "value", []):
        i18n = _get(plugin, "i18n") if isinstance(plugin, yaml.MappingNode) else None
        for lang in getattr(_get(i18n, "languages") if i18n is not None else None, "value", []):
            own = _get(lang, "site_name") if isinstance(lang, yaml.MappingNode) else None
            if isinstance(own, yaml.ScalarNode):
                yield "site_name", own


def _translated(node, others) -> dict:
    """language -> the nav titles static-i18n translates for it (`nav_translations` of its `languages` entry)."""
    found: dict = {lang: set() for lang in others}
    for plugin in getattr(_get(node, "plugins"), "value", []):
        i18n = _get(plugin, "i18n") if isinstance(plugin, yaml.MappingNode) else None
        for lang in getattr(_get(i18n, "languages") if i18n is not None else None, "value", []):
            locale = _get(lang, "locale") if isinstance(lang, yaml.MappingNode) else None
            titles = _get(lang, "nav_translations") if locale is not None else None
            if isinstance(locale, yaml.ScalarNode) and isinstance(titles, yaml.MappingNode):
                found.setdefault(locale.value, set()).update(k.value for k, _ in titles.value)
    return found


def _nav_entries(entries, named: set, add, translated: dict, top: bool) -> None:
    """Pages as `- results.md`; at the top level, groups of them (`- Мақала: [...]`) titled in every language."""
    for entry in entries:
        if isinstance(entry, yaml.ScalarNode):
            if entry.value in named:
                add(
                    entry, f"nav entry '- {entry.value}' {NAV_TWICE}: keep one entry, at its place in the reading order"
                )
            named.add(entry.value)
            continue
        first = entry.value[0] if isinstance(entry, yaml.MappingNode) and len(entry.value) == 1 else None
        if first and isinstance(first[1], yaml.ScalarNode) and first[1].value.endswith(".md"):
            target = first[1].value
            named.add(target)
            add(
                entry,
                f"nav entry '{first[0].value}: {target}' has a title: write '- {target}' (each language's title comes"
                " from the page's '# ' heading)",
            )
        elif first and top and isinstance(first[1], yaml.SequenceNode):
            title = first[0].value
            missing = [lang for lang, titles in translated.items() if title not in titles]
            if missing:
                add(
                    first[0],
                    f"nav group '{title}' has no title in {', '.join(missing)}: add '{title}: ...' to nav_translations"
                    f" of {', '.join(missing)} in the i18n plugin's languages",
                )
            _nav_entries(first[1].value, named, add, translated, top=False)
        else:
            add(
                entry,
                "nav entry: the edition's nav lists pages ('- results.md'), or groups of them at its top level"
                " ('- Мақала:' and its pages below it)",
            )
