"""A Swiss concert-poster system for a song whose title names no subject, after
Müller-Brockmann's Tonhalle and musica viva posters, drawn into a
`swiss_layouts.Frame` and returning the focal box: rhythm, on most songs the
song's waveform (wave: bars mirrored about a leaning rule, their heights the energy
curve accented by the groove), else a system of bars turned off the grid (flush: the
angle is the key's place on the circle of fifths, each bar a beat, flush on one line,
its weight the onset and its length the energy curve, one disc riding the loudest beat).
"""

from __future__ import annotations

import math

import aggdraw
import numpy as np

from sleeve.engine import signals
from sleeve.engine.raster import brush
from sleeve.engine.styles.base import Box
from sleeve.engine.styles.cover_parts import swiss_grid as sg
from sleeve.engine.styles.cover_parts.swiss_layouts import Frame, inks, slices


def _hits(onsets: np.ndarray, n: int) -> np.ndarray:
    """`n` onset strengths, the strongest of each slice, stretched to 0..1."""
    hits = np.array([float(p.max()) for p in np.array_split(signals.resample(onsets, n * 4), n)])
    return (hits - hits.min()) / max(1e-6, float(np.ptp(hits)))


def fifths_angle(key: int) -> float:
    """The system's turn (degrees, 15 to 40): the key's place on the circle of fifths,
    so songs in neighbouring keys lean alike and C and F sharp lean furthest apart."""
    place = (key * 7) % 12
    return 15.0 + 25.0 * min(place, 12 - place) / 6.0


def bar_lengths(curve: np.ndarray, energy: float, n: int) -> np.ndarray:
    """The bars' lengths (share of the reach) in order: the energy curve read beat by
    beat, so the stack's ragged edge is the song's shape; a loud song's bars longer."""
    level = 0.2 + 0.25 * float(np.clip(energy, 0.0, 1.0))
    return level + 0.7 * slices(curve, n)


def rhythm(draw: aggdraw.Draw, f: Frame, rng: np.random.Generator) -> Box:
    """The song's bars: its waveform (wave) on most songs, and the more often the more
    its loudness moves; else the turned flush stack (flush). The flush stack alone, on
    sixteen of 74 bench covers, had read as one picture of diagonal stripes and a dot."""
    if rng.random() < wave_share(f.curve):
        return wave(draw, f, rng)
    return flush(draw, f, rng)


def dynamics(curve: np.ndarray) -> float:
    """How far the song's loudness moves (0 steady .. 1 from silence to full), read
    from the curve smoothed over an eighth of the song."""
    c = np.asarray(curve, float)
    if c.size < 2:
        return 0.0
    k = max(1, c.size // 8)
    smooth = np.convolve(c, np.ones(k) / k, mode="valid") if c.size > k else c
    return float(np.clip(np.ptp(smooth), 0.0, 1.0))


def wave_share(curve: np.ndarray) -> float:
    """How often the rhythm is drawn as the waveform: most songs, nearly always one
    that builds, drops or fades (its shape is the picture)."""
    return float(np.clip(0.65 + 0.5 * dynamics(curve), 0.0, 0.92))


def groove(onsets: np.ndarray) -> np.ndarray:
    """The song's groove: its onsets (one a sixteenth) folded into one bar of sixteen,
    the mean strength at each step, stretched to 0..1 (flat when the steps barely
    differ, so no noise is blown up into accents)."""
    o = np.asarray(onsets, float)
    if o.size < 16:
        return np.full(16, 0.5)
    bars = o[: o.size // 16 * 16].reshape(-1, 16).mean(axis=0)
    spread = float(np.ptp(bars))
    return (bars - bars.min()) / spread if spread > 0.08 else np.full(16, 0.5)


def wave_heights(curve: np.ndarray, onsets: np.ndarray, n: int) -> np.ndarray:
    """The waveform's bar heights (share of the tallest, 0.1..1): the energy curve over
    the song, a bar a stretch, read against the song's own range (a steady loud song
    stands level, not its noise blown up), accented by the groove, bar k the groove's
    step k, so the strong sixteenths stand taller."""
    c = np.asarray(curve, float)
    stretch = np.array(
        [
            p.mean()
            for p in np.array_split(
                np.interp(
                    np.linspace(0, 1, n * 4),
                    np.linspace(0, 1, max(c.size, 2)),
                    np.resize(c, max(c.size, 2)),
                ),
                n,
            )
        ]
    )
    hi, lo = float(stretch.max()), float(stretch.min())
    env = 1.0 - (hi - stretch) / max(hi - lo, 0.3)
    accent = groove(onsets)[np.arange(n) % 16]
    return 0.1 + 0.9 * np.clip(env * (0.5 + 0.5 * accent), 0.0, 1.0)


def wave_bars(tempo: float) -> int:
    """The waveform's bar count: a ballad's broad comb, drum and bass a fine one."""
    return int(np.clip(round(24 + (tempo - 60.0) / 3.0), 24, 56))


def wave(draw: aggdraw.Draw, f: Frame, rng: np.random.Generator) -> Box:
    """The song as one row of upright bars on a rule (a waveform the musician knows,
    a fine comb: a dozen broad bars had read as a bar chart):
    a bar a stretch of the song, its height the energy there accented by the groove
    (wave_heights), its weight the groove's step, the count by the tempo (wave_bars).
    The song sets the picture (one centred row had printed on every track): mirrored
    about a rule on a grid line (the middle, or a third for a quieter song, the bars
    then shorter) on most songs that come back to their level, or standing on a rule
    by the far edge (stand) on most songs that build or fade; the bars grouped by the
    song's sections with a gap between (the loudest section in the flat colour) or
    the loudest third of them coloured; a
    steady song more often as a close-up, half the row off the page. The rule leans a
    little by the key (fifths_angle) and runs across the canvas; the row runs off one
    side; never into the title zone."""
    x0, y0, x1, y1 = f.art
    s = float(f.size)
    main, _ = inks(f)
    n = wave_bars(f.tempo)
    reach = wave_heights(f.curve, f.onsets, n)
    hits = groove(f.onsets)[np.arange(n) % 16]
    parts = sg.sections(f.curve)
    e = float(np.clip(f.energy, 0.0, 1.0))
    # a song that builds or fades stands on a rule like a level meter (its rise a
    # skyline), one that comes back to its level (steady, or verse and chorus) is a
    # waveform mirrored about its rule: the middle for a loud song, a third for a
    # quieter one
    trend = sg.trend(f.curve) > 0.15
    form = sg.pick(("mirror", "stand"), [0.25, 1.0] if trend else [1.0, 0.25], rng)
    if form == "stand":  # a level meter lights a few broad bars, not the fine comb
        n = max(8, n // 3)
        reach = wave_heights(f.curve, f.onsets, n)
        hits = groove(f.onsets)[np.arange(n) % 16]
    line = sg.pick((0.5, 1.0 / 3.0, 2.0 / 3.0), [2.0 * e, 1.0 - e, 1.0 - e], rng)
    line = line if form == "mirror" else 0.0
    sign = float(rng.choice((-1.0, 1.0)))
    lean = math.radians(sign * fifths_angle(f.key) * 0.2)
    upright = f.edge != "right"  # a CJK column's zone on the right: the row runs down
    along_lo, along_hi = (x0, x1) if upright else (y0, y1)
    cross_lo, cross_hi = (y0, y1) if upright else (x0, x1)
    cross = cross_hi - cross_lo
    # one end past the canvas by a seeded bleed, the other on the art's edge or in from it
    bleed = s * float(rng.uniform(0.05, 0.22))
    inset = (along_hi - along_lo) * float(rng.uniform(0.0, 0.12))
    # a close-up: the row at up to twice the scale, half of it off the page; a steady
    # song's row (its shape no story) more often than a moving one's
    close = 0.55 - 0.4 * sg.dynamics(f.curve)
    zoom = float(rng.uniform(1.35, 2.0)) if rng.random() < close else 1.0
    # the row runs off the page at its louder end on most seeds (a quiet end cut by
    # the edge had left a small row floating): the song goes on past the page
    later = float(np.mean(reach[n // 2 :])) >= float(np.mean(reach[: n // 2]))
    if (rng.random() < 0.8) == later:  # the song's end runs off the canvas
        a = along_lo + inset
        b = a + (s + bleed - a) * zoom
    else:  # its start comes in from past the canvas
        b = along_hi - inset
        a = b - (b + bleed) * zoom
    # the sections' gaps (a bar's pitch each) split the row into the song's parts
    group = np.array([sum(1 for p in parts[1:] if (k + 0.5) / n >= p[0]) for k in range(n)])
    gaps = len(parts) - 1
    pitch = (b - a) / (n + gaps)
    t = a + pitch * (np.arange(n) + group + 0.5) - s / 2
    # the rule: the far side's grid line (stand) or a grid line across the art
    far = 1.0 if f.edge == "top" else -1.0 if f.edge == "bottom" else 0.0
    if form == "stand":
        centre = cross_hi - 0.02 * cross if far >= 0 else cross_lo + 0.02 * cross
    else:
        centre = cross_lo + cross * (line if far >= 0 else 1.0 - line)
    room_up = (centre - cross_lo) if form == "mirror" or far >= 0 else (cross_hi - centre)
    room_dn = (cross_hi - centre) if form == "mirror" else 0.0
    if not upright:  # down the left of a CJK column: the bars stand off the left edge
        centre = cross_lo + cross * (line if form == "mirror" else 0.02)
        room_up, room_dn = (
            (centre - cross_lo, cross_hi - centre) if form == "mirror" else (cross * 0.96, 0.0)
        )
    # the bars go up (towards the title) by `up`, down by `dn` of their height
    up, dn = (1.0, 1.0) if form == "mirror" else (2.0, 0.0)
    if form == "stand" and far < 0 and upright:  # hung from a rule by the top edge
        up, dn = 0.0, 2.0
        room_up, room_dn = room_dn, room_up
    cx, cy = (s / 2, centre) if upright else (centre, s / 2)
    ux, uy = (math.cos(lean), math.sin(lean)) if upright else (-math.sin(lean), math.cos(lean))
    vx, vy = -uy, ux
    along = (cx + ux * t) if upright else (cy + uy * t)
    widths = pitch * (0.3 + 0.4 * hits)
    shown = (along + widths / 2 > 0.03 * s) & (along - widths / 2 < 0.97 * s)  # on the page
    # as tall as the leaning row allows: the tallest bar on the page fills its room
    # (one off the page had set the scale and left the row small)
    side = max(room_up / max(up, 1e-6) if up else 1e9, 0.0)
    side = min(side, room_dn / dn if dn else 1e9)
    room = (0.96 * side - np.abs(t) * abs(math.sin(lean))) / math.cos(lean)
    fit = np.maximum(room, cross * 0.08) / reach
    half = max(cross * 0.12, float(np.min(fit[shown]))) if shown.any() else cross * 0.12
    # the colour: the loudest section's bars where the song has sections, else the
    # loudest third of the bars on the page (a loud song all of it had printed one flat)
    big = parts.index(sg.loudest(parts))
    if len(parts) > 1 and 0 < int((group == big).sum()) < n:
        loud = group == big
    else:
        rank = np.argsort(np.argsort(-reach - 1e-3 * hits - 2.0 * shown))
        loud = rank < max(2, round(int(shown.sum()) * 0.3))
    pts_all = []
    # a row standing on its floor is a level meter, each bar lit in square segments:
    # whole bars on a rule had read as a bar chart (Blue Note for Ellis); a segment the
    # widest bar's width, a quarter of it dark between (a row hung from the top edge
    # keeps its whole bars, a fringe)
    segment = float(widths.max()) if form == "stand" and up else 0.0
    for k in range(n):  # the song reads left to right (top to bottom in a column)
        h, w, at = half * float(reach[k]), float(widths[k]), float(t[k])
        lo, hi = -h * up, h * dn
        if segment:
            steps = np.arange(max(1, round((hi - lo) / segment)) + 1) * segment
            cuts = [(hi - a - 0.75 * segment, hi - a) for a in steps[:-1]]
        else:
            cuts = [(lo, hi)]
        for q0, q1 in cuts:
            pts = [
                (cx + ux * p + vx * q, cy + uy * p + vy * q)
                for p, q in ((at - w / 2, q0), (at + w / 2, q0), (at + w / 2, q1), (at - w / 2, q1))
            ]
            draw.polygon([c for pt in pts for c in pt], brush(main if loud[k] else f.ink))
            pts_all.extend(pts)
    # the rule the bars hang on, across the whole canvas
    rule = max(1.0, pitch * 0.05)
    far_px = 2.0 * s
    line_pts = [
        (cx + ux * p + vx * q, cy + uy * p + vy * q)
        for p, q in (
            (-far_px, -rule / 2),
            (far_px, -rule / 2),
            (far_px, rule / 2),
            (-far_px, rule / 2),
        )
    ]
    draw.polygon([c for pt in line_pts for c in pt], brush(f.ink))
    xs, ys = [p[0] for p in pts_all], [p[1] for p in pts_all]
    return f.fraction((min(xs), min(ys), max(xs), max(ys)))


def flush(draw: aggdraw.Draw, f: Frame, rng: np.random.Generator) -> Box:
    """Bars in one turned system (a Tonhalle poster): one bar a beat, stacked across
    the system on a strict pitch, flush on one start line; a bar's weight is its onset,
    its length the energy curve (bar_lengths), so the ragged edge draws the song's
    shape; black, the longest bar in the flat colour with a disc of the second colour
    riding its end."""
    x0, y0, x1, y1 = f.art
    s = float(f.size)
    main, second = inks(f)
    sign = float(rng.choice((-1.0, 1.0)))
    turn = math.radians(sign * fifths_angle(f.key))
    grow = float(rng.choice((-1.0, 1.0)))  # flush on the left or on the right
    ux, uy = grow * math.cos(turn), grow * math.sin(turn)  # along a bar
    vx, vy = -uy, ux  # across the stack
    # the stack on the grid column where the song peaks, at a seeded depth, as deep
    # as the song is loud (a quiet song's few bars in a wide field, a loud one's
    # system past the canvas), its bars grouped by the song's sections: the same
    # full-bleed diagonal on every track had printed as one picture
    w, h = x1 - x0, y1 - y0
    cx = x0 + w * sg.column(f.curve, f.onsets, f.tempo, f.title)
    cy = (y0 + y1) / 2 + h * float(rng.uniform(-0.1, 0.1))
    n = int(np.clip(3 + f.steps + int(rng.integers(-1, 2)), 5, 10))
    e = float(np.clip(f.energy, 0.0, 1.0))
    span = max(w, h) * (0.45 + 0.9 * e) * float(rng.uniform(0.9, 1.1))
    parts = sg.sections(f.curve)
    group = np.array([sum(1 for p in parts[1:] if (k + 0.5) / n >= p[0]) for k in range(n)])
    pitch = span / (n + 0.8 * (len(parts) - 1))
    across = -span / 2 + pitch * (np.arange(n) + 0.8 * group + 0.5)
    hits = _hits(f.onsets, n)
    lengths = bar_lengths(f.curve, f.energy, n)
    pick = lengths + 0.3 * hits + rng.uniform(0, 0.01, n)
    reach = s * float(rng.uniform(1.0, 1.3))
    # the common start line past the canvas edge: the bars run in from it and only
    # their ragged ends (the energy curve) stop in the field
    flush = -reach * float(rng.uniform(0.32, 0.45))
    # the coloured bar is the loudest one whose end shows in the art (the stack now
    # runs past it: a loudest bar under the title zone had left the cover one ink)
    for k in range(n):
        v, end = float(across[k]), flush + reach * float(lengths[k]) * 0.8
        pick[k] += 2.0 * f.inside(cx + ux * end + vx * v, cy + uy * end + vy * v)
    loud = int(np.argmax(pick))
    boxes = []
    ride = (cx, cy)
    for k in range(n):
        v = float(across[k])
        w = pitch * (0.22 + 0.66 * float(hits[k]))
        a = flush
        b = a + reach * float(lengths[k])
        pts = [
            (cx + ux * p + vx * q, cy + uy * p + vy * q)
            for p, q in ((a, v - w / 2), (b, v - w / 2), (b, v + w / 2), (a, v + w / 2))
        ]
        draw.polygon([c for pt in pts for c in pt], brush(main if k == loud else f.ink))
        boxes.extend(pts)
        if k == loud:
            ride = (cx + ux * b + vx * v, cy + uy * b + vy * v)
    r = pitch * 0.42  # small against the huge bars (a disc as big as a bar read as clip-art)
    rx, ry = ride
    # the disc stays in the art, off the title zone
    rx = float(np.clip(rx, x0 + r, x1 - r)) if x1 - x0 > 2 * r else rx
    ry = float(np.clip(ry, y0 + r, y1 - r)) if y1 - y0 > 2 * r else ry
    draw.ellipse((rx - r, ry - r, rx + r, ry + r), brush(second))
    xs = [p[0] for p in boxes] + [rx - r, rx + r]
    ys = [p[1] for p in boxes] + [ry - r, ry + r]
    return f.fraction((min(xs), min(ys), max(xs), max(ys)))
