"""The RIS download (CRLF lines, as the format has them)."""

from __future__ import annotations


def write(r) -> str:
    lines = ["TY  - JOUR"]
    lines += [f"AU  - {a.family}, {a.spaced}" for a in r.authors]
    lines += [
        f"TI  - {r.title}",
        f"T2  - {r.journal}",
        f"PY  - {r.year}",
        f"VL  - {r.volume}",
        f"IS  - {r.issue}",
        f"SP  - {r.first_page}",
        f"EP  - {r.last_page}",
        f"DO  - {r.doi}",
        f"UR  - {r.doi_url}",
        f"LA  - {r.language}",
    ]
    lines += [f"AB  - {r.abstract}"] if r.abstract else []
    lines += [f"KW  - {kw}" for kw in r.keywords]
    lines += [f"L1  - {r.pdf_url}"] if r.pdf_url else []
    return "\r\n".join([*lines, "ER  - "]) + "\r\n"
