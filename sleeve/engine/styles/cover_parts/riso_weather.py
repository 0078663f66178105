"""The risograph's rain (rain): bold diagonal strokes of rain in one ink over a
silhouette in another, like a two-ink riso print: a window's frame and mullions
with a lamp or moon beyond, a street lamp in its halo of light, or an umbrella
sheltering the ground below it.

Each keeps inside the sheet's area and stops there with a clean edge. The strokes
are flat and solid (never a screen): the song's onsets set how long each column's
dashes fall (a loud hit pours, a soft one spits), the tempo slants them, the density
packs the columns; the energy sizes the lamp's light; the seed places and picks the
view (a title that names a window always gets the window).
"""

from __future__ import annotations

import numpy as np

from sleeve.engine import signals
from sleeve.engine.direction import ArtDirection
from sleeve.engine.styles.cover_parts.riso_posters import _within, inside
from sleeve.engine.styles.cover_parts.riso_shapes import (
    Plates,
    Rng,
    Sheet,
    blank,
    disc,
    fill,
    grid,
    polygons,
    rect,
)
from sleeve.engine.styles.cover_parts.title_words import motifs as named_in

VIEWS = ("window", "lamp", "umbrella")


def _hash(k: np.ndarray) -> np.ndarray:
    """A fixed pseudo-random 0..1 per integer (a column's phase)."""
    return (np.sin(k * 12.9898 + 4.1) * 43758.5453) % 1.0


def strokes(d: ArtDirection, rng: Rng) -> np.ndarray:
    """Bold rain over the whole plate: solid slanted strokes in columns, one onset
    step a column, each column's dashes as long as its hit; a faster song slants the
    rain further, a denser one packs the columns closer."""
    x, y = grid()
    lean = 0.22 + 0.25 * np.clip((d.tempo_bpm - 60) / 120, 0, 1) + rng.uniform(-0.06, 0.06)
    slant = float(rng.choice((-1, 1))) * lean
    c, s = np.cos(slant), np.sin(slant)
    across = x * c - y * s
    along = x * s + y * c
    spacing = 0.05 - 0.014 * d.density
    pos = across / spacing + rng.uniform(0, 1)
    col = np.floor(pos)
    hits = signals.onsets(d, 32).astype(np.float32)
    strength = 0.35 + 0.65 * hits[col.astype(np.int64) % 32]
    line = fill(0.0055 - np.abs(pos % 1 - 0.5) * spacing)  # a stroke 0.011 wide
    period = 0.16 + 0.08 * _hash(col + 7)
    duty = 0.3 + 0.35 * strength  # a loud hit pours, a soft one spits
    dash = ((along / period + _hash(col)) % 1) < duty
    return (line * dash).astype(np.float32)


def _window(d: ArtDirection, rng: Rng, box: tuple, fall: np.ndarray) -> tuple:
    """A four-pane window: the frame and mullions solid in the lead ink, the rain in
    the second on the glass, and a lamp or moon beyond as a flat disc of the same
    ink with the rain cut across it as dark lines."""
    x, y = grid()
    x0, y0, x1, y1 = box
    m = 0.05
    fx0, fy0, fx1, fy1 = x0 + m, y0 + m, x1 - m, y1 - m
    bar = 0.03
    glass = fill(rect(fx0 + bar, fy0 + bar, fx1 - bar, fy1 - bar))
    frame = fill(rect(fx0, fy0, fx1, fy1)) * (1 - glass)
    mx = (fx0 + fx1) / 2 + rng.uniform(-0.06, 0.06)
    my = (fy0 + fy1) / 2 + rng.uniform(-0.04, 0.04)
    cross = np.maximum(
        fill(bar / 2 - np.abs(x - mx) + 0 * y), fill(bar / 2 - np.abs(y - my) + 0 * x)
    )
    frame = np.maximum(frame, cross * glass)
    lx = fx0 + (fx1 - fx0) * float(rng.choice((0.3, 0.7)))
    ly = fy0 + (fy1 - fy0) * rng.uniform(0.3, 0.42)
    light = fill(disc(lx, ly, min(fx1 - fx0, fy1 - fy0) * (0.16 + 0.08 * d.energy)))
    pane = glass * (1 - frame)
    rain = np.maximum(fall * (1 - light), light * (1 - fall))  # the rain cut across the moon
    return frame, rain * pane, blank(), (fx0, fy0, fx1, fy1)


def _lamp(d: ArtDirection, rng: Rng, box: tuple, fall: np.ndarray) -> tuple:
    """A street lamp: its post, arm and head solid in the lead ink, a round halo of
    light flat in the rain's ink with the rain cut through it as paper lines, a
    pool of the third ink on the street below."""
    x, y = grid()
    x0, y0, x1, y1 = box
    w, h = x1 - x0, y1 - y0
    side = float(rng.choice((-1, 1)))
    px = x0 + w * (0.5 - side * rng.uniform(0.18, 0.26))
    top = y0 + h * rng.uniform(0.24, 0.3)  # the halo whole inside the area, clear of the title
    post = fill(np.minimum(0.018 - np.abs(x - px), np.minimum(y - top, y1 + 0.01 - y)))
    hx = px + side * w * rng.uniform(0.2, 0.26)
    arm = fill(
        np.minimum(0.009 - np.abs(y - top), np.minimum((x - px) * side + 0.01, (hx - x) * side))
    )
    head_w, head_h = 0.075, 0.05
    hy0, hy1 = top + 0.012, top + 0.012 + head_h
    head = polygons([[(hx - head_w * 0.55, hy0), (hx + head_w * 0.55, hy0),
                      (hx + head_w, hy1), (hx - head_w, hy1)]])  # fmt: skip
    a = np.maximum(np.maximum(post, arm), head)
    foot = y1 - 0.02
    reach = w * (0.12 + 0.08 * d.energy)  # a loud song throws more light
    glow = fill(disc(hx, hy1, min(w, h) * (0.22 + 0.08 * d.energy)))  # a round halo
    pool = fill(0.03 * (1 - np.sqrt(((x - hx) / (reach * 1.3)) ** 2 + ((y - foot) / 0.03) ** 2)))
    halo = glow * (1 - a)  # the light flat in the rain's ink, the rain cut through it
    rain = np.maximum(fall * (1 - halo), halo * (1 - fall)) * (1 - head)
    return a, rain, pool * (1 - a), (x0, top - 0.02, x1, y1)


def _umbrella(d: ArtDirection, rng: Rng, box: tuple, fall: np.ndarray) -> tuple:
    """An umbrella: its scalloped canopy and hooked handle solid in the lead ink, a
    flat pool of the street in the third, the rain in the second everywhere but the
    dry shelter beneath it."""
    x, y = grid()
    x0, y0, x1, y1 = box
    w, h = x1 - x0, y1 - y0
    r = min(w, h) * rng.uniform(0.34, 0.4)
    cx = x0 + w * 0.5 + rng.uniform(-0.1, 0.1) * w
    cy = y0 + h * 0.2 + r
    dome = fill(np.minimum(disc(cx, cy, r), cy - y + 0 * x))
    scallops = blank()
    for k in range(4):  # the hem bites between the ribs
        sx = cx - r + r * (0.25 + 0.5 * k)
        scallops = np.maximum(scallops, fill(disc(sx, cy + 0.02, r / 4)))
    canopy = dome * (1 - scallops)
    tip = fill(
        np.minimum(0.008 - np.abs(x - cx), np.minimum(y - (cy - r - 0.05), cy - r + 0.01 - y))
    )
    shaft_low = cy + r * 1.05
    shaft = fill(np.minimum(0.009 - np.abs(x - cx), np.minimum(y - cy, shaft_low - y)))
    hook = fill(np.minimum(0.009 - np.abs(disc(cx - 0.045, shaft_low, 0.045)), y - shaft_low))
    a = np.maximum.reduce([canopy, tip, shaft, hook])
    dry = fill(np.minimum(r * 1.02 - np.abs(x - cx), y - cy + 0.03) + 0 * y) * (y > cy - r)
    foot = y1 - 0.03
    pool = fill(0.05 * (1 - np.sqrt(((x - cx) / (r * 1.5)) ** 2 + ((y - foot) / 0.05) ** 2)))
    c = pool * (1 - a)
    b = fall * (1 - dry) * (1 - a)
    return a, b, c, (cx - r * 1.1, cy - r - 0.06, cx + r * 1.1, y1)


def rain(d: ArtDirection, rng: Rng, sheet: Sheet) -> Plates:
    """Rain, always, for a title that names it: bold strokes in the second ink over a
    window, a street lamp or an umbrella in the lead ink, with a light for the
    strokes to cross (the moon beyond the glass, the lamp's halo, the puddle)."""
    view = "window" if "window" in named_in(d.title) else VIEWS[1 + int(rng.integers(2))]
    fall = strokes(d, rng) * inside(sheet, 0.04)  # a paper margin under the title
    draw = {"window": _window, "lamp": _lamp, "umbrella": _umbrella}[view]
    a, b, c, box = draw(d, rng, sheet.area, fall)
    keep = inside(sheet)
    plates = [(p * keep).astype(np.float32) for p in (a, b, c)]
    return plates, _within(box, sheet)
