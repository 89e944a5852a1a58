"""source/article.yml as it will be cited: what the loader (article.py) takes as well formed may still print a
wrong citation in every language and every download. Checked here: the volume and issue as printed (numbers),
every author's family name and initials in every language, and a DOI that its link can resolve (no trailing
punctuation, no spaces)."""

from __future__ import annotations

import re

import yaml

from ..inputs import read_yaml

_NUMBER = re.compile(r"[0-9]+\Z")
_ISSUE = re.compile(r"[0-9]+(?:[–-][0-9]+)?\Z")  # 4, or a double issue 1–2
_INITIALS = re.compile(r"(?:\w{1,3}\.[ -]?)+\Z")  # S.A., Zh.K., С.А.
_DOI_END = re.compile(r"[.,;:)\]'\"]\Z")
# The slug names the download files (cite/<slug>.kk.bib, pdf/<slug>.kk.pdf): a '/' or '..' in it would write them
# outside the site, a space would put one in every address. The key is the BibTeX and CSL-JSON citation key,
# one word, or a reference manager refuses the file.
_SLUG = re.compile(r"[a-z0-9]+(?:[-_.][a-z0-9]+)*\Z")
_KEY = re.compile(r"[A-Za-z0-9][A-Za-z0-9_:.-]*\Z")


def check(g) -> None:
    project, article = g.project, g.inputs.article
    if article is None:
        return  # not there, or refused by the loader (article.py), which says why
    doc, _ = read_yaml(project.root / project.article, project.article)
    if doc is None or not isinstance(doc.node, yaml.MappingNode):
        return
    fields = {k.value: v for k, v in doc.node.value}

    def add(node, message):
        g.diagnostics.add("article", project.article, node.start_mark.line + 1, node.start_mark.column + 1, message)

    for key, pattern, example in (("volume", _NUMBER, "28"), ("issue", _ISSUE, "4")):
        value = str(getattr(article, key))
        if not pattern.match(value):
            add(fields[key], f"{key} '{value}' must be the number printed on the issue (e.g. {example}): correct it")
    for key, pattern, what in (
        (
            "slug",
            _SLUG,
            "lowercase Latin letters, digits and hyphens (e.g. eskaliev-aitenov-2025): it names the"
            " download files, cite/<slug>.kk.bib",
        ),
        (
            "key",
            _KEY,
            "one word of Latin letters, digits and '-_:.' (e.g. eskaliev2025): it is the citation key of"
            " the BibTeX and CSL-JSON downloads, which a reference manager refuses otherwise",
        ),
    ):
        value = str(getattr(article, key, ""))
        if key in fields and not pattern.match(value):
            add(fields[key], f"{key} '{value}' must be {what}: correct it")
    doi = article.doi
    if re.search(r"\s", doi):
        add(fields["doi"], f"doi '{doi}' contains a space: write it without spaces (its link would break)")
    elif _DOI_END.search(doi):
        add(
            fields["doi"],
            f"doi '{doi}' ends with '{doi[-1]}': delete it (a DOI never ends in punctuation; its link would break)",
        )
    authors = fields.get("authors")
    for n, author in enumerate(getattr(authors, "value", []), 1):
        parts = {k.value: v for k, v in getattr(author, "value", [])}
        for key in ("family", "initials"):
            for lang_node, value in getattr(parts.get(key), "value", []):
                text = value.value if isinstance(value, yaml.ScalarNode) else ""
                lang = lang_node.value
                if not text.strip():
                    add(
                        value,
                        f"author {n}: {key}.{lang} is empty: write it as printed"
                        f" (every citation in '{lang}' would print it blank)",
                    )
                elif key == "initials" and not _INITIALS.match(text.strip()):
                    add(value, f"author {n}: initials.{lang} '{text}' must be initials with full stops, e.g. S.A.")
