"""Find every style module, and rank the styles that fit a track (the pipeline picks
two of different families from that order).

A track's candidates are the styles its design language lists (with their weights),
plus, at a lower weight, the styles whose `fits` name its genre, so every genre has
styles of both families. Each weight is divided by how prevalent the style is across
the whole language catalogue (its summed share of every language's weights), so a
style many languages lean on does not crowd out the rest across a set of tracks.
A style that draws what the title names (StyleInfo.subjects: a duck, rain,
fireworks) weighs SUBJECT_BOOST times more, and counts as fitting on a track that is
not dark even where its genre would not call it (a firework for an anime opening; no
paper heart for doom). The seed draws a weighted order (the same one every time for a
track); `fitting` names the styles that are not strangers to the track's genre. A
style that sets the title as its picture (the typographic poster, wood type) is
offered only for a title with words.
"""

from __future__ import annotations

import importlib
import pkgutil
from functools import lru_cache
from types import ModuleType

from sleeve.engine import styles
from sleeve.engine.direction import ArtDirection
from sleeve.engine.languages.catalogue import LANGUAGES
from sleeve.engine.music import has_words
from sleeve.engine.raster import rng_for
from sleeve.engine.styles.base import split_key
from sleeve.engine.styles.cover_parts.title_words import motifs

NOT_STYLES = {"base", "registry"}
FIT_WEIGHT = 0.45  # a style that fits the genre but is not in its language's list
STRANGER_WEIGHT = 0.02  # any other style, so a family is never empty
BALANCE = 0.8  # how strongly prevalence is evened out (0 = not at all, 1 = fully)
SUBJECT_BOOST = 2.5  # a style that draws what the title names
SUBJECT_MIN_VALENCE = 0.35  # below it, a named subject brings no stranger in


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


def skeleton(style: str, layout: str) -> str:
    """The skeleton `style`'s composition `layout` draws: the name its module's SKELETONS
    gives it where several compositions read as one picture (a raised heart and a
    raised star on a card), or its skeleton_of function where a layout names a scene
    and what hangs in it (neon's "close-record" and "close-rings"), else the
    composition's own name. The table is read first, so a style may name some
    compositions there and the rest by its function."""
    module = all_styles().get(style)
    table = getattr(module, "SKELETONS", {})
    if layout in table:
        return table[layout]
    named = getattr(module, "skeleton_of", None)
    return named(layout) if named is not None else layout


def get_style(name: str) -> ModuleType:
    """The style module called `name`; ValueError listing the known names otherwise."""
    known = all_styles()
    if name not in known:
        raise ValueError(f"unknown style {name!r}; known styles: {', '.join(known)}")
    return known[name]


@lru_cache
def prevalence() -> dict[str, float]:
    """Each style's share of the language catalogue relative to the average style's
    (1.0 = average): the sum over languages of its weight over their total weight. A
    style no language lists counts as a quarter of the average."""
    known = all_styles()
    shares = dict.fromkeys(known, 0.0)
    for language in LANGUAGES.values():
        listed = [(name, weight) for name, weight in language.styles if name in known]
        total = sum(weight for _, weight in listed) or 1.0
        for name, weight in listed:
            shares[name] += weight / total
    mean = sum(shares.values()) / len(known) or 1.0
    return {name: max(share / mean, 0.25) for name, share in shares.items()}


def _fit_weights(direction: ArtDirection, subjects: bool = True) -> dict[str, float]:
    """Every style allowed for the track with its fit: its language's weight when the
    language lists it, FIT_WEIGHT when it fits the genre or era or draws what the
    title names (unless the track is dark), else STRANGER_WEIGHT. A style that draws
    the title is not allowed for a title without words (has_words), nor one for
    music calmer than its min_energy."""
    known = all_styles()
    genres = {direction.genre, direction.language.family, direction.language.subgenre}
    listed = {name: weight for name, weight in direction.language.styles if name in known}
    out: dict[str, float] = {}
    for name, module in known.items():
        info = module.STYLE
        if info.draws_title and not has_words(direction.title):
            continue
        if info.only and not (genres & set(info.only)) and name not in listed:
            continue
        if genres & set(info.never):
            continue
        if direction.energy < info.min_energy:
            continue
        if name in listed:
            fit = listed[name]
        elif genres & set(info.fits) or (direction.era and direction.era in info.fits):
            fit = FIT_WEIGHT
        elif subjects and draws_named(direction, name) and direction.valence >= SUBJECT_MIN_VALENCE:
            fit = FIT_WEIGHT  # the title names what it draws
        else:
            fit = STRANGER_WEIGHT
        out[name] = fit
    return out


def candidates(direction: ArtDirection) -> dict[str, float]:
    """Every style allowed for the track with its weight (higher is likelier): a
    style that draws what the title names SUBJECT_BOOST times more."""
    out = {}
    for name, fit in _fit_weights(direction).items():
        boost = SUBJECT_BOOST if draws_named(direction, name) else 1.0
        out[name] = all_styles()[name].STYLE.weight * boost * fit / prevalence()[name] ** BALANCE
    return out


def draws_named(direction: ArtDirection, style: str, layout: str = "") -> bool:
    """Whether `style` draws something the track's title names (StyleInfo.subjects);
    given a look's `layout` (a layout key, base.split_key), whether its composition
    draws it: a style module's SUBJECT_LAYOUTS names the compositions that draw each
    subject (a riso road draws no star), and a subject it does not list is drawn by
    every composition."""
    module = all_styles()[style]
    named = motifs(direction.title) & set(module.STYLE.subjects)
    if not named or not layout:
        return bool(named)
    composition = split_key(layout)[1]
    drawers = getattr(module, "SUBJECT_LAYOUTS", {})
    return any(subject not in drawers or composition in drawers[subject] for subject in named)


def fitting(direction: ArtDirection, subjects: bool = True) -> frozenset[str]:
    """The styles the track's language lists or whose fits name its genre or era (not
    the strangers every genre may fall back on), and, unless `subjects` is False, the
    ones a bright track's title brings in (they draw what it names)."""
    weights = _fit_weights(direction, subjects)
    return frozenset(n for n, fit in weights.items() if fit > STRANGER_WEIGHT)


def ranked_styles(direction: ArtDirection) -> list[str]:
    """Every allowed style in a weighted random order drawn from the seed (the
    Efraimidis-Spirakis keys u ** (1 / w)): better fits tend to come first."""
    weights = candidates(direction)
    names = sorted(weights)
    u = rng_for(direction, "registry").random(len(names))
    keys = {name: u[i] ** (1.0 / weights[name]) for i, name in enumerate(names)}
    return sorted(names, key=lambda name: -keys[name])
