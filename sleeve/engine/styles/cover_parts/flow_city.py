"""Flow field's city, for a title naming one: a skyline of towers, each a solid block
ruled in upright lines broken into rows of windows, the wind's lines streaming over
the roofs (flow_weather.wind_over) and a moon or a sun (the accent) above. The song
sets the skyline: the towers as tall as the energy curve under them (the loudest
moment the tallest tower), as many as the tempo is fast.

It draws on `img` and returns the focal box, in fractions of the side, y down; `calm`
is the title's band, which the lines fade out before.
"""

from __future__ import annotations

import numpy as np
from PIL import Image

from sleeve.engine import raster, signals
from sleeve.engine.color import mix
from sleeve.engine.direction import ArtDirection
from sleeve.engine.raster import RGB
from sleeve.engine.styles.cover_parts import flow_lines, flow_weather

Box = tuple[float, float, float, float]


def _towers(
    direction: ArtDirection, rng: np.random.Generator, x: np.ndarray, bottom: float, room: float
) -> tuple[np.ndarray, np.ndarray, float]:
    """The skyline (1 x size, y down), each column's tower number, and the tallest
    tower's middle x: towers of random widths as tall as the energy curve over them."""
    n = int(7 + 7 * signals.pace(direction) + rng.integers(0, 3))
    widths = rng.uniform(0.6, 1.4, n)
    edges = np.concatenate(([0.0], np.cumsum(widths) / widths.sum()))
    edges = edges * 1.08 - 0.04  # the outer towers cropped by the sides
    curve = signals.resample(signals.energy(direction, 64), n)
    curve = (curve - curve.min()) / max(float(np.ptp(curve)), 1e-6)
    tall = room * (0.18 + 0.42 * curve * rng.uniform(0.7, 1.0, n))
    tall[int(np.argmax(curve))] = room * float(rng.uniform(0.62, 0.72))  # one tower leads
    which = np.clip(np.searchsorted(edges, x[0], side="right") - 1, 0, n - 1)
    skyline = (bottom - tall[which]).astype(np.float32)[None, :]
    lead = int(np.argmax(tall))
    return skyline, which[None, :], float((edges[lead] + edges[lead + 1]) / 2)


def city(
    img: Image.Image, direction: ArtDirection, rng: np.random.Generator, inks: list[RGB], calm: Box
) -> Box:
    """A skyline of ruled towers with rows of windows, the wind streaming over it."""
    size = img.size[0]
    x, y = raster.pixel_grid(size)
    top, bottom = flow_weather._room(calm)
    room = bottom - top
    energy = float(np.clip(direction.energy, 0.0, 1.0))
    skyline, which, lead = _towers(direction, rng, x, bottom, room)
    roofs = _envelope(skyline, int(size * 0.05))
    air = flow_weather.wind_over(_blurred(roofs, size * 0.03) - 0.03, y, bottom, room, rng, energy)
    count = min(flow_lines.spacing(direction) * 0.55, size / 8.0)
    lines = count / room
    sky = y < skyline - np.float32(0.015)
    moon = flow_weather._moon(rng, 1.0 - lead * 0.6 - 0.2, top, float(skyline.min()), room * 0.08)
    width = sky * flow_weather._clear(x, y, moon, 1.5) * flow_weather._band(size, calm)
    weight = max(1.5, size / count * (0.26 + 0.1 * direction.density))
    flow_lines.draw(img, air, lines, weight, inks, calm, rng, width=width.astype(np.float32))
    block = np.clip((y - skyline) * size + 0.5, 0.0, 1.0) * flow_weather._edge(size, calm)
    field = img.getpixel((0, size - 1))
    light = sum(field) > 380
    tower = mix(field, inks[0], 0.85) if light else mix(field, (0, 0, 0), 0.6)
    img.paste(Image.new("RGB", img.size, tower), (0, 0), _mask(block))
    lit = [field if light else inks[0], inks[1], inks[2]]  # the windows lit
    _windows(img, x, y, skyline, which, lit, calm, rng)
    flow_weather._disc(img, moon[:2], moon[2], inks[2])
    mx, my, r = moon
    box = (min(mx - r, lead - 0.12), min(my - r, float(skyline.min())), max(mx + r, lead + 0.12),
           bottom)  # fmt: skip
    return flow_weather._focal(box, calm)


def _windows(img, x, y, skyline, which, inks: list[RGB], calm: Box, rng) -> None:  # type: ignore[no-untyped-def]
    """Each tower ruled in upright lines broken into rows of lit windows (the lead
    tower's in the accent, the rest in the first ink), a margin in from its walls."""
    size = img.size[0]
    pitch = 0.018
    psi = (x / np.float32(pitch)).astype(np.float32) * np.ones_like(y)
    storey = np.mod((y - skyline) / np.float32(pitch * 1.3), 1.0)
    rows = np.clip(np.minimum(storey - 0.25, 0.85 - storey) * 12.0, 0.0, 1.0)
    left = np.concatenate(([True], which[0, 1:] != which[0, :-1]))
    walls = _blurred(left[None, :].astype(np.float32), pitch * size * 0.7) < 0.02
    inside = (y > skyline + np.float32(pitch)) * walls * flow_weather._edge(size, calm)
    tallest = which == which[0, int(np.argmin(skyline[0]))]
    code = np.broadcast_to(np.where(tallest, 2, 0), (size, size)).astype(np.uint8)
    flow_lines.draw(
        img, psi, 1.0, pitch * size * 0.45, inks, calm, rng,
        width=(rows * inside).astype(np.float32), inks_at=code,
    )  # fmt: skip


def _envelope(row: np.ndarray, reach: int) -> np.ndarray:
    """A 1 x size skyline's highest point (least y) within `reach` px each way: the
    roofs the wind passes over, gaps between towers bridged."""
    padded = np.pad(row[0], max(reach, 1), mode="edge")
    window = np.lib.stride_tricks.sliding_window_view(padded, 2 * max(reach, 1) + 1)
    return window.min(axis=1).astype(np.float32)[None, :]


def _blurred(row: np.ndarray, radius: float) -> np.ndarray:
    """A 1 x size row blurred along its length by `radius` px."""
    reach = max(int(3 * radius), 1)
    kernel = np.exp(-0.5 * (np.arange(-reach, reach + 1) / max(radius, 0.5)) ** 2)
    padded = np.pad(row[0].astype(np.float64), reach, mode="edge")
    smooth = np.convolve(padded, kernel / kernel.sum(), mode="valid")
    return smooth.astype(np.float32)[None, :]


def _mask(cover: np.ndarray) -> Image.Image:
    return Image.fromarray((np.clip(cover, 0.0, 1.0) * 255.0 + 0.5).astype(np.uint8), "L")
