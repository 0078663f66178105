"""The styles a person can choose for a variation, described in one line each."""

from __future__ import annotations

import inspect
from functools import lru_cache

from sleeve.engine.styles.registry import all_styles


@lru_cache
def style_catalogue() -> list[dict[str, str]]:
    """Every style's name, family and the first sentence of its module's description."""
    catalogue = []
    for name, module in all_styles().items():
        doc = inspect.getdoc(module) or name
        first = doc.split("\n\n", 1)[0].replace("\n", " ").split(". ", 1)[0].rstrip(".") + "."
        label, _, rest = first.partition(": ")
        description = rest if rest and len(label) < 40 else first
        catalogue.append(
            {
                "name": name,
                "family": module.STYLE.family,
                "description": description[:1].upper() + description[1:],
            }
        )
    return catalogue


def check_styles(styles: list[str]) -> tuple[str, str]:
    """Two different known style names, or ValueError saying what is wrong."""
    known = [style["name"] for style in style_catalogue()]
    unknown = [name for name in styles if name not in known]
    if unknown:
        raise ValueError(f"unknown style {unknown[0]!r}; known styles: {', '.join(known)}")
    if len(styles) != 2 or styles[0] == styles[1]:
        raise ValueError("give two different styles, one for each image")
    return styles[0], styles[1]
