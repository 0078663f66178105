"""The poster's layouts vary in skeleton, not colour alone (round 1's sheet: the
justified block, a colour field and a huge cropped letter on 25 of 74 covers, since
retired): the stack, the crop and the meter are drawn (the Blue Note stress, the
diagonal and the echo are retired: an empty page, templates), no composition takes
much over half of a genre mix; the tiles never split a word across rows; the spine's
mark never stands as a grey ghost; an emoji title gets no stray bullet."""

from __future__ import annotations

import dataclasses
from collections import Counter

from sleeve.engine.color import contrast_ratio
from sleeve.engine.languages import language_for
from sleeve.engine.palettes import Palette
from sleeve.engine.styles import typographic_poster
from sleeve.engine.styles.cover_parts import poster_grid, poster_spine
from tests.engine.test_styles import CALM

S = 192


def _as(base, genre: str, **changes):
    language = language_for(genre)
    return dataclasses.replace(base, genre=language.family, language=language, **changes)


def _forced(monkeypatch, kind: str) -> None:
    monkeypatch.setattr(typographic_poster, "composition", lambda direction, rng: kind)


MIX = [
    ("pop", "Sunny Days", 0.6), ("rnb", "Slow Burn", 0.4), ("lofi", "rainy window, 3am", 0.3),
    ("house", "Golden Hour", 0.8), ("jazz", "Blue Note for Ellis", 0.5),
    ("rock", "Thunderstruck Highway", 0.85), ("folk", "Back Porch", 0.35),
    ("edm", "Hands Up Tonight", 0.9), ("chamber", "Letters I Never Sent", 0.25),
    ("pop", "Candyfloss", 0.6), ("jingle", "Morning Briefing", 0.6),
    ("dream_pop", "Glass City", 0.4),
]  # fmt: skip


def test_no_composition_takes_much_over_half_of_a_genre_mix() -> None:
    kinds = Counter()
    for genre, title, energy in MIX:
        for seed in range(12):
            direction = _as(CALM, genre, title=title, energy=energy, seed=seed)
            kinds[typographic_poster.layout_of(direction)] += 1
    total = sum(kinds.values())
    assert "stress" not in kinds and "diagonal" not in kinds, kinds  # both retired
    # eight pictures open to these tracks, seven at least drawn: the spine where its
    # letters stand tall enough, the stack, the Swiss tower, the meter, the lens, the
    # crop, the newspaper headline and the wave (shadow type retired in round 11, the
    # mirror and the window in round 12)
    assert set(kinds) <= {
        "spine", "stack", "tower", "meter", "lens", "crop", "headline", "wave",
    } and len(kinds) >= 7, kinds  # fmt: skip
    assert max(kinds.values()) <= 0.65 * total, kinds


def test_the_tiles_never_split_a_word_across_rows() -> None:
    assert not poster_grid.tiles_fits("Candyfloss")  # "CAND / YFLO / SS"
    assert not poster_grid.tiles_fits("Midnight Tide")  # "MIDN / IGHT / TIDE"
    assert poster_grid.tiles_fits("Blue Smoke")
    assert poster_grid.tiles_fits("Supercalifragilistic", 36, kids=True)  # spelling blocks


def test_the_spine_mark_is_never_a_grey_ghost(monkeypatch) -> None:
    _forced(monkeypatch, "spine")
    grey = Palette(
        background=(214, 214, 212),
        colors=((190, 190, 188), (60, 60, 60), (170, 170, 168)),
        accent=(186, 186, 184),
        ink=(40, 40, 40),
    )
    painted = []
    monkeypatch.setattr(
        poster_spine, "paint", lambda image, mask, colour, at=(0, 0): painted.append(colour)
    )
    for seed in range(6):
        direction = _as(CALM, "dream_pop", title="Glass City", seed=seed, palette=grey, energy=0.45)
        typographic_poster.render_with_title(direction, S)
    assert painted  # the mark drawn, not dropped
    assert min(contrast_ratio(c, grey.background) for c in painted) >= 2.9, painted


def test_an_emoji_title_gets_no_stray_bullet(monkeypatch) -> None:
    _forced(monkeypatch, "spine")
    drawn = []
    real = poster_spine.line_mask
    monkeypatch.setattr(
        poster_spine, "line_mask", lambda text, *a, **k: drawn.append(text) or real(text, *a, **k)
    )
    for seed in range(8):
        direction = _as(CALM, "bedroom_pop", title="\U0001f319\u2728\U0001f494", seed=seed)
        typographic_poster.render_with_title(direction, S)
    assert "\u2022" not in drawn, drawn
