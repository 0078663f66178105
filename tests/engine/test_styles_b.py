"""Paper cut: what its features drive (valence -> colour temperature, dynamics ->
sheets). The properties every style shares are tested in test_styles.py."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest
from PIL import Image

from sleeve.engine.direction import ArtDirection, Palette
from sleeve.engine.styles import paper_cut


def _curve(phase: float, level: float, swing: float = 0.3) -> tuple[float, ...]:
    x = np.linspace(0, 1, 64)
    return tuple(float(v) for v in np.clip(level + swing * np.sin(6 * x + phase) * x, 0, 1))


@pytest.fixture(scope="module")
def calm() -> ArtDirection:
    return ArtDirection(
        seed=11,
        title="Slow Tide",
        subtitle="folk",
        genre="folk",
        valence=0.7,
        energy=0.2,
        tempo_bpm=78.0,
        density=0.2,
        turbulence=0.2,
        brightness=0.6,
        loudness=0.3,
        energy_curve=_curve(0.0, 0.3),
        palette=Palette(
            (150, 190, 230),
            ((90, 140, 220), (170, 210, 240), (120, 110, 200)),
            (240, 150, 120),
            (20, 30, 50),
        ),
        font_role="serif",
    )


def _pixels(img: Image.Image) -> np.ndarray:
    return np.asarray(img, dtype=np.int16)


def test_valence_sets_the_temperature(calm: ArtDirection) -> None:
    """A happy song's sheets are warmer (more red than blue) than a sad one's."""
    warm = _pixels(paper_cut.render(dataclasses.replace(calm, valence=0.9), 128))
    cool = _pixels(paper_cut.render(dataclasses.replace(calm, valence=0.1), 128))

    def warmth(px: np.ndarray) -> float:
        return float(px[..., 0].mean() - px[..., 2].mean())

    assert warmth(warm) > warmth(cool) + 20


def test_dynamics_add_sheets(calm: ArtDirection) -> None:
    flat = dataclasses.replace(calm, energy_curve=tuple([0.5] * 64))
    wild = dataclasses.replace(calm, energy_curve=_curve(1.0, 0.5, 0.9))
    assert paper_cut._dynamics(flat) < 0.1 < 0.8 < paper_cut._dynamics(wild)
    diff = np.abs(_pixels(paper_cut.render(flat, 256)) - _pixels(paper_cut.render(wild, 256)))
    assert diff.mean() > 3
