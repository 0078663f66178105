"""Ridgeline stacks: the Unknown-Pleasures plot itself and the pictures a title names
made of it. Every one is a stack of the song's ridges (one spectrum slice per ridge,
back to front, near ridges hiding far ones), each ridge kicked by the onsets of its
stretch of the song:

pulsar: a dense block of ridges (denser for busier, faster songs), flat like the
plot for electronic and dance music, in perspective like a terrain seen from above
at night for the other plot genres (post-punk, techno, industrial: ridgeline.PLOT);
skyline: a city title's skyline whose towers are the song's loudness, seen one of
three ways (VIEWS: filled with its ridges; lit by its onsets over a river mirroring
it; low under a sky of its ridges), its height and crop the seed's and the song's;
road: a road title's road to a vanishing point, the ridges
rising either side of it as banks and flat across it, a lane dash on every strong
onset.
"""

from __future__ import annotations

from collections.abc import Callable

import aggdraw
import numpy as np
from PIL import Image

from sleeve.engine import raster, signals
from sleeve.engine.color import blend, rgb_to_oklch
from sleeve.engine.direction import ArtDirection
from sleeve.engine.raster import RGB
from sleeve.engine.styles.base import Box
from sleeve.engine.styles.cover_parts.ridge_stack import (
    POINTS,
    Canvas,
    U,
    at,
    busy,
    edge,
    is_light,
    line_ink,
    loudest,
    ridge,
    rows,
    scene,
    sky,
)
from sleeve.engine.styles.cover_parts.title_words import motifs

FLAT = ("electronic", "dance")  # the plot as it was printed: no perspective


def _paint(
    c: Canvas, i: int, count: int, crest: np.ndarray, foot: np.ndarray, fill: RGB | None
) -> None:
    """One ridge of a stack in pixels: filled (the field or `fill`) so it hides those
    behind it, its crest in the line ink or the stack's hues, heavier near (flat tones
    under dark edges turned a dense stack to mud)."""
    t = i / max(count - 1, 1)
    s = c.size
    ink = line_ink(c, t)
    ridge(c.draw, crest * s, foot * s, fill or c.inks.bg, ink, c.pen * (0.9 + 0.6 * t))


# the plot's treatments (one the seed picks): never the printed plot as it was, a
# centred bone block on black (reviewers read it as a literal Joy Division copy):
# crop: the terrain close up and low, its near ridges running off both sides;
# tones: each ridge a flat palette tone, far pale to near deep, edged in the field;
# wire: unfilled lines in the palette's hues, the far ridges seen through the near
TREATMENTS = ("crop", "tones", "wire")


def treatment(direction: ArtDirection) -> str:
    """The plot's treatment for the track: its own seeded draw, so that layout_of names
    it without drawing."""
    return TREATMENTS[int(raster.rng_for(direction, "ridge-plot").integers(len(TREATMENTS)))]


def _wire_hues(c: Canvas) -> tuple[RGB, ...]:
    """The wire's colours: the stack's hues, else the palette's two strongest, lifted
    or deepened against the field (the ink alone where the palette has no colour)."""
    if c.inks.hues:
        return c.inks.hues
    pal = c.direction.palette
    vivid = [k for k in (*pal.colors, pal.accent) if rgb_to_oklch(k)[1] >= 0.05]
    if not vivid or c.direction.language.tone.endswith("mono"):
        return (c.inks.ink, c.inks.ink)
    light = 0.45 if is_light(c) else 0.75
    return tuple(
        raster.vivid(k, light, 0.15) for k in sorted(vivid, key=lambda k: -rgb_to_oklch(k)[1])[:2]
    )


def pulsar(c: Canvas) -> Box:
    """The song as the plot, in one of three treatments (TREATMENTS): 18-60 ridges,
    flat for electronic and dance music or receding in perspective like night
    terrain; the title in the calm strip."""
    rng = c.rng
    d = c.direction
    variant = treatment(d)
    flat = d.genre in FLAT and variant != "crop"
    count = int(24 + round(36 * busy(c))) if flat else int(18 + round(20 * busy(c)))
    h, kick = rows(c, count, 1.0 if flat else 1.8)
    head = (0.1 if flat else 0.15) + 0.06 * d.loudness  # how high the loudest ridge rises
    if variant == "crop":
        head *= 1.6
    if c.calm_top:
        y0, y1 = c.room + 0.03 + head, 0.94 if flat else 1.02
    else:
        y0, y1 = 0.05 + head, 0.97 - c.room
    cx = 0.5 + float(rng.uniform(-0.05, 0.05))
    half = float(rng.uniform(0.36, 0.42)) if flat else 0.6
    if variant == "crop":  # close up: the loud middle of the plot fills the width
        half = float(rng.uniform(0.3, 0.36))
        cx = 0.5 + float(rng.uniform(-0.12, 0.12))
    hues = _wire_hues(c) if variant == "wire" else ()
    for i in range(count):
        t = i / (count - 1)
        depth = t if flat else t**1.6  # perspective: far rows crowd near the horizon
        base = y0 + (y1 - y0) * depth
        x = U * 1.04 - 0.02 if variant == "crop" else cx + (U - 0.5) * 2 * half
        u = cx + (x - 0.5) * half * 2 if variant == "crop" else U
        row = np.interp(u, U, h[i]) if variant == "crop" else h[i]
        amp = head * kick[i] * (1.0 if flat else 0.45 + 0.55 * t)
        crest = np.stack([x, base - amp * row], axis=1)
        foot = np.stack([x, np.full(POINTS, min(base + 0.3, 1.05))], axis=1)
        if variant == "tones":
            tone = at(c.inks.tones, t)
            ridge(c.draw, crest * c.size, foot * c.size, tone, edge(c), c.pen * (0.7 + 0.5 * t))
        elif variant == "wire":
            ink = at(hues, t)
            ridge(c.draw, crest * c.size, foot * c.size, None, ink, c.pen * (0.8 + 0.5 * t))
        else:
            _paint(c, i, count, crest, foot, None)
    x0, x1 = (cx - half, cx + half) if flat else (0.0, 1.0)
    return (max(0.0, x0), y0 - head, min(1.0, x1), min(1.0, y1 + 0.01))


# how a city title's skyline is seen (its own seeded draw, so two city titles differ):
# ridges: the towers filled with the song's ridges, the field cut back round them;
# river: dark towers with windows lit by the song's onsets standing on a river that
# mirrors them, its ripples the song's ridges; sky: the same lit towers low under a
# sky of the song's ridges receding to the horizon
VIEWS = ("ridges", "river", "sky")


def city_view(direction: ArtDirection) -> str:
    """The skyline's view for the track: a rain title's city stands on wet water (the
    river); else the seed, leaned by the music (loud songs to the ridges)."""
    rng = raster.rng_for(direction, "ridge-city")
    # the seed's coin turned by the song (its tempo and energy), so two city songs
    # differ by their music as well as their seed
    turn = direction.tempo_bpm / 240.0 + 0.5 * direction.energy
    coin = float((rng.random() + turn) % 1.0)
    if "rain" in motifs(direction.title):
        return "river"
    lean = float(np.clip(direction.energy, 0.0, 1.0))
    weights = np.array([0.4 + 0.5 * lean, 1.1 - 0.3 * lean, 1.3])
    cum = np.cumsum(weights / weights.sum())
    return VIEWS[int(min(np.searchsorted(cum, coin), 2))]


def _towers(c: Canvas, base: float, top: float) -> list[tuple[float, float, float]]:
    """The skyline: (x0, x1, top y) per tower, left to right, their heights the song's
    loudness in order (the loud stretches are the tall towers); a seeded crop of a
    wider city (towers cut by the frame) and a seeded spread of widths."""
    rng = c.rng
    n = int(9 + round(9 * busy(c)) + rng.integers(0, 5))
    level = signals.energy(c.direction, n)
    widths = rng.uniform(0.45, 1.6, n) if rng.random() < 0.5 else rng.uniform(0.8, 1.2, n)
    edges = np.concatenate([[0.0], np.cumsum(widths)]) / widths.sum()
    zoom = float(rng.uniform(1.0, 1.45))  # a crop: the frame cuts the outer towers
    edges = 0.5 + (edges - 0.5) * zoom + float(rng.uniform(-0.08, 0.08)) * (zoom - 1.0) * 2
    out = []
    for k in range(n):
        tall = 0.25 + 0.75 * float(level[k]) * float(rng.uniform(0.8, 1.0))
        out.append((float(edges[k]), float(edges[k + 1]), base - (base - top) * tall))
    return out


def _heights(c: Canvas) -> tuple[float]:
    """How much of the frame the city takes, by the seed and the song's loudness:
    a low skyline under a big sky, or towers filling the frame."""
    return (float(np.clip(c.rng.uniform(0.45, 0.75) + 0.15 * c.direction.loudness, 0.45, 0.88)),)


def skyline(c: Canvas) -> Box:
    """A city title: a skyline whose towers rise and fall with the song's loudness, in
    one of three views (VIEWS, city_view); the title in the sky above or on the calm
    ground below; a moon for a night title, rain for a rain title."""
    view = city_view(c.direction)
    if view == "ridges":
        return _ridged_city(c)
    return _lit_city(c, view)


def _ridged_city(c: Canvas) -> Box:
    """The towers filled with the song's ridges (the field round them cut back)."""
    d = c.direction
    s = c.size
    share = max(_heights(c)[0], 0.72)  # low, the lined towers read as the plot
    if c.calm_top:
        base = 1.0
        top = base - (base - c.room - 0.08) * share
    else:
        top, base = 0.06, 0.97 - c.room
        base = top + (base - top) * max(share, 0.7)
    towers = _towers(c, base, top)
    count = int(22 + round(22 * busy(c)))
    h, kick = rows(c, count, 2.6)
    body = _body(c)
    head = 0.07 + 0.04 * d.loudness
    y0 = min(t[2] for t in towers) + head * 0.5
    for i in range(count):
        row = y0 + (base - y0) * i / (count - 1)
        x = U * 1.04 - 0.02
        crest = np.stack([x, row - head * kick[i] * h[i]], axis=1)
        foot = np.stack([x, np.full(POINTS, min(row + 0.2, base + 0.05))], axis=1)
        _paint(c, i, count, crest, foot, body)
    mask = Image.new("L", (s, s), 255)
    cut = aggdraw.Draw(mask)
    hole = aggdraw.Brush(0)
    for x0, x1, y in towers:
        cut.rectangle([x0 * s, y * s, x1 * s + 1, base * s], hole)
        if x1 - x0 > 0.07 and c.rng.random() < 0.35:  # a spire on a broad tower
            mid, w = (x0 + x1) / 2, max(0.004, 1.2 / s)
            cut.rectangle([(mid - w) * s, (y - 0.06) * s, (mid + w) * s, y * s], hole)
    cut.rectangle([0, base * s, s, s], hole)
    # a crisp roofline: each tower's outline (its inner half survives the cut)
    edge_pen = raster.pen(line_ink(c, 0.0), max(c.pen * 2.4, 1.6))
    for x0, x1, y in towers:
        c.draw.line([x0 * s, base * s, x0 * s, y * s, x1 * s, y * s, x1 * s, base * s], edge_pen)
    if "night" in motifs(d.title):  # a moon in the cut-back sky
        r, mx = float(c.rng.uniform(0.045, 0.07)), float(c.rng.uniform(0.15, 0.85))
        my = min(t[2] for t in towers) - r - 0.04
        if my - r > (c.room + 0.02 if c.calm_top else 0.02):
            box = [(mx - r) * s, (my - r) * s, (mx + r) * s, (my + r) * s]
            cut.ellipse(box, hole)
            c.draw.ellipse(box, aggdraw.Brush(line_ink(c, 1.0)))
    cut.flush()
    c.cutout.append((mask, c.inks.bg))
    return (0.0, min(t[2] for t in towers) - 0.065, 1.0, base)


def _lit_city(c: Canvas, view: str) -> Box:
    """Dark towers, setbacks and masts, their windows lit by the song's onsets (a
    loud stretch, a lit tower), on a river mirroring them in ripples made of the
    song's ridges, or low under a sky of the song's ridges."""
    d, s, rng = c.direction, c.size, c.rng
    top_c, glow, far, near = scene(c)
    light = rgb_to_oklch(glow)
    lamp = raster.tone(glow, min(light[0] + 0.18, 0.95), max(light[1], 0.1))
    share = _heights(c)[0]
    if view == "river":
        water = float(rng.uniform(0.6, 0.72)) if c.calm_top else float(rng.uniform(0.44, 0.52))
        roof = c.room + 0.06 if c.calm_top else 0.05
    else:
        water = 1.0 if c.calm_top else 0.9 - c.room
        roof = c.room + 0.08 if c.calm_top else 0.05
    top = water - (water - roof) * share
    sky(c, top_c, glow, water, loudest(c))
    if view == "sky":  # the song's ridges as bands of cloud receding to the skyline
        count = int(8 + round(8 * busy(c)))
        h, kick = rows(c, count, 3.0)
        for i in range(count):
            t = i / (count - 1)
            row = roof + 0.02 + (top - roof) * t**0.8
            crest = np.stack([U * 1.04 - 0.02, row - 0.05 * kick[i] * h[i]], 1) * s
            c.draw.line(crest.ravel().tolist(), raster.pen(at((glow, far), 1 - t), c.pen * 1.1))
    if "night" in motifs(d.title):  # a moon over the towers, clear of the title
        r, mx = float(rng.uniform(0.045, 0.08)), float(rng.uniform(0.15, 0.85))
        my = roof + r + 0.02
        c.draw.ellipse(
            [(mx - r * 1.8) * s, (my - r * 1.8) * s, (mx + r * 1.8) * s, (my + r * 1.8) * s],
            aggdraw.Brush(lamp, 45),
        )
        c.draw.ellipse(
            [(mx - r) * s, (my - r) * s, (mx + r) * s, (my + r) * s], aggdraw.Brush(lamp)
        )
    towers = _towers(c, water, top)
    hits = signals.onsets(d, len(towers))
    body, paint = aggdraw.Brush(near), aggdraw.Brush(lamp)
    pane = max(0.008, 1.6 / s)
    lit_panes: list[tuple[float, float]] = []
    for k, (x0, x1, y) in enumerate(towers):
        w = x1 - x0
        c.draw.rectangle([x0 * s, y * s, x1 * s + 1, (water + 0.002) * s], body)
        if w > 0.06 and rng.random() < 0.4:  # a setback: a narrower block on top
            step = float(rng.uniform(0.03, 0.07))
            c.draw.rectangle([(x0 + w * 0.2) * s, (y - step) * s, (x1 - w * 0.2) * s, y * s], body)
            y -= step
        if rng.random() < 0.25:  # a mast
            mid = (x0 + x1) / 2
            c.draw.rectangle(
                [(mid - pane / 3) * s, (y - 0.05) * s, (mid + pane / 3) * s, y * s], body
            )
        # windows: a grid, lit as the tower's stretch of the song hits
        share_lit = 0.08 + 0.6 * float(hits[k])
        cols = max(1, int((w - pane) / (pane * 2.2)))
        for row_y in np.arange(y + pane * 2, water - pane * 2, pane * 2.4):
            for col in range(cols):
                if rng.random() < share_lit:
                    wx = x0 + pane + col * pane * 2.2
                    c.draw.rectangle(
                        [wx * s, row_y * s, (wx + pane) * s, (row_y + pane * 1.2) * s], paint
                    )
                    lit_panes.append((wx, row_y))
    bottom = water
    if view == "river":  # the river mirrors the city, its ripples the song's ridges
        deep = blend(near, top_c, 0.3)
        ridge(
            c.draw,
            np.stack([U, np.full(POINTS, water)], 1) * s,
            np.stack([U, np.full(POINTS, 1.05)], 1) * s,
            blend(top_c, glow, 0.4),
            None,
            0,
        )
        mirror = aggdraw.Brush(deep)
        for x0, x1, y in towers:
            depth = (water - y) * 0.8
            c.draw.rectangle([x0 * s, water * s, x1 * s + 1, (water + depth) * s], mirror)
        for wx, wy in lit_panes:
            ry = water + (water - wy) * 0.8
            if ry < 1.0:
                c.draw.rectangle(
                    [wx * s, ry * s, (wx + pane) * s, (ry + pane * 2.5) * s],
                    aggdraw.Brush(lamp, 150),
                )
        count = int(14 + round(10 * busy(c)))
        h, kick = rows(c, count, 3.0)
        ripple = blend(top_c, glow, 0.55)
        end = 1.02 if c.calm_top else 0.97 - c.room
        for i in range(count):
            t = (i + 1) / count
            row = water + (end - water) * t**1.4
            crest = np.stack([U * 1.04 - 0.02, row - 0.012 * (0.3 + t) * kick[i] * h[i]], 1) * s
            c.draw.line(crest.ravel().tolist(), raster.pen(ripple, c.pen * (0.6 + 0.9 * t)))
        bottom = end
    if "rain" in motifs(d.title):  # rain: fine slanted streaks over the whole picture
        drop = raster.pen(blend(lamp, top_c, 0.35), max(c.pen * 0.5, 0.7), 150)
        slant = float(rng.uniform(0.01, 0.03))
        for _ in range(int(140 + 120 * d.energy)):
            x, y = float(rng.uniform(-0.05, 1.0)), float(rng.uniform(roof, bottom))
            ln = float(rng.uniform(0.02, 0.05))
            c.draw.line([x * s, y * s, (x + slant) * s, (y + ln) * s], drop)
    # the sky view's ridges are part of the picture: the title keeps off them too
    crown = roof if view == "sky" else min(t[2] for t in towers) - 0.06
    return (0.0, crown, 1.0, min(1.0, bottom))


def _body(c: Canvas) -> RGB:
    """The towers' face behind their lines: a step off the field (lighter at night,
    darker on paper), so the skyline reads as one solid shape at 64 px."""
    light, chroma, _ = rgb_to_oklch(c.inks.bg)
    step = 0.09 if light < 0.55 else -0.14
    return raster.tone(c.inks.bg, light + step, chroma)


def road(c: Canvas) -> Box:
    """A road title: a road runs to a vanishing point through the song's ridges, which
    lie flat across it and rise either side as banks (the loud stretches highest): dark
    asphalt with white edge lines and a regular centre dash in the accent (reviewers
    read a pale road with dashes only on onsets as muddled). The seed and the song set
    the view: the horizon's height, where the road meets it and how far it bends (a
    loud song's road swings harder)."""
    rng = c.rng
    d = c.direction
    s = c.size
    if c.calm_top:
        horizon, end = c.room + float(rng.uniform(0.05, 0.22)), 1.02
    else:
        horizon, end = float(rng.uniform(0.08, 0.22)), 0.97 - c.room
    near_x = 0.5 + float(rng.uniform(-0.14, 0.14))
    vx = near_x + float(rng.uniform(-0.22, 0.22))
    bend = float(rng.uniform(-1.0, 1.0)) * (0.08 + 0.22 * d.energy)

    def centre(t: float | np.ndarray) -> float | np.ndarray:
        """The road's middle t of the way from the horizon (0) to the near edge (1)."""
        return vx + (near_x - vx) * t + bend * 4.0 * t * (1.0 - t)

    count = int(18 + round(16 * busy(c)))
    h, kick = rows(c, count, 3.0)
    width = float(rng.uniform(0.3, 0.42))  # the road's half-width at the near edge
    head = 0.16 + 0.08 * d.loudness
    ys = []
    for i in range(count):
        t = i / (count - 1)
        y = horizon + (end - horizon) * t**1.7
        ty = (y - horizon) / (end - horizon)
        half = 0.012 + width * ty
        off = np.abs(U - centre(ty)) - half  # distance from the road's edge
        bank = np.clip(off / 0.12, 0.0, 1.0) ** 1.5
        amp = head * (0.25 + 0.75 * t) * kick[i]
        crest = np.stack([U, y - amp * h[i] * bank - 0.004 * (off > 0)], axis=1)
        foot = np.stack([U, np.full(POINTS, min(y + 0.25, 1.05))], axis=1)
        _paint(c, i, count, crest, foot, None)
        ys.append((y, half, ty))
    near = width + 0.012
    tt = np.linspace(0.0, 1.0, 40)
    mid, halves, yy = centre(tt), 0.004 + near * tt, horizon + (end - horizon) * tt
    left = np.stack([mid - halves, yy], 1)
    right = np.stack([mid + halves, yy], 1)
    light = rgb_to_oklch(c.inks.bg)[0]
    asphalt = raster.tone(c.inks.bg, 0.2 if light > 0.5 else 0.3, 0.01)  # dark on paper
    c.draw.polygon(
        (np.concatenate([left, right[::-1]]) * s).ravel().tolist(), aggdraw.Brush(asphalt)
    )
    # white edge lines and a regular centre dash make it a road at 64 px
    paint = raster.pen((236, 234, 226), max(c.pen * 1.2, 1.0))
    for side in (-1, 1):
        edge_line = np.stack([mid + side * halves * 0.93, yy], 1) * s
        c.draw.line(edge_line.ravel().tolist(), paint)
    accent = raster.vivid(d.palette.accent, 0.78, 0.16)
    for n, ((y, half, t1), (y2, _, t2)) in enumerate(zip(ys[:-1], ys[1:], strict=True)):
        if n % 2:
            dash = max(0.002, 0.035 * half)
            x1, x2 = float(centre(t1)), float(centre(t2))
            pts = [(x1 - dash) * s, y * s, (x1 + dash) * s, y * s]
            pts += [(x2 + dash * 1.4) * s, y2 * s, (x2 - dash * 1.4) * s, y2 * s]
            c.draw.polygon(pts, aggdraw.Brush(accent))
    return (0.0, horizon - head * 0.3, 1.0, min(1.0, end))


SCENES: dict[str, Callable[[Canvas], Box]] = {"pulsar": pulsar, "skyline": skyline, "road": road}
