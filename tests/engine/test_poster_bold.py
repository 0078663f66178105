"""What the typographic poster's type-as-image compositions promise: a loud track
mostly gets type as the picture and no one picture for a third of songs; the
crescendo is retired."""

from __future__ import annotations

import dataclasses
from collections import Counter

from sleeve.engine.languages import language_for
from sleeve.engine.raster import rng_for
from sleeve.engine.styles import typographic_poster
from tests.engine.test_styles import LOUD


def _pop(**changes):
    language = language_for("pop")
    return dataclasses.replace(LOUD, genre=language.family, language=language, **changes)


def _kind(direction) -> str:
    return typographic_poster.composition(
        direction, rng_for(direction, "typographic_poster-composition")
    )


def _forced(monkeypatch, kind: str) -> None:
    monkeypatch.setattr(typographic_poster, "composition", lambda direction, rng: kind)


def test_loud_posters_are_mostly_type_as_picture_and_none_repeats() -> None:
    kinds = Counter(_kind(_pop(title="Sunny Days", seed=seed)) for seed in range(200))
    assert "frame" not in kinds  # retired: a ribbon template on every track it drew
    assert "tiles" not in kinds, kinds  # piano-key stripes: children's blocks only
    assert max(kinds.values()) < 0.6 * 200, kinds  # spine, block and diagonal open to it


def test_the_crescendo_is_retired() -> None:
    """The lead word in rows growing to an edge read as a rave flyer's template, and on
    the last sheet broke "Can-dyfloss" and read "Lift Lift": no track draws it."""
    assert "crescendo" not in typographic_poster.COMPOSITIONS
    for title in ("Candyfloss", "Lift Every Hand", "Riot"):
        for seed in range(40):
            assert _kind(_pop(title=title, seed=seed)) != "crescendo", (title, seed)
