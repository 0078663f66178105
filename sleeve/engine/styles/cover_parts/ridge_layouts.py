"""Ridgeline compositions: where and how the song's ridges sit on the cover. Each draws
onto the field and returns its focal box (the title keeps out of it): the hills, the
door and the summit here, the pulsar plot, the skyline and the road in ridge_scenes,
the swell in ridge_sea.

hills: the song cut into 4-6 ranges receding under a sky that glows where the song is
loudest, lit far and deep near in the palette's own hues (black silhouettes at night),
craggy for loud hard genres and rounded for calm ones, with pines (dark, folk, ambient)
or a row of towers (drill, dnb, hip-hop, techno) by genre, and a subject (reviewers
read Charnel Psalm's empty hills as one of the five worst covers): a lone tower or
tree dark against the glow, under a moon (a lightning bolt on loud songs, a thin line
from under the title, read to two art directors as a stray line artefact); door:
ranges inside a tall arch cut in a solid field, in the wall's own hue where the wall
is coloured; summit: one huge ridge cropped by the frame as a mountain face, lit and
shadowed, engraved with one stratum per ridge of the song (on still water where the
title sits below).
(The radial rings, ridges round a centre seen from above, read as tree rings on a
highway and unrelated to any song: retired.)
(Four art directors read the stream, the spectrum's bands as one river swelling where
the song is loud, as a loaf, a leaf or food: retired.)
(Two art directors at 5/10 read the floor, rows of wire ridges receding to a high
horizon, as a seismograph, a line chart and a Joy-Division pastiche: retired.)
(An art director's review of 148 covers retired the night, a sky of faint ridges over
one bright crest, read as a data chart, and the ribbon, a band of ridges folding in
space, read as a 3D plot. Earlier a Joy-Division stack in a circle, thin full-bleed
lines, a curtain of upright lines and a macro crop of stacked ridges were cut:
reviewers read a knock-off, a seismograph, and the hills again. Before them a small
planet, a thin band, a centred peak, a narrow column and a tilted stack: a small figure
in empty black.)
"""

from __future__ import annotations

from collections.abc import Callable

import aggdraw
import numpy as np
from PIL import Image

from sleeve.engine import compose, raster, signals
from sleeve.engine.color import rgb_to_oklch
from sleeve.engine.direction import ArtDirection
from sleeve.engine.raster import RGB
from sleeve.engine.styles.base import Box
from sleeve.engine.styles.cover_parts.ridge_scenes import SCENES
from sleeve.engine.styles.cover_parts.ridge_sea import swell
from sleeve.engine.styles.cover_parts.ridge_stack import (
    POINTS,
    Canvas,
    U,
    at,
    busy,
    heights,
    hill_curves,
    is_angry,
    is_light,
    ridge,
    scene,
    sky,
)

# how jagged a genre's ranges are (added to the song's energy): rounded downs for
# ambient and classical, crags for metal and punk
JAG = {
    "metal": 0.4,
    "punk": 0.3,
    "rock": 0.15,
    "hiphop": 0.1,
    "electronic": 0.05,
    "ambient": -0.3,
    "classical": -0.25,
    "lofi": -0.2,
    "folk": -0.1,
    "children": -0.3,
}
# what stands on the nearest range: pines for the dark, the folk and the ambient
# languages; a row of towers for the city genres (drill, dnb, hip-hop, techno)
PINES = {
    "black_metal",
    "doom_metal",
    "dark_ambient",
    "folk",
    "celtic",
    "post_rock",
    "ambient",
    "death_metal",
    "country",
}
TOWERS = {"drill", "dnb", "bass", "hiphop", "trap", "techno", "industrial", "grunge"}


def jag(c: Canvas) -> float:
    """0 rounded downs .. 1 crags: the song's energy and loudness, leaned by genre."""
    d = c.direction
    base = 0.1 + 0.55 * d.energy + 0.2 * d.loudness
    return float(np.clip(base + JAG.get(d.genre, 0.0), 0.0, 1.0))


def _profile(rng: np.random.Generator, h: np.ndarray, rough: float) -> np.ndarray:
    """A range's skyline from its hill line: rounded (smoothed) or, as rough rises,
    straight slopes between the song's sampled heights (crags with sharp peaks)."""
    soft = signals.smooth(h, 8)
    step = int(rng.integers(9, 15))
    knots = np.arange(0, POINTS + step, step)
    knots = np.clip(knots + rng.integers(-2, 3, len(knots)), 0, POINTS - 1)
    knots[0], knots[-1] = 0, POINTS - 1
    knots = np.unique(knots)
    peaks = h[knots] + rng.normal(0.0, 0.18, len(knots)) * rough
    craggy = np.interp(np.arange(POINTS), knots, peaks)
    craggy += signals.smooth(rng.normal(0.0, 1.0, POINTS), 1) * 0.03 * rough
    out = (1 - rough) * soft + rough * craggy
    return (out - out.min()) / max(float(np.ptp(out)), 1e-6)


def hills(c: Canvas) -> Box:
    """The song in 4-6 ranges receding into the palette's own light: a sky glowing at
    the horizon where the song is loudest, far ranges lit, near ones deep; crags for
    loud, hard genres and rounded downs for calm ones, pines or towers on the nearest
    range by genre; the sky calm above them for the title."""
    rng = c.rng
    count = int(4 + round(2 * busy(c)))
    h = hill_curves(c.direction, rng, count)
    rough = jag(c)
    loud = 0.7 + 0.5 * c.direction.loudness
    if c.calm_top:  # under a calm sky
        first = max(float(rng.uniform(0.46, 0.52)), c.room + 0.21 * loud)
        last = float(rng.uniform(0.82, 0.88))
    else:  # high, the nearest hill's flat body a calm ground below
        first = float(rng.uniform(0.28, 0.32))
        last = 0.97 - c.room
    top_c, glow, far, near = scene(c)
    x = U * 1.04 - 0.02
    crests = []
    for i in range(count):
        t = i / (count - 1)
        base = first + (last - first) * t
        amp = (0.2 - 0.06 * t) * loud * (1.0 + 0.35 * rough * (1 - t))
        if c.calm_top:  # a loud crag never climbs into the title's calm sky
            amp = min(amp, base - c.room - 0.02)
        line = _profile(rng, h[i], rough * (1.0 - 0.5 * t))
        crests.append(np.stack([x, base - amp * line], axis=1))
    # the glow sits low behind the farthest range (its valleys), fading up the sky
    # the sky glows behind the lone figure, which stands dark against it
    stand = _stand(c, crests)  # where the lone figure stands on the nearest crest
    sky(c, top_c, glow, float(crests[0][:, 1].max()) + 0.02, stand[0])
    _moon(c, rng, stand[0], c.room + 0.03 if c.calm_top else 0.04, _lit(glow))
    foot = np.stack([x, np.full(POINTS, 1.05)], axis=1)
    city = c.direction.language.subgenre in TOWERS
    for i, crest in enumerate(crests):
        tone = at((far, near), (i / (count - 1)) ** 0.8)
        ridge(c.draw, crest * c.size, foot * c.size, tone, None, 0)
        if city and i == 1:  # towers on a far range, against the glow
            _towers(c, rng, crest, tone, glow)
    if not city:
        _pines(c, rng, crests[-1], near)
    box = _subject(c, stand, near, glow)
    top = min(float(cr[:, 1].min()) for cr in crests + [np.array([[0.0, box]])])
    return (0.0, max(0.0, top - 0.01), 1.0, 1.0 if c.calm_top else last + 0.02)


def _subject(c: Canvas, stand: tuple[float, float], near: RGB, glow: RGB) -> float:
    """The hills' subject: a lone tower or tree standing dark against the glow where
    `stand` is on the nearest crest (the moon is drawn with the sky); returns the
    highest point it reaches (a side fraction)."""
    rng = c.rng
    s = c.size
    fx, fy = stand
    roof = c.room + 0.03 if c.calm_top else 0.04
    tall = float(np.clip(fy - roof - 0.04, 0.12, 0.32))
    ink = near
    lit = _lit(glow)
    if carries_tower(c.direction):
        w = tall * 0.2
        body = [
            fx - w,
            fy + 0.02,
            fx - w * 0.8,
            fy - tall,
            fx + w * 0.8,
            fy - tall,
            fx + w,
            fy + 0.02,
        ]
        c.draw.polygon([v * s for v in body], aggdraw.Brush(ink))
        cap = tall * 0.12  # a crenellated top, one merlon each corner and the middle
        for m in (-0.8, -0.12, 0.56):
            x0 = fx + m * w
            c.draw.rectangle(
                [x0 * s, (fy - tall - cap) * s, (x0 + w * 0.24) * s, (fy - tall) * s],
                aggdraw.Brush(ink),
            )
        win = max(tall * 0.05, 1.2 / s)
        wy = fy - tall * 0.72
        c.draw.rectangle(
            [(fx - win * 0.6) * s, wy * s, (fx + win * 0.6) * s, (wy + win * 1.8) * s],
            aggdraw.Brush(lit),
        )
        return fy - tall - cap
    # a lone tree: a big pine for the pine genres, else a trunk forking into bare branches
    if {c.direction.genre, c.direction.language.subgenre} & PINES:
        brush = aggdraw.Brush(ink)
        for n in range(5):
            t0 = n / 5
            y0 = fy - tall * (0.15 + 0.8 * t0)
            w = tall * 0.3 * (1 - 0.7 * t0)
            c.draw.polygon(
                [
                    v * s
                    for v in (
                        fx - w,
                        y0 + tall * 0.16,
                        fx,
                        y0 - tall * 0.2,
                        fx + w,
                        y0 + tall * 0.16,
                    )
                ],
                brush,
            )
        c.draw.rectangle(
            [
                (fx - tall * 0.03) * s,
                (fy - tall * 0.15) * s,
                (fx + tall * 0.03) * s,
                (fy + 0.02) * s,
            ],
            brush,
        )
        return fy - tall * 1.0
    _branch(c, rng, fx, fy + 0.02, -np.pi / 2, tall * 0.45, max(tall * 0.07 * s, 1.5), ink, 0)
    return fy - tall


def _lit(glow: RGB) -> RGB:
    """The moon's light: the glow lifted nearly to white."""
    light, chroma, _ = rgb_to_oklch(glow)
    return raster.tone(glow, min(light + 0.2, 0.97), chroma * 0.6)


def carries_tower(direction: ArtDirection) -> bool:
    """Whether the hills' subject is a crenellated tower: metal's and the angry genres'
    (on the city ranges of drill or techno it read as a fantasy castle on a drill
    track); the rest get the bare tree."""
    genre = {direction.genre, direction.language.subgenre}
    return is_angry(direction) and not genre & TOWERS


def _stand(c: Canvas, crests: list[np.ndarray]) -> tuple[float, float]:
    """Where the figure stands: the highest middle point of the nearest crest, away
    from where the loudest onset falls (side fractions)."""
    xs, ys = crests[-1][:, 0], crests[-1][:, 1]
    hit = signals.onsets(c.direction, 64)
    strike = 0.12 + 0.76 * float(np.argmax(hit)) / 63.0
    pick = np.where((xs > 0.18) & (xs < 0.82))[0]
    away = np.abs(xs[pick] - strike) > 0.18
    if away.any():
        pick = pick[away]
    k = int(pick[np.argmin(ys[pick])])
    return float(xs[k]), float(ys[k]) + 0.01


def _branch(
    c: Canvas,
    rng: np.random.Generator,
    x: float,
    y: float,
    angle: float,
    length: float,
    width: float,
    ink: RGB,
    depth: int,
) -> None:
    """A bare tree's limb and the two it forks into, thinning out (six forks deep)."""
    s = c.size
    x2, y2 = x + np.cos(angle) * length, y + np.sin(angle) * length
    c.draw.line([x * s, y * s, x2 * s, y2 * s], raster.pen(ink, width))
    if depth >= 6 or width < 0.6:
        return
    for side in (-1, 1):
        turn = side * float(rng.uniform(0.3, 0.6)) + float(rng.normal(0.0, 0.08))
        _branch(
            c,
            rng,
            x2,
            y2,
            angle + turn,
            length * float(rng.uniform(0.66, 0.8)),
            width * 0.66,
            ink,
            depth + 1,
        )


def _moon(c: Canvas, rng: np.random.Generator, fx: float, roof: float, lit: RGB) -> None:
    """A full moon low in the sky, beside the figure and clear of the title, haloed."""
    s = c.size
    r = float(rng.uniform(0.055, 0.075))
    side = 1.0 if fx < 0.5 else -1.0
    mx = float(np.clip(fx + side * float(rng.uniform(0.2, 0.3)), 0.12, 0.88))
    my = roof + r + 0.02
    for k, alpha in ((2.2, 40), (1.5, 70)):
        c.draw.ellipse(
            [(mx - r * k) * s, (my - r * k) * s, (mx + r * k) * s, (my + r * k) * s],
            aggdraw.Brush(lit, alpha),
        )
    c.draw.ellipse([(mx - r) * s, (my - r) * s, (mx + r) * s, (my + r) * s], aggdraw.Brush(lit))


def _pines(c: Canvas, rng: np.random.Generator, crest: np.ndarray, ink: RGB) -> None:
    """Pines along the nearest range for the dark, folk and ambient languages."""
    if c.direction.language.subgenre not in PINES:
        return
    s = c.size
    brush = aggdraw.Brush(ink)
    x = float(rng.uniform(0.0, 0.05))
    while x < 1.0:
        y = float(np.interp(x, crest[:, 0], crest[:, 1]))
        tall = float(rng.uniform(0.05, 0.11))
        w = tall * 0.26
        c.draw.polygon([v * s for v in (x - w, y + 0.01, x, y - tall, x + w, y + 0.01)], brush)
        x += float(rng.uniform(0.015, 0.05)) if rng.random() < 0.85 else 0.14


def _towers(c: Canvas, rng: np.random.Generator, crest: np.ndarray, ink: RGB, lit: RGB) -> None:
    """A row of towers on a far range for the city genres, a few windows lit in the
    glow."""
    s = c.size
    brush, window = aggdraw.Brush(ink), aggdraw.Brush(lit)
    x = float(rng.uniform(0.08, 0.35))
    end = x + float(rng.uniform(0.35, 0.55))
    pane = max(0.006, 1.5 / s)
    while x < end:
        w = float(rng.uniform(0.03, 0.06))
        y = float(np.interp(x + w / 2, crest[:, 0], crest[:, 1]))
        tall = float(rng.uniform(0.08, 0.24))
        c.draw.rectangle([x * s, (y - tall) * s, (x + w) * s, (y + 0.05) * s], brush)
        for _ in range(int(rng.integers(1, 5))):
            wx = x + float(rng.uniform(0.2, 0.7)) * w
            wy = y - tall * float(rng.uniform(0.15, 0.9))
            c.draw.rectangle([wx * s, wy * s, (wx + pane) * s, (wy + pane) * s], window)
        x += w + float(rng.uniform(0.0, 0.012))


def summit(c: Canvas) -> Box:
    """One huge ridge, the song's loudest stretch as a mountain face cropped by the
    frame: a lit flank and a gully of shadow carved down from each peak, the sky calm
    above it for the title (or the face cut by still water, the title below)."""
    rng = c.rng
    s = c.size
    h = _massif(c, rng, heights(c.direction, rng, 3, spread=1.5).max(axis=0), 0.7)
    if c.calm_top:
        top, foot = c.room + 0.03, 1.05
    else:
        top, foot = float(rng.uniform(0.04, 0.08)), 0.955 - c.room
    span = (foot - top) * float(rng.uniform(0.55, 0.7)) if not c.calm_top else 0.5
    zoom = float(rng.uniform(1.5, 1.9))
    x = 0.5 + (U - 0.5) * zoom + float(rng.uniform(-0.08, 0.08))
    y = top + span * (1.0 - h)
    # one hue sculpted in two lights: the shadow is the lit tone darkened (a darker
    # palette tone can be a lifted yellow, lighter than the face it shades)
    lit = _summitlight(c, y, float(rng.uniform(0.1, 0.9)))
    dark = shade(lit)
    body = np.stack([x, y], axis=1)
    base = np.stack([x, np.full(POINTS, foot)], axis=1)
    ridge(c.draw, body * s, base * s, lit, None, 0)
    _strata(c, x, y, foot, dark)
    # each peak's shadowed flank: from the peak down its right slope to the valley,
    # then down the gully to the foot and back up the spur under the peak
    peaks = [
        i
        for i in range(4, POINTS - 4)
        if h[i] >= h[i - 4 : i + 5].max() and h[i] > 0.2 and 0.0 < x[i] < 1.0
    ]
    for n, p in enumerate(peaks[:6]):
        stop = peaks[n + 1] if n + 1 < len(peaks) else POINTS - 1
        v = p + int(np.argmin(h[p : stop + 1]))
        if v - p < 3 or x[v] - x[p] < 0.08:  # a narrow facet reads as a sliver
            continue
        # a facet: the spur runs down from the peak, the gully from the valley meets it
        depth = y[p] + (foot - y[p]) * float(rng.uniform(0.55, 0.95))
        drift = float(rng.uniform(0.0, 0.5)) * (x[v] - x[p])
        steps = np.linspace(0.0, 1.0, 16)
        wob = _wobble(rng, 16) * 0.01 * (1 - steps) * steps * 4
        spur = np.stack([x[p] + drift * steps + wob, y[p] + (depth - y[p]) * steps], 1)
        meet = spur[-1]
        gully = np.stack([x[v] + (meet[0] - x[v]) * steps, y[v] + (meet[1] - y[v]) * steps], 1)
        poly = np.concatenate([body[p : v + 1], gully[1:], spur[::-1][1:]])
        c.draw.polygon((poly * s).ravel().tolist(), aggdraw.Brush(dark))
    if not c.calm_top:  # the face stands in still water: a few ripples of its shadow
        cx = float(x[int(np.argmax(h))])
        for k, (w, gap) in enumerate(((0.78, 0.012), (0.5, 0.026), (0.26, 0.04))):
            left, right, level = max(0.0, cx - w / 2), min(1.0, cx + w / 2), foot + gap
            pts = [left * s, level * s, right * s, level * s]
            c.draw.line(pts, raster.pen(dark, c.pen * (1.4 - 0.3 * k)))
    crest = float(y.min())
    bottom = 1.0 if c.calm_top else foot + 0.045
    return (0.0, max(0.0, crest - 0.01), 1.0, bottom)


def _summitlight(c: Canvas, y: np.ndarray, gx: float) -> RGB:
    """The face's lit tone, of one hue family with its sky: on a vivid field (gold,
    orange, a primary) the face is that field's own hue, deeper (or lighter at night);
    a saturated face on paper or night gets a sky hazed towards its own hue at the
    crest and is softened (a flat saturated mountain on a contrasting field read as
    clip-art on the vivid palettes)."""
    lit = at(c.inks.tones, 0.6 if is_light(c) else 0.95)
    light, chroma, _ = rgb_to_oklch(c.inks.bg)
    if chroma >= raster.VIVID_FIELD:
        return raster.tone(c.inks.bg, light - 0.24 if light > 0.5 else light + 0.26, chroma)
    l_lit, c_lit, _ = rgb_to_oklch(lit)
    if c_lit < 0.07:
        return lit
    lit = raster.tone(lit, l_lit, min(c_lit, 0.11))
    haze = raster.tone(lit, 0.88 if is_light(c) else 0.3, 0.05 if is_light(c) else 0.07)
    sky(c, c.inks.bg, haze, float(y.max()), gx)
    return lit


def _strata(c: Canvas, x: np.ndarray, y: np.ndarray, foot: float, ink: RGB) -> None:
    """The face engraved with the song: one stratum per ridge of the stack (its own
    spectrum slice bending it), crowded under the crest and opening out towards the
    foot, where the loud stretches cut deeper; denser for busy, fast songs."""
    count = int(9 + round(9 * busy(c)))
    h = heights(c.direction, c.rng, count, spread=2.2)
    h /= max(float(h.max()), 1e-6)
    amp = 0.02 + 0.03 * c.direction.loudness
    for i in range(count):
        t = (i + 1) / (count + 1)
        line = y + (foot - y) * t**1.35 - amp * (0.4 + t) * h[i]
        line = np.maximum(line, y + 0.006)
        pts = np.stack([x, line], axis=1) * c.size
        c.draw.line(pts.ravel().tolist(), raster.pen(ink, c.pen * (0.55 + 0.6 * t)))


def shade(lit: RGB) -> RGB:
    """The shadowed side of a face in `lit`: darker in its own hue, but a gold, orange
    or yellow face turns towards red (darkened it would read as brown or olive)."""
    light, chroma, hue = rgb_to_oklch(lit)
    if 42 <= hue <= 125 and chroma > 0.04:
        return raster.tone(lit, max(0.58, light - 0.14), max(chroma, 0.12), 42 - hue + 8)
    return raster.tone(lit, max(0.12, light - 0.2), chroma * 0.9)


def _massif(c: Canvas, rng: np.random.Generator, h: np.ndarray, detail: float) -> np.ndarray:
    """A ridge as one mountain, 0..1: a broad swell off centre carries the song's own
    ridge (detail: its share), smoothed, so one summit leads (a row of equal spikes
    reads as a bar chart)."""
    h = np.convolve(np.pad(h / max(float(h.max()), 1e-6), 4, mode="edge"), np.ones(9) / 9, "valid")
    centre = float(rng.uniform(0.32, 0.68))
    bell = np.exp(-(((U - centre) / float(rng.uniform(0.28, 0.4))) ** 2))
    out = bell * (1.0 - detail + detail * h)
    return (out - out.min()) / max(float(np.ptp(out)), 1e-6)


def _wobble(rng: np.random.Generator, n: int) -> np.ndarray:
    """A smooth wobble of n points in about -1..1."""
    noise = np.cumsum(rng.normal(0.0, 1.0, n))
    noise -= np.linspace(noise[0], noise[-1], n)
    return noise / max(float(np.abs(noise).max()), 1e-6)


def door(c: Canvas) -> Box:
    """A tall arch (a door) cut in a solid field, the song's ranges receding into haze
    inside it: standing on the bottom edge, the title above it, or on a calm floor of
    the field, the title below."""
    rng = c.rng
    s = c.size
    cx = 0.5 + float(rng.uniform(-0.08, 0.08))
    half = float(rng.uniform(0.25, 0.29))
    if c.calm_top:
        y0, y1 = c.room + float(rng.uniform(0.02, 0.04)), 1.0
    else:
        y0, y1 = float(rng.uniform(0.05, 0.08)), 0.98 - c.room
    x0, x1 = cx - half, cx + half
    w = x1 - x0
    count = int(4 + round(2 * busy(c)))
    h = hill_curves(c.direction, rng, count)
    tones = _door_tones(c)
    first = y0 + w * 0.5 + (y1 - y0 - w * 0.5) * 0.25
    last = y1 - 0.1 * (y1 - y0)
    x = x0 - 0.02 + (w + 0.04) * U
    loud = 0.7 + 0.5 * c.direction.loudness
    for i in range(count):
        t = i / (count - 1)
        base = first + (last - first) * t
        amp = (0.3 - 0.1 * t) * loud * (y1 - y0) * 0.5
        crest = np.stack([x, base - amp * h[i]], axis=1)
        foot = np.stack([x, np.full(POINTS, y1 + 0.05)], axis=1)
        tone = at(tones, t if is_light(c) else 1.0 - t)
        ridge(c.draw, crest * s, foot * s, tone, c.inks.bg if c.filled else None, c.pen * 0.8)
    mask = Image.new("L", (s, s), 255)
    d = aggdraw.Draw(mask)
    hole = aggdraw.Brush(0)
    d.ellipse([x0 * s, y0 * s, x1 * s, (y0 + w) * s], hole)
    d.rectangle([x0 * s, (y0 + w / 2) * s, x1 * s, y1 * s], hole)
    d.flush()
    c.cutout.append((mask, c.inks.panel))
    return compose.clip_box((x0, y0, x1, y1))


def _door_tones(c: Canvas) -> tuple[RGB, ...]:
    """The ranges seen through the door: grey ranges in a coloured wall read as a
    photo pasted into a frame, so they take the wall's own hue (lighter and softer
    far off, at the grey ramp's lightness); coloured tones and grey walls stay."""
    wall = rgb_to_oklch(c.inks.panel)
    if wall[1] < 0.05 or any(rgb_to_oklch(t)[1] >= 0.05 for t in c.inks.tones):
        return c.inks.tones
    chroma = min(wall[1], 0.14)
    out = []
    for i, grey in enumerate(c.inks.tones):
        t = i / max(len(c.inks.tones) - 1, 1)
        light = rgb_to_oklch(grey)[0]
        out.append(raster.tone(c.inks.panel, light, chroma * (0.45 + 0.55 * t)))
    return tuple(out)


# calm to loud (a swell, a door, the plot, ranges, a summit); the music leans the pick and the
# genre and title gate it (ridgeline._pick); the skyline and the road only for a title
# that names a city or a road
LAYOUTS: dict[str, Callable[[Canvas], Box]] = {
    "door": door,
    "swell": swell,
    "pulsar": SCENES["pulsar"],
    "hills": hills,
    "summit": summit,
    "skyline": SCENES["skyline"],
    "road": SCENES["road"],
}
