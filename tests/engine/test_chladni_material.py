"""Chladni's material follows the song (round 18: three covers in four were gold rings
on a black plate, so four chladni covers on one sheet read as one picture)."""

from __future__ import annotations

import dataclasses

import numpy as np

from sleeve.engine.direction import direct_from_music
from sleeve.engine.music import MusicInput
from sleeve.engine.raster import srgb_to_oklab
from sleeve.engine.styles.registry import get_style

TAGS = (
    "ambient, calm",
    "dark ambient, drone",
    "idm, glitch",
    "modern classical, piano",
    "cinematic",
    "lofi hip hop chill",
    "synthwave, night drive",
    "bossa nova, nylon guitar",
    "post-punk, goth",
    "gospel, choir, uplifting",
    "smooth jazz, saxophone",
    "reggae, roots, dub",
)


def _plate(tags: str) -> tuple[float, float, float]:
    """The median Oklab L, a and b of the cover's focal box (the plate and its sand)."""
    d = direct_from_music(MusicInput(task_id=f"material-{tags}", title="Track", tags=tags))[0]
    art = get_style("chladni").render(d, 96)
    x0, y0, x1, y1 = (round(v * 96) for v in art.focal)
    lab = srgb_to_oklab(np.asarray(art.image, float)[y0:y1, x0:x1]).reshape(-1, 3)
    return tuple(float(v) for v in np.median(lab, axis=0))  # type: ignore[return-value]


def test_varied_songs_get_plates_of_different_lightness_and_hue() -> None:
    """Across a dozen songs the plates range from dark to pale and over several hues,
    not one gold-on-black picture."""
    plates = [_plate(t) for t in TAGS]
    lum = np.array([p[0] for p in plates])
    assert (lum > 0.6).sum() >= 3, lum.round(2)  # pale plates
    assert np.ptp(lum) > 0.5, lum.round(2)
    coloured = [(a, b) for _, a, b in plates if np.hypot(a, b) > 0.03]
    sectors = {int((np.degrees(np.arctan2(b, a)) % 360) // 60) for a, b in coloured}
    assert len(sectors) >= 2, sectors


def test_a_bright_major_song_gets_no_black_plate() -> None:
    """A bright, happy song in a major key never gets the black plate with gold rings,
    even on its language's dark palette."""
    style = get_style("chladni")
    for tags in ("ambient, calm", "dark ambient, drone", "idm, glitch"):
        base = direct_from_music(MusicInput(task_id=f"bright-{tags}", title="Sun", tags=tags))[0]
        for seed in range(3):
            d = dataclasses.replace(
                base, seed=seed, mode="major", valence=0.8, brightness=0.8, energy=0.4
            )
            art = style.render(d, 96)
            x0, y0, x1, y1 = (round(v * 96) for v in art.focal)
            lab = srgb_to_oklab(np.asarray(art.image, float)[y0:y1, x0:x1]).reshape(-1, 3)
            chroma = np.hypot(lab[:, 1], lab[:, 2])
            # the plate is pale, or a clear colour: never near-black
            assert np.median(lab[:, 0]) > 0.3 or np.median(chroma) > 0.05, (tags, seed)


def test_deep_sand_is_never_brown() -> None:
    """Dark sand on a pale plate is a clean hue: never a dark warm one (brown)."""
    from sleeve.engine.color import rgb_to_oklch
    from sleeve.engine.styles import chladni

    for tags in TAGS:
        d = direct_from_music(MusicInput(task_id=f"brown-{tags}", title="T", tags=tags))[0]
        inks = chladni._inks(d)
        for colour in inks.plate:
            light, chroma, hue = rgb_to_oklch(colour)
            assert not (light < 0.45 and chroma > 0.04 and 40 <= hue <= 100), (tags, colour)
