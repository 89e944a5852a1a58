"""Valid HTML: Material gives its two hidden checkbox toggles autocomplete="off" (so that Firefox does not
restore them open after a reload, mkdocs-material#1513), which HTML allows only on text-like inputs. The tags
sit outside every template block, so the attribute is removed from exactly these two tags in the written page."""

from __future__ import annotations

_TOGGLES = tuple(
    (
        f'<input class="md-toggle" data-md-toggle="{t}" type="checkbox" id="__{t}" autocomplete="off">',
        f'<input class="md-toggle" data-md-toggle="{t}" type="checkbox" id="__{t}">',
    )
    for t in ("drawer", "search")
)


def remove(html: str) -> str:
    for material, valid in _TOGGLES:
        html = html.replace(material, valid)
    return html
