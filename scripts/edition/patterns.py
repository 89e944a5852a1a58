"""Regular expressions an editor writes (source/terms.yml's `match`) are run over every page of the text: one
that can backtrack catastrophically would hang `make check`, `make build` and the preview. Python's `re` has no
time limit, so a pattern is refused when it is read if it has the shape that backtracks exponentially: a
repetition of something that can itself match in more than one way, a repeated group holding another
repetition ('(\\w+\\s?)+') or alternatives ('(a|ab)*'). Possessive and atomic forms ('(?>...)', '++') never
backtrack and pass. Every pattern of the edition is a phrase with a few \\w+ or alternatives: none is refused."""

from __future__ import annotations

import re

try:  # the parser of the `re` module itself: what the pattern is, not a guess from its text
    from re import _constants as _c
    from re import _parser as _p
except ImportError:  # Python 3.10
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _p  # type: ignore[no-redef]

MAX_LENGTH = 500  # characters: a term's pattern is a phrase, not a program
_REPEATS = {_c.MAX_REPEAT, _c.MIN_REPEAT}


def catastrophic(pattern: str) -> str | None:
    """Why the pattern can take exponential time, or None. The pattern compiles (checked before)."""
    if len(pattern) > MAX_LENGTH:
        return f"is {len(pattern)} characters long (at most {MAX_LENGTH}): write the term's forms, not a program"
    try:
        parsed = _p.parse(pattern)
    except Exception:  # noqa: BLE001  (compiled before; any parser surprise is not a reason to hang)
        return None
    return _walk(list(parsed), inside_repeat=False)


def _unbounded(op, av) -> bool:
    return op in _REPEATS and av[1] is _c.MAXREPEAT


def _wide(body) -> bool:
    """A repetition's body that matches any character, or nearly ('.', '[^,]'): it overlaps with every other."""
    return any(op is _c.ANY or (op is _c.IN and av and av[0][0] is _c.NEGATE) for op, av in body)


def _one_after_another(items) -> bool:
    """Two unbounded repetitions of one thing, or of '.', in a row ('\\w*\\w*', '.*x?.*'): each way of sharing
    the text between them is tried, so a text of n characters that fails costs n to the power of their number."""
    before = None  # the body of the unbounded repetition the sequence is at, if nothing required came since
    for op, av in items:
        if _unbounded(op, av):
            body = list(av[2])
            if before is not None and (before == body or _wide(before) or _wide(body)):
                return True
            before = body
        elif not (op in _ZERO_WIDTH or (op in _REPEATS and av[0] == 0)):
            before = None  # a character the text must have: the repetitions around it are apart
    return False


def _walk(items, inside_repeat: bool) -> str | None:
    if _one_after_another(items):
        return "repeats one thing right after another (as in '\\w*\\w*' or '.*.*')"
    for op, av in items:
        if op in _REPEATS:
            low, high, body = av
            repeats = high is _c.MAXREPEAT or high > 1
            if repeats and inside_repeat:
                return "repeats a group that itself repeats"
            if repeats and _has_branch(list(body)):
                return "repeats a group of alternatives"
            found = _walk(list(body), inside_repeat or repeats)
            if found:
                return found
        elif op is _c.SUBPATTERN:
            found = _walk(list(av[-1]), inside_repeat)
            if found:
                return found
        elif op is _c.BRANCH:
            for branch in av[1]:
                found = _walk(list(branch), inside_repeat)
                if found:
                    return found
        elif op in (_c.ASSERT, _c.ASSERT_NOT):
            found = _walk(list(av[1]), inside_repeat)
            if found:
                return found
    return None


def _has_branch(items) -> bool:
    for op, av in items:
        if op is _c.BRANCH:
            return True
        if op is _c.SUBPATTERN and _has_branch(list(av[-1])):
            return True
    return False


# -- where a match can begin: a faster search that finds the very same matches --------------------------------

_ZERO_WIDTH = {_c.AT, _c.ASSERT, _c.ASSERT_NOT}


def _exotic() -> frozenset | None:
    """Characters that (?i) matches to a letter whose lower case they are not ('ſ' to 's', 'ᲀ' to 'в', 'ς'
    to 'σ'): re's own table of them. A text holding one is searched the plain way."""
    try:
        from re._casefix import _EXTRA_CASES
    except ImportError:  # a Python without that table: every text is searched the plain way
        return None
    chars = {chr(c) for k, v in _EXTRA_CASES.items() for c in (k, *v)}
    return frozenset(c for c in chars if c.upper().lower() != c)


_EXOTIC = _exotic()
_EXOTIC_RE = re.compile("[" + "".join(map(re.escape, sorted(_EXOTIC))) + "]") if _EXOTIC else None


def lowered(text: str) -> str | None:
    """`text` in lower case, a character for a character, where a match with or without (?i) stands at the
    same place; None when that does not hold (a 'İ', whose lower case is two characters, or one of _EXOTIC)."""
    low = text.lower()
    if len(low) != len(text) or _EXOTIC_RE is None or _EXOTIC_RE.search(low):
        return None
    return low


def starts(pattern: re.Pattern) -> re.Pattern | None:
    """A search for every place where `pattern` can begin a match, over the text in lower case (`lowered`):
    the literal text each of its alternatives begins with, lower-cased. None when it cannot be told (it begins
    with a class, a repetition that may be empty, a group reference; a flag other than (?i)) or would not be
    faster (it begins with its own literal, without (?i): `re` skips ahead by that already). A pattern that
    begins with a lookbehind, a \b, alternatives or (?i) is tried by `re` at every position of the text."""
    if pattern.flags & re.LOCALE or not isinstance(pattern.pattern, str):
        return None
    try:
        items = list(_p.parse(pattern.pattern, pattern.flags))
        if not items or (items[0][0] is _c.LITERAL and not pattern.flags & re.IGNORECASE):
            return None
        prefixes = _prefixes(items)
    except Exception:  # noqa: BLE001  (any surprise of re's parser: the plain search, never a wrong one)
        return None
    if not prefixes:
        return None
    low = [p.lower() for p in prefixes]
    if _EXOTIC is None or any(len(a) != len(b) or set(a) & _EXOTIC for a, b in zip(low, prefixes)):
        return None
    return re.compile("|".join(map(re.escape, low)))


def _prefixes(items) -> list[str] | None:
    """The literal text that every match of `items` begins with, one per alternative; None if some
    alternative begins with anything else."""
    for at, (op, av) in enumerate(items):
        if op in _ZERO_WIDTH:
            continue  # a condition on the place, not a character of the match
        if op is _c.LITERAL:
            chars = []
            for op2, av2 in items[at:]:
                if op2 is not _c.LITERAL:
                    break
                chars.append(chr(av2))
            return ["".join(chars)]
        if op is _c.BRANCH:
            found = []
            for branch in av[1]:
                prefixes = _prefixes(list(branch))
                if prefixes is None:
                    return None
                found += prefixes
            return found
        if op is _c.SUBPATTERN:
            _group, add, remove, body = av
            if (add | remove) & ~(re.IGNORECASE | re.MULTILINE | re.DOTALL | re.VERBOSE):
                return None  # (?a:...), (?u:...): not how `lowered` compares
            return _prefixes(list(body))
        if op in _REPEATS and av[0] >= 1:
            return _prefixes(list(av[2]))
        return None
    return None  # nothing but conditions: a match could be empty


def finditer(pattern: re.Pattern, text: str, begin: re.Pattern | None, low: str | None):
    """`pattern.finditer(text)`: the same matches in the same order, `pattern` tried only where `begin` (from
    `starts`) finds, in `low` (`lowered(text)`), the text a match begins with. With or without (?i), a match
    begins where its first characters in lower case stand in `low`, so no place is skipped that could match.
    A match found this way is never empty, so each search goes on from the end of the last, as `finditer` does."""
    if begin is None or low is None:
        yield from pattern.finditer(text)
        return
    pos = 0
    while True:
        found = begin.search(low, pos)
        if found is None:
            return
        m = pattern.match(text, found.start())  # lookbehinds and \b see the text before it, as in a search
        if m is None:
            pos = found.start() + 1
            continue
        yield m
        pos = m.end()
