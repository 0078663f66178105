"""Find every style module and choose two that fit a track, from different families."""

from __future__ import annotations

import importlib
import pkgutil
from functools import lru_cache
from types import ModuleType

from sleeve.engine import styles
from sleeve.engine.direction import ArtDirection

NOT_STYLES = {"base", "registry"}


@lru_cache
def all_styles() -> dict[str, ModuleType]:
    """Every module in sleeve.engine.styles that defines STYLE and render, by name."""
    found: dict[str, ModuleType] = {}
    for info in pkgutil.iter_modules(styles.__path__):
        if info.name in NOT_STYLES or info.name.startswith("_"):
            continue
        module = importlib.import_module(f"{styles.__name__}.{info.name}")
        if hasattr(module, "STYLE") and hasattr(module, "render"):
            found[module.STYLE.name] = module
    return dict(sorted(found.items()))


def get_style(name: str) -> ModuleType:
    """The style module called `name`; ValueError listing the known names otherwise."""
    known = all_styles()
    if name not in known:
        raise ValueError(f"unknown style {name!r}; known styles: {', '.join(known)}")
    return known[name]


def ranked_styles(direction: ArtDirection) -> list[str]:
    """Every style, best fit for the track first (genre and era fit, then the seed)."""
    known = all_styles()
    seed = direction.seed

    def rank(name: str) -> tuple[int, int]:
        fits = name in dict(direction.language.styles)
        era = direction.era and direction.era in known[name].STYLE.fits
        jitter = (seed ^ (hash_name(name) * 2654435761)) % 1000
        return (0 if fits or era else 1, jitter)

    return sorted(known, key=rank)


def choose_styles(direction: ArtDirection, count: int = 2) -> tuple[str, ...]:
    """Two styles from different families, preferring those that fit the genre; the
    seed picks among equally good ones, so the choice is stable per track."""
    known = all_styles()
    chosen: list[str] = []
    families: set[str] = set()
    for name in ranked_styles(direction):
        family = known[name].STYLE.family
        if family in families and len(families) < 2:
            continue
        chosen.append(name)
        families.add(family)
        if len(chosen) == count:
            break
    return tuple(chosen)


def hash_name(name: str) -> int:
    """A stable small integer for a style name (Python's hash() changes per process)."""
    value = 0
    for char in name:
        value = (value * 131 + ord(char)) % 1_000_003
    return value
