"""Ridgeline, vinyl and glitch: shape, determinism, personalization and size
independence."""

from __future__ import annotations

import dataclasses
import importlib

import numpy as np
import pytest
from PIL import Image

from sleeve.engine.direction import ArtDirection, Palette

STYLES = ("ridgeline", "vinyl", "glitch")


def _curve(phase: float, level: float) -> tuple[float, ...]:
    x = np.linspace(0, 1, 64)
    return tuple(float(v) for v in np.clip(level + 0.3 * np.sin(6 * x + phase) * x, 0, 1))


CALM = ArtDirection(
    seed=11,
    title="Slow Tide",
    subtitle="jazz",
    genre="jazz",
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
LOUD = ArtDirection(
    seed=987654321,
    title="Riot Tape",
    subtitle="punk",
    genre="punk",
    valence=0.25,
    energy=0.9,
    tempo_bpm=172.0,
    density=0.85,
    turbulence=0.8,
    brightness=0.4,
    loudness=0.9,
    energy_curve=_curve(2.0, 0.7),
    palette=Palette(
        (40, 0, 30), ((230, 40, 60), (250, 170, 30), (120, 20, 90)), (40, 220, 200), (250, 240, 240)
    ),
    font_role="condensed",
    era="80s",
)


def _render(name: str, direction: ArtDirection, size: int) -> Image.Image:
    return importlib.import_module(f"sleeve.engine.styles.{name}").render(direction, size)


def _dhash(img: Image.Image) -> int:
    grey = np.asarray(img.convert("L").resize((9, 8), Image.Resampling.LANCZOS), dtype=np.int16)
    bits = (grey[:, 1:] > grey[:, :-1]).ravel()
    return int("".join("1" if b else "0" for b in bits), 2)


@pytest.mark.parametrize("name", STYLES)
def test_style_declares_itself(name: str) -> None:
    mod = importlib.import_module(f"sleeve.engine.styles.{name}")
    assert mod.STYLE.name == name
    assert mod.STYLE.family in ("image", "graphic")
    assert not mod.STYLE.draws_title


@pytest.mark.parametrize("name", STYLES)
@pytest.mark.parametrize("size", [256, 1000])
def test_output_is_rgb_square(name: str, size: int) -> None:
    img = _render(name, LOUD, size)
    assert img.mode == "RGB" and img.size == (size, size)


@pytest.mark.parametrize("name", STYLES)
def test_same_direction_same_bytes(name: str) -> None:
    assert _render(name, CALM, 320).tobytes() == _render(name, CALM, 320).tobytes()


@pytest.mark.parametrize("name", STYLES)
def test_different_tracks_look_different(name: str) -> None:
    a, b = _render(name, CALM, 256), _render(name, LOUD, 256)
    bits = bin(_dhash(a) ^ _dhash(b)).count("1")
    mean_a = np.asarray(a, dtype=np.float64).reshape(-1, 3).mean(axis=0)
    mean_b = np.asarray(b, dtype=np.float64).reshape(-1, 3).mean(axis=0)
    assert bits >= 12 or np.linalg.norm(mean_a - mean_b) >= 25


@pytest.mark.parametrize("name", STYLES)
def test_seed_alone_moves_the_layout(name: str) -> None:
    other = dataclasses.replace(CALM, seed=424242)
    a, b = _render(name, CALM, 256), _render(name, other, 256)
    diff = np.abs(np.asarray(a, dtype=np.int16) - np.asarray(b, dtype=np.int16)).mean()
    assert diff > 6


def test_ridgeline_follows_the_energy_curve() -> None:
    """Only the curve changes: the ridges change."""
    other = dataclasses.replace(LOUD, energy_curve=_curve(5.0, 0.3))
    a, b = _render("ridgeline", LOUD, 256), _render("ridgeline", other, 256)
    diff = np.abs(np.asarray(a, dtype=np.int16) - np.asarray(b, dtype=np.int16)).mean()
    assert diff > 2


def test_vinyl_tape_for_the_eighties() -> None:
    """Era decides record or cassette: the two differ clearly."""
    record = dataclasses.replace(LOUD, era="")
    a, b = _render("vinyl", LOUD, 256), _render("vinyl", record, 256)
    diff = np.abs(np.asarray(a, dtype=np.int16) - np.asarray(b, dtype=np.int16)).mean()
    assert diff > 6


@pytest.mark.parametrize("name", STYLES)
def test_composition_does_not_depend_on_size(name: str) -> None:
    small = _render(name, LOUD, 1024).resize((256, 256), Image.Resampling.BOX)
    big = _render(name, LOUD, 3000).resize((256, 256), Image.Resampling.BOX)
    diff = np.abs(np.asarray(small, dtype=np.int16) - np.asarray(big, dtype=np.int16))
    assert diff.mean() < 6
    assert bin(_dhash(small) ^ _dhash(big)).count("1") <= 4
