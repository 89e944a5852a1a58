"""The BibTeX download, written by pybtex. Its writer LaTeX-encodes every field; the DOI and URL are verbatim
fields for biblatex and reference managers, so they are written as they are (2788-9718_2025, not \\_)."""

from __future__ import annotations

import io

from pybtex.database import BibliographyData, Entry, Person
from pybtex.database.output.bibtex import Writer

VERBATIM = ("doi", "url")


class _Writer(Writer):
    def _write_field(self, stream, type, value):
        if type.lower() in VERBATIM:
            stream.write(f",\n    {type} = {self.quote(value)}")
        else:
            super()._write_field(stream, type, value)


def protected_title(title: str, sentence_case: str) -> str:
    """The title with its proper names in braces, which BibTeX styles do not lower-case ('The {Communist} {Party}
    and {Soviet} Statehood: …'): a word that keeps its capital in the sentence-case form (article.yml) and opens
    neither the title nor a subtitle. Without a sentence-case form, the title as it is."""
    words, cased = title.split(" "), sentence_case.split(" ")
    if not sentence_case or len(words) != len(cased):
        return title
    out = []
    for i, (word, low) in enumerate(zip(words, cased)):
        opens = i == 0 or words[i - 1].endswith(":")
        out.append(f"{{{word}}}" if low[:1].isupper() and not opens else word)
    return " ".join(out)


def write(r) -> str:
    fields = {
        "title": protected_title(r.title, r.title_sentence_case),
        "journal": r.journal,
        "year": str(r.year),
        "volume": r.volume,
        "number": r.issue,
        "pages": f"{r.first_page}--{r.last_page}",
        "doi": r.doi,
        "url": r.doi_url,
        "language": r.language,
        "keywords": ", ".join(r.keywords),
        "abstract": r.abstract,
    }
    people = {"author": [Person(f"{a.family}, {a.spaced}") for a in r.authors]}
    entry = Entry("article", fields={k: v for k, v in fields.items() if v}, persons=people)
    out = io.StringIO()
    _Writer().write_stream(BibliographyData({r.key: entry}), out)
    return out.getvalue()
