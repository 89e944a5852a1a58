"""Look-alike letters: a Cyrillic а in a Latin key looks right and matches nothing. Say which letter it is."""

from __future__ import annotations

import unicodedata
from collections import Counter


def script(char: str) -> str | None:
    """'Latin', 'Cyrillic', 'Greek'... for a letter (the first word of its Unicode name); None for the rest."""
    if not char.isalpha():
        return None
    try:
        return unicodedata.name(char).split(" ", 1)[0].capitalize()
    except ValueError:
        return None


def mixed(text: str) -> str | None:
    """ "contains U+0430 CYRILLIC SMALL LETTER A at character 7, where the rest is Latin" when a letter of one
    script stands among letters of another (the script of most letters is taken as the intended one): named,
    since it looks like the letter meant, and placed in the word; None otherwise."""
    scripts = [(c, script(c)) for c in text]
    counts = Counter(s for _, s in scripts if s)
    if len(counts) < 2:
        return None
    main = max(counts, key=lambda s: (counts[s], s == "Latin"))
    at = next(i for i, (_, s) in enumerate(scripts) if s and s != main)
    return f"contains {describe(text[at])} at character {at + 1}, where the rest is {main}"


def note(text: str) -> str:
    """ "it contains U+0430 CYRILLIC SMALL LETTER A ...; " (or a dash for a hyphen) to open a message's
    explanation, or ''."""
    found = mixed(text) or dash(text)
    return f"it {found}; " if found else ""


def id_message(what: str, value: str, example: str) -> str:
    """What is wrong with an id that is not lowercase Latin letters, digits and hyphens: a look-alike letter
    is named, since the id looks right."""
    odd = mixed(value)
    if odd:
        return f"{what} '{value}' {odd}: write it in Latin letters"
    return f"{what} '{value}' must be lowercase Latin letters, digits and hyphens (e.g. {example})"


def describe(char: str) -> str:
    """'U+0061 LATIN SMALL LETTER A': a letter named, so that two words that look the same can be told apart."""
    control = "CONTROL CHARACTER" if unicodedata.category(char) == "Cc" else "UNNAMED CHARACTER"  # no names
    return f"U+{ord(char):04X} {unicodedata.name(char, control)}"


def one_letter(expected: str, got: str) -> tuple[int, str, str | None] | None:
    """Where `got` differs from `expected` by one letter put for another (a look-alike) or one letter added (an
    invisible one): (index in got, got's letter, expected's letter or None); None for any other difference."""
    if len(got) == len(expected):
        diffs = [i for i, (a, b) in enumerate(zip(expected, got)) if a != b]
        return (diffs[0], got[diffs[0]], expected[diffs[0]]) if len(diffs) == 1 else None
    if len(got) == len(expected) + 1:
        i = next((i for i, (a, b) in enumerate(zip(expected, got)) if a != b), len(expected))
        return (i, got[i], None) if got[:i] + got[i + 1 :] == expected else None
    return None


def invisible(text: str) -> str | None:
    """ "contains U+200B ZERO WIDTH SPACE at character 7" for the first character that shows as nothing or as
    a plain space (a format character, a no-break or other unusual space, a control); None otherwise."""
    for i, c in enumerate(text):
        if c not in " \n\t" and unicodedata.category(c) in ("Cf", "Zs", "Cc"):
            return f"contains {describe(c)} at character {i + 1}"
    return None


# Dashes a word processor puts for a hyphen (a non-breaking hyphen, an en dash ...): they look like '-' in an id
# or a key, and match nothing.
DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe63\uff0d"


def dash(text: str) -> str | None:
    """ "contains U+2011 NON-BREAKING HYPHEN at character 9, where a hyphen '-' is meant" for the first dash
    that is not the hyphen-minus; None otherwise."""
    for i, c in enumerate(text):
        if c in DASHES:
            return f"contains {describe(c)} at character {i + 1}, where a hyphen '-' is meant"
    return None
