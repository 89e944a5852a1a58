"""source/terms.yml: each `match` pattern finds its term in the text of its language. What resolution linked
(resolve.py: a term's first occurrence on each section page) is found; only a term it did not link is looked
for in the pages' text. A pattern that finds nothing links nothing, silently (the Glossary entry would have no
way back to the text). A pattern that could backtrack forever is refused where it is read (terms.load,
patterns.py), so it is never run.

A pattern can also find too much: `Party` for the RSDRP links the "Party" of "Communist Party". What a link
stands in is looked at: a capitalized word just before it (not a sentence's first) or just after it, that
none of the term's own words (its forms, expansion, explanation) begins like, makes it part of a longer name
that may not be the term's (a warning: "the Khrushchev Thaw" is the Thaw, and its pattern takes the name whole)."""

from __future__ import annotations

import re

from .. import lookalike
from ..inputs import read_yaml
from ..problems import Lines

_WORD = r"[^\W\d_][\w’'-]*"
_SPACES = " \u00a0"
_POSSESSIVE = ("’", "'", "’s", "'s")  # the Bolsheviks’ dictatorship: a modifier, not a name
_LAST_WORD = re.compile(rf"(?<![\w’'-])(?P<w>{_WORD})[{_SPACES}]$")
_AFTER = re.compile(rf"[{_SPACES}](?P<w>{_WORD})")
_SENTENCE_END = re.compile(r"(?:^|[.!?…:;»”\"}])$")  # a paragraph's start or its id, a sentence's end, a mark


def check(g) -> None:
    terms, project = g.inputs.terms, g.project
    if not terms or g.ed is None or not g.ed.para_page:
        return  # no body text yet: nothing to find a term in
    places, texts = None, {}
    linked = {lang: {link[3].id for link in links} for lang, links in g.ed.term_links.items()}
    for term in terms:
        for lang, pattern in term.match.items():
            if lang not in linked or term.id in linked[lang]:
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


def inside_a_name(g) -> None:
    if g.ed is None or not g.ed.term_links:
        return
    found: dict = {}  # (term id, language) -> [(term, page, start, end, (word, side))]: one message a pattern
    for lang, links in g.ed.term_links.items():
        for page, start, end, term, _ in links:
            name = _longer_name(page.text, start, end)
            if name is not None and name[0].lower()[:4] not in _own_stems(term, lang):
                found.setdefault((term.id, lang), []).append((term, page, start, end, name))
    places = _places(g) if found else {}
    for (_, lang), where in found.items():
        term, page, start, end, (word, side) = where[0]
        line, col = places.get((term.id, lang), (0, 0))
        at_line, at_col = Lines(page.text).line_col(start)
        link = page.text[start:end]
        whole = f"{word} {link}" if side == "before" else f"{link} {word}"
        more = f" and {len(where) - 1} more page(s)" if len(where) > 1 else ""
        g.diagnostics.add(
            "terms",
            g.project.terms,
            line,
            col,
            f"term '{term.id}': match.{lang} '{term.match[lang].pattern}' links '{link}' inside '{whole}'"
            f" ({page.path}:{at_line}:{at_col}{more}), a longer name that may not be this term: narrow the pattern"
            " so that it finds the term only, or let it take the whole name if the name is the term",
            "warning",  # a judgement of words: the editor decides
        )


def _own_stems(term, lang: str) -> set:
    words = " ".join((*term.forms.values(), term.expansion.get(lang, ""), term.explain.get(lang, "")))
    return {w.lower()[:4] for w in re.findall(_WORD, words)}


def _longer_name(text: str, start: int, end: int) -> tuple[str, str] | None:
    """(the word, "before" | "after") when a capitalized word that is not a sentence's first stands one space
    before the link, or one space after it; None otherwise."""
    window = text[max(text.rfind("\n", 0, start) + 1, start - 200) : start]
    before = _LAST_WORD.search(window)
    if before and before.group("w")[0].isupper() and not before.group("w").endswith(_POSSESSIVE):
        lead = window[: before.start("w")]
        if lead[-1:] in _SPACES and not _SENTENCE_END.search(lead.rstrip(_SPACES)):
            return before.group("w"), "before"
    after = _AFTER.match(text, end)
    if after and after.group("w")[0].isupper() and text[end - 1 : end] not in (".", "!", "?"):
        return after.group("w"), "after"
    return None


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
