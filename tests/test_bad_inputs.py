"""The bad input catalogue, the editor's trial as a table: mistakes an editor can make, each applied to a fresh
copy of the fixture edition and run through `make check` in this process (the engine's gate, the real MkDocs
build into a temporary folder, the checks of its output). For each, the check prints exactly the located
messages listed here (every error, each follow-on folded under its cause, no traceback) and exits 1; a case
listed with no errors is one the edition takes, and builds as the editor meant. A few are also run through
`make build`, which must refuse them and leave the site/ it had built before byte for byte as it was.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import check
import pytest
from bs4 import BeautifulSoup

from build_site import build
from conftest import ARTICLE_YML, MINI, ROOT, copy_fixture, tree
from edition.structure import NO_ID
from edition.syntax import MARKS

pytestmark = pytest.mark.site
EPOCH = 1764000000
KK, RU, EN = "docs/introduction.md", "docs/introduction.ru.md", "docs/introduction.en.md"
BIB, EM, FORMS = "bibliography.bib", "source/emendations.yml", "source/citations.yml"
LOCALE = "scripts/edition/locales/kk.yml"
LOCALE_EN = "scripts/edition/locales/en.yml"
ARTICLE, CORR = "source/article.yml", "source/corrections.yml"
CORRECTION = "- {date: 2026-01-02, where: edition, what: first publication, why: '-'}\n"
UNUSED_EM = '- {id: unused-one, where: intro-2, source: "Соңғы", reading: "Соңғысы", why: "x"}\n'


@dataclass
class Edit:
    path: str
    old: str | None = None  # None: write `new` as the whole file
    new: str | bytes | None = None  # None: delete the file

    def apply(self, proj: Path) -> None:
        file = proj / self.path
        if self.new is None:
            file.unlink()
        elif isinstance(self.new, bytes):
            file.write_bytes(self.new)
        elif self.old is None:
            file.parent.mkdir(parents=True, exist_ok=True)
            file.write_text(self.new, encoding="utf-8")
        else:
            text = file.read_text(encoding="utf-8")
            assert text.count(self.old) == 1, f"the fixture changed: {self.old!r} is not once in {self.path}"
            file.write_text(text.replace(self.old, self.new), encoding="utf-8")


class EngineCopy(Edit):
    """The project gets its own copy of scripts/ (the engine and its locale data), used by its check and build."""

    def __init__(self):
        super().__init__("scripts")

    def apply(self, proj: Path) -> None:
        shutil.copytree(ROOT / "scripts", proj / "scripts", ignore=shutil.ignore_patterns("__pycache__"))
        cfg = proj / "mkdocs.yml"
        hook = f"{ROOT.as_posix()}/scripts/"
        assert hook in cfg.read_text(encoding="utf-8")
        cfg.write_text(cfg.read_text(encoding="utf-8").replace(hook, f"{proj.as_posix()}/scripts/"), encoding="utf-8")


def cyrillic_1251(path: str) -> Edit:
    """The fixture file saved in Windows-1251 instead of UTF-8 (what an old editor does)."""
    return Edit(path, new=(MINI / path).read_text(encoding="utf-8").encode("cp1251", errors="replace"))


UNKNOWN_EM = (
    "unknown emendation 'fixture-space' (record it in source/emendations.yml with id, where, source, reading, why)"
)
NO_ORIGINAL = (
    "docs/{name}.en.md: no original docs/{name}.md: restore it (the text the translations follow), or delete"
    " docs/{name}.en.md and docs/{name}.ru.md (the text is compared with the source and the data files once every"
    " page has its original)"
)
SUFFIXED = "the pages of the default language 'kk' have no language suffix: "
NAME_RULE = (
    "write each person as 'Family, Given' or 'Given Family' (at most two commas: 'Family, Jr., Given'),"
    " people separated by ' and '"
)
AUTHOR_OR_SHORT = "missing field 'author' or 'shorttitle' (the in-text label needs a surname or a short title)"
BEFORE_TITLE = "text before the page's title: a page begins with its '# ' heading; move this below it"
NO_TEXT = "heading with no text: write the heading after the '#', or delete the line"
MISSING = "create this file (otherwise readers of that language would silently get another language)"

# name: (edits, every error check.py prints[, every warning it prints])
INVISIBLE = " in the text: delete it (it would be published unseen, and a search for the word would not find it)"

CASES = {
    # -- the bibliography -----------------------------------------------------------------------------------
    "bib: unbalanced brace": (
        [Edit(BIB, "  year = {1926},\n", "  year = {1926,\n")],
        [
            f"{BIB}:18: malformed BibTeX: '}}' expected (look for an unclosed brace or quote, or a missing comma,"
            " at or above this line)"
        ],
    ),
    "bib: a stray closing brace in a name": (  # one message: the entry it cuts short is not checked further
        [Edit(BIB, "  author-latn = {Omarbekov, T.},", "  author-latn = {Omarbekov}, T.},")],
        [
            f"{BIB}:20: malformed BibTeX: '=' expected (look for an unclosed brace or quote, or a missing comma, at"
            " or above this line)"
        ],
        [],
    ),
    "bib: not UTF-8": ([cyrillic_1251(BIB)], [f"{BIB}:3:13: not valid UTF-8 (byte 0xca): save the file as UTF-8"]),
    "bib: duplicate key": (
        [
            Edit(
                BIB,
                "@misc{abylgozhin-nd,",
                "@misc{kritsman1926,\n  author = {X},\n  status = {identified}\n}\n\n@misc{abylgozhin-nd,",
            )
        ],
        [f"{BIB}:32:1: duplicate key 'kritsman1926' (first defined on line 2): rename or merge the entries"],
    ),
    "bib: javascript: url": (
        [Edit(BIB, "  year = {1926},\n", "  year = {1926},\n  url = {javascript:alert(1)},\n")],
        [f"{BIB}:11:3: entry 'kritsman1926': field 'url' must be an http(s) URL, not 'javascript:alert(1)'"],
    ),
    "bib: invalid status": (
        [Edit(BIB, "status = {unidentified}", "status = {unknown}")],
        [
            f"{BIB}:36:3: entry 'abylgozhin-nd': field 'status' must be one of checked, identified, unidentified"
            " (found 'unknown')"
        ],
    ),
    "bib: no status": (
        [Edit(BIB, "  status = {unidentified}, provenance", "  provenance")],
        [
            f"{BIB}:32:1: entry 'abylgozhin-nd' has no 'status' field:"
            " add status = {checked | identified | unidentified}"
        ],
    ),
    "bib: checked while provenance says editor": (
        [
            Edit(
                BIB,
                "status = {identified}, provenance = {author, year=citation; title, address",
                "status = {checked}, provenance = {author, year=citation; title, address",
            )
        ],
        [
            f"{BIB}:12:3: entry 'kritsman1926': status is 'checked', but provenance says title, address, langid"
            " = editor (not yet checked): compare them with the work and give their source,"
            " or write status = {identified}"
        ],
    ),
    "bib: a LaTeX command printed as typed": (
        [Edit(BIB, "title = {Героический период", r"title = {\textit{Героический} период")],
        [
            f"{BIB}:5:3: entry 'kritsman1926': field 'title' has the LaTeX command '\\textit', which would be"
            " printed as typed: write the text without it (the styles set no italics or bold inside a field)"
        ],
    ),
    "bib: missing field a style needs": (
        [Edit(BIB, "  title-latn = {Geroicheskii period velikoi russkoi revoliutsii},\n", "")],
        [f"{BIB}:5:3: entry 'kritsman1926': missing field 'title-latn': the English pages need 'title' romanized"],
    ),
    "bib: no author and no short title": (
        [Edit(BIB, "  author = {Абылгожин},\n", "")],
        [f"{BIB}:32:1: entry 'abylgozhin-nd': {AUTHOR_OR_SHORT}"],
    ),
    # -- the shape of a page: nothing is published unchecked ------------------------------------------------
    "text before the page's title": (
        [Edit(KK, "# Кіріспе\n", "[@kritsman1926] Бұл абзац түпнұсқада жоқ.\n\n# Кіріспе\n")],
        [f"{KK}:1:1: {BEFORE_TITLE}"],
    ),
    "a citation before the title, on its line": (
        [Edit(EN, "# Introduction", "[@kritsman1926] # Introduction")],
        [f"{EN}:1:1: {BEFORE_TITLE}"],
    ),
    "a citation in a heading": (
        [Edit(EN, "# Introduction", "# Introduction [@kritsman1926]")],
        [f"{EN}:1:16: a heading carries no citation or mark: move it into the paragraph below"],
    ),
    "a title with no text": ([Edit(EN, "# Introduction", "#")], [f"{EN}:1:1: {NO_TEXT}"]),
    "a subheading with no text": ([Edit(RU, "{#intro-2}", "## \n\n{#intro-2}")], [f"{RU}:5:1: {NO_TEXT}"]),
    "a paragraph a translator added, without an id": (
        [Edit(EN, "[@kritsman1926].\n", "[@kritsman1926].\n\nAn extra paragraph the translator added.\n")],
        [f"{EN}:7:1: {NO_ID}"],
    ),
    "a paragraph of the original split in two": (
        [Edit(KK, "кезең [@kritsman1926]. Код:", "кезең [@kritsman1926].\n\nКод:")],
        [f"{KK}:7:1: {NO_ID}"],
    ),
    "{whole-article} in a body section": (
        [Edit(EN, "[@kritsman1926].\n", "[@kritsman1926].\n\n{whole-article}\n")],
        [
            f"{EN}:7:1: {{whole-article}} on a body section (it has paragraph ids): delete it; the whole article"
            " is a page of its own"
        ],
    ),
    "an unknown mark": (
        [Edit(EN, "the conclusion", "the conclusion{qq}")],
        [f"{EN}:3:74: unknown mark '{{qq}}': the marks are {MARKS} (write '\\{{' for a literal brace)"],
    ),
    "an unclosed mark": (  # was published as typed
        [Edit(EN, "{pb:1247}", "{pb:1247")],
        [f"{EN}:5:12: unclosed mark '{{pb:1247Recently': close it with '}}' (write '\\{{' for a literal brace)"],
    ),
    "a list mark with a space": (  # was published as typed, and the list left out
        [Edit("docs/references.en.md", "{bibliography}", "{bibliography }")],
        ["docs/references.en.md:3:1: malformed mark '{bibliography }': write {bibliography} (no spaces)"],
    ),
    "a list twice on a page": (  # its ids were written twice
        [Edit("docs/references.en.md", "{bibliography}", "{bibliography}\n\n{bibliography}")],
        ["docs/references.en.md:5:1: {bibliography} stands twice on this page: delete one"],
    ),
    "a page with an unknown language suffix": (  # was 24 messages blamed on docs/introduction.md
        [Edit("docs/introduction.kz.md", None, "# Кіріспе\n\nМәтін.\n")],
        [
            "docs/introduction.kz.md:1:1: unknown language suffix '.kz': the translations are .ru, .en and the"
            " default language 'kk' has none; rename this file introduction.<language>.md or introduction.md"
        ],
    ),
    "a page with a capitalized language suffix": (
        [Edit("docs/introduction.EN.md", None, "# Introduction\n\nText.\n")],
        [
            "docs/introduction.EN.md:1:1: unknown language suffix '.EN': the translations are .ru, .en and the"
            " default language 'kk' has none; rename this file introduction.en.md or introduction.md"
        ],
    ),
    "a heading only in a translation": (  # was published, compared with nothing
        [Edit(EN, "{#intro-2}", "## An added heading\n\n{#intro-2}")],
        [f"{EN}:5:1: headings differ from the original's (levels [1, 2] here, [1] there): translate each, once"],
    ),
    "a page marker with a space": (
        [Edit(EN, "{pb:1247}", "{pb: 1247}")],
        [f"{EN}:5:12: malformed mark '{{pb: 1247}}': write {{pb:1247}} (no spaces)"],
    ),
    "a citation with a prefix": (
        [Edit(EN, "[@kritsman1926, 148]", "[see @kritsman1926, 148]")],
        [
            f"{EN}:3:35: citation with words before the key '[see @kritsman1926, 148]': the edition's citations"
            " take none; write [@kritsman1926, 148] and put the words before it"
        ],
    ),
    "bib: a macro used before its @string": (  # was "malformed BibTeX: ru", and its entry's langid reported
        [
            Edit(BIB, "  langid = {kazakh},", "  langid = kk,"),
            Edit(BIB, "@misc{abylgozhin-nd,", "@string{kk = {kazakh}}\n@misc{abylgozhin-nd,"),
        ],
        [f"{BIB}:25:12: undefined macro 'kk': it is defined on line 32, below its use: move the @string above it"],
    ),
    "bib: an undefined macro": (
        [Edit(BIB, "  langid = {kazakh},", "  langid = kk,")],
        [
            f"{BIB}:25:12: undefined macro 'kk': define it above its use (@string{{kk = {{...}}}}),"
            " or write the value in braces: {kk}"
        ],
    ),
    "bib: a name without its comma": (  # was the label [Л., 1926]
        [Edit(BIB, "author = {Крицман, Л. Н.}", "author = {Крицман Л. Н.}")],
        [
            f"{BIB}:3:3: entry 'kritsman1926': field 'author': 'Крицман Л. Н.' reads as family name 'Н.':"
            f" write 'Крицман, Л. Н.': {NAME_RULE}"
        ],
    ),
    "bib: two 'and's in a row": (  # was the label [Крицман және and ...]
        [Edit(BIB, "author = {Крицман, Л. Н.}", "author = {Крицман, Л. Н. and and Петров, П.}")],
        [
            f"{BIB}:3:3: entry 'kritsman1926': field 'author': an empty name (two 'and's in a row, or one at the"
            f" end): {NAME_RULE}",
            f"{BIB}:4:3: entry 'kritsman1926': field 'author-latn': it names 1 people, 'author' 2: the same people,"
            f" in the same order: {NAME_RULE}",
        ],
    ),
    "bib: too many commas in a name": (
        [Edit(BIB, "author = {Крицман, Л. Н.}", "author = {Крицман, Л., Н., x}")],
        [f"{BIB}:3:3: entry 'kritsman1926': field 'author': too many commas in 'Крицман, Л., Н., x': {NAME_RULE}"],
    ),
    "bib: too many commas in a romanized name": (  # was a traceback when the English pages were formatted
        [Edit(BIB, "author-latn = {Kritsman, L. N.}", "author-latn = {Pipes, Richard, Jr., x}")],
        [
            f"{BIB}:4:3: entry 'kritsman1926': field 'author-latn': too many commas in 'Pipes, Richard, Jr., x':"
            f" {NAME_RULE}"
        ],
    ),
    # -- citations in the text ------------------------------------------------------------------------------
    "unknown key": (
        [Edit(EN, "[@kritsman1926]", "[@kritsman1962]")],
        [
            f"{EN}:5:49: unknown citation key 'kritsman1962' (did you mean 'kritsman1926'?)",
        ],
    ),
    "unterminated citation": (
        [Edit(KK, "[@kritsman1926]", "[@kritsman1926")],
        [
            f"{KK}:5:50: unterminated citation: '[' has no closing ']' in its paragraph (close it, or write '\\[' for"
            " a literal bracket)"
        ],
    ),
    "citation inside a link label": (
        [Edit(RU, "[@kritsman1926]", "[см. [@kritsman1926]](https://example.org)")],
        [f"{RU}:5:61: citation inside a link label: a citation is a link itself; move it out of the [label](url)"],
    ),
    "malformed locator": (
        [Edit(KK, "[@kritsman1926, 148]", "[@kritsman1926 148]")],
        [f"{KK}:3:39: malformed citation item '@kritsman1926 148': after the key write ', locator' (e.g. '@key, 148')"],
    ),
    # -- marks in the text ----------------------------------------------------------------------------------
    "unknown emendation id": (
        [Edit(KK, "{em:fixture-space}", "{em:fixture-spase}")],
        [f"{KK}:3:64: " + UNKNOWN_EM.replace("fixture-space", "fixture-spase")],
    ),
    "bad page marker": (
        [Edit(RU, "{pb:1247}", "{pb:l247}")],
        [
            f"{RU}:5:12: page marker '{{pb:l247}}' needs a page number (e.g. {{pb:1248}})",
            f"  ↳ follows from the above: {RU}:5:12: paragraph intro-2: page marker {{pb:l247}} differs from the"
            " original's {pb:1247}: write it as the original does",
        ],
    ),
    "duplicate paragraph id": (
        [Edit(EN, "{#intro-2}", "{#intro-1}")],
        [f"{EN}:5:1: duplicate paragraph id 'intro-1'"],  # not also "ids differ": one mistake, one message
    ),
    "duplicate paragraph id in the original": (  # not also out of sequence, nor in the translations
        [Edit(KK, "{#intro-2}", "{#intro-1}")],
        [
            f"{KK}:5:1: duplicate paragraph id 'intro-1'",
            f"{FORMS}:4:44: where: 'intro-2' is not a paragraph of the text (write a paragraph id)",
        ],
    ),
    "paragraph id inside a paragraph": (
        [Edit(KK, "[@kritsman1926]. Код", "[@kritsman1926]. {#intro-3} Код")],
        [
            f"{KK}:5:67: paragraph id '{{#intro-3}}' must open a paragraph (start of a line after a blank line)",
            f"{RU}:5:1: paragraph ids differ from {KK}: missing intro-3",
            f"{EN}:5:1: paragraph ids differ from {KK}: missing intro-3",
        ],
    ),
    # -- pages ----------------------------------------------------------------------------------------------
    "empty section file": (
        [Edit(KK, None, "\n")],
        [f"{KK}:1:1: empty page: write its text, or delete the file in every language"],
    ),
    "page missing in one language": ([Edit(EN)], [f"{EN}: page 'introduction' is missing in language 'en': {MISSING}"]),
    "original page missing, its translations there": (  # was a KeyError; the nav entry is not reported again
        [Edit("docs/references.md")],
        [NO_ORIGINAL.format(name="references")],
    ),
    "original body page missing": (  # its paragraphs' records and the source are not each reported as wrong
        [Edit(KK)],
        [NO_ORIGINAL.format(name="introduction")],
    ),
    "original page with the default language's suffix beside it": (  # was an IndexError in resolve
        [Edit("docs/introduction.kk.md", None, "# Foo\n\nText.")],
        [f"docs/introduction.kk.md:1:1: {SUFFIXED}{KK} exists, so this file is not used: delete it"],
    ),
    "original page with the default language's suffix": (  # read as the page: no knock-on message
        [Edit("docs/introduction.kk.md", None, (MINI / KK).read_text(encoding="utf-8")), Edit(KK)],
        [f"docs/introduction.kk.md:1:1: {SUFFIXED}rename this file {KK}"],
    ),
    "Markdown page not UTF-8": (  # located at the first bad byte; the page is not then also called missing
        [cyrillic_1251(RU)],
        [f"{RU}:1:3: not valid UTF-8 (byte 0xc2): save the file as UTF-8"],
    ),
    # -- alignment of the translations with the Kazakh ------------------------------------------------------
    "translation lacks a paragraph id": (
        [Edit(RU, "{#intro-2} ", "")],
        [f"{RU}:3:1: paragraph ids differ from {KK}: missing intro-2"],
    ),
    "translation has an extra paragraph id": (
        [Edit(EN, "{#intro-2} ", "{#intro-9} Extra.\n\n{#intro-2} ")],
        [f"{EN}:5:1: paragraph ids differ from {KK}: not in the original intro-9"],
    ),
    "translation cites differently": (
        [Edit(EN, "[@kritsman1926, 148]", "[@kritsman1926, 149]")],
        [
            f"{EN}:3:36: paragraph intro-1: citation '@kritsman1926, 149' differs from the original's"
            " '@kritsman1926, 148': write it as the original does"
        ],
    ),
    "translation lacks a page marker": (
        [Edit(EN, "{pb:1247}", "")],
        [
            f"{EN}:5:1: paragraph intro-2: the original's page marker {{pb:1247}} is missing here: put it where the"
            " printed page turns in this paragraph"
        ],
    ),
    # -- the edition's data files ---------------------------------------------------------------------------
    "emendations: malformed YAML": (
        [Edit(EM, 'source: "Қорытынды.Зерттеу"', 'source: "Қорытынды.Зерттеу')],
        [f"{EM}:4:13: malformed YAML: did not find expected key"],
    ),
    "emendations: record missing a field": (
        [Edit(EM, '  why: "missing space after the full stop"\n', "")],
        [f"{EM}:1:3: record is missing 'why'"],
    ),
    "emendations: a misspelt field": (
        [Edit(EM, '  why: "missing space', '  whyy: "missing space')],
        [f"{EM}:5:3: record is missing 'why' (is 'whyy' meant to be 'why'?)"],
    ),
    "emendations: not a list": (
        [Edit(EM, None, "fixture-space: Қорытынды. Зерттеу\n")],
        [f"{EM}:1:1: expected a list of records ('- id: ...')"],
    ),
    "emendations: duplicate id": (
        [Edit(EM, None, (MINI / EM).read_text(encoding="utf-8") * 2)],
        [f"{EM}:6:1: duplicate emendation id 'fixture-space'"],
    ),
    "emendations: not UTF-8": (
        [cyrillic_1251(EM)],
        [f"{EM}:3:13: not valid UTF-8 (byte 0xee): save the file as UTF-8"],
    ),
    "emendations: a list where one value belongs": (
        [Edit(EM, 'source: "Қорытынды.Зерттеу"', 'source: ["Қорытынды.Зерттеу"]')],
        [f"{EM}:3:11: field 'source' must be a single value, not a list or mapping"],
    ),
    "citation forms: cites not a list": (
        [Edit(FORMS, None, '- n: 1\n  source: "[Крицман, 1926: 148]"\n  where: intro-1\n  cites: kritsman1926\n')],
        [f"{FORMS}:4:10: field 'cites' must be a list ('- ...' items)"],
    ),
    "citation forms: record missing a field": (
        [Edit(FORMS, None, '- n: 1\n  source: "[Крицман, 1926: 148]"\n  where: intro-1\n')],
        [f"{FORMS}:1:3: record is missing 'cites'"],
    ),
    # -- the engine's locale data (the project gets its own copy of scripts/) --------------------------------
    "locale: malformed YAML": (  # the unclosed string on line 6 is noticed where the next key starts
        [EngineCopy(), Edit(LOCALE, 'open: "["', 'open: "[')],
        ["{proj}/" + LOCALE + ":7:9: malformed YAML: did not find expected key"],
    ),
    "locale: a missing key": (
        [EngineCopy(), Edit(LOCALE, 'paragraph_sign: "¶"\n', "")],
        ["{proj}/" + LOCALE + ": missing key(s) paragraph_sign"],
    ),
    "locale: a status that is not a mapping": (
        [EngineCopy(), Edit(LOCALE, "status:\n", "status: checked\nx:\n")],
        [
            "{proj}/"
            + LOCALE
            + ": 'status' must map checked, identified, unidentified to mark, label, explanation, note_opens"
        ],
    ),
    "locale: no note for a language the bibliography cites": (
        [EngineCopy(), Edit(LOCALE_EN, '  russian: "[in Russian]"\n', "")],
        [
            "{proj}/"
            + LOCALE_EN
            + ": language_notes has no note for 'russian' (entry 'kritsman1926' of bibliography.bib is in it): "
            'add russian: "[in …]"',
        ],
    ),
    # -- the gate (issue 10): the bibliography's schema -----------------------------------------------------
    "bib: saved as UTF-16": (
        [Edit(BIB, new=(MINI / BIB).read_text(encoding="utf-8").encode("utf-16"))],
        [
            f"{BIB}:1:1: saved as UTF-16, not UTF-8: save the file as UTF-8",
        ],
    ),
    "bib: the file is missing": ([Edit(BIB)], [f"{BIB}: cannot read the bibliography: file not found: create it"]),
    "bib: no langid": (
        [Edit(BIB, "  langid = {kazakh},\n", "")],
        [
            f"{BIB}:18:1: entry 'omarbekov2003': missing field 'langid' (the language of the work: add langid "
            f"= {{russian}}, or another language the edition knows)",
        ],
    ),
    "bib: langid misspelt": (
        [Edit(BIB, "langid = {kazakh}", "langid = {kazak}")],
        [
            f"{BIB}:25:3: entry 'omarbekov2003': field 'langid' must be a language the edition knows "
            "(english, german, kazakh, russian), not 'kazak' (did you mean 'kazakh'?)",
        ],
    ),
    "bib: a misspelt field a style needs": (  # the misspelling is the cause; the field missing follows from it
        [Edit(BIB, "  title-latn = {Geroicheskii", "  titel-latn = {Geroicheskii")],
        [
            f"{BIB}:6:3: entry 'kritsman1926': unknown field 'titel-latn' (did you mean 'title-latn'?)",
            f"  ↳ follows from the above: {BIB}:5:3: entry 'kritsman1926': missing field 'title-latn': the English"
            " pages need 'title' romanized",
        ],
        [],
    ),
    "bib: a year that is not a year": (
        [Edit(BIB, "year = {1926}", "year = {19x6}")],
        [
            f"{BIB}:10:3: entry 'kritsman1926': field 'year' must be a year of four digits (1926), not '19x6'",
        ],
    ),
    "bib: a DOI written as a link": (
        [Edit(BIB, "  year = {1926},\n", "  year = {1926},\n  doi = {https://doi.org/10.1000/182},\n")],
        [
            f"{BIB}:11:3: entry 'kritsman1926': field 'doi' must be a DOI such as 10.1000/xyz (without "
            "https://doi.org/), not 'https://doi.org/10.1000/182'",
        ],
    ),
    "bib: a romanized field in Cyrillic": (
        [Edit(BIB, "title-latn = {Geroicheskii", "title-latn = {Героический")],
        [
            f"{BIB}:6:3: entry 'kritsman1926': field 'title-latn' must be in Latin script: it has Cyrillic "
            "'Г' (U+0413)",
        ],
    ),
    "bib: an entry type the styles do not know": (
        [Edit(BIB, "@book{omarbekov2003,", "@boook{omarbekov2003,")],
        [
            f"{BIB}:18:1: entry 'omarbekov2003': type '@boook' is not one the styles format (did you mean '@book'?)",
        ],
    ),
    # -- the gate: the text against the source --------------------------------------------------------------
    "a word of the Kazakh text changed": (
        [Edit(KK, "Соңғы уақытта", "Соңғы кезде")],
        [
            f"{KK}:5:27: the text differs from the source (source/eskaliev-aitenov-2025.txt) after '502; "
            "Абылгожин: 267]. Соңғы': the source has 'уақытта', this page 'кезде': restore the source's "
            f"words, or record the change in source/emendations.yml and mark it {{em:ID}}",
        ],
    ),
    "a section heading changed": (
        [Edit(KK, "# Кіріспе", "# Кириспе")],
        [
            f"{KK}:1:1: the heading must be '# Кіріспе' (the source's run-in heading 'Кіріспе.')",
        ],
    ),
    "a page marker misplaced against the source": (
        [Edit(KK, "{pb:1247}Соңғы уақытта", "Соңғы {pb:1247}уақытта")],
        [
            f"{KK}:5:18: {{pb:1247}} must stand right before 'Соңғы уақытта кеңестік кезең […', where page "
            "1247 begins in the source",
        ],
    ),
    "a Kazakh citation with no printed form": (
        [Edit(KK, "кезең [@kritsman1926].", "кезең [@kritsman1926]. [@omarbekov2003]")],
        [
            f"{KK}:5:67: citation [@omarbekov2003] in paragraph intro-2 has no record in source/citations.yml "
            "(the form the source prints here): add one with where: intro-2",
        ],
    ),
    "page markers out of order in the Kazakh": (
        [Edit(KK, "{#intro-1} Коммунистік", "{#intro-1} {pb:1248}Коммунистік")],
        [
            f"{KK}:5:12: page marker {{pb:1247}} comes after {{pb:1248}} (docs/introduction.md:3:12): print "
            "pages rise in reading order; correct the number or move the marker",
        ],
    ),
    "a page marker outside the article's pages": (
        [Edit(ARTICLE, None, ARTICLE_YML), Edit(KK, "{pb:1247}", "{pb:125}")],
        [
            f"{KK}:5:12: page marker {{pb:125}} is outside the article's pages 1245–1259 "
            "(source/article.yml): correct the number",
        ],
    ),
    "a locator that is only a word": (
        [Edit(KK, "[@kritsman1926, 148]", "[@kritsman1926, p.]")],
        [
            f"{KK}:3:39: locator 'p.' names no page: write the page number after the comma ('@kritsman1926, "
            "148'), or drop the comma and the locator",
        ],
    ),
    "a citation key with a Cyrillic letter": (
        [Edit(KK, "[@kritsman1926, 148]", "[@kritsmаn1926, 148]")],
        [
            f"{KK}:3:39: unknown citation key 'kritsmаn1926' (it contains U+0430 CYRILLIC SMALL LETTER A at "
            "character 7, where the rest is Latin; did you mean 'kritsman1926'?)",
        ],
    ),
    "a paragraph id with a Cyrillic letter": (
        [Edit(EN, "{#intro-2}", "{#intrо-2}")],
        [
            f"{EN}:5:1: paragraph id 'intrо-2' contains U+043E CYRILLIC SMALL LETTER O at character 5, where the "
            "rest is Latin: write it in Latin letters",
        ],
    ),
    # -- the gate: emendations ------------------------------------------------------------------------------
    "emendations: source no longer matches the source text": (
        [Edit(EM, 'source: "Қорытынды.Зерттеу"', 'source: "Корытынды.Зерттеу"')],
        [
            f"{EM}:3:11: emendation 'fixture-space': its source reading 'Корытынды.Зерттеу' is not what the "
            "source has at its place in intro-1 (source/eskaliev-aitenov-2025.txt has '148] және "
            "Қорытынды.Зерттеу [Омарбеков, 2003:'): correct 'source'",
        ],
    ),
    "emendations: where names no paragraph": (
        [Edit(EM, "where: intro-1", "where: intro-9")],
        [
            f"{EM}:2:10: where: 'intro-9' is not a paragraph of the text (write a paragraph id such as "
            "intro-1, or abstract-<language>)",
        ],
    ),
    "emendations: a record never used": (
        [Edit(EM, None, (MINI / EM).read_text(encoding="utf-8") + UNUSED_EM)],
        [
            f"{EM}:6:3: emendation 'unused-one' is never used: write {{em:unused-one}} in intro-2, or delete "
            "the record",
        ],
    ),
    "emendations: a mark in another paragraph than its record's": (
        [Edit(KK, "{#intro-2} {pb:1247}", "{#intro-2} {pb:1247}{em:fixture-space} ")],
        [
            f"{KK}:5:21: {{em:fixture-space}} stands in intro-2, but source/emendations.yml:1 records it for "
            "intro-1: move the mark or correct 'where'",
        ],
    ),
    "emendations: a mark of the Kazakh text in a translation": (
        [Edit(EN, "the conclusion", "{em:fixture-space}")],
        [
            f"{EN}:3:60: {{em:fixture-space}} emends the kk text (source/emendations.yml:1, where: intro-1), not this"
            " en page: delete the mark and write the translation's own words",
        ],
    ),
    "emendations: an id with a Cyrillic letter in the text": (
        [Edit(KK, "{em:fixture-space}", "{em:fixture-spаce}")],
        [
            f"{KK}:3:64: unknown emendation 'fixture-spаce' (it contains U+0430 CYRILLIC SMALL LETTER A at "
            "character 11, where the rest is Latin; record it in source/emendations.yml with id, where, source, "
            "reading, why)",
        ],
    ),
    "emendations: reading the same as source": (
        [Edit(EM, 'reading: "Қорытынды. Зерттеу"', 'reading: "Қорытынды.Зерттеу"')],
        [
            f"{EM}:4:12: reading is the source's reading: an emendation changes it",
        ],
    ),
    # -- the gate: citation forms, corrections, mkdocs.yml, encodings ---------------------------------------
    "citation forms: a key the bibliography lacks": (
        [Edit(FORMS, "key: kritsman1926}]}", "key: kritsman1962}]}")],
        [
            f"{FORMS}:4:67: unknown key 'kritsman1962' (did you mean 'kritsman1926'?)",
        ],
    ),
    "citation forms: where names no paragraph": (
        [Edit(FORMS, "where: intro-2", "where: intro-7")],
        [
            f"{FORMS}:4:44: where: 'intro-7' is not a paragraph of the text (write a paragraph id)",
        ],
    ),
    "citation forms: a form the source does not print": (
        [Edit(FORMS, 'source: "[Крицман, 1926]"', 'source: "[Крицман, 1927]"')],
        [
            f"{FORMS}:4:18: citation 3: '[Крицман, 1927]' is not in the source text after the citation before "
            "it: copy the form exactly as printed, the records in source order",
        ],
    ),
    "corrections: an impossible date": (
        [Edit(CORR, None, CORRECTION.replace("2026-01-02", "2026-02-30"))],
        [
            "source/corrections.yml:1:10: date '2026-02-30' is not a real date (day is out of range for "
            "month): correct it",
        ],
    ),
    "corrections: where names nothing": (
        [Edit(CORR, None, CORRECTION.replace("edition", "intro-9"))],
        [
            "source/corrections.yml:1:29: where: 'intro-9' is not a page name, a paragraph id or 'edition'",
        ],
    ),
    "mkdocs.yml: a nav entry for a missing page": (
        [Edit("mkdocs.yml", "  - references.md\n", "  - references.md\n  - referenses.md\n")],
        [
            "mkdocs.yml:43:5: nav entry 'referenses.md': there is no page docs/referenses.md (did you mean "
            "'references.md'?)",
        ],
    ),
    "a translated page saved as UTF-16": (
        [Edit(RU, new=(MINI / RU).read_text(encoding="utf-8").encode("utf-16"))],
        [
            f"{RU}:1:1: saved as UTF-16, not UTF-8: save the file as UTF-8",
        ],
    ),
    "article.yml: an author without an English form": (  # was a traceback on the English pages
        [Edit(ARTICLE, None, ARTICLE_YML.replace(', en: "Eskaliev"}', "}"))],
        ["source/article.yml:13:13: author 1's family has no 'en': add it"],
    ),
    "article.yml: a title, the journal, keywords or the language short of the edition's languages": (
        [
            Edit(
                ARTICLE,
                None,
                ARTICLE_YML.replace(', ru: "Тест"', "")
                .replace('en: "Otan tarihy"', 'de: "Otan tarihy"')
                .replace("language: kk", "language: de")
                + "keywords: {kk: [a], ru: [b]}\ntitle_is_translation: [fr]\n",
            )
        ],
        [
            "source/article.yml:4:11: language: 'de' must be one of the edition's languages (kk, ru, en)",
            "source/article.yml:10:10: journal has no 'en': add it",
            "source/article.yml:11:8: title has no 'ru': add it",
            "source/article.yml:16:11: keywords has no 'en': add it",
            "source/article.yml:17:23: title_is_translation: 'fr' must be one of the edition's languages (kk, ru, en)",
        ],
    ),
    "article.yml: a page that is not a number": (
        [Edit(ARTICLE, None, ARTICLE_YML.replace('last_page: "1259"', 'last_page: "1259a"'))],
        [
            "source/article.yml:9:12: last_page: '1259a' must be a whole number",
        ],
    ),
    "article.yml: a DOI written as a link": (
        [Edit(ARTICLE, None, ARTICLE_YML.replace('doi: "10.1000/182"', 'doi: "https://doi.org/10.1000/182"'))],
        [
            "source/article.yml:3:6: field 'doi' must be a DOI such as 10.1000/xyz (without https://doi.org/), not "
            "'https://doi.org/10.1000/182'",
        ],
    ),
    "article.yml: a year of five digits": (
        [Edit(ARTICLE, None, ARTICLE_YML.replace("year: 2025", 'year: "20255"'))],
        [
            "source/article.yml:5:7: field 'year' must be a year of four digits (1926), not '20255'",
        ],
    ),
    "article.yml: last_page before first_page": (
        [Edit(ARTICLE, None, ARTICLE_YML.replace('last_page: "1259"', 'last_page: "1244"'))],
        [
            "source/article.yml:9:12: last_page 1244 comes before first_page 1245: correct one of them",
        ],
    ),
    "article.yml: first_body_page before first_page": (
        [Edit(ARTICLE, None, ARTICLE_YML.replace("first_body_page: 1246", "first_body_page: 1244"))],
        [
            "source/article.yml:15:18: first_body_page 1244 is not within the article's pages 1245–1259: correct it",
        ],
    ),
    "article.yml: keywords as one text": (
        [Edit(ARTICLE, None, ARTICLE_YML + 'keywords: {en: "Revolution, Lenin"}\n')],
        [
            "source/article.yml:16:16: keywords: en must be a list of words (en: [word, ...])",
        ],
    ),
    "article.yml: title_is_translation as one text": (
        [Edit(ARTICLE, None, ARTICLE_YML + "title_is_translation: ru\n")],
        [
            "source/article.yml:16:23: title_is_translation must be a list of languages ([ru])",
        ],
    ),
    "article.yml: a key given twice": (
        [Edit(ARTICLE, None, ARTICLE_YML + 'doi: "10.1000/183"\n')],
        [
            "source/article.yml:16:1: key 'doi' given twice (first at line 3): keep one",
        ],
    ),
    "emendations.yml deleted while the pages mark emendations": (
        [Edit(EM)],
        [
            "source/emendations.yml: file not found: create it (docs/introduction.md uses it: {em:…})",
        ],
    ),
    "corrections: a key given twice in a record": (
        [Edit(CORR, None, CORRECTION.replace("date: 2026-01-02,", "date: 2026-01-02, date: 2026-01-03,"))],
        [
            "source/corrections.yml:1:22: key 'date' given twice (first at line 1): keep one",
        ],
    ),
}


HOOK = f"{ROOT.as_posix()}/scripts/"
TERMS = "source/terms.yml"
TERM = """- id: soviet
  kk: Кеңес
  ru: Совет
  en: Soviet
  explain: {kk: "Кеңес.", ru: "Совет.", en: "A council."}
  match: {kk: 'кеңес'}
"""
GLOSSARY = [
    Edit(f"docs/glossary{s}.md", None, f"# {t}\n\n{{glossary}}\n")
    for s, t in (("", "Глоссарий"), (".ru", "Глоссарий"), (".en", "Glossary"))
]
GLOSSARY.append(Edit("mkdocs.yml", "  - references.md\n", "  - references.md\n  - glossary.md\n"))
DEFINITION = (
    "a definition list's definition (a line beginning ': '), which this site would publish as typed: explain a term "
    "in source/terms.yml (the glossary), or write a list item ('- **Term**: definition'); a wrapped line of text "
    "must not begin with ': ' (join it to the line before)"
)
SAME = "a translation has the original's lists, tables, rules, code and HTML, in the same places"
REMOTE = (
    "it would be loaded from another site, and the site makes no third-party requests: copy the file into "
    "docs/assets/ and give its path ('assets/map.png')"
)
RUNS = "it would run a script: remove it (a link leads to a page or a place)"
NEW_CASES = {
    # -- issue 19: Markdown the site does not render, in every language ------------------------------------------
    "markdown: an admonition in the original": (
        [Edit(KK, "{#intro-2}", "!!! note\n    Ескерту.\n\n{#intro-2}")],
        [
            (
                "docs/introduction.md:5:1: '!!!' is an admonition, which this site would publish as typed: write the "
                "text as a paragraph, or the editor's remark as a note ({note:ID})"
            ),
        ],
    ),
    "markdown: an admonition in a translation": (
        [Edit(EN, "{#intro-2}", "!!! note\n    A remark.\n\n{#intro-2}")],
        [
            (
                "docs/introduction.en.md:5:1: '!!!' is an admonition, which this site would publish as typed: write "
                "the text as a paragraph, or the editor's remark as a note ({note:ID})"
            ),
        ],
    ),
    "markdown: a collapsible admonition": (
        [Edit(RU, "{#intro-2}", "??? info\n    Текст.\n\n{#intro-2}")],
        [
            (
                "docs/introduction.ru.md:5:1: '???' is an admonition, which this site would publish as typed: write "
                "the text as a paragraph, or the editor's remark as a note ({note:ID})"
            ),
        ],
    ),
    "markdown: a footnote reference in a translation": (
        [Edit(EN, "Recently the Soviet period", "Recently[^1] the Soviet period")],
        [
            (
                "docs/introduction.en.md:5:29: '[^1]' is a footnote, which this site would publish as typed: write an "
                "editor's note: {note:ID}, with its record in source/notes.yml"
            ),
        ],
    ),
    "markdown: a footnote definition": (
        [Edit(EN, None, (MINI / EN).read_text(encoding="utf-8") + "\n[^1]: A note.\n")],
        [
            (
                "docs/introduction.en.md:7:1: '[^1]' is a footnote, which this site would publish as typed: write an "
                "editor's note: {note:ID}, with its record in source/notes.yml"
            ),
        ],
    ),
    "markdown: an abbreviation definition": (
        [Edit(RU, None, (MINI / RU).read_text(encoding="utf-8") + "\n*[КПСС]: Коммунистическая партия\n")],
        [
            (
                "docs/introduction.ru.md:7:1: '*[КПСС]:' is an abbreviation definition, which this site would publish "
                "as typed: explain the abbreviation as a term in source/terms.yml"
            ),
        ],
    ),
    "markdown: a task list item": (
        [Edit(EN, None, (MINI / EN).read_text(encoding="utf-8") + "\n- [ ] check\n")],
        [
            (
                "docs/introduction.en.md:7:3: '[ ]' is a task list item, which this site would publish as typed: "
                "write a plain list item ('- ...')"
            ),
        ],
    ),
    "markdown: strikethrough": (
        [Edit(EN, "Recently the Soviet", "Recently the ~~Soviet~~")],
        [
            (
                "docs/introduction.en.md:5:34: '~~' is strikethrough ('~~'), which this site would publish as typed: "
                "leave the text as printed; record a correction in source/emendations.yml"
            ),
        ],
    ),
    "markdown: highlighting": (
        [Edit(EN, "Recently the Soviet", "Recently the ==Soviet==")],
        [
            (
                "docs/introduction.en.md:5:34: '==' is highlighting ('=='), which this site would publish as typed: "
                "write *emphasis* instead"
            ),
        ],
    ),
    "markdown: a definition list in a translation": (
        [Edit(EN, None, (MINI / EN).read_text(encoding="utf-8") + "\nTerm\n:   A definition.\n")],
        [f"docs/introduction.en.md:8:1: ':' is {DEFINITION}"],
    ),
    "markdown: a wrapped line that begins ': '": (
        [Edit(EN, "Soviet period [@kritsman1926].", "Soviet period\n: [@kritsman1926].")],
        [f"docs/introduction.en.md:6:1: ':' is {DEFINITION}"],
    ),
    "markdown: a block quote": (
        [Edit(EN, None, (MINI / EN).read_text(encoding="utf-8") + "\n> A quotation.\n")],
        [
            "docs/introduction.en.md:7:1: a block quote ('> ') cannot take a paragraph id, and a body section's every "
            "paragraph has one: write the quotation in its paragraph, within quotation marks («...», “...”)"
        ],
    ),
    **{
        f"markdown: {kind} only in a translation": (
            [Edit(EN, None, (MINI / EN).read_text(encoding="utf-8") + block)],
            [
                f"docs/introduction.en.md:7:1: {kind} after paragraph intro-2 is not in the original (none there): "
                + SAME
            ],
        )
        for kind, block in (
            ("a table", "\n| a | b |\n|---|---|\n| 1 | 2 |\n"),
            ("a list", "\n- one\n    - two\n"),
            ("a numbered list", "\n1. one\n2. two\n"),
            ("a rule", "\n---\n"),
            ("a code block", "\n```\ncode\n```\n"),
            ("an HTML block", "\n<details><summary>More</summary>Some text.</details>\n"),
        )
    },
    "markdown: an indented code block only in a translation": (
        [Edit(EN, None, (MINI / EN).read_text(encoding="utf-8") + "\n    code\n")],
        [
            "docs/introduction.en.md:7:1: a code block after paragraph intro-2 is not in the original (none there): "
            + SAME
        ],
    ),
    "html: a script": (
        [Edit(EN, "Recently the Soviet period", "Recently <script>alert(1)</script> the Soviet period")],
        [
            "docs/introduction.en.md:5:30: '<script>' is HTML the edition does not take: the site runs no "
            "script of a page's own: delete it; a page's HTML is only <span>, <sup>, <p>, <details> and "
            "<summary>, with class or lang"
        ],
    ),
    "html: a frame": (
        [
            Edit(
                EN,
                "Recently the Soviet period",
                'Recently <iframe src="https://example.org"></iframe> the Soviet period',
            )
        ],
        [
            "docs/introduction.en.md:5:30: '<iframe>' is HTML the edition does not take: the site loads no "
            "other page or file into a page, and makes no third-party requests: delete it; a page's HTML is "
            "only <span>, <sup>, <p>, <details> and <summary>, with class or lang"
        ],
    ),
    "html: an image from another site": (
        [
            Edit(
                EN,
                "Recently the Soviet period",
                'Recently <img src="https://example.org/x.png" alt="x"> the Soviet period',
            )
        ],
        [
            "docs/introduction.en.md:5:30: '<img>' is HTML the edition does not take: the edition publishes "
            "no images or media (the article prints none): delete it; a page's HTML is only <span>, <sup>, "
            "<p>, <details> and <summary>, with class or lang"
        ],
    ),
    "markdown: an image from another site": (
        [Edit(EN, "Recently the Soviet period", "Recently ![a map](https://example.org/map.png) the Soviet period")],
        [
            "docs/introduction.en.md:5:30: '![a map](https://example.org/map.png)' is an image from another "
            "site (a third-party request, which the site never makes): the edition publishes no images (the "
            "printed article has no figure): delete it, or say in words what it shows"
        ],
    ),
    "markdown: an image that is not there": (
        [Edit(EN, "Recently the Soviet period", "Recently ![a map](map.png) the Soviet period")],
        [
            "docs/introduction.en.md:5:30: '![a map](map.png)' is an image: the edition publishes no images "
            "(the printed article has no figure): delete it, or say in words what it shows"
        ],
    ),
    "html: an image that is not there": (
        [Edit(EN, "Recently the Soviet period", 'Recently <img src="assets/none.png" alt="x"> the Soviet period')],
        [
            "docs/introduction.en.md:5:30: '<img>' is HTML the edition does not take: the edition publishes "
            "no images or media (the article prints none): delete it; a page's HTML is only <span>, <sup>, "
            "<p>, <details> and <summary>, with class or lang"
        ],
    ),
    "html: a javascript: link": (
        [Edit(EN, "Recently the Soviet period", 'Recently <a href="javascript:alert(1)">the</a> Soviet period')],
        [
            "docs/introduction.en.md:5:30: '<a>' is HTML the edition does not take: write a Markdown link: "
            "[words](results.md#results-12); a page's HTML is only <span>, <sup>, <p>, <details> and "
            "<summary>, with class or lang"
        ],
    ),
    "html: an event handler": (
        [Edit(EN, "Recently the Soviet period", 'Recently <span onclick="alert(1)">the</span> Soviet period')],
        [
            "docs/introduction.en.md:5:36: attribute 'onclick' of '<span>' is not taken (it would run a script): "
            "delete it (the edition's <span> takes only class, lang)"
        ],
    ),
    "an invisible character in a citation key": (
        [Edit(KK, "[@kritsman1926, 148]", "[@krits\u200bman1926, 148]")],
        [
            f"{KK}:3:45: malformed citation item '@krits\u200bman1926, 148': an invisible U+200B ZERO WIDTH SPACE "
            "after '@krits': delete it"
        ],
    ),
    "an invisible character in a paragraph id": (
        [Edit(EN, "{#intro-2}", "{#intro\u200b-2}")],
        [
            f"{EN}:5:1: mark '{{#intro\u200b-2}}' contains U+200B ZERO WIDTH SPACE at character 8: delete it (the mark "
            "is written without it)"
        ],
    ),
    # what the site renders as the editor meant: taken
    "markdown: emphasis across lines": ([Edit(EN, "Recently the Soviet period", "Recently *the\nSoviet* period")], []),
    "markdown: a hard line break": ([Edit(EN, "Recently the Soviet period", "Recently the  \nSoviet period")], []),
    "markdown: an address in the text": (
        [Edit(EN, "Recently the Soviet period", "Recently (https://example.org/x) the Soviet period")],
        [],
    ),
    "markdown: an HTML comment": (
        [Edit(EN, None, (MINI / EN).read_text(encoding="utf-8") + "\n<!-- a note -->\n")],
        [],
    ),
    "markdown: a footnote in code is left alone": (
        [Edit(EN, "Recently the Soviet period", "Recently `[^1]` the Soviet period")],
        [],
    ),
    # -- mkdocs.yml ---------------------------------------------------------------------------------------------
    "mkdocs.yml: the hooks block removed": (
        [Edit("mkdocs.yml", f"hooks:\n  - {HOOK}hooks.py\n  - {HOOK}site_fixes.py\n", "")],
        [
            (
                "mkdocs.yml:1:1: hooks: scripts/hooks.py and scripts/site_fixes.py not listed: without the edition's "
                "hooks the site would be published with its marks and citations as typed ({#results-1}, [@key, 13]); "
                "restore 'hooks:' with '- scripts/hooks.py' and '- scripts/site_fixes.py'"
            ),
        ],
    ),
    "mkdocs.yml: the engine's hook removed": (
        [Edit("mkdocs.yml", f"  - {HOOK}hooks.py\n", "")],
        [
            (
                "mkdocs.yml:24:3: hooks: scripts/hooks.py not listed: without the edition's hooks the site would be "
                "published with its marks and citations as typed ({#results-1}, [@key, 13]); restore 'hooks:' with '- "
                "scripts/hooks.py' and '- scripts/site_fixes.py'"
            ),
        ],
    ),
    "mkdocs.yml: a titled nav entry": (
        [Edit("mkdocs.yml", "  - introduction.md\n", "  - Introduction: introduction.md\n")],
        [
            (
                "mkdocs.yml:41:5: nav entry 'Introduction: introduction.md' has a title: write '- introduction.md' "
                "(each language's title comes from the page's '# ' heading)"
            ),
        ],
    ),
    "mkdocs.yml: a nav group without its title in the other languages": (
        [Edit("mkdocs.yml", "  - introduction.md\n", "  - Part one:\n      - introduction.md\n")],
        [
            (
                "mkdocs.yml:41:5: nav group 'Part one' has no title in ru, en: add 'Part one: ...' to nav_translations"
                " of ru, en in the i18n plugin's languages"
            ),
        ],
    ),
    "mkdocs.yml: a nav group titled in every language": (
        [
            Edit("mkdocs.yml", "  - introduction.md\n", "  - Part one:\n      - introduction.md\n"),
            Edit(
                "mkdocs.yml",
                "{locale: ru, name: Русский, build: true}",
                "{locale: ru, name: Русский, build: true, nav_translations: {Part one: Часть первая}}",
            ),
            Edit(
                "mkdocs.yml",
                "{locale: en, name: English, build: true}",
                "{locale: en, name: English, build: true, nav_translations: {Part one: Part one}}",
            ),
        ],
        [],
    ),
    "mkdocs.yml: a nav group inside a group": (
        [Edit("mkdocs.yml", "  - introduction.md\n", "  - Part one:\n      - Chapter:\n          - introduction.md\n")],
        [
            (
                "mkdocs.yml:41:5: nav group 'Part one' has no title in ru, en: add 'Part one: ...' to nav_translations"
                " of ru, en in the i18n plugin's languages"
            ),
            (
                "mkdocs.yml:42:9: nav entry: the edition's nav lists pages ('- results.md'), or groups of them at its"
                " top level ('- Мақала:' and its pages below it)"
            ),
            (
                "docs/introduction.md:1:1: page docs/introduction.md is not in mkdocs.yml's nav, so no reader would "
                "reach it: add '- introduction.md' to the nav at its place in the reading order, or delete the page "
                "in every language"
            ),
        ],
    ),
    "mkdocs.yml: a page missing from the nav": (
        [Edit("mkdocs.yml", "  - introduction.md\n", "")],
        [
            (
                "docs/introduction.md:1:1: page docs/introduction.md is not in mkdocs.yml's nav, so no reader would "
                "reach it: add '- introduction.md' to the nav at its place in the reading order, or delete the page "
                "in every language"
            ),
        ],
    ),
    "mkdocs.yml: an alias bomb in the nav": (
        [
            Edit(
                "mkdocs.yml",
                "nav:\n",
                "x0: &x0 [a, a, a, a, a, a, a, a, a]\n"
                + "".join(f"x{i}: &x{i} [{', '.join([f'*x{i - 1}'] * 9)}]\n" for i in range(1, 9))
                + "nav:\n",
            )
        ],
        [
            (
                "mkdocs.yml:39:5: this value is used again through an alias ('&name' ... '*name'): the edition's "
                "files take no anchors or aliases; write the value out where it is needed"
            ),
        ],
    ),
    "mkdocs.yml: malformed YAML": (
        [Edit("mkdocs.yml", "nav:\n", "nav: [\n")],
        [
            "mkdocs.yml:40:3: malformed YAML: expected the node content, but found '-'",
            (
                "  ↳ follows from the above: mkdocs.yml: mkdocs.yml was refused: MkDocs encountered an error parsing "
                "the configuration file: while parsing a flow node expected the node content, but found '-' in "
                '"{proj}/mkdocs.yml", line 40, column 3'
            ),
        ],
    ),
    "mkdocs.yml: an unknown theme": (
        [Edit("mkdocs.yml", "name: material", "name: materail")],
        [
            (
                "mkdocs.yml: MkDocs: Config value 'theme': Unrecognised theme name: 'materail'. The available "
                "installed themes are: mkdocs, readthedocs, material"
            ),
        ],
    ),
    # -- pages ----------------------------------------------------------------------------------------------------
    "pages: a new page in every language, not in the nav": (
        [Edit(f"docs/extra{s}.md", None, "# Extra\n\nText.\n") for s in ("", ".ru", ".en")],
        [
            (
                "docs/extra.md:1:1: page docs/extra.md is not in mkdocs.yml's nav, so no reader would reach it: add "
                "'- extra.md' to the nav at its place in the reading order, or delete the page in every language"
            ),
        ],
    ),
    "pages: a translation holding only front matter": (
        [Edit(EN, None, "---\ntitle: Introduction\n---\n")],
        [
            "docs/introduction.en.md:1:1: paragraph ids differ from docs/introduction.md: missing intro-1, intro-2",
        ],
    ),
    "pages: a page holding only its title": (  # trial 5: the cause, its list deleted, said at the page
        [Edit("docs/references.en.md", None, "# References\n")],
        [
            "docs/references.en.md:1:1: {bibliography} is on the original page but not on this one: its readers"
            " would not get the list; write {bibliography} on a line of its own where the original has it"
        ],
    ),
    "pages: a link to a paragraph that does not exist": (
        [Edit(EN, "Recently the Soviet period", "Recently the [Soviet period](index.md#intro-99)")],
        [
            (
                "docs/introduction.en.md:5:58: link '../#intro-99' on /en/introduction/ leads to no place on its page "
                "(no id 'intro-99'): correct it"
            ),
        ],
    ),
    "pages: a link to a page that does not exist": (
        [Edit(EN, "Recently the Soviet period", "Recently the [Soviet period](results.md)")],
        [
            (
                "docs/introduction.en.md:5:50: MkDocs: Doc file 'introduction.en.md' contains a link 'results.md', "
                "but the target is not found among documentation files. Correct the link, or add the file it names to "
                "docs/."
            ),
        ],
    ),
    "pages: a link to a paragraph that exists": (
        [Edit(EN, "Recently the Soviet period", "Recently the [Soviet period](introduction.md#intro-1)")],
        [],
    ),
    "pages: an external link is not followed": (
        [Edit(EN, "Recently the Soviet period", "Recently the [Soviet period](https://example.org/x#y)")],
        [],
    ),
    # -- article.yml --------------------------------------------------------------------------------------------
    "article: volume 28a": (
        [Edit(ARTICLE, None, ARTICLE_YML.replace('volume: "28"', 'volume: "28a"'))],
        [
            "source/article.yml:6:9: volume '28a' must be the number printed on the issue (e.g. 28): correct it",
        ],
    ),
    "article: issue with a letter": (
        [Edit(ARTICLE, None, ARTICLE_YML.replace('issue: "4"', 'issue: "4b"'))],
        [
            "source/article.yml:7:8: issue '4b' must be the number printed on the issue (e.g. 4): correct it",
        ],
    ),
    "article: empty initials": (
        [Edit(ARTICLE, None, ARTICLE_YML.replace('en: "S.A."', 'en: ""'))],
        [
            (
                "source/article.yml:14:44: author 1: initials.en is empty: write it as printed (every citation in "
                "'en' would print it blank)"
            ),
        ],
    ),
    "article: initials without full stops": (
        [Edit(ARTICLE, None, ARTICLE_YML.replace('en: "S.A."', 'en: "SA"'))],
        [
            "source/article.yml:14:44: author 1: initials.en 'SA' must be initials with full stops, e.g. S.A.",
        ],
    ),
    "article: an empty family name": (
        [Edit(ARTICLE, None, ARTICLE_YML.replace('en: "Eskaliev"', 'en: " "'))],
        [
            (
                "source/article.yml:13:50: author 1: family.en is empty: write it as printed (every citation in 'en' "
                "would print it blank)"
            ),
        ],
    ),
    "article: a DOI with a trailing period": (
        [Edit(ARTICLE, None, ARTICLE_YML.replace('doi: "10.1000/182"', 'doi: "10.1000/182."'))],
        [
            (
                "source/article.yml:3:6: doi '10.1000/182.' ends with '.': delete it (a DOI never ends in "
                "punctuation; its link would break)"
            ),
        ],
    ),
    "article: a DOI with a space": (
        [Edit(ARTICLE, None, ARTICLE_YML.replace('doi: "10.1000/182"', 'doi: "10.1000/ 182"'))],
        [
            (
                "source/article.yml:3:6: field 'doi' must be a DOI such as 10.1000/xyz (without https://doi.org/), "
                "not '10.1000/ 182'"
            ),
        ],
    ),
    # -- data files: what hangs ------------------------------------------------------------------------------------
    "emendations: an alias bomb": (
        [
            Edit(
                EM,
                None,
                "- &a0 {id: x, where: intro-1, source: s, reading: r, why: w}\n"
                + "".join(f"- &a{i} [{', '.join([f'*a{i - 1}'] * 9)}]\n" for i in range(1, 10)),
            )
        ],
        [
            (
                "source/emendations.yml:1:3: this value is used again through an alias ('&name' ... '*name'): the "
                "edition's files take no anchors or aliases; write the value out where it is needed"
            ),
        ],
    ),
    "emendations: one alias": (
        [
            Edit(
                EM,
                '  why: "missing space after the full stop"',
                '  why: &w "missing space after the full stop"\n  why-en: *w',
            )
        ],
        [
            (
                "source/emendations.yml:5:8: this value is used again through an alias ('&name' ... '*name'): the "
                "edition's files take no anchors or aliases; write the value out where it is needed"
            ),
        ],
    ),
    "citations: a file of more than 2 MB": (
        [Edit(FORMS, None, "# " + "x" * 2_100_000 + "\n")],
        [
            "source/citations.yml:1:1: the file has 2,100,003 characters (at most 2,000,000): is it the right file?",
        ],
    ),
    "terms: a catastrophic pattern": (
        [
            Edit(ARTICLE, None, ARTICLE_YML),
            Edit(TERMS, None, TERM.replace("match: {kk: 'кеңес'}", r"match: {kk: '(\w+\s?)+!'}")),
            *GLOSSARY,
        ],
        [
            (
                "source/terms.yml:6:15: term 'soviet': match.kk '(\\w+\\s?)+!' repeats a group that itself repeats: "
                "on some text it would never finish; repeat a character class instead ('[\\w\\s-]+'), or write each "
                "form out ('a|b')"
            ),
        ],
    ),
    "terms: a pattern of repeated alternatives": (
        [Edit(TERMS, None, TERM.replace("match: {kk: 'кеңес'}", "match: {kk: '(?:кеңес|кеңесі)+x'}")), *GLOSSARY],
        [
            (
                "source/terms.yml:6:15: term 'soviet': match.kk '(?:кеңес|кеңесі)+x' repeats a group of alternatives: "
                "on some text it would never finish; repeat a character class instead ('[\\w\\s-]+'), or write each "
                "form out ('a|b')"
            ),
        ],
    ),
    "terms: a pattern that finds nothing": (
        [Edit(TERMS, None, TERM.replace("match: {kk: 'кеңес'}", "match: {kk: 'Большевиктер'}")), *GLOSSARY],
        [],
    ),
}


# The trial of issue 19 (its numbers): what passed `make check` and published a wrong site, or was refused for
# the wrong reason. Raw HTML is the edition's few tags only; no image; no file from another site in any page.
REFERENCES_EN = "# References\n\n{bibliography}\n"
HTML_CASES = {
    "html: an unclosed <b> in a paragraph (trial 17)": (
        [Edit(EN, "Recently the Soviet period", "Recently the <b>Soviet period")],
        [
            (
                "docs/introduction.en.md:5:34: '<b>' is HTML the edition does not take: write **bold** in "
                "Markdown; a page's HTML is only <span>, <sup>, <p>, <details> and <summary>, with class or lang"
            ),
        ],
    ),
    "html: a script block (trial 18)": (
        [Edit(EN, "{#intro-2}", "<script>alert(1)</script>\n\n{#intro-2}")],
        [
            (
                "docs/introduction.en.md:5:1: '<script>' is HTML the edition does not take: the site runs no "
                "script of a page's own: delete it; a page's HTML is only <span>, <sup>, <p>, <details> and "
                "<summary>, with class or lang"
            ),
        ],
    ),
    "html: a div holding a citation (trial 19)": (
        [Edit(EN, "{#intro-2}", "<div markdown>See [@kritsman1926, 148].</div>\n\n{#intro-2}")],
        [
            (
                "docs/introduction.en.md:5:1: '<div>' is HTML the edition does not take: write the text as "
                "Markdown (a paragraph, with its {#id} in a section); a page's HTML is only <span>, <sup>, <p>, "
                "<details> and <summary>, with class or lang"
            ),
        ],
    ),
    "html: a frame from another site (trial 24)": (
        [Edit(EN, "{#intro-2}", '<iframe src="https://www.youtube.com/embed/x"></iframe>\n\n{#intro-2}')],
        [
            (
                "docs/introduction.en.md:5:1: '<iframe>' is HTML the edition does not take: the site loads no "
                "other page or file into a page, and makes no third-party requests: delete it; a page's HTML is "
                "only <span>, <sup>, <p>, <details> and <summary>, with class or lang"
            ),
        ],
    ),
    "html: an event handler on a span the edition takes": (
        [Edit(EN, "Recently the Soviet period", 'Recently the <span onclick="alert(1)">Soviet</span> period')],
        [
            (
                "docs/introduction.en.md:5:40: attribute 'onclick' of '<span>' is not taken (it would run a "
                "script): delete it (the edition's <span> takes only class, lang)"
            ),
        ],
    ),
    "html: a span never closed": (
        [Edit(EN, "Recently the Soviet period", 'Recently the <span class="key-sample">Soviet period')],
        [
            (
                "docs/introduction.en.md:5:34: '<span>' is never closed: close it with '</span>' where it ends "
                "(left open, it runs on to the end of its paragraph)"
            ),
        ],
    ),
    "html: the edition's own tags are taken": (
        [
            Edit(
                "docs/references.en.md",
                None,
                REFERENCES_EN + '\n<p class="edition-notice">A notice, <span lang="kk">kk</span><sup>1</sup>.</p>\n'
                "\n<!-- a comment --> and an address <https://example.org/>\n",
            )
        ],
        [],
    ),
    "markdown: an image line from another site (trial 20)": (
        [Edit(EN, "{#intro-2}", "![Map](https://example.com/map.png)\n\n{#intro-2}")],
        [
            (
                "docs/introduction.en.md:5:1: '![Map](https://example.com/map.png)' is an image from another "
                "site (a third-party request, which the site never makes): the edition publishes no images (the "
                "printed article has no figure): delete it, or say in words what it shows"
            ),
        ],
    ),
    "markdown: an image line, no such file (trial 21)": (
        [Edit(EN, "{#intro-2}", "![Map](img/map.png)\n\n{#intro-2}")],
        [
            (
                "docs/introduction.en.md:5:1: '![Map](img/map.png)' is an image: the edition publishes no images "
                "(the printed article has no figure): delete it, or say in words what it shows"
            ),
        ],
    ),
    "markdown: an image from another site in a paragraph (trial 25)": (
        [Edit(EN, "Recently the Soviet period", "![Map](https://example.com/map.png) Recently the Soviet period")],
        [
            (
                "docs/introduction.en.md:5:21: '![Map](https://example.com/map.png)' is an image from another "
                "site (a third-party request, which the site never makes): the edition publishes no images (the "
                "printed article has no figure): delete it, or say in words what it shows"
            ),
        ],
    ),
    "markdown: an image in a paragraph, no such file (trial 26)": (
        [Edit(EN, "Recently the Soviet period", "![Map](img/map.png) Recently the Soviet period")],
        [
            (
                "docs/introduction.en.md:5:21: '![Map](img/map.png)' is an image: the edition publishes no "
                "images (the printed article has no figure): delete it, or say in words what it shows"
            ),
        ],
    ),
    "markdown: a link to another language's file (trial 75)": (
        [Edit(EN, "Recently the Soviet period", "Recently the [Soviet period](introduction.ru.md#intro-1)")],
        [
            (
                "docs/introduction.en.md:5:50: link to 'introduction.ru.md#intro-1', a file of the 'ru' pages: "
                "link to 'introduction.md#intro-1' (the page's name, without a language suffix); the site leads "
                "it to the page in the reader's language"
            ),
        ],
    ),
    "markdown: a nested list item indented by two spaces (trial 28)": (
        [Edit("docs/references.en.md", None, REFERENCES_EN + "\n- a point\n  - a sub-point typed with two spaces\n")],
        [
            (
                "docs/references.en.md:6:3: a list item indented by 2 space(s): a nested item is indented by 4 "
                "(Python-Markdown's rule), and as it is it would be published as an item of the list above, not "
                "under it: indent it by 4 spaces, or by none for an item of the same list"
            ),
        ],
    ),
    "markdown: a nested list item indented by four spaces": (
        [Edit("docs/references.en.md", None, REFERENCES_EN + "\n- a point\n    - a sub-point\n- another point\n")],
        [],
    ),
    "markdown: an unclosed emphasis (trial 82)": (
        [Edit(EN, "Recently the Soviet period", "Recently the *Soviet period")],
        [
            (
                "docs/introduction.en.md:5:34: '*Soviet' is published with its '*' as typed on "
                "/en/introduction/: the emphasis it opens or closes has no partner in its paragraph; close it "
                "('*words*'), or write '\\*' for a star meant as text"
            ),
        ],
    ),
    "markdown: an escaped star is text": (
        [Edit(EN, "Recently the Soviet period", "Recently the \\*Soviet period")],
        [],
    ),
    "markdown: a heading id given twice (trial 76)": (
        [
            Edit(
                "docs/references.en.md",
                None,
                REFERENCES_EN
                + "\n## How to read {: #how-to-read }\n\nText.\n\n## The source {: #how-to-read }\n\nText.\n",
            )
        ],
        [
            (
                "docs/references.en.md:9:18: id 'how-to-read' stands 2 times on /en/references/: a link to it "
                "would lead to the first only; give each its own id (a heading's '{: #id }' names it once), or "
                "delete the one written here"
            ),
        ],
    ),
    "emendations: Word's quotation marks as YAML's quotes (trial 79)": (
        [Edit(EM, '  why: "missing space after the full stop"', "  why: “missing space after the full stop”")],
        [
            (
                "source/emendations.yml:5:8: the value begins with '“' and ends with '”', a word processor's "
                "quotation marks, which YAML does not take as quotes: the site would show them; write straight "
                'quotes ("...") around the value, or, if the marks belong to the text, keep them inside: "“...”"'
            ),
        ],
    ),
    "emendations: quotation marks inside YAML's quotes are text": (
        [Edit(EM, '  why: "missing space after the full stop"', '  why: "«missing space» after the full stop"')],
        [],
    ),
    "mkdocs.yml: a script from another site": (
        [Edit("mkdocs.yml", "  - assets/edition.js\n", "  - assets/edition.js\n  - https://cdn.example.org/x.js\n")],
        [
            (
                "mkdocs.yml:39:5: the page / would load 'https://cdn.example.org/x.js' from another site: the "
                "site makes no third-party requests; copy the file into docs/assets/ and give its path, or "
                "delete it"
            ),
        ],
    ),
    "mkdocs.yml: the theme's fonts from another site": (
        [Edit("mkdocs.yml", "  font: false\n", "")],
        [
            (
                "mkdocs.yml:6:1: the page / would load 'https://fonts.gstatic.com', "
                "'https://fonts.googleapis.com/css' "
                "from another site: the site makes no third-party requests; keep 'font: false' under 'theme:' "
                "(the edition's fonts are the reader's own), and no address of another site in the theme's "
                "settings"
            ),
        ],
    ),
}


# -- issue 19, item 4: the cause first, named; its follow-ons folded under it; what to do ------------------------


def note_n1(cite: str) -> list[Edit]:
    """An editor's note whose mark follows `cite` in every language (its anchor)."""
    return [Edit(path, cite, cite + "{note:n1}") for path in (KK, RU, EN)] + [
        Edit(
            "source/notes.yml",
            None,
            f"- id: n1\n  where: intro-1\n  anchor: {{kk: '{cite}', ru: '{cite}', en: '{cite}'}}\n"
            '  kk: "Ескертпе."\n  ru: "Примечание."\n  en: "A note."\n',
        )
    ]


LOCATOR_148_149 = [  # the fixture's first citation with a page range, in the source and every language
    Edit(KK, "[@kritsman1926, 148]", "[@kritsman1926, 148-149]"),
    Edit(RU, "[@kritsman1926, 148]", "[@kritsman1926, 148-149]"),
    Edit(FORMS, '"[Крицман, 1926: 148]"', '"[Крицман, 1926: 148-149]"'),
    Edit(FORMS, 'locator: "148"', 'locator: "148-149"'),
    Edit("source/eskaliev-aitenov-2025.txt", "1926: 148]", "1926: 148-149]"),
]


def second_section(name: str = "discussion") -> list[Edit]:
    """A second body section, on the next print page: the order of the sections is the article's."""
    return [
        *(
            Edit(f"docs/{name}{s}.md", None, f"# {title}\n\n{{#discussion-1}} Бас. {{pb:1248}}Соңы.\n")
            for s, title in (("", "Талқылау"), (".ru", "Обсуждение"), (".en", "Discussion"))
        ),
        Edit("mkdocs.yml", "  - introduction.md\n", f"  - introduction.md\n  - {name}.md\n"),
        Edit("source/eskaliev-aitenov-2025.txt", "[қазақша].\n", "[қазақша].\n\nТалқылау. Бас.\n Соңы.\n"),
    ]


DISCUSSION = second_section()
MESSAGE_CASES = {
    "a second body section": (DISCUSSION, []),  # the cases below start from it
    "mkdocs.yml: the nav puts the sections out of the article's order": (  # trial #65: the nav, not the markers
        [
            *DISCUSSION,
            Edit("mkdocs.yml", "  - introduction.md\n  - discussion.md\n", "  - discussion.md\n  - introduction.md\n"),
        ],
        [
            "mkdocs.yml:41:5: nav: the body sections stand out of the article's order: by their page markers the"
            " article has introduction, discussion, the nav discussion, introduction: list them in the nav in the"
            " article's order"
        ],
    ),
    "mkdocs.yml: a tab in the nav's indentation": (  # trial #66: the nav unread, the order of the pages unknown
        [*DISCUSSION, Edit("mkdocs.yml", "  - discussion.md\n", "\t- discussion.md\n")],
        [
            "mkdocs.yml:42:1: malformed YAML: found character '\\t' that cannot start any token: a tab: indent with"
            " spaces",
            "  ↳ follows from the above: mkdocs.yml: mkdocs.yml was refused: MkDocs encountered an error parsing the"
            " configuration file: while scanning for the next token found character '\\t' that cannot start any"
            ' token in "{proj}/mkdocs.yml", line 42, column 1',
        ],
    ),
    "terms: a pattern in double quotes": (  # trial #58: PyYAML's words, and what to write
        [Edit(TERMS, None, TERM.replace("match: {kk: 'кеңес'}", 'match: {kk: "кеңес\\w*"}')), *GLOSSARY],
        [
            "source/terms.yml:6:21: malformed YAML: found unknown escape character: in double quotes a backslash"
            " begins an escape ('\\n'), and '\\w' is none: write the value in single quotes ('...\\w+'), where a"
            " backslash is itself"
        ],
    ),
    "bib: a field name misspelt, the provenance naming it": (  # trial #51: the misspelling is the cause
        [Edit(BIB, "  year = {1926},\n", "  yaer = {1926},\n")],
        [
            f"{BIB}:10:3: entry 'kritsman1926': unknown field 'yaer' (did you mean 'year'?)",
            f"  ↳ follows from the above: {BIB}:12:26: entry 'kritsman1926': provenance names 'year', which the"
            " entry does not have",
        ],
        [
            f"  ↳ follows from the above: {BIB}:12:26: warning: entry 'kritsman1926': provenance does not say where"
            " yaer come(s) from"
        ],
    ),
    "a translation saved in Windows-1251, a term only it holds": (  # trial #43: the term's warning folded
        [
            Edit(TERMS, None, TERM.replace("match: {kk: 'кеңес'}", "match: {kk: 'кеңес', ru: 'Коммунистическ'}")),
            *GLOSSARY,
            cyrillic_1251(RU),
        ],
        [f"{RU}:1:3: not valid UTF-8 (byte 0xc2): save the file as UTF-8"],
        [
            "  ↳ follows from the above: source/terms.yml:6:28: warning: term 'soviet': match.ru 'Коммунистическ'"
            " finds nothing in the ru text, so the term is never linked to the Glossary: correct the pattern (it"
            " must find 'Совет' as the text writes it), or delete it"
        ],
    ),
    "a translation emptied": (  # trial #44: one error; its paragraphs missing follow from it
        [Edit(EN, None, "")],
        [
            f"{EN}:1:1: empty page: write its text, or delete the file in every language",
            f"  ↳ follows from the above: {EN}:1:1: paragraph ids differ from {KK}: missing intro-1, intro-2",
        ],
    ),
    "source/notes.yml emptied": (  # trial #45: the file is empty, said once; each unknown mark folded under it
        [*note_n1("[@kritsman1926, 148]"), Edit("source/notes.yml", None, "")],
        [
            "source/notes.yml:1:1: source/notes.yml is empty (no notes), but the pages mark 1 of them ({note:…}):"
            " restore its records, or take the marks out of the pages",
            *(
                f"  ↳ follows from the above: {path}:3:{col}: unknown note 'n1' (record it in source/notes.yml with"
                " id, where and its text in kk, ru, en)"
                for path, col in ((KK, 58), (RU, 58), (EN, 55))
            ),
        ],
    ),
    "a body section renamed": (  # trial #67: a section's name is fixed; not "the text differs from the source"
        second_section("debate"),
        [
            "docs/debate.md:1:1: 'debate.md' is not one of the article's body sections (introduction.md, methods.md,"
            " discussion.md, results.md, conclusion.md): a section's file name is fixed (the engine finds the"
            " section's text in the source by it): rename the page, in every language and in the nav (no page"
            " yet: methods.md, discussion.md, results.md, conclusion.md) (to truly rename a section, change"
            " SECTIONS in scripts/edition/source.py)"
        ],
    ),
    "translation: the title written as a subheading": (  # trial #14: one message, not "headings differ" too
        [Edit(EN, "# Introduction", "## Introduction")],
        [
            f"{EN}:1:1: the page has no '# ' title: its first heading, '## Introduction', is of level 2:"
            " write '# Introduction'"
        ],
    ),
    "translation: a citation key in another letter case": (  # trial #7
        [Edit(EN, "[@kritsman1926, 148]", "[@Kritsman1926, 148]")],
        [
            f"{EN}:3:36: paragraph intro-1: citation '@Kritsman1926, 148' differs from the original's"
            " '@kritsman1926, 148' (its key's letter case: a translation's citations are compared with the"
            " original's as written): write it as the original does"
        ],
    ),
    "translation: a locator with an en dash, a note after it": (  # trial #9: the dash named, the anchor folded
        [
            Edit(EN, "[@kritsman1926, 148]", "[@kritsman1926, 148-149]"),
            *LOCATOR_148_149,
            *note_n1("[@kritsman1926, 148-149]"),
            Edit(EN, "148-149]", "148–149]"),
        ],
        [
            f"{EN}:3:36: paragraph intro-1: citation '@kritsman1926, 148–149' differs from the original's"
            " '@kritsman1926, 148-149' (its locator has U+2013 EN DASH where the original's has U+002D"
            " HYPHEN-MINUS): write it as the original does",
        ],
        [  # the stale anchor follows from the dash
            f"  ↳ follows from the above: {EN}:3:59: warning: {{note:n1}} does not follow its anchor in 'en'"
            " ('[@kritsman1926, 148-149]', source/notes.yml:1): put the mark after that text, or write in `anchor` the"
            " text the mark now follows",
        ],
    ),
    "translation: a citation's brackets lost": (  # trial #81: at the key, not at the paragraph
        [Edit(EN, "[@kritsman1926, 148]", "@kritsman1926, 148")],
        [
            f"{EN}:3:35: paragraph intro-1: '@kritsman1926' stands outside brackets, so it is no citation:"
            " write [@kritsman1926, 148]"
        ],
    ),
    "a zero-width space pasted into a citation key": (  # trial #78: the invisible character named where it is
        [Edit(EN, "[@kritsman1926, 148]", "[@kritsman\u200b1926, 148]")],
        [
            f"{EN}:3:45: malformed citation item '@kritsman\u200b1926, 148': an invisible U+200B ZERO WIDTH SPACE"
            " after '@kritsman': delete it"
        ],
    ),
    "translation: a citation missing": (
        [Edit(EN, "[@omarbekov2003, 502; @abylgozhin-nd, 267]", "[@abylgozhin-nd, 267]")],
        [
            f"{EN}:3:76: paragraph intro-1: the original's citation '@omarbekov2003, 502' is missing here: add it"
            " where the original has it"
        ],
    ),
    "translation: citations in another order": (
        [Edit(EN, "[@omarbekov2003, 502; @abylgozhin-nd, 267]", "[@abylgozhin-nd, 267; @omarbekov2003, 502]")],
        [
            f"{EN}:3:76: paragraph intro-1: citation '@abylgozhin-nd, 267' stands where the original has"
            " '@omarbekov2003, 502': cite in the original's order ('@kritsman1926, 148', '@omarbekov2003, 502',"
            " '@abylgozhin-nd, 267')"
        ],
    ),
    # -- trial 3 (gate-trial3): what passed `make check` and published what the editor did not mean, or hung --
    "markdown: a paragraph of a thousand '['": (  # Python-Markdown took minutes over 8 000 of them: a hang
        [Edit(EN, "Recently the Soviet period", "Recently " + "[" * 1000 + " the Soviet period")],
        [
            f"{EN}:5:30: this paragraph holds 1,001 '[' (at most 200): the Markdown converter would take minutes"
            " over them; pasted by mistake? Delete them (a paragraph of the text holds a few)"
        ],
    ),
    "terms: a pattern of repetitions one after another": (  # '.*.*.*x!' hung the check
        [Edit(TERMS, None, TERM.replace("match: {kk: 'кеңес'}", "match: {kk: '.*.*.*кеңес!'}")), *GLOSSARY],
        [
            "source/terms.yml:6:15: term 'soviet': match.kk '.*.*.*кеңес!' repeats one thing right after another"
            " (as in '\\w*\\w*' or '.*.*'): on some text it would never finish; repeat a character class instead"
            " ('[\\w\\s-]+'), or write each form out ('a|b')"
        ],
    ),
    "a soft hyphen pasted into a translation": (  # was published unseen, the word split for search
        [Edit(EN, "Recently the Soviet period", "Recently the So\u00adviet period")],
        [
            f"{EN}:5:36: an invisible U+00AD SOFT HYPHEN in the text: delete it (it would be published unseen,"
            " and a search for the word would not find it)"
        ],
    ),
    "a zero-width space written as an HTML entity": (
        [Edit(EN, "Recently the Soviet period", "Recently the&#8203;Soviet period")],
        [
            f"{EN}:5:33: '&#8203;' is an invisible U+200B ZERO WIDTH SPACE: delete it (it would be published"
            " unseen, and a search for the word would not find it)"
        ],
    ),
    "a Latin letter in a Russian word": (  # the keyboard's layout: looks right, found by no search
        [Edit(RU, "советский период", "советский пeриод")],
        [
            f"{RU}:5:49: the word 'пeриод' contains U+0065 LATIN SMALL LETTER E at character 2, where the rest is"
            " Cyrillic: type it in one script (it looks right, and no search finds it)"
        ],
    ),
    "markdown: a list right under a line of text": (  # was published as the paragraph's text, '- one' as typed
        [Edit(EN, "[@kritsman1926].\n", "[@kritsman1926]. Two points:\n- one\n- two\n")],
        [
            f"{EN}:6:1: a list item right under a line of text is published as that paragraph's text, as typed:"
            " put a blank line before the list"
        ],
    ),
    "markdown: a table right under a line of text": (
        [Edit(EN, "[@kritsman1926].\n", "[@kritsman1926]. Figures:\n| a | b |\n|---|---|\n| 1 | 2 |\n")],
        [
            f"{EN}:6:1: a table right under a line of text is published as that paragraph's text, as typed: put a"
            " blank line before the table"
        ],
    ),
    "markdown: a wrapped line that begins with '#'": (  # made a heading, the paragraph cut: 7 messages, none here
        [Edit(EN, "Recently the Soviet period", "Recently the\n#1 Soviet period")],
        [
            f"{EN}:6:1: a line that begins with '#' inside a paragraph is made a heading, cutting the paragraph in"
            " two: join it to the line before, or put a blank line before a heading"
        ],
    ),
    "markdown: a numbered list written '1)'": (
        [Edit(EN, "[@kritsman1926].\n", "[@kritsman1926].\n\n1) one\n")],
        [
            f"{EN}:7:1: '1)' begins no list here (Python-Markdown takes '1.'): write '1.' for a numbered list, or"
            " join the line to the one before"
        ],
    ),
    "markdown: a reference link never defined": (  # was published as '[the results][res]'
        [Edit(EN, "Recently the Soviet period", "Recently [the Soviet][res] period")],
        [
            f"{EN}:5:30: '[the Soviet][res]' names the link 'res', which no line '[res]: ...' of the page defines,"
            " so it is published as typed: write [words](results.md#results-12), or add the line"
        ],
    ),
    "markdown: a comment never closed": (  # was published as '<!-- check', the editor's note to self
        [Edit(EN, "Recently the Soviet period", "Recently the Soviet period <!-- check")],
        [f"{EN}:5:48: '<!--' opens a comment that is never closed, so it is published as typed: close it with '-->'"],
    ),
    "markdown: a backslash for a line break": (
        [Edit(EN, "Recently the Soviet period", "Recently the\\\nSoviet period")],
        [
            f"{EN}:5:33: a '\\' at a line's end is published as typed (Python-Markdown takes no backslash line"
            " break): end the line with two spaces for a line break, or delete it"
        ],
    ),
    "a key of the bibliography outside brackets": (  # Pandoc's in-text citation: was published '@kritsman1926'
        [Edit(EN, "Recently the Soviet period", "Recently (as @kritsman1926 says) the Soviet period")],
        [
            f"{EN}:5:34: '@kritsman1926' stands outside brackets, so it is no citation and would be published as"
            " typed: write [@kritsman1926], or '\\@' for an '@' meant as text"
        ],
    ),
    "markdown: a link from the site's root": (  # led English readers to the Kazakh page
        [Edit(EN, "Recently the Soviet period", "Recently the [Soviet period](/introduction/#intro-1)")],
        [
            f"{EN}:5:50: link to '/introduction/#intro-1', an address from the site's root: it leads the readers"
            " of every language to the Kazakh page, and nowhere once the site is published in a folder (GitHub"
            " Pages): link to the page's file, 'results.md#results-12'"
        ],
    ),
    "markdown: a link to the preview's address": (
        [Edit(EN, "Recently the Soviet period", "Recently the [Soviet period](http://127.0.0.1:8000/en/)")],
        [
            f"{EN}:5:50: link to 'http://127.0.0.1:8000/en/', the preview's address on your own computer, which no"
            " reader can open: link to the page's file, 'results.md#results-12'"
        ],
    ),
    "article.yml: a slug with '../'": (  # the downloads were written outside the site; 165 messages, none here
        [Edit(ARTICLE, None, ARTICLE_YML.replace("slug: fixture-2025", "slug: ../../fixture"))],
        [
            f"{ARTICLE}:2:7: slug '../../fixture' must be lowercase Latin letters, digits and hyphens (e.g."
            " eskaliev-aitenov-2025): it names the download files, cite/<slug>.kk.bib: correct it"
        ],
    ),
    "article.yml: a key with a space": (  # was the BibTeX download '@article{fixture 2025,'
        [Edit(ARTICLE, None, ARTICLE_YML.replace("key: fixture2025", "key: fixture 2025"))],
        [
            f"{ARTICLE}:1:6: key 'fixture 2025' must be one word of Latin letters, digits and '-_:.' (e.g."
            " eskaliev2025): it is the citation key of the BibTeX and CSL-JSON downloads, which a reference"
            " manager refuses otherwise: correct it"
        ],
    ),
    "mkdocs.yml: analytics": (  # Material's script loads Google's on every page, unseen in the HTML
        [
            Edit(
                "mkdocs.yml", "nav:\n", "extra:\n  analytics:\n    provider: google\n    property: G-ABCDEF1234\nnav:\n"
            )
        ],
        [
            "mkdocs.yml:41:5: extra: analytics would load the provider's script (www.googletagmanager.com) on"
            " every page: the site makes no third-party requests; delete 'analytics:' and what it holds"
        ],
    ),
    "markdown: a table row with a cell more than its header": (  # the cell beyond was dropped, silently
        [Edit(EN, "[@kritsman1926].\n", "[@kritsman1926].\n\n| a | b |\n|---|---|\n| 1 | 2 | 3 |\n")],
        [
            f"{EN}:9:1: this row has 3 cells, its table's header 2: the cells beyond the header's are not published;"
            " add a column to the header, or join the cells (write '\\|' for a '|' in one)"
        ],
    ),
    "markdown: a numbered list that begins at 3": (  # was numbered 1, 2 on the site
        [Edit(EN, "[@kritsman1926].\n", "[@kritsman1926].\n\n3. three\n4. four\n")],
        [
            f"{EN}:7:1: a numbered list that begins '3.' is numbered from 1 on the site: number it from 1, or write"
            " the items as a paragraph"
        ],
    ),
    "markdown: a rule right under a sentence": (  # the sentence was made a heading
        [Edit(EN, "[@kritsman1926].\n", "[@kritsman1926].\n---\n")],
        [
            f"{EN}:6:1: '---' right under a line of text makes that text a heading: put a blank line before it"
            " for a rule, or write a heading as '## ...'"
        ],
    ),
    "html: a lang that is no language tag": (  # was published lang="english"
        [Edit(EN, "Recently the Soviet period", 'Recently the <span lang="english">Soviet</span> period')],
        [
            f"{EN}:5:40: lang 'english' of '<span>' is not a language tag: write one such as 'kk', 'ru', 'en' or"
            " 'de' (a reader's browser and screen reader go by it)"
        ],
    ),
    "a generated list inside a sentence": (  # the whole list was put inside a <p>
        [Edit("docs/references.en.md", "{bibliography}", "The list: {bibliography}")],
        [
            "docs/references.en.md:3:11: {bibliography} inserts a list, and stands on a line of its own: move the"
            " words around it to a paragraph of their own"
        ],
    ),
    "a citation with the author left out, Pandoc's way": (  # the '-' was dropped: [Kritsman, 1926]
        [Edit(EN, "Recently the Soviet period [@kritsman1926]", "Recently the Soviet period [-@kritsman1926]")],
        [
            f"{EN}:5:49: '-@kritsman1926' (Pandoc's author left out) is not taken: the edition's citations always"
            " name the author: write '@kritsman1926' without the '-'"
        ],
    ),
    "front matter that is not YAML": (  # MkDocs dropped it without a word, its title with it
        [Edit(EN, "# Introduction", "---\ntitle: Introduction: part one\n---\n\n# Introduction")],
        [
            f"{EN}:2:20: the front matter is not YAML (mapping values are not allowed here), and MkDocs would drop it"
            " without a word: quote a value that holds ': ' ('title: \"About: the edition\"')"
        ],
    ),
    "front matter: a title with HTML": (  # the tab showed '<b>Introduction</b>'
        [Edit(EN, "# Introduction", "---\ntitle: <b>Introduction</b>\n---\n\n# Introduction")],
        [
            f"{EN}:2:1: the title '<b>Introduction</b>' holds HTML, which the browser's tab and the nav show as"
            " typed: write the words only"
        ],
    ),
    "emendations: a reading with HTML": (  # was shown '&lt;i&gt;Қорытынды.&lt;/i&gt;'
        [Edit(EM, 'reading: "Қорытынды. Зерттеу"', 'reading: "<i>Қорытынды.</i> Зерттеу"')],
        [
            f"{EM}:4:12: reading holds the HTML '<i>', which the page would show as typed: write the corrected"
            " words only (a reading is plain text)"
        ],
    ),
    "pages: a page named 404": (  # silently replaced by the edition's own 404 page
        [
            *(Edit(f"docs/404{s}.md", None, "# Not found\n\nNothing here.\n") for s in ("", ".ru", ".en")),
            Edit("mkdocs.yml", "  - references.md\n", "  - references.md\n  - 404.md\n"),
        ],
        [
            "docs/404.md:1:1: docs/404.md: the site's page for an address that leads nowhere is the edition's own,"
            " in each language (its text is in scripts/edition/locales/), and would replace this page silently:"
            " give the page another name"
        ],
    ),
    "invisible characters pasted into a translation": (  # a left-to-right mark, a line separator, a NUL, a BOM
        [
            Edit(
                EN,
                "Recently the Soviet period",
                "Recently\u200e the\u2028Soviet\x00 per\ufeffiod",
            )
        ],
        [
            f"{EN}:5:29: an invisible U+200E LEFT-TO-RIGHT MARK" + INVISIBLE,
            f"{EN}:5:34: an invisible U+2028 LINE SEPARATOR" + INVISIBLE,
            f"{EN}:5:41: an invisible U+0000 CONTROL CHARACTER" + INVISIBLE,
            f"{EN}:5:46: an invisible U+FEFF ZERO WIDTH NO-BREAK SPACE" + INVISIBLE,
        ],
    ),
    "article.yml: a slug with spaces": (  # was cite/fixture 2025.kk.bib, a space in every address
        [Edit(ARTICLE, None, ARTICLE_YML.replace("slug: fixture-2025", "slug: fixture 2025"))],
        [
            f"{ARTICLE}:2:7: slug 'fixture 2025' must be lowercase Latin letters, digits and hyphens (e.g."
            " eskaliev-aitenov-2025): it names the download files, cite/<slug>.kk.bib: correct it"
        ],
    ),
    "emendations: a tab in the indentation": (  # libyaml's wording named no tab: 'found character that ...'
        [Edit(EM, '  why: "missing', '\twhy: "missing')],
        [f"{EM}:5:1: malformed YAML: found character that cannot start any token: a tab: indent with spaces"],
    ),
    "terms: '\\b' in YAML's double quotes": (  # a backspace, unseen: the warning did not say why nothing is found
        [Edit(TERMS, None, TERM.replace("match: {kk: 'кеңес'}", 'match: {kk: "\\bкеңес"}')), *GLOSSARY],
        [],
        [
            "source/terms.yml:6:15: warning: term 'soviet': match.kk '\bкеңес' finds nothing in the kk text, so the"
            " term is never linked to the Glossary: it contains U+0008 CONTROL CHARACTER at character 1 (in double"
            " quotes YAML reads '\\b' as a backspace: quote the pattern with '); correct the pattern (it must find"
            " 'Кеңес' as the text writes it), or delete it"
        ],
    ),
}


# -- the gate's fourth trial: each was taken and published otherwise than meant, or its cause not named ----------
OTHER_TOOLS = "which this site would publish as typed: "
KRITSMAN_CUT = [  # what follows from a key pybtex read as 'kritsman': every citation of kritsman1926 unknown
    *(
        f"  ↳ follows from the above: {path}: unknown citation key 'kritsman1926' (did you mean 'kritsman'?)"
        for path in (f"{EN}:3:36", f"{EN}:5:49", f"{KK}:3:39", f"{KK}:5:51", f"{RU}:3:39", f"{RU}:5:57")
    ),
    *(
        f"  ↳ follows from the above: {FORMS}:{at}: unknown key 'kritsman1926' (did you mean 'kritsman'?)"
        for at in ("2:72", "4:67")
    ),
]
STALE_N1 = (
    "warning: {{note:n1}} does not follow its anchor in '{lang}' ('[@kritsman1926, 148]', source/notes.yml:1): put"
    " the mark after that text, or write in `anchor` the text the mark now follows"
)
TRIAL4_CASES = {
    "markup of other tools pasted into a translation": (  # Pandoc, Obsidian, a wiki, LaTeX: all published as typed
        [
            Edit(
                EN,
                "Recently the Soviet period",
                "Recently^[A remark.] the 2^nd^ H~2~O [Soviet]{.smallcaps} %%check%% [[results]] \\newpage period",
            ),
            Edit(EN, "[@kritsman1926].", "[[@kritsman1926]]."),
        ],
        [
            f"{EN}:5:29: '^[' is a Pandoc inline footnote ('^[...]'), {OTHER_TOOLS}write an editor's note:"
            " {note:ID}, with its record in source/notes.yml",
            f"{EN}:5:47: '^nd^' is Pandoc's superscript ('^...^'), {OTHER_TOOLS}write <sup>...</sup>",
            f"{EN}:5:53: '~2~' is Pandoc's subscript ('~...~'), {OTHER_TOOLS}write the characters without the"
            " tildes (the site has no subscript)",
            f"{EN}:5:58: '[Soviet]{{.smallcaps}}' is a Pandoc span ('[words]{{.class}}'), {OTHER_TOOLS}write the"
            ' words alone, or <span class="...">words</span>',
            f"{EN}:5:79: '%%check%%' is an Obsidian comment ('%%...%%'), {OTHER_TOOLS}write an HTML comment:"
            " <!-- ... -->",
            f"{EN}:5:89: '[[results]]' is a wiki link ('[[page]]'), {OTHER_TOOLS}write a Markdown link:"
            " [words](results.md#results-12)",
            f"{EN}:5:101: '\\newpage' is a LaTeX command, {OTHER_TOOLS}delete it, or write the Markdown it stands"
            " for (write '\\\\' for a backslash)",
            f"{EN}:5:117: '[[@kritsman1926]]' is a citation in double brackets, {OTHER_TOOLS}write it in one pair"
            " of brackets: [@key, locator]",
        ],
    ),
    "blocks of other tools: a fenced div, a line block, an embed": (
        [
            Edit(
                EN,
                None,
                (MINI / EN).read_text(encoding="utf-8")
                + "\n::: note\nA remark.\n:::\n\n| one\n| two\n\n![[map.png]]\n",
            )
        ],
        [
            f"{EN}:7:1: ':::' is a Pandoc fenced div (':::'), {OTHER_TOOLS}write the text as paragraphs, an"
            " editor's remark as a note ({note:ID})",
            f"  ↳ follows from the above: {EN}:7:1: {NO_ID}",
            f"{EN}:11:1: a line that begins with '|' is a table's row, but no rule line ('|---|---|') stands under"
            " the first, so the lines are published as typed (Pandoc's line block is not taken): add the rule line"
            " under the header, or delete the '|'s (two spaces at a line's end make a line break)",
            f"{EN}:14:1: '![[map.png]]' is an Obsidian embed ('![[...]]'), {OTHER_TOOLS}the edition publishes no"
            " images or embedded files (the printed article has no figure): delete it",
        ],
    ),
    "links that lead nowhere as typed: '<page.md>', '[words]()', no-break spaces for a line break": (
        [Edit(EN, "Recently the Soviet period", "Recently <introduction.md> the [Soviet]() period\u00a0\u00a0\nwas")],
        [
            f"{EN}:5:30: '<introduction.md>' is neither a link nor HTML: between '<' and '>' only an address that"
            " begins 'https://' is a link, and this would be published as an unknown tag, unseen: write"
            " [words](results.md#results-12)",
            f"{EN}:5:52: a link with no address ('[words]()', '[words](#)') leads to the page itself: write its target,"
            " [words](results.md#results-12), or delete the brackets",
            f"{EN}:5:69: this line ends with U+00A0 NO-BREAK SPACE, which makes no line break: end the line with"
            " two ordinary spaces for a line break, or delete it",
        ],
    ),
    "translation: two citations joined in one pair of brackets": (  # was taken: the first one stood elsewhere
        [
            Edit(
                EN,
                "Party [@kritsman1926, 148] and the conclusion [@omarbekov2003",
                "Party and the conclusion [@kritsman1926, 148; @omarbekov2003",
            )
        ],
        [
            f"{EN}:3:75: paragraph intro-1: citation '@omarbekov2003, 502' is joined here to the citation before"
            " it, where the original cites it apart: write it in brackets of its own where the original has it"
        ],
    ),
    "emendations: Word's no-break space after 'why:'": (  # libyaml's "could not find expected ':'" named nothing
        [Edit(EM, '  why: "missing', '  why:\u00a0"missing')],
        [
            f"{EM}:6:1: malformed YAML: could not find expected ':': line 5 has U+00A0 NO-BREAK SPACE at column 7,"
            " which YAML does not read as a space (a word processor pastes it): type an ordinary space"
        ],
    ),
    "a note's mark inside a word, and one inside a link's words": (  # taken with a warning: 'Com¹munist'
        [
            *note_n1("[@kritsman1926, 148]"),
            Edit(EN, "148]{note:n1}", "148]"),
            Edit(EN, "On the Communist", "On the Com{note:n1}munist"),
            Edit(RU, "148]{note:n1}", "148]"),
            Edit(RU, "О Коммунистической партии", "[О Коммунистической партии{note:n1}](introduction.md)"),
        ],
        [
            f"{EN}:3:22: {{note:n1}} stands inside a word: put it after the word (the note's anchor)",
            f"{RU}:3:38: {{note:n1}} stands inside a link's words: a note's mark is a link itself; put it after the"
            " link",
        ],
        [  # that it no longer follows its anchor is the same mistake, folded under it
            f"  ↳ follows from the above: {EN}:3:22: {STALE_N1.format(lang='en')}",
            f"  ↳ follows from the above: {RU}:3:38: {STALE_N1.format(lang='ru')}",
        ],
    ),
    "a note's id in another letter case": (
        [*note_n1("[@kritsman1926, 148]"), Edit(EN, "{note:n1}", "{note:N1}")],
        [
            f"{EN}:3:55: unknown note 'N1' (did you mean 'n1'? ids are written in lower case; record it in"
            " source/notes.yml with id, where and its text in kk, ru, en)"
        ],
    ),
    "bib: an 'and' at the end of the names": (  # was the name 'Крицман, Л. Н. and'
        [Edit(BIB, "author = {Крицман, Л. Н.}", "author = {Крицман, Л. Н. and }")],
        [
            f"{BIB}:3:3: entry 'kritsman1926': field 'author': an empty name (two 'and's in a row, or one at the"
            f" end): {NAME_RULE}"
        ],
    ),
    "bib: a key with a space": (  # pybtex gave up a line below, and read the key 'kritsman'
        [Edit(BIB, "@book{kritsman1926,", "@book{kritsman 1926,")],
        [
            f"{BIB}:2:7: malformed BibTeX: the key 'kritsman 1926' holds a space: write it as one word"
            " ('kritsman1926')",
            *KRITSMAN_CUT,
        ],
        [f"  ↳ follows from the above: {BIB}: warning: entry 'kritsman' is never cited"],
    ),
    "bib: a field given twice": (  # pybtex's message named no line
        [Edit(BIB, "  year = {1926},\n", "  year = {1926},\n  year = {1927},\n")],
        [f"{BIB}:11:3: entry 'kritsman1926': field 'year' given twice (first at line 10): keep one"],
    ),
    "front matter never closed": (  # was 'text before the page's title', the '---' not named
        [Edit(EN, "# Introduction\n", "---\ntitle: Introduction\n\n# Introduction\n")],
        [
            f"{EN}:1:1: the front matter that '---' opens is never closed, so it is published as the page's text:"
            " close it with a line '---' after its last field",
            f"  ↳ follows from the above: {EN}:1:1: {BEFORE_TITLE}",
        ],
    ),
    "bib: a no-break space in a key": (
        [Edit(BIB, "@book{kritsman1926,", "@book{kritsman\u00a01926,")],
        [
            f"{BIB}:2:7: malformed BibTeX: the key 'kritsman\u00a01926' holds a space (U+00A0 NO-BREAK SPACE): write"
            " it as one word ('kritsman1926')",
            *KRITSMAN_CUT,
        ],
        [f"  ↳ follows from the above: {BIB}: warning: entry 'kritsman' is never cited"],
    ),
    "mkdocs.yml: the i18n plugin's block deleted": (  # was 'the build failed: AttributeError ...', the cause unnamed
        [
            Edit(
                "mkdocs.yml",
                "  - i18n:\n      docs_structure: suffix\n      fallback_to_default: true\n"
                "      reconfigure_search: false\n      languages:\n"
                "        - {locale: kk, default: true, name: Қазақша, build: true}\n"
                "        - {locale: ru, name: Русский, build: true}\n"
                "        - {locale: en, name: English, build: true}\n",
                "",
            )
        ],
        [
            "mkdocs.yml:14:3: plugins: the i18n plugin (mkdocs-static-i18n) is not listed: without it MkDocs cannot"
            " build the site's languages (each page's translations, the language menu); restore '- i18n:' and its"
            " 'languages:' under 'plugins:'",
            "  ↳ follows from the above: mkdocs.yml: the build failed: AttributeError: 'NoneType' object has no"
            " attribute 'config'",
            "  ↳ follows from the above: mkdocs.yml: the build stopped before the edition's engine ran",
        ],
    ),
    "mkdocs.yml: a page twice in the nav": (  # was blamed on the page markers' order
        [Edit("mkdocs.yml", "  - references.md\n", "  - references.md\n  - introduction.md\n")],
        [
            "mkdocs.yml:43:5: nav entry '- introduction.md' names a page the nav has named before: keep one entry,"
            " at its place in the reading order"
        ],
    ),
    "html: a footnote number typed by hand": (  # was taken: a '1' like a note's, leading nowhere
        [Edit(EN, "Recently the Soviet period", "Recently<sup>1</sup> the Soviet period")],
        [
            f"{EN}:5:29: '<sup>1</sup>' after a word is a footnote number typed by hand, which leads to no note:"
            " write an editor's note, {note:ID}, with its record in source/notes.yml"
        ],
    ),
    "a new page holding a paragraph copied with its id": (  # was taken: two paragraphs at one address
        [
            *(
                Edit(f"docs/sources{s}.md", None, f"# {title}\n\n{{#intro-2}} {text}\n")
                for s, title, text in (
                    ("", "Дереккөздер", "Мәтін."),
                    (".ru", "Источники", "Текст."),
                    (".en", "Sources", "Text."),
                )
            ),
            Edit("mkdocs.yml", "  - references.md\n", "  - references.md\n  - sources.md\n"),
        ],
        [
            *(
                f"docs/sources{s}.md:3:1: paragraph id 'intro-2' is also on docs/introduction{s}.md:5:1: an id names"
                " one paragraph of the edition; give this paragraph an id of its own, or delete the copy"
                for s in ("", ".ru", ".en")
            ),
            # the fixture's page after References is read as a body section (in the edition, after the
            # Glossary, it was not, and the copy was published)
            "docs/sources.md:1:1: 'sources.md' is not one of the article's body sections (introduction.md,"
            " methods.md, discussion.md, results.md, conclusion.md): a section's file name is fixed (the engine"
            " finds the section's text in the source by it): rename the page, in every language and in the nav (no"
            " page yet: methods.md, discussion.md, results.md, conclusion.md) (to truly rename a section, change"
            " SECTIONS in scripts/edition/source.py)",
        ],
    ),
    "a dash pasted into a key, a note after the citation": (  # the anchor's warning was a second, unfolded message
        [*note_n1("[@kritsman1926, 148]"), Edit(EN, "[@kritsman1926, 148]", "[@kritsman\u20111926, 148]")],
        [
            f"{EN}:3:36: malformed citation item '@kritsman\u20111926, 148': U+2011 NON-BREAKING HYPHEN after"
            " '@kritsman' looks like a hyphen but is none: type '-' in its place"
        ],
        [f"  ↳ follows from the above: {EN}:3:56: " + STALE_N1.format(lang="en")],
    ),
    "a dash for a hyphen, pasted by Word into an id, a key, a mark": (
        [
            Edit(EN, "{#intro-2}", "{#intro\u20112}"),
            Edit(EN, "@abylgozhin-nd, 267", "@abylgozhin\u2011nd, 267"),
            Edit(KK, "{em:fixture-space}", "{em:fixture\u2013space}"),
        ],
        [
            f"{EN}:3:97: malformed citation item '@abylgozhin\u2011nd, 267': U+2011 NON-BREAKING HYPHEN after"
            " '@abylgozhin' looks like a hyphen but is none: type '-' in its place",
            f"{EN}:5:1: mark '{{#intro\u20112}}' contains U+2011 NON-BREAKING HYPHEN at character 8, where a hyphen"
            " '-' is meant: type '-' in its place",
            f"{KK}:3:64: unknown emendation 'fixture\u2013space' (it contains U+2013 EN DASH at character 8, where a"
            " hyphen '-' is meant; record it in source/emendations.yml with id, where, source, reading, why)",
        ],
    ),
}


CONFLICT = (
    "a merge conflict left by git ('<<<<<<<', '=======', '>>>>>>>'): keep the version meant (the lines between"
    " '<<<<<<<' and '=======', or between '=======' and '>>>>>>>') and delete the rest, the marker lines included"
)
SEARCH = "(a search for the word would not find it)"
SOURCE_SHA = hashlib.sha256((MINI / "source/eskaliev-aitenov-2025.txt").read_bytes()).hexdigest() + "\n"
TWO_PIECES = (
    "the letter 'й' is written in two pieces, 'и' and U+0306 COMBINING BREVE (as macOS or a PDF pastes it): type it"
    " as one letter, U+0439 CYRILLIC SMALL LETTER SHORT I (it looks right, and no search finds the word)"
)

TRIAL5_CASES = {
    "what a PDF or a broken copy pastes into a translation": (  # trial 5: each was published as pasted
        [
            Edit(
                EN,
                "Recently the Soviet period",
                "Recently the \ufb01rst \uff11\uff19\uff11\uff17 pub\ufffdlic Bolsheviks\u00e2\u20ac\u2122"
                " histo-\nriography",
            ),
            Edit(RU, "советский", "советски\u0306"),
        ],
        [
            f"{EN}:5:34: '\ufb01' is U+FB01 LATIN SMALL LIGATURE FI, a ligature, as a PDF pastes it: type 'fi'"
            f" {SEARCH}",
            f"{EN}:5:39: '\uff11\uff19\uff11\uff17' is U+FF11 FULLWIDTH DIGIT ONE ..., a fullwidth form: type '1917'"
            f" {SEARCH}",
            f"{EN}:5:47: U+FFFD REPLACEMENT CHARACTER stands where a conversion lost a character: type the character"
            " that stood there",
            f"{EN}:5:62: '\u00e2\u20ac\u2122' is '\u2019' garbled (UTF-8 read as Windows-1252, as a bad copy or"
            " conversion does): type '\u2019'",
            f"{EN}:5:66: 'histo-' ends a line and 'riography' begins the next: the line break is published as a space"
            " after the hyphen ('histo- riography'): join the word on one line (keeping the hyphen only if the word"
            " has one)",
            f"{RU}:5:46: {TWO_PIECES}",
        ],
    ),
    "letters not what they look like in a data file's text": (  # trial 5: published, and found by no search
        [
            Edit(
                EM,
                '  why: "missing space after the full stop"',
                '  why: "missing space after the full st\u043ep"\n  why-kk: "нүктеден кейін бос орын түсіп'
                ' \u04a1алған"\n  why-ru: "пропущенныи\u0306 пробел"',
            )
        ],
        [
            f"{EM}:5:38: the word 'st\u043ep' contains U+043E CYRILLIC SMALL LETTER O at character 3, where the rest"
            " is Latin: type it in one script (it looks right, and no search finds it)",
            f"{EM}:6:42: the word '\u04a1алған' contains U+04A1 CYRILLIC SMALL LETTER BASHKIR KA, a letter of none of"
            " the edition's languages (their locales' alphabet), which looks like one of theirs: type the letter"
            " meant (it looks right, and no search finds the word)",
            f"{EM}:7:22: {TWO_PIECES}",
        ],
    ),
    "merge-conflict markers left by git": (  # trial 5: YAML's, pybtex's and the pages' words named no conflict
        [
            Edit(EN, "{#intro-2} {pb:1247}Recently", "<<<<<<< HEAD\n{#intro-2} {pb:1247}Recently"),
            Edit(
                EN,
                "Soviet period [@kritsman1926].",
                "Soviet period [@kritsman1926].\n=======\n{#intro-2} {pb:1247}Lately the Soviet period"
                " [@kritsman1926].\n>>>>>>> other",
            ),
            Edit(
                EM, "  where: intro-1\n", "<<<<<<< HEAD\n  where: intro-1\n=======\n  where: intro-2\n>>>>>>> other\n"
            ),
            Edit(
                BIB, "  year = {1926},\n", "<<<<<<< HEAD\n  year = {1926},\n=======\n  year = {1927},\n>>>>>>> other\n"
            ),
            Edit(
                "mkdocs.yml",
                "site_name: Fixture edition\n",
                "<<<<<<< HEAD\nsite_name: Fixture edition\n=======\nsite_name: The fixture edition\n>>>>>>> other\n",
            ),
        ],
        [
            f"{BIB}:10:1: {CONFLICT}",
            f"{EN}:5:1: {CONFLICT}",
            f"mkdocs.yml:3:1: {CONFLICT}",
            "  ↳ follows from the above: mkdocs.yml: mkdocs.yml was refused: MkDocs encountered an error parsing the"
            ' configuration file: mapping values are not allowed here in "{proj}/mkdocs.yml", line 4, column 10',
            f"{EM}:2:1: {CONFLICT}",
        ],
    ),
    # trial 5: each was published as typed
    "other tools' markup: TeX math, an emoji's shortcode, Pandoc's grid and simple tables, a mermaid block": (
        [
            Edit(
                "docs/references.en.md",
                None,
                (MINI / "docs/references.en.md").read_text(encoding="utf-8")
                + "\nThe share $x^2$ :warning: grew.\n\n+-----+-----+\n| a   | b   |\n+=====+=====+\n| 1   | 2   |\n"
                "+-----+-----+\n\n  Term   Meaning\n  ------ -------\n  kk     Kazakh\n\n```mermaid\ngraph TD\n```\n",
            )
        ],
        [
            "docs/references.en.md:14:3: '------ -------' is the rule of a Pandoc simple table, which this"
            " site would publish as typed: write a pipe table: '| a | b |', then '|---|---|' under it",
            "docs/references.en.md:17:1: a code block of 'mermaid' is published as its code, as typed: the"
            " site draws no diagrams or math (that would need a script from another site): say in words what"
            " it shows",
            "docs/references.en.md:5:11: '$x^2$' is TeX math ('$...$'), which this site would publish as"
            " typed: the site renders no math: write it in words or with <sup>...</sup> (write '\\$' for a"
            " dollar sign)",
            "docs/references.en.md:5:17: ':warning:' is an emoji's shortcode, which this site would publish"
            " as typed: write the character itself, or words",
            "docs/references.en.md:7:1: '+-----+-----+' is a Pandoc grid table ('+---+'), which this site"
            " would publish as typed: write a pipe table: '| a | b |', then '|---|---|' under it",
        ],
    ),
    # trial 5: lang="kz" published; the browser's own 'Details'
    "html: a country's code for a language, <details> with no <summary>": (
        [
            Edit(EN, "Recently the Soviet period", 'Recently the <span lang="kz">кеңестік</span> period'),
            Edit(
                "docs/references.en.md",
                None,
                (MINI / "docs/references.en.md").read_text(encoding="utf-8")
                + "\n<details>\n<p>More.</p>\n</details>\n",
            ),
        ],
        [
            "docs/introduction.en.md:5:40: lang 'kz' of '<span>' is a country's code, not a language's: write"
            " 'kk' (a reader's browser and screen reader go by it)",
            "docs/references.en.md:5:1: '<details>' has no '<summary>' right after it: the browser would"
            " title it with a word of its own ('Details', in the reader's browser's language): write"
            " <summary>...</summary> first",
        ],
    ),
    # trial 5: the second definition won, silently; '<page.md>' was refused
    "a link defined twice; a link's address in angle brackets is taken": (
        [
            Edit(
                EN,
                "Recently the Soviet period [@kritsman1926].",
                "Recently the [Soviet][s] [period](<introduction.md#intro-1>) [@kritsman1926].\n\n"
                "[s]: introduction.md#intro-1\n[s]: introduction.md#intro-2",
            )
        ],
        [
            "docs/introduction.en.md:8:1: the link '[s]' is defined again here (first at line 7): the site"
            " would take this one, silently: keep one line '[s]: ...'",
        ],
    ),
    "an editor's backup and Word's lock file left in docs/": (  # trial 5: both published as files of the site
        [Edit("docs/introduction.md~", None, "# Кіріспе\n"), Edit("docs/~$troduction.docx", None, "x")],
        [
            "docs/introduction.md~:1:1: a backup, lock or leftover file an editor's tool made: the site would"
            " publish it as a file of its own (/introduction.md~): delete it, or move it out of docs/",
            "docs/~$troduction.docx:1:1: a backup, lock or leftover file an editor's tool made: the site"
            " would publish it as a file of its own (/~$troduction.docx): delete it, or move it out of docs/",
        ],
    ),
    # trial 5: taken: the pages matched the edited source
    "the source text edited, with the page, to correct a word silently": (
        [
            Edit("source/eskaliev-aitenov-2025.txt.sha256", None, SOURCE_SHA),
            Edit("source/eskaliev-aitenov-2025.txt", "Соңғы уақытта", "Соңғы кезде"),
            Edit(KK, "Соңғы уақытта", "Соңғы кезде"),
        ],
        [
            "source/eskaliev-aitenov-2025.txt:1:1: the source text is not the one the edition was made from"
            " (its SHA-256 is in source/eskaliev-aitenov-2025.txt.sha256): the source is never edited:"
            " restore it (git checkout -- source/eskaliev-aitenov-2025.txt) and record a correction as an"
            " emendation (source/emendations.yml, {em:ID} in the text); if the source itself was replaced on"
            " purpose (a better copy of the print), write its new SHA-256 in"
            " source/eskaliev-aitenov-2025.txt.sha256",
        ],
    ),
    # trial 5: taken; the list published as its HTML in a code block
    "a second '# ' title; a generated list's mark indented into code": (
        [
            Edit(EN, "{#intro-2}", "# Later\n\n{#intro-2}"),
            Edit("docs/references.en.md", "{bibliography}", "    {bibliography}"),
        ],
        [
            "docs/introduction.en.md:5:1: a second '# ' title, '# Later': a page has one title (its name in"
            " the nav, the tab and the search), its first line: write '## Later' for a section of the page",
            "docs/references.en.md:3:1: {bibliography} is indented by four spaces or a tab, which makes its"
            " line code: the list would be published as its HTML, as text: write the mark at the start of its"
            " line",
        ],
    ),
    # trial 5: the Kazakh '...' published as '…'; a line break per wrapped line; GitHub's API asked
    "mkdocs.yml: smarty, nl2br and repo_url": (
        [
            Edit("mkdocs.yml", "  - tables\n", "  - tables\n  - smarty\n  - nl2br\n"),
            Edit("mkdocs.yml", "docs_dir: docs\n", "docs_dir: docs\nrepo_url: https://github.com/example/edition\n"),
        ],
        [
            "mkdocs.yml:31:5: markdown_extensions: 'smarty' turns '...', '--' and straight quotes into other"
            " characters, so the site would not publish the text as written (the Kazakh text is the source's,"
            " word for word): delete it",
            "mkdocs.yml:32:5: markdown_extensions: 'nl2br' makes every wrapped line a line break, so the site"
            " would not publish the text as written (the Kazakh text is the source's, word for word): delete"
            " it",
            "mkdocs.yml:5:11: repo_url: the theme's script would ask the repository's host (api.github.com)"
            " for its stars and forks on every page: the site makes no third-party requests; delete"
            " 'repo_url:' (link the repository from a page's text instead)",
        ],
    ),
    # trial 5: both taken: a stylesheet link leading nowhere; Google's fonts loaded by the site's own style sheet
    "mkdocs.yml: a style sheet that is not there; a style sheet loading a font from another site": (
        [
            Edit("mkdocs.yml", "  - assets/edition.css\n", "  - assets/edition.css\n  - assets/extra.css\n"),
            Edit(
                "docs/assets/edition.css",
                None,
                '@import url("https://fonts.googleapis.com/css2?family=Roboto");\n'
                + (MINI / "docs/assets/edition.css").read_text(encoding="utf-8"),
            ),
        ],
        [
            "docs/assets/edition.css:1:14: the style sheet 'assets/edition.css' would load"
            " 'https://fonts.googleapis.com/css2' from another site: the site makes no third-party requests;"
            " copy the file into docs/assets/ and give its path, or delete it",
            "mkdocs.yml:37:5: the page / would load 'assets/extra.css', which the site does not have: put the"
            " file in docs/assets/extra.css, or delete its name",
        ],
    ),
    # trial 5: taken: the pages lost their publication date, the Corrections page its log
    "the corrections log emptied": (
        [Edit(CORR, None, "# the log\n")],
        [
            "source/corrections.yml:1:1: the corrections log has no record: its first record is the edition's"
            " publication, whose date every page shows: restore the records (git checkout --"
            " source/corrections.yml), or write that one (date, where: edition, what, why)",
        ],
    ),
    # trial 5: '[words](#)' taken (the page itself); a fence never closed blamed on '{notes}' and the hook
    "a link to '#', a code fence never closed": (
        [
            Edit(EN, "Recently the Soviet period", "Recently the [Soviet](#) period"),
            Edit(
                "docs/references.en.md",
                None,
                (MINI / "docs/references.en.md").read_text(encoding="utf-8") + "\n```\nsome code\n",
            ),
        ],
        [
            "docs/introduction.en.md:5:34: a link with no address ('[words]()', '[words](#)') leads to the"
            " page itself: write its target, [words](results.md#results-12), or delete the brackets",
            "docs/references.en.md:5:1: '```' opens a code block that is never closed: the rest of the page"
            " would be published as code: close it with a line '```'",
        ],
    ),
    # trial 5: 'et al.' was told to be written 'Маркс et, al.'; a second 'nav:' was blamed on the whole article
    "bib: 'et al.' in the names; mkdocs.yml: 'nav:' given twice": (
        [
            Edit(BIB, "author = {Крицман, Л. Н.}", "author = {Крицман, Л. Н. et al.}"),
            Edit("mkdocs.yml", "markdown_extensions:\n", "nav:\n  - index.md\nmarkdown_extensions:\n"),
        ],
        [
            "bibliography.bib:3:3: entry 'kritsman1926': field 'author': 'et al.' in 'Крицман, Л. Н. et al.'"
            " is read as part of a name: write ' and others' for the others: write each person as 'Family,"
            " Given' or 'Given Family' (at most two commas: 'Family, Jr., Given'), people separated by ' and"
            " '",
            "mkdocs.yml:41:1: key 'nav' given twice (first at line 26): keep one",
        ],
    ),
    # trial 5: the Russian References page was published without its list
    "a generated list deleted in one language": (
        [Edit("docs/references.ru.md", "{bibliography}", "")],
        [
            "docs/references.ru.md:1:1: {bibliography} is on the original page but not on this one: its"
            " readers would not get the list; write {bibliography} on a line of its own where the original"
            " has it",
        ],
    ),
    # trial 5: '<title>… <b>Fixture</b> …' shown as typed; the footer's script published and run
    "mkdocs.yml: HTML in the site's name, a script in its copyright": (
        [
            Edit(
                "mkdocs.yml",
                "site_name: Fixture edition\n",
                "site_name: <b>Fixture</b> edition\ncopyright: '© 2026 <script>alert(1)</script>'\n",
            )
        ],
        [
            "mkdocs.yml:3:12: site_name: '<b>Fixture</b> edition' holds HTML, which the page's title shows as"
            " typed: write words only",
            "mkdocs.yml:4:12: copyright: the theme puts it in every page's footer as HTML, and this would run"
            ' a script or load a file: write text (a link, <a href="...">, is fine)',
        ],
    ),
    # trial 5: the pages' metadata named the keyword twice
    "article.yml: a keyword twice": (
        [Edit(ARTICLE, None, ARTICLE_YML + "keywords: {kk: [Ленин], ru: [Ленин], en: [Lenin, Soviets, Lenin]}\n")],
        [
            "source/article.yml:16:42: keywords: en names 'Lenin' twice (the pages' metadata would repeat"
            " it): keep one",
        ],
    ),
    # trial 5: libyaml's words alone ('found character that cannot start any token', 'but found another document')
    "YAML: a value that begins with '@', a second document": (
        [
            Edit(EM, 'reading: "Қорытынды. Зерттеу"', "reading: @Қорытынды. Зерттеу"),
            Edit(FORMS, None, (MINI / FORMS).read_text(encoding="utf-8") + "---\n"),
        ],
        [
            "source/citations.yml:5:1: malformed YAML: but found another document: a line '---' starts a"
            " second YAML document, and a data file is one: delete the line",
            "source/emendations.yml:4:12: malformed YAML: found character that cannot start any token: a"
            " value that begins with '@' is not text to YAML: put the value in double quotes (\"...\")",
        ],
    ),
    # trial 5: taken, and published as 'missing space'
    "YAML: an unquoted value cut at ' #'": (
        [Edit(EM, '  why: "missing space after the full stop"', "  why: missing space #1 after the full stop")],
        [
            "source/emendations.yml:5:22: ' #1 after the full stop' is read as a YAML comment, so the value"
            " ends before it ('missing space'): put the whole value in double quotes (\"...\")",
        ],
    ),
    # trial 5: each taken: a stray '`', a link to the editor's disk, '<?php ... ?>' shown as nothing
    "a backtick never closed, a link to a file on the editor's disk, markup a browser hides": (
        [
            Edit(
                EN,
                "Recently the Soviet period",
                "Recently the `Soviet [period](file:///C:/Users/ed/x.md) <?php echo 1; ?>",
            )
        ],
        [
            "docs/introduction.en.md:5:34: '`' opens code that is never closed in its paragraph, so it is"
            " published as typed: close it ('`code`'), or write '\\`' for a backtick meant as text",
            "docs/introduction.en.md:5:51: link to 'file:///C:/Users/ed/x.md', a file on your own computer,"
            " which no reader can open: link to the page's file, 'results.md#results-12', or to an address on"
            " the web",
            "docs/introduction.en.md:5:77: '<?php echo 1; ?>' is passed on to the page as markup that a"
            " browser shows as nothing: delete it, or write its text as text",
        ],
    ),
    # trial 5: both taken: the terms' links led to the first copy; the Kazakh headings' addresses were '#_1'
    "a generated list on two pages; mkdocs.yml: the toc's slugify deleted": (
        [
            *(Edit(f, None, (MINI / f).read_text(encoding="utf-8") + "\n{bibliography}\n") for f in (KK, RU, EN)),
            Edit(
                "mkdocs.yml",
                "      slugify: !!python/object/apply:pymdownx.slugs.slugify\n        kwds:\n          case: lower\n",
                "",
            ),
        ],
        [
            "docs/introduction.md:7:1: {bibliography} has no place in the original: remove it",
            "docs/references.en.md:3:1: {bibliography} is also on docs/introduction.en.md: a generated list"
            " stands on one page (the links to its entries lead there): delete it here, or link to that page",
            "docs/references.md:3:1: {bibliography} is also on docs/introduction.md: a generated list stands"
            " on one page (the links to its entries lead there): delete it here, or link to that page",
            "docs/references.ru.md:3:1: {bibliography} is also on docs/introduction.ru.md: a generated list"
            " stands on one page (the links to its entries lead there): delete it here, or link to that page",
            "mkdocs.yml:31:7: markdown_extensions: toc has no 'slugify': its default keeps only Latin"
            " letters, so a Kazakh or Russian heading's address would be '#_1': restore 'slugify:"
            " !!python/object/apply:pymdownx.slugs.slugify' (with 'kwds: {case: lower}')",
        ],
    ),
    # trial 5: each taken: the English pages lost the link to the marks' key; the English tab bore the Kazakh
    # name; the pattern was dropped and the term linked nowhere, silently
    "in one language only: a heading's own id, the site's name; terms: a pattern given as a list": (
        [
            Edit("docs/references.md", "# Әдебиеттер", "# Әдебиеттер {: #refs }"),
            Edit("docs/references.ru.md", "# Список литературы", "# Список литературы {: #refs }"),
            Edit(
                "mkdocs.yml",
                "{locale: ru, name: Русский, build: true}",
                "{locale: ru, name: Русский, build: true, site_name: Тест}",
            ),
            Edit(
                "source/terms.yml",
                None,
                '- id: soviets\n  kk: "Кеңестер"\n  ru: "Советы"\n  en: "Soviets"\n'
                '  explain: {kk: "Кеңестер.", ru: "Советы.", en: "The Soviets."}\n  match: {en: [Soviet, Soviets]}\n',
            ),
        ],
        [
            "docs/references.en.md:1:1: the original's heading id '#refs' ({: #refs }) is on no heading of"
            " this page: links to it would lead nowhere in this language: add it to the heading that"
            " translates that one",
            "mkdocs.yml:22:11: plugins: i18n: language 'en' has no site_name: its pages would bear the site's"
            " name in the default language: add 'site_name: ...' in that language",
            "source/terms.yml:6:15: term 'soviets' match.en must be one text (for several patterns, one"
            " joined with '|'), not a list",
        ],
    ),
    # trial 5: taken: the title's two spaces in every page's metadata and in the downloads
    "article.yml: two spaces in a title": (
        [Edit(ARTICLE, None, ARTICLE_YML.replace('en: "Test"', 'en: "Test  edition"'))],
        [
            "source/article.yml:11:38: two spaces in a row after 'Test': write one (the pages' metadata and"
            " the downloads would keep both)",
        ],
    ),
    # trial 5: 1362 messages on the edition, none naming mkdocs.yml
    "mkdocs.yml: attr_list deleted": (
        [Edit("mkdocs.yml", "  - attr_list\n", "")],
        [
            "mkdocs.yml:27:3: markdown_extensions: 'attr_list' is not listed: a heading's '{: #how-to-read }'"
            " would be published as typed, and the links to it lead nowhere; restore '- attr_list'",
        ],
    ),
    # trial 5: both "paragraph ids differ: missing ...", the mark as typed not named
    "a paragraph id with a space, one with fullwidth braces": (
        [Edit(EN, "{#intro-1}", "{# intro-1}"), Edit(RU, "{#intro-2}", "\uff5b#intro-2\uff5d")],
        [
            "docs/introduction.en.md:3:1: malformed mark '{# intro-1}': write {#intro-1} (no spaces)",
            "docs/introduction.ru.md:5:10: '｝' is U+FF5D FULLWIDTH RIGHT CURLY BRACKET, a fullwidth form:"
            " type '}' (a search for the word would not find it)",
            "docs/introduction.ru.md:5:1: '｛' is U+FF5B FULLWIDTH LEFT CURLY BRACKET, a fullwidth form: type"
            " '{' (a search for the word would not find it)",
        ],
    ),
}


REFS_EN = "docs/references.en.md"
TRIAL6_CASES = {
    "a mark in doubled braces, a Greek letter in a word": (  # trial 6: the outer braces and the omicron published
        [
            Edit(EN, "{pb:1247}Recently", "{{pb:1247}}Recently"),
            Edit(EN, "On the Communist Party", "On the Communist P\u03bfrty"),
        ],
        [
            "docs/introduction.en.md:3:29: the word 'P\u03bfrty' contains U+03BF GREEK SMALL LETTER OMICRON "
            "at character 2, where the rest is Latin: type it in one script (it looks right, and no "
            "search finds it)",
            "docs/introduction.en.md:5:12: mark '{{pb:1247}}' in doubled braces: the outer ones would "
            "be published as text around it: write {pb:1247}",
        ],
    ),
    "a '>' line, '[words] (address)' and '&mdash' inside a paragraph": (  # trial 6: a block quote cut it; text
        [
            Edit(
                EN,
                "Recently the Soviet period [@kritsman1926].",
                "Recently the Soviet period [@kritsman1926], see [Intro] (introduction.md#intro-1)\n> as "
                "&mdash quoted.",
            )
        ],
        [
            "docs/introduction.en.md:5:69: '[Intro] (introduction.md#intro-1)' is no link: with a "
            "space between ']' and '(' both are published as typed: write them together, "
            "[words](address)",
            "docs/introduction.en.md:6:1: a line that begins with '>' inside a paragraph begins a "
            "block quote there, cutting the paragraph in two: join it to the line before (a quotation "
            "stands in its paragraph, within quotation marks)",
            "docs/introduction.en.md:6:6: '&mdash' lacks its ';', so it is published as typed: write "
            "'&mdash;', or the character itself ('\u2014')",
        ],
    ),
    "a word processor's bullets": (  # trial 6: one paragraph '• first • second'
        [Edit(REFS_EN, "# References\n", "# References\n\n\u2022 first\n\u2022 second\n\n\u2013 one\n\u2013 two\n")],
        [
            "docs/references.en.md:3:1: '\u2022' at a line's start is a word processor's list mark, which "
            "the site publishes as typed, the items run together in one paragraph: write each item as "
            "'- item', the list after a blank line",
            "docs/references.en.md:6:1: '\u2013' at a line's start is a word processor's list mark, which "
            "the site publishes as typed, the items run together in one paragraph: write each item as "
            "'- item', the list after a blank line",
        ],
    ),
    "an attribute list under a paragraph's line": (  # trial 6: published as text
        [
            Edit(
                EN,
                "Recently the Soviet period [@kritsman1926].",
                "Recently the Soviet period [@kritsman1926].\n{: #remark }",
            )
        ],
        [
            "docs/introduction.en.md:6:1: '{: #remark }' is published as text on /en/introduction/: an "
            "attribute list is taken only at the end of a heading's line ('## Rights {: #rights }'): "
            "delete it here",
        ],
    ),
    "a citation and Markdown in a data file's text": (  # trial 6: shown as typed, told without the file's line
        [
            Edit(
                EM,
                '  why: "missing space after the full stop"',
                '  why: "missing space [@kritsman1926, 148]"\n  why-ru: "*пропущен* пробел"',
            )
        ],
        [
            "source/emendations.yml:5:23: '[@kritsman1926, 148]' is a citation, which is shown as "
            "typed here: name the work in words (the References list it) (a data file's text is plain "
            "text, shown as written)",
            "source/emendations.yml:6:12: '*пропущен*' is Markdown emphasis, which is shown with its stars"
            " here: write the words without them (a data file's text is plain text, shown as written)",
        ],
    ),
    "a Kazakh letter in a Russian word": (  # trial 6: 'партіи' looks right, and no search finds it
        [Edit(RU, "партии [@kritsman1926, 148]", "партии и парт\u0456и [@kritsman1926, 148]")],
        [
            "docs/introduction.ru.md:3:44: the word 'парт\u0456и' contains U+0456 CYRILLIC SMALL LETTER"
            " BYELORUSSIAN-UKRAINIAN I, a letter not of this page's language ('ru', its locale's alphabet) but"
            " of another of the edition's: type the letter meant ('партии' is written elsewhere in this language;"
            " no search finds 'парт\u0456и')",
        ],
    ),
    "a pasted character and Word's quotes in bibliography fields": (  # trial 6: printed in every list
        [
            Edit(
                BIB,
                "title-en = {The heroic period of the great Russian revolution}",
                "title-en = {\u201cThe heroic period of the great Russian revolution\u201d}",
            ),
            Edit(BIB, "note-en = {Identified from the text.}", "note-en = {Identi\ufb01ed from the text.}"),
        ],
        [
            "bibliography.bib:7:3: entry 'kritsman1926': field 'title-en' is written between quotation "
            "marks ('\u201cThe heroic period of the great Russian '), which every style and download would "
            "print as typed: write the words without them (each style sets its own)",
            "bibliography.bib:15:3: entry 'kritsman1926': field 'note-en': '\ufb01' is U+FB01 LATIN SMALL "
            "LIGATURE FI, a ligature, as a PDF pastes it: type 'fi' (a search for the word would not "
            "find it)",
        ],
    ),
    "a term pattern of one character": (  # trial 6: '.' linked a letter of a word to the glossary
        [Edit(TERMS, None, TERM.replace("match: {kk: 'кеңес'}", "match: {kk: 'кеңес', en: '.'}")), *GLOSSARY],
        [
            "source/terms.yml:6:28: term 'soviet': match.en '.' matches a single character ('a'): "
            "write the term's words ('Party', 'Russian Social Democratic Party')",
        ],
    ),
    "an empty site_name, and pymdownx.snippets": (  # trial 6: titles 'Page — '; a file's text put in unchecked
        [
            Edit("mkdocs.yml", "site_name: Fixture edition", 'site_name: ""'),
            Edit("mkdocs.yml", "  - tables\n", "  - tables\n  - pymdownx.snippets\n"),
        ],
        [
            "mkdocs.yml:3:12: site_name is empty: every page's title and header would lack the site's name: write it",
            "mkdocs.yml:30:5: markdown_extensions: 'pymdownx.snippets' puts other files' text into a page ('--8<--'),"
            " unchecked, so the site would not publish the text as written (the Kazakh text is the source's, word for"
            " word): delete it",
        ],
    ),
    "a citation in a bibliography note, a title's full stop": (  # trial 6: printed as typed; '.: ' in every list
        [
            Edit(BIB, "note-en = {Identified from the text.}", "note-en = {Identified from [@omarbekov2003, 502].}"),
            Edit(
                BIB,
                "{Topical problems of the history of Kazakhstan}",
                "{Topical problems of the history of Kazakhstan.}",
            ),
        ],
        [
            "bibliography.bib:15:3: entry 'kritsman1926': field 'note-en': '[@omarbekov2003, 502]' is a citation, which"
            " is shown as typed here: name the work in words (the References list it) (a data file's text is plain"
            " text, shown as written)",
            "bibliography.bib:23:3: entry 'omarbekov2003': field 'title-en' ends with a full stop, which the styles set"
            " themselves (' of the history of Kazakhstan.'): delete it",
        ],
    ),
    "an editor's working files in docs/": (  # trial 6: each published as a file of the site
        [
            Edit("docs/notes.txt", None, "to do: paragraph 3\n"),
            Edit("docs/Thumbs.db", None, b"\xd0\xcf\x11\xe0"),
            Edit("docs/introduction.en.docx", None, b"PK\x03\x04"),
        ],
        [
            f"docs/{name}:1:1: an editor's working file (a document, a text file, a PDF) or one the system makes: the"
            f" site would publish it as a file of its own (/{name}): delete it, or move it out of docs/"
            for name in ("Thumbs.db", "introduction.en.docx", "notes.txt")
        ],
    ),
    "the theme's logo and icon naming files docs/ lacks": (  # trial 6: a broken image and icon on every page
        [
            Edit(
                "mkdocs.yml",
                "  font: false\n",
                "  font: false\n  logo: assets/logo.png\n  favicon: assets/favicon.ico\n",
            )
        ],
        [
            f"mkdocs.yml:{at}: the page / would load 'assets/{name}', which the site does not have: put the file in"
            f" docs/assets/{name}, or delete its name"
            for at, name in (("11:9", "logo.png"), ("12:12", "favicon.ico"))
        ],
    ),
    "article.yml without first_body_page": (  # trial 6: the first paragraphs published with no page, no citation
        [Edit(ARTICLE, None, ARTICLE_YML.replace("first_body_page: 1246\n", ""))],
        [],
        [
            "source/article.yml:1:1: warning: no first_body_page: the paragraphs before the body's first page marker"
            " ({pb:N}) would be published without a page, and with no citation to copy: write the page the body"
            " begins on"
        ],
    ),
    "a conflict marker left alone": (  # trial 6: a lone '=======' was "a paragraph with no {#id}"
        [Edit(EN, "\n\n{#intro-2}", "\n\n=======\n\n{#intro-2}")],
        [
            "docs/introduction.en.md:5:1: '=======' is a line git writes in a merge conflict, left here when the"
            " rest of the conflict was deleted: delete it"
        ],
    ),
}


@pytest.fixture(scope="module")
def previous_site(tmp_path_factory) -> Path:
    """The fixture edition's good build: the site/ every broken project starts from."""
    proj = copy_fixture(MINI, tmp_path_factory.mktemp("good") / "proj")
    assert build(proj, epoch=EPOCH, quiet=True) == 0
    return proj / "site"


def error_lines(output: str, warnings: bool = False) -> list[str]:
    lines = output.strip().splitlines()
    return sorted(line for line in lines[:-1] if (": warning: " in line) == warnings)


def run_check(proj: Path, scripts: Path) -> subprocess.CompletedProcess:
    """`scripts/check.py <project>`, run as an editor runs it (a project with its own copy of the engine)."""
    return subprocess.run([sys.executable, str(scripts / "check.py"), str(proj)], capture_output=True, text=True)


def check_in_process(proj: Path) -> tuple[int, str]:
    """`make check` of a project in this process (the same function, without a Python start per case)."""
    buffer = io.StringIO()
    with contextlib.redirect_stdout(buffer), contextlib.redirect_stderr(buffer):
        code = check.main([str(proj)])
    return code, buffer.getvalue()


def broken_project(tmp_path: Path, previous_site: Path | None, edits) -> Path:
    """A copy of the fixture with the edits; with the good build in its site/ when `previous_site` is given (what
    `make build` must leave as it was; `make check` builds into a temporary folder and never reads site/)."""
    proj = copy_fixture(MINI, tmp_path / "proj")
    if previous_site is not None:
        shutil.copytree(previous_site, proj / "site")
    for edit in edits:
        edit.apply(proj)
    return proj


ALL = {**CASES, **NEW_CASES, **HTML_CASES, **MESSAGE_CASES, **TRIAL4_CASES, **TRIAL5_CASES, **TRIAL6_CASES}
BUILT = (
    "bib: unbalanced brace",
    "mkdocs.yml: the hooks block removed",
    "pages: a link to a paragraph that does not exist",
)


@pytest.mark.parametrize("case", list(ALL.values()), ids=list(ALL))
def test_bad_input(case, tmp_path):
    """The corpus: each editor's mistake through `make check` (engine, real build, output checks), in process;
    the expected verdict is the exact list of errors (none: the edition builds as the editor meant)."""
    edits, expected, warnings = case if len(case) == 3 else (*case, None)
    proj = broken_project(tmp_path, None, edits)
    expected = [e.replace("{proj}", proj.as_posix()) for e in expected]
    own_engine = (proj / "scripts").exists()
    if own_engine:  # its own copy of the engine: checked by that copy, as an editor of that project would
        done = run_check(proj, proj / "scripts")
        code, out = done.returncode, done.stdout + done.stderr
    else:
        code, out = check_in_process(proj)
    assert "Traceback" not in out, out
    assert code == (1 if expected else 0), out
    assert error_lines(out) == sorted(expected), out
    if warnings is not None:
        assert error_lines(out, warnings=True) == sorted(warnings), out
    causes = [e for e in expected if not e.startswith("  ↳ ")]  # a follow-on is printed under its cause, not counted
    assert out.strip().splitlines()[-1].startswith(f"{len(causes)} error(s)")


@pytest.mark.parametrize("name", BUILT)
def test_what_check_refuses_build_refuses_and_the_site_stays(name, tmp_path, previous_site, capfd):
    """`make build` of a refused project fails, says why, and leaves site/ byte for byte as it was."""
    edits, expected = ALL[name][:2]
    proj = broken_project(tmp_path, previous_site, edits)
    before = tree(proj / "site")
    assert build(proj, epoch=EPOCH, quiet=True) != 0
    built = capfd.readouterr()
    assert "Traceback" not in built.out + built.err
    assert tree(proj / "site") == before
    assert not [p for p in proj.iterdir() if p.name.startswith(".site-")]


def test_html_in_bib_fields_is_escaped_not_an_error(tmp_path, previous_site):
    """Markup in a .bib field is text: it is shown as written, never run, and it is not an error."""
    proj = broken_project(
        tmp_path,
        previous_site,
        [
            Edit(
                BIB,
                "  author = {Абылгожин},\n",
                "  author = {Абылгожин},\n  title = {<img src=x onerror=alert(1)> Notes},\n",
            ),
            # a work with a title is identified: the gate refuses an unidentified entry with one
            Edit(
                BIB,
                "status = {unidentified}, provenance = {author=citation",
                "status = {identified}, provenance = {author=citation",
            ),
            Edit(
                BIB,
                "  note-en = {The work is not identified.}",
                '  note-en = {Not identified <b onclick="alert(2)">yet</b>.}',
            ),
        ],
    )
    check = run_check(proj, ROOT / "scripts")
    assert check.returncode == 0, check.stdout + check.stderr
    assert build(proj, epoch=EPOCH, quiet=True) == 0
    for prefix in ("", "ru/", "en/"):
        for page in ("references", "introduction"):
            soup = BeautifulSoup(
                (proj / "site" / f"{prefix}{page}/index.html").read_text(encoding="utf-8"), "html.parser"
            )
            # no element came from a .bib field (not even out of a <script> with JSON-LD): no <img src=x>, no handler
            assert not soup.select('img[src="x"]') and not soup.select("[onerror], [onclick]"), (prefix, page)
            shown = soup.get_text() + " ".join(str(a.get("title", "")) for a in soup.select("a.cite"))
            assert "<img src=x onerror=alert(1)> Notes" in shown, (prefix, page)
    english = BeautifulSoup((proj / "site" / "en/references/index.html").read_text(encoding="utf-8"), "html.parser")
    assert 'Not identified <b onclick="alert(2)">yet</b>.' in english.get_text()


def test_windows_line_endings_and_a_byte_order_mark_read_as_any_other(tmp_path, previous_site):
    """Files saved by a Windows editor (CRLF line ends, a byte-order mark) are read like any other: no problem,
    and the page's heading survives the mark."""
    proj = broken_project(tmp_path, previous_site, [])
    for path in (KK, RU, EN, BIB, EM, FORMS, "mkdocs.yml", "source/eskaliev-aitenov-2025.txt"):
        text = (proj / path).read_text(encoding="utf-8").replace("\n", "\r\n")
        (proj / path).write_bytes((b"\xef\xbb\xbf" if path in (EN, BIB) else b"") + text.encode("utf-8"))
    check = run_check(proj, ROOT / "scripts")
    assert check.returncode == 0 and check.stdout.strip() == "0 error(s), 0 warning(s)", check.stdout + check.stderr
    assert build(proj, epoch=EPOCH, quiet=True) == 0
    english = BeautifulSoup((proj / "site/en/introduction/index.html").read_text(encoding="utf-8"), "html.parser")
    assert english.select_one("article h1").get_text().startswith("Introduction")
    assert english.select_one("p#intro-1") is not None


def test_a_misspelt_optional_field_is_a_warning_and_the_edition_builds(tmp_path, previous_site):
    proj = broken_project(
        tmp_path,
        previous_site,
        [
            Edit(BIB, "  title-en = {The heroic", "  titel-en = {The heroic"),
            Edit(EM, '  why: "missing', '  why-ru: "пропущен пробел"\n  whyy-en: "x"\n  why: "missing'),
        ],
    )
    check = run_check(proj, ROOT / "scripts")
    assert check.returncode == 0, check.stdout + check.stderr
    assert error_lines(check.stdout, warnings=True) == [
        f"{BIB}:7:3: warning: entry 'kritsman1926': unknown field 'titel-en' (did you mean 'title-en'?)",
        f"{EM}:6:3: warning: unknown key 'whyy-en' (did you mean 'why-en'?)",
    ]
    assert build(proj, epoch=EPOCH, quiet=True) == 0
