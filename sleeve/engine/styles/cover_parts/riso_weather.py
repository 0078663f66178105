"""The risograph's weather: rain falling as the song's onsets (rain), over the city,
from a cut-paper cloud, or down a window pane; and a parade of stars and confetti
(stars), for a starlit title and the bright pop genres.

Each keeps inside the sheet's area and stops there with a clean edge. The music sets
the measures: the onsets draw the rain (each streak's dashes as long as its hit) and
count the confetti, the tempo slants the rain and waves the streamers, the energy
curve sizes the stars in the order they march; the seed places and picks the view.
"""

from __future__ import annotations

import numpy as np

from sleeve.engine import signals
from sleeve.engine.direction import ArtDirection
from sleeve.engine.styles.cover_parts.riso_figures import city
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
    ramp,
    rect,
    star,
)
from sleeve.engine.styles.cover_parts.title_words import motifs as named_in


def _hash(k: np.ndarray) -> np.ndarray:
    """A fixed pseudo-random 0..1 per integer (a streak's phase, a window's light)."""
    return (np.sin(k * 12.9898 + 4.1) * 43758.5453) % 1.0


def streaks(d: ArtDirection, rng: Rng, heavy: float = 1.0) -> np.ndarray:
    """Rain over the whole plate: thin slanted streaks, one column per onset step, each
    dashed as long as its hit (a loud hit pours, a soft one spits); a faster song
    slants the rain further, a denser one packs the columns closer."""
    x, y = grid()
    slant = float(rng.choice((-1, 1))) * (0.08 + 0.3 * np.clip((d.tempo_bpm - 60) / 120, 0, 1))
    c, s = np.cos(slant), np.sin(slant)
    across = x * c - y * s
    along = x * s + y * c
    spacing = (0.034 - 0.012 * d.density) / heavy
    pos = across / spacing + rng.uniform(0, 1)
    col = np.floor(pos)
    hits = signals.onsets(d, 48).astype(np.float32)
    strength = hits[(col.astype(np.int64)) % 48]
    width = 0.0022 + 0.0018 * strength
    line = fill(width - np.abs(pos % 1 - 0.5) * spacing)
    period = 0.09 + 0.08 * _hash(col + 7)
    duty = 0.2 + 0.6 * strength
    dash = ((along / period + _hash(col)) % 1) < duty
    return (line * dash * (strength > 0.12)).astype(np.float32)


def _cloud(cx: float, cy: float, s: float, rng: Rng) -> tuple[np.ndarray, float]:
    """A cut-paper cloud of overlapping puffs on a flat base: its coverage and base."""
    x, y = grid()
    base = cy + 0.35 * s
    sdf = np.minimum(rect(cx - 1.1 * s, cy - 0.1 * s, cx + 1.1 * s, base), 1.0)
    side = float(rng.choice((-1, 1)))  # the tall puff to one side or the other
    for u, v, r in ((-0.75, 0.05, 0.42), (-0.25, -0.3, 0.6), (0.35, -0.2, 0.52), (0.8, 0.05, 0.4)):
        r = r * rng.uniform(0.85, 1.15)
        sdf = np.maximum(
            sdf, np.minimum(disc(cx + side * u * s, cy + v * s, r * s), base - y + 0 * x)
        )
    return fill(sdf), base


def rain(d: ArtDirection, rng: Rng, sheet: Sheet) -> Plates:
    """Rain, always, for a title that names it: over the night city (the streaks cut
    to paper through the towers and printed in the third ink), falling from a cut
    cloud in the second ink, or, for a title that names a window, running down a
    window's four panes as streaks and drops of bare paper on the dark glass."""
    x, y = grid()
    x0, y0, x1, y1 = sheet.area
    w, h = x1 - x0, y1 - y0
    view = 2 if "window" in named_in(d.title) else int(rng.integers(2))
    fall = streaks(d, rng, 1.0 + 0.4 * d.energy)
    if view == 0:  # the city in the rain
        (a, b, c), box = city(d, rng, sheet)
        a, b = a * (1 - fall), b * (1 - fall)
        c = np.maximum(c, fall * 0.9)
    elif view == 1:  # a cloud pouring
        s = min(w, h) * rng.uniform(0.36, 0.46) * (0.9 + 0.15 * d.energy)
        cx = x0 + w * rng.uniform(0.3, 0.7)
        cy = y0 + h * rng.uniform(0.03, 0.15) + 0.6 * s
        cloud, base = _cloud(cx, cy, s, rng)
        under = fill(1.15 * s - np.abs(x - cx) + 0 * y) * (y > base)
        a = cloud
        b = fall * under
        c = cloud * ramp(90, 0.0, 0.8) * (y > cy)  # the cloud's belly, shaded
        box = (cx - 1.2 * s, cy - s, cx + 1.2 * s, y1)
    else:  # a window pane streaming
        m = 0.06
        fx0, fy0, fx1, fy1 = x0 + m, y0 + m, x1 - m, y1 - m
        bar = 0.022
        frame = fill(rect(fx0, fy0, fx1, fy1)) - fill(
            rect(fx0 + bar, fy0 + bar, fx1 - bar, fy1 - bar)
        )
        mx, my = (fx0 + fx1) / 2 + rng.uniform(-0.08, 0.08), (fy0 + fy1) / 2
        cross = np.maximum(
            fill(bar / 2 - np.abs(x - mx) + 0 * y), fill(bar / 2 - np.abs(y - my) + 0 * x)
        )
        glass = fill(rect(fx0 + bar, fy0 + bar, fx1 - bar, fy1 - bar))
        frame = np.maximum(frame, cross * glass)
        lx, ly = fx0 + (fx1 - fx0) * rng.uniform(0.25, 0.75), fy0 + (fy1 - fy0) * 0.3
        light = fill(disc(lx, ly, 0.09 + 0.06 * d.energy))  # a moon or a street lamp beyond
        hits = signals.onsets(d, 24)
        drops = blank()
        for k in np.flatnonzero(hits > 0.35)[:14]:  # a bead on the glass per strong hit
            px = fx0 + bar + (fx1 - fx0 - 2 * bar) * float(_hash(np.float64(k + 3)))
            py = fy0 + bar + (fy1 - fy0 - 2 * bar) * float(_hash(np.float64(k + 91)))
            drops = np.maximum(drops, fill(disc(px, py, 0.01 + 0.014 * float(hits[k]))))
        wet = np.maximum(fall, drops) * glass * (1 - frame)
        a = frame
        b = glass * (1 - frame) * (0.75 + 0 * x) * (1 - light) * (1 - wet)
        c = light * glass * (1 - frame)
        box = (fx0, fy0, fx1, fy1)
    keep = inside(sheet)
    plates = [(p * keep).astype(np.float32) for p in (a, b, c)]
    return plates, _within(box, sheet)


def stars(d: ArtDirection, rng: Rng, sheet: Sheet) -> Plates:
    """A parade of stars marching across the area on a rising path, each as big as its
    part of the song (the energy curve, in the order they march), solid in the lead
    or second ink so they overprint where they touch, one huge star leading; confetti
    in the third ink, a piece per onset, and two streamers waving to the tempo."""
    x, y = grid()
    x0, y0, x1, y1 = sheet.area
    w, h = x1 - x0, y1 - y0
    n = 5 + round(3 * d.density) + int(rng.integers(2))
    level = signals.energy(d, n).astype(np.float32)
    rising = float(rng.choice((-1, 1)))
    lead = int(np.argmax(level))
    a_stars, b_stars = [], []
    for k in range(n):
        t = (k + 0.5) / n
        px = x0 + w * t
        py = y0 + h * (0.5 + rising * 0.28 * (t - 0.5) * 2) + h * rng.uniform(-0.08, 0.08)
        r = min(w, h) * (0.07 + 0.12 * float(level[k]))
        if k == lead:
            r = min(w, h) * rng.uniform(0.26, 0.32)
        px = float(np.clip(px, x0 + 0.8 * r, x1 - 0.8 * r))  # whole, never cut by the edge
        py = float(np.clip(py, y0 + r, y1 - 0.8 * r))
        shape = star(px, py, r, 5, rng.uniform(0.42, 0.5), rng.uniform(-0.4, 0.4))
        (a_stars if (k + (k == lead)) % 2 == 0 else b_stars).append(shape)
    a = polygons(a_stars) if a_stars else blank()
    b = polygons(b_stars) if b_stars else blank()
    hits = signals.onsets(d, 40)
    bits = []
    for k in np.flatnonzero(hits > 0.3):  # a scrap of confetti per onset
        cx = x0 + w * float(_hash(np.float64(k * 3 + 1)))
        cy = y0 + h * float(_hash(np.float64(k * 5 + 2)))
        turn = float(_hash(np.float64(k + 17))) * np.pi
        u, v = 0.016 * np.cos(turn), 0.016 * np.sin(turn)
        p, q = -0.007 * np.sin(turn), 0.007 * np.cos(turn)
        bits.append([(cx - u - p, cy - v - q), (cx + u - p, cy + v - q),
                     (cx + u + p, cy + v + q), (cx - u + p, cy - v + q)])  # fmt: skip
    c = polygons(bits) if bits else blank()
    waves = 1.5 + 2.5 * min(d.tempo_bpm / 160, 1.2)  # a fast song waves them quicker
    for j in range(2):
        cx = x0 + w * (0.2 + 0.6 * j) + rng.uniform(-0.08, 0.08)
        line = cx + 0.04 * np.sin(2 * np.pi * waves * (y - y0) / h + rng.uniform(0, 6))
        c = np.maximum(c, fill(0.008 - np.abs(x - line)) * (y < y0 + h * rng.uniform(0.4, 0.7)))
    c = c * (1 - a)
    keep = inside(sheet)
    plates = [(p * keep).astype(np.float32) for p in (a, b, c)]
    return plates, _within((x0, y0, x1, y1), sheet)
