"""The risograph's rain (rain): bold diagonal strokes of rain in one ink over a
silhouette in another, like a two-ink riso print: a window's frame and mullions
with a moon beyond (for a title that names a window), a city wall of windows lit on
the onsets (a sad song), a big umbrella seen from above in solid and halftone gores
(a happy one), or a cloud bank pouring onto a street rung with ripples (a quiet
one): the song picks the view, so two rain songs differ. (The street lamp in its
halo, on every rain title, read as one stock icon: retired.)

Each keeps inside the sheet's area and stops there with a clean edge. The strokes
are flat and solid (never a screen): the song's onsets set how long each column's
dashes fall (a loud hit pours, a soft one spits), the tempo slants them, the density
packs the columns; the energy sizes the moon and the umbrella; the seed places everything.
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
    rect,
)
from sleeve.engine.styles.cover_parts.title_words import motifs as named_in

VIEWS = ("window", "facade", "canopy", "cloud")


def _hash(k: np.ndarray) -> np.ndarray:
    """A fixed pseudo-random 0..1 per integer (a column's phase)."""
    return (np.sin(k * 12.9898 + 4.1) * 43758.5453) % 1.0


def strokes(d: ArtDirection, rng: Rng, pour: float = 1.0) -> np.ndarray:
    """Bold rain over the whole plate: solid slanted strokes in columns, one onset
    step a column, each column's dashes as long as its hit; a faster song slants the
    rain further, a denser one packs the columns closer; `pour` draws the streaks
    that many times longer."""
    x, y = grid()
    lean = 0.22 + 0.25 * np.clip((d.tempo_bpm - 60) / 120, 0, 1) + rng.uniform(-0.06, 0.06)
    slant = float(rng.choice((-1, 1))) * lean
    c, s = np.cos(slant), np.sin(slant)
    across = x * c - y * s
    along = x * s + y * c
    spacing = 0.075 - 0.02 * d.density  # sparse columns: packed rain read cluttered
    pos = across / spacing + rng.uniform(0, 1)
    col = np.floor(pos)
    hits = signals.onsets(d, 32).astype(np.float32)
    strength = 0.35 + 0.65 * hits[col.astype(np.int64) % 32]
    line = fill(0.0055 - np.abs(pos % 1 - 0.5) * spacing)  # a stroke 0.011 wide
    period = (0.16 + 0.08 * _hash(col + 7)) * pour  # `pour`: longer streaks
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


def _facade(d: ArtDirection, rng: Rng, box: tuple, fall: np.ndarray) -> tuple:
    """A city block's wall of windows seen straight on, bled off the area on one side:
    the wall solid in the lead ink, its windows cut to paper, the ones the song's
    onsets light flat in the rain's ink; long rain strokes in the second ink fall over
    it all, overprinting the wall in a third colour."""
    x, y = grid()
    x0, y0, x1, y1 = box
    w, h = x1 - x0, y1 - y0
    side = float(rng.choice((-1, 1)))
    edge = x0 + w * (rng.uniform(0.22, 0.42) if side > 0 else rng.uniform(0.58, 0.78))
    top = y0 + h * rng.uniform(0.08, 0.3)
    wall = fill(np.minimum((x - edge) * side, y - top))
    cols, rows = 4 + int(rng.integers(3)), 5 + int(rng.integers(3))
    bay = w * 0.9 / (cols + 1)
    storey = (y1 - top) / (rows + 0.4)
    u = np.abs((x - edge) * side) / bay - 0.35
    v = (y - top) / storey - 0.4
    pane = (u % 1 < 0.55) & (v % 1 < 0.58) & (u > 0) & (v > 0)
    lit = signals.onsets(d, cols * rows) > 0.55
    index = np.clip(np.floor(v), 0, rows - 1) * cols + np.clip(np.floor(u), 0, cols - 1)
    glow = pane & lit[index.astype(np.int64) % (cols * rows)]
    a = wall * ~pane
    # the rain falls in the open street beside the wall, not over it (rain strokes
    # across the wall and its windows read as clutter)
    b = np.maximum(fall * (1 - wall), wall * glow)  # a lit window in the rain's ink, flat
    return (
        a.astype(np.float32),
        b.astype(np.float32),
        blank(),
        (min(edge, x0), top, max(edge, x1), y1),
    )


def _canopy(d: ArtDirection, rng: Rng, box: tuple, fall: np.ndarray) -> tuple:
    """A big umbrella seen from above, cropped by the area's edge: eight gores round
    its tip, every other one solid in the lead ink and the rest a halftone of the
    third, the ribs cut to paper; the rain in the second ink falls past it and
    crosses it, overprinting both."""
    x, y = grid()
    x0, y0, x1, y1 = box
    w, h = x1 - x0, y1 - y0
    r = min(w, h) * rng.uniform(0.55, 0.75) * (0.9 + 0.15 * d.energy)
    cx = x0 + w * float(rng.choice((rng.uniform(0.2, 0.38), rng.uniform(0.62, 0.8))))
    cy = y0 + h * rng.uniform(0.45, 0.65)
    turn = rng.uniform(0, np.pi / 4)
    angle = (np.arctan2(y - cy, x - cx) - turn) % (2 * np.pi)
    sector = np.floor(angle / (np.pi / 4))
    mid = (sector + 0.5) * (np.pi / 4) - angle  # the angle off the gore's middle
    reach = np.sqrt((x - cx) ** 2 + (y - cy) ** 2) * np.cos(mid)  # an octagon's distance
    scallop = 0.02 * np.cos(mid * 4) ** 2  # the hem sags between the ribs
    cloth = fill(r - reach - scallop)
    off = angle % (np.pi / 4)  # the angle past the last rib
    rib = fill(
        0.004 - np.sqrt((x - cx) ** 2 + (y - cy) ** 2) * np.sin(np.minimum(off, np.pi / 4 - off))
    )
    cloth = cloth * (1 - rib)
    solid = (sector % 2 == 0).astype(np.float32)
    tip = fill(disc(cx, cy, 0.018))
    a = np.maximum(cloth * solid, tip)
    # the other gores bare paper (screened gores under the rain read as a checkerboard),
    # the rain kept off the cloth
    c = blank()
    fall = fall * (1 - cloth)
    return a.astype(np.float32), fall, c, (cx - r, cy - r, cx + r, cy + r)


def _cloud(d: ArtDirection, rng: Rng, box: tuple, fall: np.ndarray) -> tuple:
    """A cloud bank bled off the area's top and sides, its belly scalloped, solid in
    the lead ink; the rain in the second pours from under it onto a street in the
    third, where each of the song's strongest onsets rings a ripple cut to paper."""
    x, y = grid()
    x0, y0, x1, y1 = box
    w, h = x1 - x0, y1 - y0
    belly = y0 + h * rng.uniform(0.3, 0.44)
    n = 4 + int(rng.integers(3))
    xs = np.linspace(x0 - 0.04, x1 + 0.04, n) + rng.uniform(-0.03, 0.03, n)
    cloud = fill(belly - 0.02 - y + 0 * x)  # the bank above the belly
    for cx in xs:  # the belly's puffs, uneven
        r = w * rng.uniform(0.09, 0.15)
        cloud = np.maximum(cloud, fill(disc(float(cx), belly - 0.35 * r, r)))
    street = y1 - h * rng.uniform(0.16, 0.24)
    ground = fill(y - street + 0 * x)
    hits = signals.onsets(d, 8).astype(np.float32)
    rings = blank()
    for k in np.argsort(hits)[-3:]:  # the three loudest hits ring the puddles
        px = x0 + w * (0.12 + 0.76 * ((k * 0.618 + 0.2) % 1))
        py = street + (y1 - street) * rng.uniform(0.35, 0.65)
        ell = np.sqrt(((x - px) / 2.6) ** 2 + (y - py) ** 2)  # seen low: flat ellipses
        for r in (0.012, 0.024, 0.036)[: 1 + round(2 * float(hits[k]))]:
            rings = np.maximum(rings, fill(0.0035 - np.abs(ell - r)))
    # the street solid in the lead ink, its ripples cut to paper (a screened street in
    # a repeated drum printed a busy checker band); the rain stops at the kerb
    a = np.maximum(cloud, ground * (1 - rings))
    b = fall * (y > belly - 0.04) * (1 - cloud) * (1 - ground)
    c = blank()
    return a.astype(np.float32), b.astype(np.float32), c.astype(np.float32), (x0, y0, x1, y1)


def _view(d: ArtDirection) -> str:
    """What the rain falls on, by the song (three rain titles printed one wall of
    windows; two reviewers saw Lo-fi Rain's layout again on Chuva de Verão): a
    title that names a window, the window; a quiet song, a grey cloud bank pouring
    on a street; a happy one, an umbrella seen from above; else the city wall."""
    if "window" in named_in(d.title):
        return "window"
    if d.energy < 0.3:
        return "cloud"
    return "canopy" if d.valence >= 0.5 else "facade"


def rain(d: ArtDirection, rng: Rng, sheet: Sheet) -> Plates:
    """Rain, always, for a title that names it: bold strokes in the second ink over a
    window with the moon beyond, a wall of lit windows or an umbrella seen from
    above, each in the lead ink, the strokes overprinting it."""
    view = _view(d)
    pour = 1.0 if view == "window" else 2.4  # long streaks past a wall or an umbrella
    fall = strokes(d, rng, pour) * inside(sheet, 0.04)  # a paper margin under the title
    draw = {"window": _window, "facade": _facade, "canopy": _canopy, "cloud": _cloud}[view]
    a, b, c, box = draw(d, rng, sheet.area, fall)
    keep = inside(sheet)
    plates = [(p * keep).astype(np.float32) for p in (a, b, c)]
    return plates, _within(box, sheet)
