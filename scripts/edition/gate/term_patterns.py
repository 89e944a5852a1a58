"""source/terms.yml: each `match` pattern finds its term in the text of its language. What resolution linked
(resolve.py: a term's first occurrence on each section page) is found; only a term it did not link is looked
for in the pages' text. A pattern that finds nothing links nothing, silently (the Glossary entry would have no
way back to the text). A pattern that could backtrack forever is refused where it is read (terms.load,
patterns.py), so it is never run."""

from __future__ import annotations

from .. import lookalike
from ..inputs import read_yaml


def check(g) -> None:
    terms, project = g.inputs.terms, g.project
    if not terms or g.ed is None or not g.ed.para_page:
        return  # no body text yet: nothing to find a term in
    places, texts = None, {}
    for term in terms:
        for lang, pattern in term.match.items():
            if lang not in g.ed.term_uses or g.ed.term_uses[lang].get(term.id):
                continue  # linked: found (the common case costs nothing here)
            if lang not in texts:  # not linked: is it anywhere in the text (a heading, under another term)?
                pages = [p for p in g.ed.pages if p.lang == lang and (p.lang, p.name) not in g.ed.whole]
                texts[lang] = "\n".join(p.text for p in pages)
            if pattern.search(texts[lang]):
                continue
            places = _places(g) if places is None else places
            line, col = places.get((term.id, lang), (0, 0))
            # a control character in it (YAML's double quotes make '\\b' a backspace) is why, and cannot be seen
            unseen = lookalike.invisible(pattern.pattern)
            why = f"it {unseen} (in double quotes YAML reads '\\b' as a backspace: quote the pattern with ')"
            g.diagnostics.add(
                "terms",
                project.terms,
                line,
                col,
                f"term '{term.id}': match.{lang} '{pattern.pattern}' finds nothing in the {lang} text, so the term"
                f" is never linked to the Glossary: {why + '; ' if unseen else ''}correct the pattern (it must find"
                f" '{term.forms.get(lang, '')}' as the text writes it), or delete it",
                "warning",  # a term not linked is not a wrong site, but the editor must know
            )


def _places(g) -> dict:
    """(term id, language) -> line and column of its pattern in terms.yml."""
    doc, _ = read_yaml(g.project.root / g.project.terms, g.project.terms)
    found = {}
    for item in getattr(doc.node, "value", []) if doc else []:
        fields = {k.value: v for k, v in getattr(item, "value", [])}
        tid, match = fields.get("id"), fields.get("match")
        for k, v in getattr(match, "value", []) if tid is not None else []:
            found[(tid.value, k.value)] = (v.start_mark.line + 1, v.start_mark.column + 1)
    return found
