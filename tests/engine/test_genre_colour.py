"""Covers keep their genre's colour through the styles: greys stay grey (no mauve or
pink on drill and techno), a vivid field stays vivid, doom is never lime."""

from __future__ import annotations

import numpy as np
import pytest

from sleeve.engine import raster
from sleeve.engine.color import rgb_to_oklch
from sleeve.engine.direction import direct_from_music
from sleeve.engine.music import MusicInput
from sleeve.engine.raster import srgb_to_oklab
from sleeve.engine.styles.registry import all_styles, get_style

SIZE = 96


def _direction(tags: str, seed: int):
    music = MusicInput(task_id=f"colour-{tags}-{seed}", title=f"Track {seed}", tags=tags)
    return direct_from_music(music)[0]


def _lch(image) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    lab = srgb_to_oklab(np.asarray(image.convert("RGB"), np.float64)).reshape(-1, 3)
    chroma = np.hypot(lab[:, 1], lab[:, 2])
    return lab[:, 0], chroma, np.degrees(np.arctan2(lab[:, 2], lab[:, 1])) % 360


def _share(image, lo: float, hi: float, least: float = 0.05) -> float:
    """The share of pixels with OKLCH chroma >= least and hue in [lo, hi) (wrapping)."""
    _, chroma, hue = _lch(image)
    inside = (hue >= lo) & (hue < hi) if lo < hi else (hue >= lo) | (hue < hi)
    return float(np.mean(inside & (chroma >= least)))


def test_tone_keeps_greys_grey_and_muted_colours_muted() -> None:
    for grey in ((128, 128, 128), (30, 30, 30), (235, 235, 235), (120, 118, 121)):
        assert rgb_to_oklch(raster.tone(grey, 0.6, 0.2))[1] < 0.015, grey
        assert rgb_to_oklch(raster.vivid(grey, 0.6, 0.2))[1] < 0.015, grey
    tan = (168, 144, 106)  # doom's bone/tan: lifting it must not make lime
    _, chroma, _ = rgb_to_oklch(raster.vivid(tan, 0.6, 0.19))
    assert chroma <= 2.6 * rgb_to_oklch(tan)[1]
    assert rgb_to_oklch(raster.tone((255, 0, 160), 0.6, 0.2))[1] > 0.18  # vivid stays vivid


@pytest.mark.parametrize("tags", ["uk drill, dark", "berlin techno, minimal"])
def test_drill_and_techno_covers_carry_no_pink(tags: str) -> None:
    for seed in range(3):
        direction = _direction(tags, seed)
        for name, _weight in direction.language.styles:
            cover = get_style(name).render(direction, SIZE).image
            assert _share(cover, 310, 10) < 0.05, (tags, seed, name)


def test_doom_covers_are_never_lime() -> None:
    for seed in range(4):
        direction = _direction("doom metal, sludge", seed)
        for name in all_styles():
            if name == "retro_sun":  # only synthwave draws it
                continue
            cover = get_style(name).render(direction, SIZE).image
            assert _share(cover, 95, 145, 0.08) < 0.05, (seed, name)


@pytest.mark.parametrize(
    "name", ["energy_rings", "chladni", "marbled_ink", "swiss_geometry", "flow_field"]
)
def test_a_vivid_field_is_not_re_toned_to_paper(name: str) -> None:
    chromas = []
    for seed in range(8):
        direction = _direction("edm, festival, big room", seed)
        if rgb_to_oklch(direction.palette.background)[1] < raster.VIVID_FIELD:
            continue
        _, chroma, _ = _lch(get_style(name).render(direction, SIZE).image)
        chromas.append(float(np.median(chroma)))
    assert chromas, "no EDM seed drew a vivid field"
    assert min(chromas) >= 0.05, chromas  # re-toned to paper, it was 0.02
