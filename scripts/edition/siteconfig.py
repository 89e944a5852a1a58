"""mkdocs.yml as the edition sees it: every page its `nav` names exists. Read as a YAML node tree, without
constructing it (MkDocs' own tags such as !ENV need MkDocs), so that each entry keeps its line and column."""

from __future__ import annotations

import difflib
from pathlib import Path

import yaml

from .inputs import MAX_YAML, alias_problem, duplicate_keys, read_text, reused_node
from .problems import Problem
from .yaml_advice import malformed


def check_nav(root: Path, config: str, docs: str, problems: list, translations: tuple = ()) -> None:
    """`translations`: the language suffixes of translated pages; an entry whose page is missing but
    translated is reported by inputs.read_pages (the original is missing), not again here."""
    text, found = read_text(root / config, config, missing_ok=True)
    if text is None:
        return  # a project without a site configuration (the engine alone)
    problems += found
    try:
        node = compose(text)
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        at = (mark.line + 1, mark.column + 1) if mark else (0, 0)
        problems.append(Problem(config, *at, malformed(e)))
        return
    alias = reused_node(node)  # MkDocs would walk a nav of nested aliases forever
    if alias is not None:
        problems.append(alias_problem(config, alias))
        return
    twice = duplicate_keys(node, config)  # MkDocs' loader keeps the last, silently (a second 'nav:')
    if twice:
        problems += twice
        return
    nav = _get(node, "nav")
    docs_dir = _get(node, "docs_dir")
    folder = docs_dir.value if isinstance(docs_dir, yaml.ScalarNode) else docs
    pages = sorted(p.relative_to(root / folder).as_posix() for p in (root / folder).rglob("*.md"))
    for entry in _entries(nav):
        name = entry.value
        if "://" in name or (root / folder / name).is_file():
            continue
        if any((root / folder / f"{name.removesuffix('.md')}.{lang}.md").is_file() for lang in translations):
            continue
        close = difflib.get_close_matches(name, pages, n=1, cutoff=0.6)
        problems.append(
            Problem(
                config,
                entry.start_mark.line + 1,
                entry.start_mark.column + 1,
                f"nav entry '{name}': there is no page {folder}/{name}"
                + (f" (did you mean '{close[0]}'?)" if close else ": create it or remove the entry"),
            )
        )


def unsafe(config_file: Path, shown: str) -> Problem | None:
    """Why mkdocs.yml must not be handed to MkDocs' own loader, or None. MkDocs' loader expands every alias
    (a "billion laughs" of nine nested levels held it for minutes, before any hook of the edition ran) and
    runs `!!python/...` tags, so this reads only the parser's events, which construct nothing and take those
    tags as they are, in one pass: at most MAX_YAML characters, no alias. (`make check`, `make build`,
    `make publish` and the preview's every rebuild ask this first.)"""
    try:
        size = config_file.stat().st_size
    except OSError:
        return None  # MkDocs says that it cannot read the file
    if size > 4 * MAX_YAML:  # bytes: a UTF-8 character has at most four
        return Problem(shown, 1, 1, f"the file has {size:,} bytes: is it the right file? (mkdocs.yml has about 3 000)")
    text, _ = read_text(config_file, shown, missing_ok=True)
    if text is None:
        return None
    if len(text) > MAX_YAML:
        return Problem(
            shown, 1, 1, f"the file has {len(text):,} characters (at most {MAX_YAML:,}): is it the right file?"
        )
    try:
        for event in yaml.parse(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
            if isinstance(event, yaml.AliasEvent):
                return alias_problem(shown, event)
    except yaml.YAMLError:
        return None  # malformed: MkDocs' loader stops at once, and the check says where
    return None


def compose(text: str):
    """mkdocs.yml's node tree, by libyaml where PyYAML has it (fast); a mistake is said in PyYAML's own words,
    which name what was found ("expected the node content, but found '-'")."""
    try:
        return yaml.compose(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.YAMLError:
        return yaml.compose(text, Loader=yaml.SafeLoader)


def nav_place(root: Path, config: str, name: str) -> tuple[int, int] | None:
    """(line, col) of the nav entry of page `name` ('results.md'), or None."""
    text, _ = read_text(root / config, config, missing_ok=True)
    try:
        node = compose(text) if text else None
    except yaml.YAMLError:
        return None
    entry = next((e for e in _entries(_get(node, "nav")) if e.value == name), None)
    return (entry.start_mark.line + 1, entry.start_mark.column + 1) if entry else None


def _get(node, key: str):
    if not isinstance(node, yaml.MappingNode):
        return None
    return next((v for k, v in node.value if isinstance(k, yaml.ScalarNode) and k.value == key), None)


def _entries(node) -> list:
    """The page entries of a nav: `- page.md`, `- Title: page.md`, and sections of them."""
    if isinstance(node, yaml.ScalarNode):
        return [node] if node.value else []
    if isinstance(node, yaml.SequenceNode):
        return [e for item in node.value for e in _entries(item)]
    if isinstance(node, yaml.MappingNode):
        return [e for _, value in node.value for e in _entries(value)]
    return []
