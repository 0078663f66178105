"""The loudness horizon's compositions: the song's loudness curve as one bold flat
graphic on a colour-blocked field. Each draws on a canvas of the field colour and
returns its honest focal box, keeping the title's band ('top' or 'bottom') calm.

badge: the curve wrapped round a circle, a big filled radial badge off-centre;
peak: the loudest moment as a huge silhouette rising from (or hanging off) the frame;
echo: the curve repeated 5-12 times, stacked and offset like a dub echo;
strata: the song cut into 3-5 full-bleed colour strata, 60/30/10;
ribbon: a thick mirrored ribbon of the curve crossing the frame on a diagonal;
peak-side: the loudest moment as a huge silhouette rising from the left or right edge.
"""

from __future__ import annotations

from collections.abc import Callable

import aggdraw
import numpy as np
from PIL import Image

from sleeve.engine import raster, signals
from sleeve.engine.direction import ArtDirection
from sleeve.engine.styles.base import Box
from sleeve.engine.styles.cover_parts import horizon_inks as inks_mod
from sleeve.engine.styles.cover_parts import horizon_land as land
from sleeve.engine.styles.cover_parts.horizon_inks import Inks

CALM_TOP = 0.36  # the title's band ends here (or starts at 1 - CALM_TOP)


class Canvas:
    """A cover being drawn: the image (the field colour) and a pen on it."""

    def __init__(self, size: int, colour: raster.RGB) -> None:
        self.size = size
        self.img = Image.new("RGB", (size, size), colour)
        self.draw = aggdraw.Draw(self.img)

    def fill(self, top: np.ndarray, colour: raster.RGB, bottom: np.ndarray | float = 1.02) -> None:
        """Fill between two curves over the cover's width."""
        land.fill(self.draw, self.size, land.XS, top, colour, bottom)

    def poly(self, xs: np.ndarray, ys: np.ndarray, colour: raster.RGB) -> None:
        """A filled anti-aliased polygon through the points (fractions)."""
        pts = np.stack((xs, ys), 1).ravel() * self.size
        self.draw.polygon(pts.tolist(), aggdraw.Brush(colour))

    def line(self, xs: np.ndarray, ys: np.ndarray, colour: raster.RGB, width: float) -> None:
        """A line through the points (fractions), `width` a fraction of the side."""
        pts = np.stack((xs, ys), 1).ravel() * self.size
        self.draw.line(pts.tolist(), raster.pen(colour, max(1.0, width * self.size)))

    def rect(self, box: Box, colour: raster.RGB, width: float = 0.0) -> None:
        """A box (fractions): filled, or ruled `width` wide when width > 0."""
        x0, y0, x1, y1 = (v * self.size for v in box)
        if width > 0:
            self.draw.rectangle((x0, y0, x1, y1), raster.pen(colour, max(1.0, width * self.size)))
        else:
            self.draw.rectangle((x0, y0, x1, y1), aggdraw.Brush(colour))

    def done(self) -> Image.Image:
        """The image with every pending stroke drawn."""
        self.draw.flush()
        return self.img


def curve(
    d: ArtDirection, window: tuple[float, float], smoothing: int, least: int = 12
) -> np.ndarray:
    """The song's loudness between window[0] and [1] (fractions of its length) along
    the cover, smoothed over `smoothing` points, 0 at its quiet end to 1 at its loud
    end. A compressed master whose loudness barely moves shows its beat instead (the
    onsets' envelope), never invented hills; a silent intro or one spike does not
    flatten the rest. `least`: the least smoothing (of 1024 points over the song), so
    a zoomed stretch does not show every beat as a tooth."""
    song = signals.energy(d, 1024, stretch=False)
    hits = signals.resample(signals.onsets(d, 256), 1024)
    a, b = (int(np.clip(v, 0.08, 0.94) * 1023) for v in window)  # edges: fade-in/out
    b = max(b, a + 8)
    k = max(least, round(smoothing * (b - a) / land.POINTS))  # smoothed over the whole song,
    line = signals.resample(signals.smooth(song, k, "reflect")[a:b], land.POINTS)  # so no edge lift
    reach = max(8, k)  # smoothed twice: no ripple at the beat
    beats = signals.smooth(signals.smooth(hits, reach, "reflect"), reach, "reflect")
    pulse = signals.resample(beats[a:b], land.POINTS)
    low, high = np.percentile(line, (12, 98))
    relief = float(high - low)
    line = np.clip((line - low) / max(relief, 0.08), 0.0, 1.0)
    beat = (pulse - pulse.min()) / max(float(np.ptp(pulse)), 0.1)  # an even beat stays even
    heights = line + max(0.0, 1.0 - relief / 0.08) * beat
    return heights / max(float(heights.max()), 1e-6)


def _flip(ys: np.ndarray, band: str) -> np.ndarray:
    """y drawn for a title at the top; mirrored top-to-bottom for one at the bottom."""
    return ys if band == "top" else 1.0 - ys


def _flip_box(box: Box, band: str) -> Box:
    x0, y0, x1, y1 = box
    return box if band == "top" else (x0, 1.0 - y1, x1, 1.0 - y0)


def _peak_window(d: ArtDirection, rng: np.random.Generator) -> tuple[float, float]:
    """A short stretch of the song round its loudest moment."""
    span = rng.uniform(0.14, 0.3)
    start = land.loudest(d) - span * rng.uniform(0.35, 0.65)
    start = float(np.clip(start, 0.0, 1.0 - span))
    return start, start + span


def _flip_image(c: Canvas, band: str) -> None:
    """Mirror what is drawn so far top-to-bottom when the title sits at the bottom
    (drawn for a title at the top)."""
    if band != "top":
        c.img = c.done().transpose(Image.Transpose.FLIP_TOP_BOTTOM)
        c.draw = aggdraw.Draw(c.img)


def badge(d: ArtDirection, rng: np.random.Generator, c: Canvas, inks: Inks, band: str) -> Box:
    """The whole song wrapped round a circle, clockwise from twelve o'clock: a big
    polar bar chart of 48-120 flat wedges round an empty hole, each as long as the
    song is loud there, off-centre (often cropped by the frame); the louder half in
    the mass colour, the quieter in the second, the loudest wedge in the accent."""
    reach = rng.uniform(0.36, 0.48)
    cx = float(np.clip((1 / 3, 2 / 3)[int(rng.integers(2))] + rng.uniform(-0.14, 0.14), 0.16, 0.84))
    cy = max(rng.uniform(0.64, 0.74), CALM_TOP + reach * 0.92)  # may bleed off the foot
    r0 = reach * rng.uniform(0.2, 0.32)
    n = (48, 64, 90, 120)[int(rng.integers(4))]
    heights = signals.resample(curve(d, (0.0, 1.0), 1, 3), n)  # fine detail: no petals
    heights = (heights - heights.min()) / max(float(np.ptp(heights)), 0.2)  # a flat song rings
    loudest, middle = int(np.argmax(heights)), float(np.median(heights))
    two_tone = rng.random() < 0.5
    gap = rng.uniform(0.12, 0.3)  # of a wedge's angle
    for i, h in enumerate(heights):
        a0 = -np.pi / 2 + 2 * np.pi * (i + gap / 2) / n
        a1 = -np.pi / 2 + 2 * np.pi * (i + 1 - gap / 2) / n
        r1 = r0 + (reach - r0) * (0.35 + 0.65 * h)  # a full disc, the loud parts out
        ang = np.linspace(a0, a1, 6)
        rad = np.r_[np.full(6, r0), np.full(6, r1)]
        ang = np.r_[ang, ang[::-1]]
        colour = inks.second if two_tone and h < middle else inks.mass
        c.poly(
            cx + rad * np.cos(ang), cy + rad * np.sin(ang), inks.accent if i == loudest else colour
        )
    _flip_image(c, band)
    return _flip_box((cx - reach, cy - reach, cx + reach, cy + reach), band)


def echo(d: ArtDirection, rng: np.random.Generator, c: Canvas, inks: Inks, band: str) -> Box:
    """The curve repeated 5-12 times, each copy a step lower and nearer (a dub echo),
    filling the part of the frame away from the title: bold lines in the mass colour
    over field-coloured fills, or flat strips stepping through the palette."""
    n = int(np.clip(5 + round(7 * d.density) + int(rng.integers(-1, 2)), 5, 12))
    heights = curve(d, (0.0, 1.0), round(3 + 8 * (1.0 - d.turbulence)), 20)  # no scribble
    top_y = CALM_TOP + rng.uniform(0.0, 0.04)
    foot = rng.uniform(0.9, 1.08)
    amp = rng.uniform(0.22, 0.34)
    step = (foot - top_y - amp) / max(n - 1, 1)
    lines = rng.random() < 0.55
    drift = rng.uniform(-0.045, 0.045) / (n - 1)  # the ends stay off the frame
    colours = inks_mod.ramp(inks, n)
    width = rng.uniform(0.007, 0.013)
    for i in range(n):
        base = top_y + amp + step * i
        top = base - amp * heights
        xs = land.XS * 1.1 - 0.05 + drift * i
        ys = _flip(top, band)
        bottom = _flip(np.full(land.POINTS, base + step * 1.05), band)
        polyx, polyy = np.r_[xs, xs[::-1]], np.r_[ys, bottom[::-1]]
        if lines:
            c.poly(polyx, polyy, inks.field)
            c.line(xs, ys, inks.accent if i == n - 1 else inks.mass, width)
        else:
            c.poly(polyx, polyy, colours[i])
    return _flip_box((0.0, top_y, 1.0, min(1.0, foot + step)), band)


def peak(d: ArtDirection, rng: np.random.Generator, c: Canvas, inks: Inks, band: str) -> Box:
    """The song's loudest moment, zoomed till one peak fills the frame, as a huge
    flat silhouette rising from the foot (or hanging from the head, away from the
    title), two inner contours in the field colour echoing it."""
    heights = curve(d, _peak_window(d, rng), 6, round(18 + 18 * (1.0 - d.turbulence)))
    crest = CALM_TOP + rng.uniform(0.01, 0.06)
    base = rng.uniform(1.0, 1.25)  # the foot cut by the frame
    top = base - (base - crest) * heights
    c.fill(_flip(top, band), inks.mass, _flip(np.full(land.POINTS, 1.3), band))
    inner = int(rng.integers(0, 3))
    for k in range(1, inner + 1):
        c.line(land.XS, _flip(top + 0.05 * k, band), inks.second, 0.006)
    return _flip_box((0.0, crest - 0.02, 1.0, 1.0), band)


def peak_side(d: ArtDirection, rng: np.random.Generator, c: Canvas, inks: Inks, band: str) -> Box:
    """The loudest moment as a huge silhouette rising from the left or right edge (the
    song running down the frame, away from the title), its crest reaching most of
    the way across; an accent line traces it a step out."""
    heights = curve(d, _peak_window(d, rng), 6, round(18 + 18 * (1.0 - d.turbulence)))
    heights = heights * np.clip(land.XS / 0.12, 0.0, 1.0) ** 0.5  # grows out of the edge
    reach = rng.uniform(0.62, 0.8)
    ys = CALM_TOP + (1.06 - CALM_TOP) * land.XS
    xs = reach * heights - 0.01
    right = rng.random() < 0.5
    ex = 1.0 - xs if right else xs
    edge = np.full(land.POINTS, 1.05 if right else -0.05)
    c.poly(np.r_[ex, edge], np.r_[_flip(ys, band), _flip(ys[::-1], band)], inks.mass)
    gap = rng.uniform(0.025, 0.045)
    out = 1.0 - (xs + gap) if right else xs + gap
    c.line(out, _flip(ys, band), inks.accent, 0.005)
    x1 = float(xs.max() + gap + 0.02)
    box = (1.0 - x1, CALM_TOP, 1.0, 1.0) if right else (0.0, CALM_TOP, x1, 1.0)
    return _flip_box(box, band)


def ribbon(d: ArtDirection, rng: np.random.Generator, c: Canvas, inks: Inks, band: str) -> Box:
    """The whole song as a thick mirrored ribbon crossing the frame on a diagonal and
    bleeding off both edges, its core in the second colour and its spine in the
    accent."""
    amp = rng.uniform(0.12, 0.18)
    lo = CALM_TOP + amp + 0.03
    ya, yb = rng.uniform(lo, lo + 0.06), rng.uniform(0.9, 1.08)
    if rng.random() < 0.5:
        ya, yb = yb, ya
    t = land.XS * 1.3 - 0.15
    ax, ay = t, ya + (yb - ya) * (t + 0.15) / 1.3
    length = np.hypot(1.3, yb - ya)
    nx, ny = -(yb - ya) / length, 1.3 / length  # the axis' normal
    heights = 0.3 + 0.7 * curve(d, (0.0, 1.0), round(3 + 6 * (1.0 - d.density)))
    half = amp * heights
    for share, colour in ((1.0, inks.mass), (rng.uniform(0.35, 0.55), inks.second)):
        w = half * share
        px = np.r_[ax + nx * w, (ax - nx * w)[::-1]]
        py = np.r_[ay + ny * w, (ay - ny * w)[::-1]]
        c.poly(px, _flip(py, band), colour)
    c.line(ax, _flip(ay, band), inks.accent, 0.004)
    return _flip_box((0.0, min(ya, yb) - amp - 0.02, 1.0, max(ya, yb) + amp + 0.02), band)


def strata(d: ArtDirection, rng: np.random.Generator, c: Canvas, inks: Inks, band: str) -> Box:
    """The song cut into 3-5 sections, each section's curve the edge of a flat colour
    stratum, stacked full bleed under a calm field: the mass colour the big stratum,
    then the second, a thin accent seam, the rest from the palette (60/30/10)."""
    n = 3 + round(2 * d.density)
    extra = inks_mod.ramp(inks, max(n, 2))
    colours = [inks.mass, inks.accent, inks.second, *extra][:n]
    if n >= 4:
        colours = [inks.mass, inks.second, inks.accent, *[c for c in extra if c != inks.mass]][:n]
    shares = np.array([0.42, 0.28, 0.1, 0.12, 0.08][:n])
    shares = shares / shares.sum()
    first = CALM_TOP + rng.uniform(0.16, 0.22)
    bases = first + (1.0 - first) * np.r_[0.0, np.cumsum(shares)[:-1]]
    amp0 = first - CALM_TOP - 0.01
    smoothing = 4 + int(rng.integers(8))
    for i in range(n):
        heights = curve(d, (i / n, (i + 1) / n), smoothing)
        amp = amp0 if i == 0 else (1.0 - first) * shares[i - 1] * rng.uniform(0.9, 1.6)
        top = bases[i] - amp * heights
        c.fill(_flip(top, band), colours[i], _flip(np.full(land.POINTS, 1.05), band))
    return _flip_box((0.0, CALM_TOP, 1.0, 1.0), band)


Form = Callable[[ArtDirection, np.random.Generator, Canvas, Inks, str], Box]

FORMS: dict[str, Form] = {
    "badge": badge,
    "peak": peak,
    "echo": echo,
    "strata": strata,
    "ribbon": ribbon,
    "peak-side": peak_side,
}  # calm to loud
