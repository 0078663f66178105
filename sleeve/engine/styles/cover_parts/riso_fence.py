"""The risograph's fence: a chain-link mesh across the area in the lead ink, with a
post, and a hole torn through it where the second ink shows flat: a pattern repeat
with one focal point, for drill and the street genres.

The wires are echoed off register in the third drum.

The song tears the hole: the energy curve is its ragged edge (round the hole), the
energy its size, the loudness how far the wires are pushed back round it, the
density the mesh (a busy song, a finer one); the seed places the hole and the post.
It keeps inside the sheet's area.
"""

from __future__ import annotations

import numpy as np

from sleeve.engine import signals
from sleeve.engine.direction import ArtDirection
from sleeve.engine.styles.cover_parts.riso_posters import _within, inside
from sleeve.engine.styles.cover_parts.riso_press import shift
from sleeve.engine.styles.cover_parts.riso_shapes import RES, Plates, Rng, Sheet, fill, grid


def fence(d: ArtDirection, rng: Rng, sheet: Sheet) -> Plates:
    """A chain-link mesh with a hole cut through it (module docstring)."""
    x, y = grid()
    x0, y0, x1, y1 = sheet.area
    w, h = x1 - x0, y1 - y0
    cell = (0.075 + 0.045 * (1 - d.density)) * rng.uniform(0.9, 1.1)
    hx = x0 + w * float(rng.choice((0.36, 0.5, 0.64))) + rng.uniform(-0.03, 0.03)
    hy = y0 + h * rng.uniform(0.42, 0.58)
    dx, dy = x - hx, y - hy
    r = np.sqrt(dx**2 + dy**2) + 1e-6
    turn = np.arctan2(dy, dx)
    song = signals.energy(d, 24).astype(np.float32)
    ring = np.interp((turn + np.pi) / (2 * np.pi), np.linspace(0, 1, song.size), song)
    size = min(w, h) * (0.24 + 0.12 * d.energy)
    jag = np.interp((turn + np.pi) / (2 * np.pi), np.linspace(0, 1, 41), rng.uniform(-1, 1, 41))
    edge = size * (0.8 + 0.3 * ring + 0.05 * jag)  # the song bends the hole's edge (torn
    # deeper it read as a splat)
    bulge = cell * (0.3 + 0.4 * d.loudness) * np.exp(-(((r - edge) / (1.2 * cell)) ** 2))
    ux, uy = x + dx / r * bulge, y + dy / r * bulge  # the wires pushed back round it
    u, v = (ux + uy) / cell, (ux - uy) / cell
    apart = np.minimum(np.abs(u - np.round(u)), np.abs(v - np.round(v))) * cell / np.sqrt(2)
    hole = fill(edge - r)
    mesh = fill(0.006 + 0.003 * d.energy - apart) * (1 - hole)
    post = hx + float(rng.choice((-1, 1))) * (size * 1.6 + rng.uniform(0.02, 0.12))
    pole = fill(0.02 - np.abs(x - post) + 0 * y) * (1 - hole)
    a = np.maximum(mesh, pole)
    b = hole  # what lies beyond, flat in the second ink
    step = int(0.012 * RES)
    c = shift(mesh, step, step) * (1 - a) * (1 - hole) * 0.8  # the wires' echo off register
    keep = inside(sheet)
    plates = [(p * keep).astype(np.float32) for p in (a, b, c)]
    reach = 1.5 * size
    return plates, _within((hx - reach, hy - reach, hx + reach, hy + reach), sheet)
