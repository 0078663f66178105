"""Wood type's record label is retired (the vinyl clip-art the guide bans); the
stacked letter blocks replace it: a block a letter, one in the accent ink."""

from __future__ import annotations

import dataclasses

import numpy as np

from sleeve.engine.styles import wood_type
from tests.engine.test_styles import CALM, LOUD


def test_the_record_label_is_retired_and_never_chosen() -> None:
    assert "label" in wood_type.RETIRED and "label" not in wood_type.LAYOUTS
    for base in (CALM, LOUD):
        for seed in range(120):
            d = dataclasses.replace(base, seed=seed, title="Velvet")
            assert wood_type.layout_of(d) not in wood_type.RETIRED


def test_a_short_title_stands_as_a_block_a_letter_one_in_the_accent(monkeypatch) -> None:
    monkeypatch.setattr(wood_type, "_choose", lambda direction, rng: "tiles")
    d = dataclasses.replace(LOUD, seed=3, title="No Mercy")
    image, title = wood_type.render_with_title(d, 256)
    assert len(title.boxes) == 7 and set(title.chars) == {1}  # N O / M E R C Y
    rgb = np.asarray(image, np.int16)
    # each block's ink: just above its letter, inside the block's margin
    inks = [rgb[y0 - 3, (x0 + x1) // 2] for x0, y0, x1, _ in title.boxes]
    common = np.median(inks, axis=0)
    apart = [np.abs(ink - common).sum() > 60 for ink in inks]
    assert sum(apart) == 1  # one block in the accent
    middles = sorted((b[1] + b[3]) / 2 for b in title.boxes)
    rows = 1 + sum(1 for u, v in zip(middles, middles[1:], strict=False) if v - u > 20)
    assert rows == 2  # a word a row


def test_a_long_or_foreign_title_is_never_given_blocks() -> None:
    for title in (
        "Supercalifragilisticexpialidocious",
        "君と見た花火",
        "Neon Dreams of a City That",
    ):
        for seed in range(40):
            d = dataclasses.replace(LOUD, seed=seed, title=title)
            assert wood_type.layout_of(d) != "tiles", title
