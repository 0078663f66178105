"""Flow field's city, for a title naming one: a skyline of towers ruled in rows of
lit windows.

Each tower a solid block ruled in upright lines broken into rows of windows, the
wind's lines streaming over the roofs (flow_weather.wind_over) and a moon or a sun
(the accent) above. The song sets the skyline: the towers as tall as the energy
curve under them (the loudest moment the tallest tower), as many as the tempo is fast.

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
from sleeve.engine.styles.cover_parts import flow_lines, flow_room, flow_weather

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
    """A skyline of ruled towers with rows of windows, the wind streaming over it (the
    wind's field computed at half the side, then scaled up)."""
    size = img.size[0]
    xf = raster.pixel_grid(size)[0]
    top, bottom = flow_room.room(calm)
    room = bottom - top
    energy = float(np.clip(direction.energy, 0.0, 1.0))
    skyline, which, lead = _towers(direction, rng, xf, bottom, room)
    x, y = raster.pixel_grid(max(size // 2, 16))
    roofs = _blurred(_envelope(skyline, int(size * 0.05)), size * 0.03) - 0.03
    roofs = np.interp(x[0], xf[0], roofs[0]).astype(np.float32)[None, :]
    air = flow_weather.wind_over(roofs, y, bottom, room, rng, energy)
    count = min(flow_lines.spacing(direction) * 0.55, size / 8.0)
    lines = count / room
    sky = y < np.interp(x[0], xf[0], skyline[0]).astype(np.float32)[None, :] - 0.015
    moon = flow_weather._moon(rng, 1.0 - lead * 0.6 - 0.2, top, float(skyline.min()), room * 0.08)
    width = sky * flow_weather._clear(x, y, moon, 1.5) * flow_room.band(x.shape[1], calm)
    weight = max(1.5, size / count * (0.26 + 0.1 * direction.density))
    flow_lines.draw(
        img, flow_weather._up(air, size), lines, weight, inks, calm, rng,
        width=flow_weather._up(width, size),
    )  # fmt: skip
    flow_weather._ground(img, skyline, calm, _tower(img, inks))
    _windows(img, skyline, which, _lit(img, inks), calm)
    flow_weather._disc(img, moon[:2], moon[2], inks[2])
    mx, my, r = moon
    box = (min(mx - r, lead - 0.12), min(my - r, float(skyline.min())), max(mx + r, lead + 0.12),
           bottom)  # fmt: skip
    return flow_room.focal(box, calm, 0.04, 0.02)


def _light(img: Image.Image) -> bool:
    return sum(img.getpixel((0, img.size[0] - 1))) > 380


def _tower(img: Image.Image, inks: list[RGB]) -> RGB:
    """The towers' tone: a dark silhouette, the lead ink on paper, near black at night."""
    field = img.getpixel((0, img.size[0] - 1))
    return mix(field, inks[0], 0.85) if _light(img) else mix(field, (0, 0, 0), 0.6)


def _lit(img: Image.Image, inks: list[RGB]) -> list[RGB]:
    """The windows' inks: the paper's own tone, or the pale lead ink at night."""
    return [img.getpixel((0, img.size[0] - 1)) if _light(img) else inks[0], inks[1], inks[2]]


def _windows(img, skyline, which, inks: list[RGB], calm: Box) -> None:  # type: ignore[no-untyped-def]
    """Each tower's rows of lit windows (the lead tower's in the accent, the rest in
    the first ink), a margin in from its walls: a grid of small soft-edged panes laid
    in the strip of rows the towers fill."""
    size = img.size[0]
    first = max(int(float(skyline.min()) * size) - 2, 0)
    x, y = raster.pixel_grid(size)
    y = y[first:]
    pitch = 0.018
    px = np.float32(pitch * size)  # the panes' edges soft over about a pixel
    across = np.mod(x / np.float32(pitch), 1.0)
    cols = np.clip(np.minimum(across - 0.3, 0.7 - across) * px + 0.5, 0.0, 1.0)
    storey = np.mod((y - skyline) / np.float32(pitch * 1.3), 1.0)
    rows = np.clip(np.minimum(storey - 0.25, 0.85 - storey) * px * 1.3 + 0.5, 0.0, 1.0)
    left = np.concatenate(([True], which[0, 1:] != which[0, :-1]))
    walls = _blurred(left[None, :].astype(np.float32), pitch * size * 0.7) < 0.02
    inside = (y > skyline + np.float32(pitch)) * walls * flow_weather._edge(size, calm)[first:]
    panes = rows * (cols * inside)
    tallest = which == which[0, int(np.argmin(skyline[0]))]
    strip = img.crop((0, first, size, size))
    for ink, here in ((inks[0], ~tallest), (inks[2], tallest)):
        strip.paste(Image.new("RGB", strip.size, ink), (0, 0), _mask(panes * here))
    img.paste(strip, (0, first))


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
