"""Chladni's plates: whole square or round plates, each ringing in one low, symmetric
mode, with sand heaped crisply on its few nodal lines. Each composition is drawn with
the title's band at the top (the style flips and mirrors the sheet afterwards), keeps
that band bare and returns its focal box:

- figure: one whole plate, centred below the title's calm band, its edge and rim
  visible: the classic demonstration photograph;
- closeup: a round plate huge and cropped by the frame: its spokes rising from the foot,
  the edge an arc under the title's calm band, or its petals seen whole, the plate past
  the frame and the sand fading out under the title;
- atlas: a row or grid of small plates, one mode per loudest band of the track, ruled
  like a plate of figures in an old acoustics book.

Pale sand on a near-black plate (on a dark night, on paper or on the language's vivid
field); gold sand for classical music, white sand on a bright primary for children's
songs. Lines are a distance field (amplitude over slope), so they keep one width and
read at 64 px.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PIL import Image

from sleeve.engine import compose, raster, signals
from sleeve.engine.color import rgb_to_oklch
from sleeve.engine.direction import RGB
from sleeve.engine.styles.cover_parts import chladni_figures as fig
from sleeve.engine.styles.cover_parts import chladni_modes as modes
from sleeve.engine.styles.cover_parts.chladni_layouts import Sheet

F32 = np.float32
GRIDS = ((1, 3), (2, 2), (2, 3), (3, 3))  # atlas rows x columns, few to many plates


@dataclass(frozen=True)
class Disc:
    """One plate on the sheet: centre and half width (fractions of the cover), round
    or square, the mode it rings in, and whether it runs past the frame on every side
    (no edge in sight: the whole cover is plate)."""

    centre: tuple[float, float]
    half: float
    round: bool
    mode: modes.PlateMode
    edgeless: bool = False


def plate_inks(s: Sheet) -> tuple[RGB, RGB, RGB]:
    """The plate, its sand and its rim: a near-black plate (a bright primary for
    children's songs), pale sand (gold for classical), a rim lit a little."""
    inks = s.inks
    if s.joy:
        return inks.mass, raster.tone(inks.field, 0.98, 0.01), raster.tone(inks.mass, 0.8, 0.1)
    _, chroma, _ = rgb_to_oklch(inks.mass)
    plate = raster.tone(inks.mass, 0.07 if s.inks.dark else 0.17, min(chroma, 0.03))
    light, mark_chroma, hue = rgb_to_oklch(inks.mark)
    gold = s.direction.genre == "classical" and mark_chroma > 0.06 and 60 <= hue <= 110
    if gold:
        sand = raster.tone(inks.mark, 0.86, min(mark_chroma, 0.12))
    else:
        sand = raster.tone(inks.mark if light > 0.6 else inks.field, 0.95, 0.015)
    return plate, sand, raster.tone(plate, 0.5, min(chroma, 0.03))


def _amplitude(disc: Disc, u: np.ndarray, v: np.ndarray) -> np.ndarray:
    """The plate's standing wave at (u, v), in plate halves from its centre."""
    if disc.round:
        n, k = disc.mode.n, disc.mode.k
        r, theta = np.hypot(u, v), np.arctan2(v, u)
        spin = np.cos(n * (theta + F32(np.pi / 2)))  # mirror symmetric left to right
        return fig.bessel(n, F32(k) * r) * spin + F32(disc.mode.mix) * fig.bessel(0, F32(k) * r)
    n, m, sign = disc.mode.n, disc.mode.m, disc.mode.sign
    xs, ys = F32(np.pi) * (u + 1) / 2, F32(np.pi) * (v + 1) / 2
    return np.cos(n * xs) * np.cos(m * ys) + sign * np.cos(m * xs) * np.cos(n * ys)


def _paint(
    rgb: np.ndarray,
    disc: Disc,
    inks: tuple[RGB, RGB, RGB],
    width: float,
    rng: np.random.Generator,
    quiet: np.ndarray | None = None,
) -> None:
    """Lay one plate (body, rim, sand on its nodal lines) onto the float canvas `rgb`
    in place; `width` is the sand line's half width in pixels; `quiet` (a canvas-sized
    weight) thins the sand where the title sits."""
    res = rgb.shape[0]
    cx, cy = disc.centre[0] * res, disc.centre[1] * res
    half = disc.half * res
    x0, x1 = max(int(cx - half) - 2, 0), min(int(cx + half) + 3, res)
    y0, y1 = max(int(cy - half) - 2, 0), min(int(cy + half) + 3, res)
    if disc.edgeless:
        x0, y0, x1, y1 = 0, 0, res, res
    if x1 <= x0 or y1 <= y0:
        return
    u = ((np.arange(x0, x1, dtype=F32) + 0.5 - cx) / F32(half))[None, :]
    v = ((np.arange(y0, y1, dtype=F32) + 0.5 - cy) / F32(half))[:, None]
    u, v = np.broadcast_to(u, (y1 - y0, x1 - x0)), np.broadcast_to(v, (y1 - y0, x1 - x0))
    edge = (np.hypot(u, v) if disc.round else np.maximum(np.abs(u), np.abs(v))) - 1.0
    if disc.edgeless:  # the plate runs on past the frame; its sand thins past the figure
        fade = np.clip((0.5 - edge) / 0.35, 0.0, 1.0)
        edge = np.full_like(u, -1.0)
    body = np.clip(0.5 - edge * half, 0.0, 1.0)  # 1 inside, antialiased over a pixel
    rim = np.clip(1.0 - np.abs(edge * half + 1.2) / 1.0, 0.0, 1.0)
    field = _amplitude(disc, u, v)
    gy, gx = np.gradient(field)
    slope = np.hypot(gx, gy)
    floor = F32(0.05 * float(np.median(slope)) + 1e-6)
    dist = np.abs(field) / np.sqrt(slope**2 + floor**2)  # pixels to the nearest line
    line = np.clip((width - dist) / max(0.35 * width, 0.6) + 0.5, 0.0, 1.0)
    grain = rng.random(dist.shape, dtype=F32)
    line *= 0.72 + 0.28 * grain  # sand, not ink: grains catch the light unevenly
    scatter = grain < 0.05 * np.exp(-((dist / (3.5 * width)) ** 2))
    sand = np.maximum(line, 0.8 * scatter) * np.clip(-edge * half - 2.0, 0.0, 1.0)
    if quiet is not None:
        sand = sand * quiet[y0:y1, x0:x1]
    if disc.edgeless:
        sand = sand * fade
    plate, grains, lit = (np.asarray(c, F32) for c in inks)
    light = (1.08 - 0.16 * (u + v + 2) / 4)[..., None]  # a soft light from the top left
    view = rgb[y0:y1, x0:x1]
    view += (np.minimum(plate * light, 255) - view) * body[..., None]
    view += (lit - view) * (0.8 * rim * body)[..., None]
    view += (grains - view) * sand[..., None]


def field(s: Sheet) -> RGB:
    """The field the plates stand on: a dark night is lifted to charcoal, so the
    near-black plate's edge reads at 64 px; paper and vivid fields stay."""
    _, chroma, _ = rgb_to_oklch(s.inks.field)
    if s.inks.dark and chroma < raster.VIVID_FIELD:
        return raster.tone(s.inks.field, 0.25, min(chroma, 0.03))
    return s.inks.field


def _canvas(s: Sheet, res: int) -> np.ndarray:
    """The field as a float canvas."""
    return np.broadcast_to(np.asarray(field(s), F32), (res, res, 3)).copy()


def _place(s: Sheet, rgb: np.ndarray) -> None:
    img = Image.fromarray(np.clip(rgb, 0, 255).astype(np.uint8), "RGB")
    if img.size[0] != s.work:
        img = img.resize((s.work, s.work), Image.Resampling.BICUBIC)
    s.img.paste(img)


def _area(s: Sheet) -> tuple[float, float, float, float]:
    """The region below the title's band (right of CJK columns) the plates stand in."""
    if s.column:
        return (0.4, 0.06, 0.96, 0.94)
    return (0.07, s.band + 0.03, 0.93, 0.95)


def _round(s: Sheet) -> bool:
    """Whether the plate is round (the key and seed choose; ambient leans round)."""
    a, b, salt = s.key
    return (a + b + salt) % 5 < (3 if s.direction.genre == "ambient" else 2)


def _mode(s: Sheet, shift: int, is_round: bool, detail: int) -> modes.PlateMode:
    a, b, salt = s.key
    pick = modes.round_mode if is_round else modes.square_mode
    return pick(a + shift, b + 2 * shift, salt, detail)


def figure(s: Sheet) -> compose.Box:
    """One whole plate centred below the title's band, its edge visible (see module)."""
    res = min(s.work, 768)
    x0, y0, x1, y1 = _area(s)
    half = min(x1 - x0, y1 - y0) / 2 * float(s.rng.uniform(0.9, 1.0))
    centre = ((x0 + x1) / 2, (y0 + y1) / 2 + (y1 - y0) / 2 - half)
    is_round = _round(s)
    disc = Disc(centre, half, is_round, _mode(s, 0, is_round, s.detail(2)))
    rgb = _canvas(s, res)
    _paint(rgb, disc, plate_inks(s), max(0.011 * res, 1.2), s.rng)
    _place(s, rgb)
    return compose.clip_box(
        (centre[0] - half, centre[1] - half, centre[0] + half, centre[1] + half)
    )


def closeup(s: Sheet) -> compose.Box:
    """The plate huge and cropped by the frame (see module). Its spokes rise from the
    foot, the plate's edge an arc just under the title's band; its petals are seen
    whole, the flower's centre low on the centre line, the plate past the frame on
    every side and the sand fading out in the title's band."""
    res = min(s.work, 768)
    # always round (a huge square's few lines read as a sports court), rung finer, four
    # to six diameters or petals (the spokes of fewer read as one sunrise template)
    a, b, salt = s.key
    mode = modes.round_mode(a, b, salt, 2 + s.detail(2), least=4)
    rgb = _canvas(s, res)
    if mode.mix:  # petals: the whole flower, the plate past the frame, louder bigger
        zeros = modes.bessel_zeros(mode.n, 2)  # one ring: the flower whole in the frame
        mode = modes.PlateMode(mode.n, k=(zeros[0] + zeros[1]) / 2, mix=mode.mix)
        half = 0.36 + 0.16 * s.direction.energy + float(s.rng.uniform(-0.03, 0.03))
        centre = (0.7, 0.5) if s.column else (0.5, s.band + (1.0 - s.band) / 2)
        quiet = np.asarray(s.quiet(res, 0.0), F32)
    else:
        half = float(s.rng.uniform(0.56, 0.7))
        centre = (0.4 + half, 0.5) if s.column else (0.5, s.band + 0.04 + half)
        quiet = None
    disc = Disc(centre, half, True, mode, edgeless=bool(mode.mix))
    _paint(rgb, disc, plate_inks(s), max(0.012 * res, 1.2), s.rng, quiet)
    _place(s, rgb)
    if s.column:
        return compose.clip_box((0.4, 0.0, 1.0, 1.0))
    return compose.clip_box((0.0, s.band + 0.04, 1.0, 1.0))


def atlas(s: Sheet) -> compose.Box:
    """A row or grid of small plates, one mode per loudest band of the track (the next
    bands where two would ring one figure), ruled as a plate of figures (see module):
    more plates for busier music."""
    res = min(s.work, 768)
    x0, y0, x1, y1 = _area(s)
    fit = [g for g in GRIDS if (y1 - y0) / g[0] >= 0.7 * (x1 - x0) / g[1]]
    rows, cols = compose_grid(s, fit or [GRIDS[0]])
    gap = 0.035
    side = min((x1 - x0 - gap * (cols - 1)) / cols, (y1 - y0 - gap * (rows - 1)) / rows)
    left = (x0 + x1) / 2 - (cols * side + gap * (cols - 1)) / 2
    top = y0 + (y1 - y0) / 2 - (rows * side + gap * (rows - 1)) / 2
    bands = signals.dominant_bands(s.direction, rows * cols, bands=24)
    is_round = _round(s)
    rgb = _canvas(s, res)
    inks = plate_inks(s)
    rung: list[modes.PlateMode] = []  # low bands first, as a book orders them
    for shift in [*sorted(bands), *range(24, 96)]:  # a 9-plate grid had rung one twice
        mode = _mode(s, shift, is_round, min(len(rung), 2))
        if mode not in rung:
            rung.append(mode)
        if len(rung) == rows * cols:
            break
    for i, mode in enumerate(rung):
        cx = left + (i % cols) * (side + gap) + side / 2
        cy = top + (i // cols) * (side + gap) + side / 2
        disc = Disc((cx, cy), side / 2, is_round, mode)
        _paint(rgb, disc, inks, max(0.006 * res, 1.0), s.rng)
    _rule(
        rgb,
        (
            left - gap / 2,
            top - gap / 2,
            left + cols * side + (cols - 0.5) * gap,
            top + rows * side + (rows - 0.5) * gap,
        ),
        inks[0] if not s.inks.dark else inks[2],
    )
    _place(s, rgb)
    box = (left - gap / 2, top - gap / 2, left + cols * (side + gap), top + rows * (side + gap))
    return compose.clip_box(box)


def compose_grid(s: Sheet, options: list[tuple[int, int]]) -> tuple[int, int]:
    """The atlas's rows and columns: busier music, more plates; the seed nudges."""
    lean = 0.6 * s.direction.energy + 0.4 * s.direction.turbulence
    at = int(
        np.clip(round(lean * (len(options) - 1) + s.rng.uniform(-0.6, 0.6)), 0, len(options) - 1)
    )
    return options[at]


def _rule(rgb: np.ndarray, box: tuple[float, float, float, float], ink: RGB) -> None:
    """A thin ruled frame round the atlas, as an engraved plate of figures has."""
    res = rgb.shape[0]
    x0, y0, x1, y1 = (int(round(v * res)) for v in box)
    x0, y0, x1, y1 = max(x0, 0), max(y0, 0), min(x1, res - 1), min(y1, res - 1)
    t = max(1, res // 320)
    colour = np.asarray(ink, F32)
    for sl in (
        (slice(y0, y0 + t), slice(x0, x1 + 1)),
        (slice(y1 - t + 1, y1 + 1), slice(x0, x1 + 1)),
        (slice(y0, y1 + 1), slice(x0, x0 + t)),
        (slice(y0, y1 + 1), slice(x1 - t + 1, x1 + 1)),
    ):
        rgb[sl] = colour
