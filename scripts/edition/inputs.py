"""Stage 1, read the inputs: every file of the edition is read once, here, into records that know their
file:line:col. One reader for text (UTF-8 with or without a byte-order mark, any line endings) and one for
YAML (a node tree, so that every record keeps its place). Nothing here interprets the records' meaning.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from .problems import Problem, line_col
from .render import page_url
from .yaml_advice import malformed

_BOM = "\ufeff"


class _Loader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # libyaml when PyYAML has it: the same parse
    """Safe YAML whose plain scalars stay the text written: a date stays text (the edition checks `2026-02-30`
    itself and says where it is, where PyYAML would stop with a traceback), and so do `No`, `1.10`, `1_000`,
    which PyYAML would make False, 1.1, 1000 on a page. Fields that are numbers (a year, a page) read the text.
    Only null and the empty value stay None."""


_TEXT = {"tag:yaml.org,2002:" + t for t in ("timestamp", "bool", "int", "float")}
_Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag not in _TEXT]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def read_text(path: Path, shown: str, missing_ok: bool = False) -> tuple[str | None, list[Problem]]:
    """A text file as str with '\\n' line ends and no byte-order mark. Bytes that are not UTF-8 are one
    located problem for the file (and the text read on with them replaced, so that it causes no knock-on
    reports). None for a missing file (no problem if `missing_ok`)."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return None, [] if missing_ok else [Problem(shown, 0, 0, "file not found: create it")]
    except OSError as e:
        return None, [Problem(shown, 0, 0, f"cannot read the file: {e.strerror}")]
    problems = []
    utf16 = _utf16(raw)
    if utf16:  # read on in the right encoding: one message for the file, none for its contents
        encoding, text = utf16
        return _lines(text), [Problem(shown, 1, 1, f"saved as {encoding}, not UTF-8: save the file as UTF-8")]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        good = raw[: e.start].decode("utf-8", "replace")
        line, col = line_col(good.removeprefix(_BOM), len(good.removeprefix(_BOM)))
        problems.append(
            Problem(shown, line, col, f"not valid UTF-8 (byte 0x{raw[e.start]:02x}): save the file as UTF-8")
        )
        text = raw.decode("utf-8", "replace")
    text = _lines(text)
    if "\n=======" in text or "<<<<<<<" in text or ">>>>>>>" in text:
        text, found = _conflicts(text, shown)
        problems += found
    return text, problems


# The lines git writes where a merge could not join two versions of the same lines: '<<<<<<< HEAD', the one
# version, ('||||||| base', the lines both started from,) '=======', the other version, '>>>>>>> branch'.
_CONFLICT = re.compile(
    r"^<{7}(?:[ \t].*)?\n(?P<ours>(?:.*\n)*?)(?:\|{7}(?:[ \t].*)?\n(?:.*\n)*?)?={7}[ \t]*\n"
    r"(?:.*\n)*?>{7}(?:[ \t].*)?(?:\n|\Z)",
    re.M,
)


def _conflicts(text: str, shown: str) -> tuple[str, list[Problem]]:
    """Git's merge-conflict markers left in a file: each conflict is one problem, at its '<<<<<<<' line, and the
    file is read on with the first version (so that the markers cause no knock-on reports)."""
    problems = []
    for m in _CONFLICT.finditer(text):
        line, _ = line_col(text, m.start())
        problems.append(
            Problem(
                shown,
                line,
                1,
                "a merge conflict left by git ('<<<<<<<', '=======', '>>>>>>>'): keep the version meant (the"
                " lines between '<<<<<<<' and '=======', or between '=======' and '>>>>>>>') and delete the rest,"
                " the marker lines included",
            )
        )
    if problems:
        return _CONFLICT.sub(lambda m: m.group("ours"), text), problems
    # a marker line left alone when the rest of a conflict was deleted ('=======' after a blank line: under a line
    # of text it is a heading's underline)
    for m in _LONE_MARKER.finditer(text):
        problems.append(
            Problem(
                shown,
                line_col(text, m.start())[0],
                1,
                f"'{m.group(0).strip()}' is a line git writes in a merge conflict, left here when the rest of the"
                " conflict was deleted: delete it",
            )
        )
    return (_LONE_MARKER.sub("", text) if problems else text), problems  # read on without it: no knock-on


_LONE_MARKER = re.compile(r"^(?:<{7}|>{7})(?:[ \t].*)?$|(?:\A|(?<=\n\n))={7}[ \t]*$", re.M)


def _lines(text: str) -> str:
    return text.removeprefix(_BOM).replace("\r\n", "\n").replace("\r", "\n")


def _utf16(raw: bytes) -> tuple[str, str] | None:
    """(encoding, text) of a file saved as UTF-16, with or without its byte-order mark; None otherwise.
    Without a mark, UTF-16 shows as a zero byte beside most ASCII characters, which UTF-8 text never has."""
    if raw[:2] in (b"\xff\xfe", b"\xfe\xff"):
        codec = "utf-16"
    elif raw.count(0) * 3 > len(raw):
        codec = "utf-16-le" if raw[1::2].count(0) > raw[0::2].count(0) else "utf-16-be"
    else:
        return None
    try:
        return "UTF-16", raw.decode(codec)
    except UnicodeDecodeError:
        return None


@dataclass(frozen=True)
class Yaml:
    """A parsed YAML document: `data` as Python values, `node` the tree that knows where each value is."""

    path: str
    node: object
    data: object

    def mark(self, node) -> tuple[int, int]:
        return node.start_mark.line + 1, node.start_mark.column + 1


MAX_YAML = 2_000_000  # characters: the edition's largest data file has 60 000; more is a mistake, not data


def read_yaml(path: Path, shown: str, missing_ok: bool = True) -> tuple[Yaml | None, list[Problem]]:
    text, problems = read_text(path, shown, missing_ok)
    if text is None or problems:
        return None, problems
    if len(text) > MAX_YAML:
        message = f"the file has {len(text):,} characters (at most {MAX_YAML:,}): is it the right file?"
        return None, [Problem(shown, 1, 1, message)]
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        alias = reused_node(node)  # before anything walks the tree: aliases of aliases grow it exponentially
        if alias is not None:
            return None, [alias_problem(shown, alias)]
        data = loader.construct_document(node) if node is not None else None
    except RecursionError:
        return None, [Problem(shown, 1, 1, "the data nest too deeply: write the records as a flat list")]
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        return None, [
            Problem(
                shown,
                mark.line + 1 if mark else 0,
                mark.column + 1 if mark else 0,
                malformed(e, text),
            )
        ]
    finally:
        loader.dispose()
    twice = duplicate_keys(node, shown)
    return (None, twice) if twice else (Yaml(shown, node, data), [])


def reused_node(node):
    """The first node that the tree holds twice (an anchor `&name` used again by an alias `*name`), or None.
    Each node is visited once, so a "billion laughs" of nested aliases is found in as many steps as it has
    nodes written."""
    seen, todo = set(), [node] if node is not None else []
    while todo:
        node = todo.pop()
        if id(node) in seen:
            return node
        seen.add(id(node))
        if isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                todo += [key, value]
        elif isinstance(node, yaml.SequenceNode):
            todo += node.value
    return None


def alias_problem(shown: str, node) -> Problem:
    return Problem(
        shown,
        node.start_mark.line + 1,
        node.start_mark.column + 1,
        "this value is used again through an alias ('&name' ... '*name'): the edition's files take no anchors or"
        " aliases; write the value out where it is needed",
    )


def duplicate_keys(node, shown: str) -> list[Problem]:
    """A key given twice in one mapping, at its second place: YAML would silently keep the last value."""
    found, todo = [], [node]
    while todo:
        node = todo.pop()
        if isinstance(node, yaml.MappingNode):
            first = {}
            for key, value in node.value:
                if isinstance(key, yaml.ScalarNode) and key.value in first:
                    found.append(
                        Problem(
                            shown,
                            key.start_mark.line + 1,
                            key.start_mark.column + 1,
                            f"key '{key.value}' given twice (first at line {first[key.value]}): keep one",
                        )
                    )
                elif isinstance(key, yaml.ScalarNode):
                    first[key.value] = key.start_mark.line + 1
                todo.append(value)
        elif isinstance(node, yaml.SequenceNode):
            todo += node.value
    return sorted(found, key=lambda p: (p.line, p.col))


def value_mark(item_node, key: str) -> tuple[int, int]:
    """Line and column of a mapping's value (of the mapping itself when the key is absent)."""
    for key_node, value_node in item_node.value:
        if key_node.value == key:
            return value_node.start_mark.line + 1, value_node.start_mark.column + 1
    return item_node.start_mark.line + 1, item_node.start_mark.column + 1


def key_mark(item_node, key: str) -> tuple[int, int]:
    """Line and column of a mapping's key (of the mapping itself when the key is absent)."""
    for key_node, _ in item_node.value:
        if key_node.value == key:
            return key_node.start_mark.line + 1, key_node.start_mark.column + 1
    return item_node.start_mark.line + 1, item_node.start_mark.column + 1


def misspellings(fields: dict, missing, known) -> dict:
    """Each key of `missing` that the mapping has likely misspelt -> that key of the mapping (not in `known`):
    'explian' for 'explain'. The likeliest cause of a missing key, and one mistake: said once."""
    others = [k for k in fields if isinstance(k, str) and k not in known]
    found = {}
    for key in missing:
        close = difflib.get_close_matches(key, others, n=1, cutoff=0.6)
        if close:
            found[key] = close[0]
    return found


def unknown_keys(node, allowed, shown: str, keys, ignore=()) -> list[Problem]:
    """A warning for each key of a YAML mapping that is not `allowed`: a misspelt optional key would be
    silently ignored. `keys`: the ones to list when no allowed key is close; `ignore`: keys reported otherwise."""
    found = []
    for key_node, _ in node.value if isinstance(node, yaml.MappingNode) else []:
        key = str(key_node.value)
        if key not in allowed and key not in ignore:
            close = difflib.get_close_matches(key, sorted(allowed), n=1, cutoff=0.6)
            todo = f"did you mean '{close[0]}'?" if close else f"the keys are {', '.join(keys)}"
            line, col = key_node.start_mark.line + 1, key_node.start_mark.column + 1
            found.append(Problem(shown, line, col, f"unknown key '{key}' ({todo})", "warning"))
    return found


@dataclass(frozen=True)
class Record:
    """One item of a YAML list of records, with its place: `rec["id"]`, `rec.get("why-ru")`."""

    fields: dict
    path: str
    line: int
    col: int
    node: object = field(default=None, repr=False, compare=False)

    def __getitem__(self, key):
        return self.fields[key]

    def get(self, key, default=None):
        return self.fields.get(key, default)

    def text(self, key: str, lang: str) -> str:
        """A field in a language: `why-ru` when the record has it, else `why`."""
        return str(self.fields.get(f"{key}-{lang}") or self.fields[key])

    def mark(self, key: str) -> tuple[int, int]:
        return value_mark(self.node, key) if self.node is not None else (self.line, self.col)


def read_records(
    path: Path, shown: str, required: tuple[str, ...], lists: tuple[str, ...] = ("cites",), incomplete=None
) -> tuple[list[Record], list[Problem]]:
    """A YAML list of mappings; each item must have the required keys, each a single value (text, number),
    except those in `lists`, each a list. A missing file is an empty list. incomplete: a set that gets the
    ids of the records left out (reported here), so that their marks are not each reported as unknown."""
    doc, problems = read_yaml(path, shown)
    if doc is None or doc.node is None:
        return [], problems
    if not isinstance(doc.node, yaml.SequenceNode):
        return [], [Problem(shown, doc.node.start_mark.line + 1, 1, "expected a list of records ('- id: ...')")]
    records = []
    for item_node, item in zip(doc.node.value, doc.data):
        problem = _record_problem(item_node, item, shown, required, lists)
        if problem:
            problems.append(problem)
            if incomplete is not None and isinstance(item, dict) and isinstance(item.get("id"), (str, int)):
                incomplete.add(str(item["id"]))
        else:
            records.append(Record(item, shown, *doc.mark(item_node), item_node))
    return records, problems


def _record_problem(item_node, item, shown, required, lists) -> Problem | None:
    line, col = item_node.start_mark.line + 1, item_node.start_mark.column + 1
    if not isinstance(item, dict):
        return Problem(shown, line, col, "expected a mapping with keys " + ", ".join(required))
    missing = [k for k in required if item.get(k) in (None, "")]
    if missing:
        misspelt = misspellings(item, missing, required)  # named, and the first pointed at
        if misspelt:
            line, col = key_mark(item_node, next(iter(misspelt.values())))
        hints = "; ".join(f"is '{wrong}' meant to be '{key}'?" for key, wrong in misspelt.items())
        hint = f" ({hints})" if hints else ""
        return Problem(shown, line, col, f"record is missing {', '.join(repr(m) for m in missing)}{hint}")
    for k in required:  # a list or mapping where the engine expects one value would crash it further on
        if not isinstance(item[k], list) if k in lists else isinstance(item[k], (list, dict)):
            return Problem(
                shown,
                *value_mark(item_node, k),
                f"field '{k}' must be a list ('- ...' items)"
                if k in lists
                else f"field '{k}' must be a single value, not a list or mapping",
            )
    return None


@dataclass(frozen=True)
class Page:
    """One Markdown file: page `name` in language `lang`, as the editor sees it (`path`)."""

    name: str
    lang: str
    path: str  # relative to the project root, as shown in messages
    text: str

    @property
    def url(self) -> str:
        """Directory URL inside its language root: 'index' -> '', 'results' -> 'results/'."""
        return page_url(self.name)


def page_of(file_name: str, languages: tuple[str, ...]) -> tuple[str, str]:
    """(page name, language) of a file under docs/: 'results.ru.md' -> ('results', 'ru')."""
    stem = file_name[:-3] if file_name.endswith(".md") else file_name
    head, _, suffix = stem.rpartition(".")
    if head and suffix in languages:
        return head, suffix
    return stem, languages[0]


# What an editor's tools leave beside a file: a backup ('results.md~', 'results.md.bak'), Word's lock file
# ('~$sults.docx'), git's leftovers of a merge or a patch ('.orig', '.rej'). MkDocs publishes every file of
# docs/ but dot-files: each would be a file of the site.
_LEFTOVER = re.compile(r"(?:.*~|~\$.*|.*\.(?:bak|orig|rej|swp|tmp))\Z", re.I)
# An editor's working files (a word processor's document, notes in a text file, a PDF) and what Windows leaves in
# a folder: published too, as files nothing checks (the edition makes its own PDFs)
_WORKING = re.compile(r"(?:thumbs\.db|desktop\.ini|.*\.(?:docx?|odt|rtf|pages|xlsx?|ods|txt|pdf))\Z", re.I)


def leftovers(docs: Path, files: list[Path], shown_dir: str) -> list[Problem]:
    found = []
    for file in files:
        rel = file.relative_to(docs).as_posix()
        if any(part.startswith(".") for part in rel.split("/")):
            continue  # not published
        if _LEFTOVER.match(file.name):
            what = "a backup, lock or leftover file an editor's tool made"
        elif _WORKING.match(file.name) and file.is_file():
            what = "an editor's working file (a document, a text file, a PDF) or one the system makes"
        else:
            continue
        found.append(
            Problem(
                f"{shown_dir}/{rel}",
                1,
                1,
                f"{what}: the site would publish it as a file of its own (/{rel}): delete it, or move it out of"
                f" {shown_dir}/",
            )
        )
    return found


def read_pages(docs: Path, shown_dir: str, languages: tuple[str, ...]) -> tuple[list[Page], list[Problem]]:
    """Every page of every language; a page missing in one language is a problem (a reader of that language
    would silently get another)."""
    pages, problems = [], []
    files = sorted(docs.rglob("*"))  # docs/ walked once: its leftovers, then its pages
    problems += leftovers(docs, files, shown_dir)
    for file in (f for f in files if f.match("*.md")):
        rel = file.relative_to(docs).as_posix()
        shown = f"{shown_dir}/{rel}"
        name, lang = page_of(rel, languages)
        odd = _odd_suffix(rel, languages)
        if odd:  # MkDocs and static-i18n would publish it as a page of its own, in the default language
            problems.append(Problem(shown, 1, 1, odd))
            continue
        if rel.endswith(f".{languages[0]}.md"):  # MkDocs would not serve it: reported, and read as the page
            exists = (docs / f"{name}.md").exists()  # then it is ignored; else read as the page
            problems.append(_suffixed_original(shown, f"{shown_dir}/{name}.md", languages[0], exists))
            if exists:
                continue
        text, found = read_text(file, shown)
        problems += found
        lost = -1 if found else text.find("\ufffd")  # typed, not a byte read wrong (said above)
        if lost >= 0:
            message = "U+FFFD REPLACEMENT CHARACTER stands where a conversion lost a character: type the character"
            problems.append(Problem(shown, *line_col(text, lost), message + " that stood there"))
        if not text.strip():
            problems.append(Problem(shown, 1, 1, "empty page: write its text, or delete the file in every language"))
        pages.append(Page(name, lang, shown, text))
    have = {(p.lang, p.name) for p in pages}
    orphans = sorted({p.name for p in pages if (languages[0], p.name) not in have})
    for name in orphans:
        problems.append(_no_original(name, [p.path for p in pages if p.name == name], shown_dir))
    for name in sorted({p.name for p in pages} - set(orphans)):
        for lang in languages[1:]:
            if (lang, name) not in have:
                problems.append(
                    Problem(
                        f"{shown_dir}/{name}.{lang}.md",
                        0,
                        0,
                        f"page '{name}' is missing in language '{lang}': create this file"
                        " (otherwise readers of that language would silently get another language)",
                    )
                )
    return pages, problems


def _odd_suffix(rel: str, languages: tuple[str, ...]) -> str | None:
    """A suffix like a language's that is none of the edition's (results.kz.md, results.EN.md)."""
    head, _, suffix = rel[:-3].rpartition(".")
    if not head or suffix in languages or not re.fullmatch(r"[A-Za-z]{2,3}", suffix):
        return None
    meant = suffix.lower() if suffix.lower() in languages[1:] else "<language>"
    known = ", ".join(f".{code}" for code in languages[1:])
    return (
        f"unknown language suffix '.{suffix}': the translations are {known} and the default language"
        f" '{languages[0]}' has none; rename this file {head}.{meant}.md or {head}.md"
    )


def _suffixed_original(shown: str, meant: str, lang: str, exists: bool) -> Problem:
    todo = f"{meant} exists, so this file is not used: delete it" if exists else f"rename this file {meant}"
    return Problem(shown, 1, 1, f"the pages of the default language '{lang}' have no language suffix: {todo}")


def _no_original(name: str, translations: list[str], shown_dir: str) -> Problem:
    """One message for a page whose original is missing, on its first translation."""
    return Problem(
        translations[0],
        0,
        0,
        f"no original {shown_dir}/{name}.md: restore it (the text the translations follow),"
        f" or delete {' and '.join(translations)} (the text is compared with the source and the data files"
        " once every page has its original)",
    )


def with_originals(pages: list[Page], original: str) -> tuple[list[Page], bool]:
    """The pages that have an original (a translation of nothing is reported by read_pages), and whether
    any was left out: then the text cannot be compared with the source, nor the data files' references to
    paragraphs checked (they may name the missing page's), and are not, rather than each reported as wrong."""
    names = {p.name for p in pages if p.lang == original}
    kept = [p for p in pages if p.name in names]
    return kept, len(kept) < len(pages)
