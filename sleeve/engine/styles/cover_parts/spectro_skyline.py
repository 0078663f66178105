"""The spectrogram style's skyline: the song's spectrum as a city at night. Each tower is
a band of frequencies (the bass the tall towers downtown, the treble the low blocks at
the edges), as tall as that band is loud over the song; its windows are the song's
spectrogram, floor by floor from the first bar at the street to the last at the roof,
lit where the band sounds, the loudest moments burning brightest. A glow over the street
backs the dark towers; the loudest towers step back near the top. Drawn on a dark field
only (on paper it read as a bar chart)."""

from __future__ import annotations

import numpy as np
from scipy import ndimage

from sleeve.engine.styles.cover_parts.spectro_layouts import Canvas, Ink, lit

TOWERS = (9, 15)  # how many towers stand (sparse to dense songs)
FLOOR = 0.026  # a floor's height (a share of the side)
BAY = 0.024  # a window bay's width
PANE_PX = 5.0  # the fewest pixels a bay or floor takes (small covers: fewer, bigger windows)
BODY = 0.02  # the towers' own tone against the glow (on a dark field)
LIT = 0.72  # a lit window's tone (the loudest moments burn at the tip, 1)


def _order(towers: int) -> np.ndarray:
    """Bands (low first) placed centre-out: the bass downtown, the treble at the edges."""
    at = np.arange(towers)
    return np.argsort(np.abs(at - (towers - 1) / 2) + 1e-3 * at, kind="stable")


def _towers(c: Canvas, rng: np.random.Generator, x0: float, x1: float) -> list[tuple]:
    """Each tower's (left, right, band group, loudness 0..1), left to right."""
    lo, hi = TOWERS
    count = int(np.clip(round(lo + (hi - lo) * c.density + rng.uniform(-1, 1)), lo, hi))
    widths = rng.uniform(0.7, 1.3, count)
    edges = x0 + (x1 - x0) * np.concatenate(([0.0], np.cumsum(widths) / widths.sum()))
    groups = np.array_split(np.arange(c.spec.shape[1]), count)
    level = np.array([np.percentile(c.spec[:, g].mean(axis=1), 90) for g in groups])
    level = (level - level.min()) / max(float(np.ptp(level)), 1e-6)
    slots = _order(count)
    out = [()] * count
    for band, slot in enumerate(slots):
        out[slot] = (edges[slot], edges[slot + 1], groups[band], float(level[band]))
    return out


def _outline(x: np.ndarray, y: np.ndarray, box: tuple, level: float, px: float) -> np.ndarray:
    """A tower's coverage: a block, and a loud one steps back a third of the way down
    from its roof (a crown, not a bar)."""
    left, roof, right, street = box
    inside = (
        np.clip((x - left) / px + 0.5, 0, 1)
        * np.clip((right - x) / px + 0.5, 0, 1)
        * np.clip((y - roof) / px + 0.5, 0, 1)
        * (y < street)
    )
    if level < 0.55:
        return inside
    step = roof + (street - roof) * 0.22
    inset = (right - left) * 0.22
    upper = np.clip((x - left - inset) / px + 0.5, 0, 1) * np.clip(
        (right - inset - x) / px + 0.5, 0, 1
    )
    return inside * np.where(y < step, upper, 1.0)


def _windows(
    spec: np.ndarray, group: np.ndarray, fx: np.ndarray, fy: np.ndarray, grid: tuple
) -> np.ndarray:
    """The lit windows of a tower (0..1, LIT or 1 at the loudest): bays across its
    band group, floors up the song, each pane in the middle of its bay and floor."""
    cols, floors, bay_px, floor_px, threshold, peak = grid
    col = (fx * cols).astype(np.intp)
    row = (fy * floors).astype(np.intp)
    bay_x, bay_y = (fx * cols) % 1.0, (fy * floors) % 1.0
    pane = np.clip(np.minimum(bay_x - 0.22, 0.78 - bay_x) * bay_px, 0, 1)
    pane = pane * np.clip(np.minimum(bay_y - 0.25, 0.78 - bay_y) * floor_px, 0, 1)
    band = group[np.minimum(col * len(group) // cols, len(group) - 1)]
    frame = np.minimum(row * spec.shape[0] // floors, spec.shape[0] - 1)
    sound = spec[frame, band]
    return pane * (sound > threshold) * np.where(sound > peak, 1.0, LIT)


def skyline(c: Canvas, rng: np.random.Generator) -> Ink:
    """The spectrum as a city of towers with lit windows (see the module)."""
    fx0, fy0, fx1, fy1 = c.free
    top = fy0 + 0.06 if fy0 > 0.0 else 0.05
    street = fy1 if fy1 < 1.0 else 1.0 - float(rng.uniform(0.0, 0.06))
    spec = ndimage.gaussian_filter(c.spec, (1.0, 0.6), mode="nearest")
    spec = spec / max(float(np.percentile(spec, 99.0)), 1e-6)
    gap = float(rng.uniform(0.004, 0.01))  # the street between towers
    towers = _towers(c, rng, fx0 - 0.02, fx1 + 0.02)
    value = np.zeros((c.res, c.res), np.float32)
    cover = np.zeros((c.res, c.res), np.float32)
    px = 1.0 / c.res
    floor = max(FLOOR, PANE_PX * px)
    glow = 0.46 * np.exp(-np.clip(street - c.y, 0.0, None) / 0.26)  # the street's glow
    fade = np.clip((c.y - fy0) / 0.16, 0.0, 1.0) if fy0 > 0.0 else 1.0  # none at the title
    sky = np.broadcast_to(glow * fade * (c.y < street), (c.res, c.res))
    threshold = float(np.percentile(spec, rng.uniform(45, 60)))
    peak = float(np.percentile(spec, 96))
    for left, right, group, level in towers:
        roof = street - (street - top) * (0.22 + 0.78 * level**1.2) * float(rng.uniform(0.9, 1.0))
        # drawn only over the tower's own rows and columns
        i0, i1 = max(int(roof * c.res) - 1, 0), min(int(np.ceil(street * c.res)) + 1, c.res)
        j0, j1 = max(int(left * c.res) - 1, 0), min(int(np.ceil(right * c.res)) + 1, c.res)
        if i0 >= i1 or j0 >= j1:
            continue
        x, y = c.x[:, j0:j1], c.y[i0:i1]
        inside = _outline(x, y, (left + gap / 2, roof, right - gap / 2, street), level, px)
        cols = max(int(round((right - left) / max(BAY, PANE_PX * px))), 1)
        floors = max(int((street - roof) / floor), 1)
        fx = np.clip((x - left - gap / 2) / max(right - left - gap, 1e-6), 0.0, 0.9999)
        fy = np.clip((street - y) / max(street - roof, 1e-6), 0.0, 0.9999)
        grid = (cols, floors, (right - left) / cols / px, floor / px, threshold, peak)
        tower = BODY + (1.0 - BODY) * _windows(spec, group, fx, fy, grid)
        view = value[i0:i1, j0:j1]
        value[i0:i1, j0:j1] = view * (1 - inside) + tower * inside
        cover[i0:i1, j0:j1] = np.maximum(cover[i0:i1, j0:j1], inside)
    value = np.where(cover > 0, value, sky)
    cover = np.maximum(cover, (sky > 0.01).astype(np.float32))
    box = c.free  # lit clips it to where the picture shows
    return lit(c, cover, value.astype(np.float32), box, floor=0.0)
