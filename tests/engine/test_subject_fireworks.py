"""A title that names fireworks gets a photograph of fireworks in mono grain: bursts of
bright trails radiating from their cores on a night sky, placed by the song (two
songs get two displays), the title's band left black; and the registry brings mono
grain to the pop and j-pop tracks such titles come with."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image

from sleeve.engine import raster
from sleeve.engine.direction import ArtDirection, direct_from_music
from sleeve.engine.music import MusicInput
from sleeve.engine.styles import mono_grain
from sleeve.engine.styles.registry import draws_named, fitting

ANIME = "j-rock, anime opening, energetic"


def _direction(title: str, tags: str, task: str = "fw") -> ArtDirection:
    return direct_from_music(MusicInput(task_id=task, title=title, tags=tags))[0]


def _print(direction: ArtDirection, side: str = "bottom") -> np.ndarray:
    """The fireworks print's tone field (RES square, 0 black .. 1 white) for a band."""
    rng = raster.rng_for(direction, "mono")
    tone, _, _ = mono_grain.PRINTS["fireworks"](direction, rng, mono_grain._grid(rng), side, False)
    return np.clip(tone, 0, 1)


@pytest.mark.parametrize(
    ("title", "tags"),
    [
        ("君と見た花火", ANIME),
        ("Fireworks", "pop, upbeat, summer"),
        ("Feuerwerk", "techno, dark"),
        ("불꽃놀이", "k-pop, bright"),
    ],
)
def test_a_fireworks_title_gets_the_fireworks_print(title: str, tags: str) -> None:
    direction = _direction(title, tags)
    assert mono_grain.layout_of(direction) == "fireworks"
    assert draws_named(direction, "mono_grain", "mono_grain/fireworks@top-left")
    assert mono_grain.layout_of(_direction("Velvet Night", tags)) != "fireworks"


def test_pop_and_j_pop_fireworks_titles_may_take_mono_grain() -> None:
    """Pop and j-pop do not list mono grain; a bright track whose title names fireworks
    now counts it as fitting (registry: a named subject on a track that is not dark)."""
    for title, tags in (("Fireworks", "pop, upbeat, summer"), ("花火", "j-pop, summer")):
        assert "mono_grain" in fitting(_direction(title, tags)), title
    assert "mono_grain" not in fitting(_direction("Sunday", "pop, upbeat, summer"))


def test_the_print_is_a_night_sky_with_bright_radial_trails() -> None:
    """Mostly black, a small share of bright streaks, and round the brightest core a
    ring crossing many separate trails (a burst, not a blob or a glow)."""
    for task in ("a", "b", "c"):
        tone = _print(_direction("君と見た花火", ANIME, task))
        assert np.median(tone) < 0.12, task
        assert 0.01 < (tone > 0.6).mean() < 0.3, task
        glow = raster.from_image(raster.fast_blur(raster.to_image(tone), 6))
        cy, cx = np.unravel_index(int(np.argmax(glow)), glow.shape)
        crossings = []
        for radius in (14, 20, 26):
            a = np.linspace(0, 2 * np.pi, 720, endpoint=False)
            ys = np.clip((cy + radius * np.sin(a)).astype(int), 0, tone.shape[0] - 1)
            xs = np.clip((cx + radius * np.cos(a)).astype(int), 0, tone.shape[1] - 1)
            ring = tone[ys, xs]
            bright = ring > np.percentile(ring, 40) + 0.08
            crossings.append(int(np.count_nonzero(bright & ~np.roll(bright, 1))))
        assert max(crossings) >= 12, (task, crossings)


def test_two_songs_get_two_displays() -> None:
    """Different songs with the same title: their bursts stand in different places."""
    lit = [_print(_direction("Fireworks", ANIME, task)) > 0.5 for task in ("one", "two", "three")]
    for i in range(3):
        for j in range(i + 1, 3):
            overlap = (lit[i] & lit[j]).sum() / max((lit[i] | lit[j]).sum(), 1)
            assert overlap < 0.5, (i, j, overlap)


@pytest.mark.parametrize("side", ["top", "bottom"])
def test_the_title_band_stays_black(side: str) -> None:
    tone = _print(_direction("Fireworks", ANIME, "band"), side)
    n = tone.shape[0]
    band = tone[: int(0.34 * n)] if side == "top" else tone[int(0.68 * n) :]
    assert band.max() < 0.15 and band.mean() < 0.05


def test_the_cover_is_deterministic_and_a_night_print_on_a_bright_pop_track() -> None:
    direction = _direction("Fireworks", "pop, upbeat, summer")
    one = mono_grain.render(direction, 128)
    two = mono_grain.render(direction, 128)
    assert one.layout == "fireworks"
    assert np.array_equal(np.asarray(one.image), np.asarray(two.image))
    grey = np.asarray(one.image.convert("L").resize((64, 64), Image.Resampling.BOX)) / 255
    assert np.median(grey) < 0.25  # a high-key (airy) print would be pale
