"""mkdocs.yml as the edition needs it. Without its `hooks:` MkDocs builds the pages as written, marks and
citations published raw ({#results-1}, [@key, 13]); a nav entry with a title (`- Results: results.md`) or a
section is left out of the reading order and so of the whole-article page, and its title would stand in every
language; a page outside the nav is published as an orphan no reader reaches. Each is refused here, located.
(mkdocs.yml is code: MkDocs' loader runs its `!!python/...` tags. Read here as a node tree, never run.)"""

from __future__ import annotations

import yaml

from ..inputs import read_text, reused_node
from ..siteconfig import _get, compose

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
    if not isinstance(node, yaml.MappingNode) or reused_node(node) is not None:
        return

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
    nav = _get(node, "nav")
    if nav is None:
        return
    if not isinstance(nav, yaml.SequenceNode):
        add(nav, "nav must be a list of pages ('- results.md'), in reading order")
        return
    named = set()
    for entry in nav.value:
        if isinstance(entry, yaml.ScalarNode):
            named.add(entry.value)
            continue
        first = entry.value[0] if isinstance(entry, yaml.MappingNode) and entry.value else None
        target = first[1].value if first and isinstance(first[1], yaml.ScalarNode) else None
        if target and target.endswith(".md"):
            named.add(target)
            add(
                entry,
                f"nav entry '{first[0].value}: {target}' has a title: write '- {target}' (each language's title comes"
                " from the page's '# ' heading, and a titled entry would be left out of the whole-article page)",
            )
        else:
            add(entry, "nav entry: the edition's nav is a flat list of pages ('- results.md'), without sections")
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
