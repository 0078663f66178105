"""Flow field's swell is a sea the song shapes, not a waveform recoloured: review s13
read its mirrored band of bold stripes as an audio diagram, drawn for Midnight Tide
and again, only yellow, for Song Title."""

from __future__ import annotations

import dataclasses

import numpy as np
from PIL import Image

from sleeve.engine.styles.cover_parts import flow_prints
from tests.engine.test_styles import CALM

FIELD = (230, 232, 236)
INKS = [(20, 30, 70), (90, 100, 130), (200, 60, 40)]
CALM_BAND = (0.0, 0.0, 1.0, 0.25)  # the title across the top
X = np.linspace(0.0, 1.0, 64)
# a quiet, slow song that builds late; a loud, fast one that peaks early and fades
BUILDS = dataclasses.replace(CALM, energy=0.2, tempo_bpm=72.0, energy_curve=tuple(0.1 + 0.3 * X**3))
PEAKS = dataclasses.replace(
    CALM, energy=0.85, tempo_bpm=168.0, energy_curve=tuple(0.9 - 0.6 * np.abs(X - 0.25))
)


def _ink(direction, seed: int) -> np.ndarray:  # type: ignore[no-untyped-def]
    """Where the swell puts ink on a plain field (the same seed for every song)."""
    img = Image.new("RGB", (256, 256), FIELD)
    flow_prints.swell(img, direction, np.random.default_rng(seed), INKS, CALM_BAND)
    grey = np.asarray(img.convert("L"), dtype=float)
    return np.abs(grey - grey[0, 0]) > 40


def _edges(ink: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The topmost and lowest inked row of each column holding ink (fractions)."""
    cols = np.flatnonzero(ink.any(axis=0))
    rows = np.arange(ink.shape[0])[:, None]
    top = np.where(ink, rows, ink.shape[0]).min(axis=0)[cols]
    foot = np.where(ink, rows, -1).max(axis=0)[cols]
    return top / ink.shape[0], foot / ink.shape[0]


def test_two_songs_draw_two_seas_not_one_picture_recoloured() -> None:
    """With the same seed, a calm song that builds and a loud one that peaks early get
    seas at different heights (the ink's middle apart by over a twentieth of the side;
    the old waveform sat on one middle line for every song), each a sea under an
    empty sky: its skyline moves with the song while its foot rests on the frame (a
    mirrored waveform's top and foot swing alike)."""
    for seed in range(3):
        builds, peaks = _ink(BUILDS, seed), _ink(PEAKS, seed)
        middle = [float(np.mean(np.nonzero(ink)[0])) / 256 for ink in (builds, peaks)]
        assert abs(middle[0] - middle[1]) > 0.05, (seed, middle)
        for ink in (builds, peaks):
            top, foot = _edges(ink)
            assert np.std(top) > 2.5 * np.std(foot), (seed, np.std(top), np.std(foot))
