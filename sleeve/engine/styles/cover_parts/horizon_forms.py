"""The loudness horizon's compositions: the song's loudness curve as one bold flat
shape on a colour-blocked field. Each draws on a canvas of the field colour and
returns its honest focal box, keeping the title's band ('top' or 'bottom') calm.

silhouette: one huge solid ridge of part of the song, cropped by the frame;
mirror: the curve mirrored about a line, a symmetric waveform;
bands: one flat band per section of the song, stacked like a Swiss landscape;
line: the curve as one thin bright line across a vast flat field, low or high;
arch: the curve seen through an arched window cut into the field;
arc: the curve wrapped round a huge circle rising from (or hanging over) the frame.
"""

from __future__ import annotations

import aggdraw
import numpy as np
from PIL import Image

from sleeve.engine import raster, signals
from sleeve.engine.direction import ArtDirection
from sleeve.engine.styles.base import Box
from sleeve.engine.styles.cover_parts import horizon_inks as inks_mod
from sleeve.engine.styles.cover_parts import horizon_land as land
from sleeve.engine.styles.cover_parts.calm_zone import subject_y
from sleeve.engine.styles.cover_parts.horizon_inks import Inks


class Canvas:
    """A cover being drawn: the image (the field colour) and a pen on it."""

    def __init__(self, size: int, colour: raster.RGB) -> None:
        self.size = size
        self.img = Image.new("RGB", (size, size), colour)
        self.draw = aggdraw.Draw(self.img)

    def fill(self, top: np.ndarray, colour: raster.RGB, bottom: np.ndarray | float = 1.02) -> None:
        """Fill between two curves over the cover's width."""
        land.fill(self.draw, self.size, land.XS, top, colour, bottom)

    def line(self, xs: np.ndarray, ys: np.ndarray, colour: raster.RGB, width: float) -> None:
        """A line through the points (fractions), `width` a fraction of the side."""
        pts = np.stack((xs, ys), 1).ravel() * self.size
        self.draw.line(pts.tolist(), raster.pen(colour, max(1.0, width * self.size)))

    def done(self) -> Image.Image:
        """The image with every pending stroke drawn."""
        self.draw.flush()
        return self.img


def curve(d: ArtDirection, window: tuple[float, float], smoothing: int) -> np.ndarray:
    """The song's loudness between window[0] and [1] (fractions of its length) along
    the cover, smoothed over `smoothing` points, 0 at its quiet end to 1 at its loud
    end. A compressed master whose loudness barely moves shows its beat instead (the
    onsets' envelope), never invented hills; a silent intro or one spike does not
    flatten the rest."""
    song = signals.energy(d, 1024, stretch=False)
    hits = signals.resample(signals.onsets(d, 256), 1024)
    a, b = (int(np.clip(v, 0.08, 0.94) * 1023) for v in window)  # edges: fade-in/out
    b = max(b, a + 8)
    k = max(12, round(smoothing * (b - a) / land.POINTS))  # smoothed over the whole song,
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


def silhouette(d: ArtDirection, rng: np.random.Generator, c: Canvas, inks: Inks, band: str) -> Box:
    """A zoomed part of the song round its loudest moment as one solid ridge, its
    foot cut by the frame; the title sits on the sky or on the ridge's flat body; a
    few thin echoes of the ridge above it in the accent when the seed says so."""
    span = rng.uniform(0.3, 1.0)
    start = float(np.clip(land.loudest(d) - span * rng.uniform(0.3, 0.7), 0.0, 1.0 - span))
    heights = curve(d, (start, start + span), round(10 + 20 * (1.0 - d.turbulence)))
    if band == "top":
        peak, base = rng.uniform(0.38, 0.48), rng.uniform(0.84, 0.98)
    else:
        peak, base = rng.uniform(0.06, 0.2), rng.uniform(0.5, 0.6)
    top = base - (base - peak) * heights
    echoes = int(rng.integers(0, 4)) if band == "bottom" or peak > 0.44 else 0
    for k in range(echoes, 0, -1):
        c.line(land.XS, top - 0.028 * k, inks.accent, 0.004)
    c.fill(top, inks.mass)
    return (0.0, max(0.0, peak - 0.03 * echoes - 0.02), 1.0, 1.0 if band == "top" else base)


def mirror(d: ArtDirection, rng: np.random.Generator, c: Canvas, inks: Inks, band: str) -> Box:
    """The whole song mirrored about a line off the cover's middle: a symmetric
    waveform, full bleed or inset with tapered ends, with an inner core in the second
    colour and the centre line in the accent."""
    y0 = subject_y(band, rng.uniform(0.08, 0.14))
    amp = rng.uniform(0.15, 0.23)
    heights = 0.12 + 0.88 * curve(d, (0.0, 1.0), round(2 + 6 * (1.0 - d.density)))
    if rng.random() < 0.5:  # inset: the waveform ends inside the frame
        inset = rng.uniform(0.08, 0.16)
        heights *= np.clip(np.minimum(land.XS - inset, 1.0 - inset - land.XS) / 0.04, 0.0, 1.0)
    c.fill(y0 - amp * heights, inks.mass, y0 + amp * heights)
    core = rng.uniform(0.3, 0.55)
    c.fill(y0 - amp * core * heights, inks.second, y0 + amp * core * heights)
    c.line(np.array([-0.01, 1.01]), np.array([y0, y0]), inks.accent, 0.004)
    return (0.0, y0 - amp, 1.0, y0 + amp)


def bands(d: ArtDirection, rng: np.random.Generator, c: Canvas, inks: Inks, band: str) -> Box:
    """Three to five flat bands stacked under an empty sky, each the curve of one
    section of the song, light and dark colours alternating (flat stripes, not a
    range fading into haze)."""
    n = 3 + round(2 * d.density)
    ramp = inks_mod.ramp(inks, n)
    colours = [ramp[i // 2] if i % 2 == 0 else ramp[n - 1 - i // 2] for i in range(n)]
    first, last = (0.42, 0.8) if band == "top" else (0.1, 0.56)
    first += rng.uniform(-0.02, 0.04)
    amp = (last - first) / n * rng.uniform(1.0, 1.8)
    smoothing = 8 + int(rng.integers(12))  # broad swells, flat colour: no hazy crags
    peak = 1.0
    for i in range(n):
        base = first + (last - first) * (i + 1) / n
        heights = curve(d, (i / n, (i + 1) / n), smoothing)
        top = base - amp * heights
        peak = min(peak, float(top.min()))
        c.fill(top, colours[i])
    return (0.0, max(0.0, peak), 1.0, 1.0 if band == "top" else last + 0.04)


def line(d: ArtDirection, rng: np.random.Generator, c: Canvas, inks: Inks, band: str) -> Box:
    """The whole song as one bold line in the palette's boldest colour across a vast
    field, low under the title or high over it, the ground below in the palette's
    second tone (a thin line over a ground a shade off the sky read as a placeholder
    at 64 px)."""
    y = rng.uniform(0.66, 0.8) if band == "top" else rng.uniform(0.2, 0.32)
    amp = rng.uniform(0.06, 0.14)
    ys = y - amp * curve(d, (0.0, 1.0), round(2 + 5 * (1.0 - d.turbulence)))
    c.fill(ys, inks.second)
    c.line(land.XS, ys, inks.mass, rng.uniform(0.018, 0.028))
    return (0.0, max(0.0, y - amp - 0.03), 1.0, y + 0.03)


def _arch_mask(size: int, cx: float, half: float, y0: float, y1: float) -> Image.Image:
    """An anti-aliased arched window: a round top of radius `half` from y0, straight
    sides down to y1 (fractions of the side)."""
    px = (np.arange(size, dtype=np.float32) + 0.5) / size
    x, y = px[None, :], px[:, None]
    yc = y0 + half
    round_top = np.hypot(x - cx, np.minimum(y - yc, 0.0)) - half
    dist = np.maximum(round_top, np.maximum(y - y1, y0 - y)) * size
    return Image.fromarray((np.clip(0.5 - dist, 0.0, 1.0) * 255).astype(np.uint8), "L")


def arch(d: ArtDirection, rng: np.random.Generator, c: Canvas, inks: Inks, band: str) -> Box:
    """An arched window in a wall of the field colour, the song's curve standing in
    it as a solid ridge against a sky of the second colour."""
    half = rng.uniform(0.17, 0.25)
    cx = (0.5, 1 / 3 + 0.04, 2 / 3 - 0.04)[int(rng.integers(3))]
    y0, y1 = (
        (rng.uniform(0.38, 0.42), rng.uniform(0.88, 1.02))
        if band == "top"
        else (
            rng.uniform(0.04, 0.1),
            rng.uniform(0.58, 0.62),
        )
    )
    inside = Canvas(c.size, inks.second)
    xs = cx - half + 2 * half * land.XS
    heights = curve(d, (rng.uniform(0.0, 0.4), rng.uniform(0.6, 1.0)), 16)
    ridge = y1 - (y1 - y0) * rng.uniform(0.3, 0.55) * (0.2 + 0.8 * heights)
    land.fill(inside.draw, c.size, xs, ridge, inks.mass)
    c.img = Image.composite(inside.done(), c.done(), _arch_mask(c.size, cx, half, y0, y1))
    c.draw = aggdraw.Draw(c.img)
    return (cx - half - 0.02, y0 - 0.02, cx + half + 0.02, min(1.0, y1 + 0.02))


def arc(d: ArtDirection, rng: np.random.Generator, c: Canvas, inks: Inks, band: str) -> Box:
    """The song wrapped round a huge circle whose rim crosses the frame: a planet's
    edge rising under the title, or hanging over it, its ridges the loudness."""
    radius = rng.uniform(0.6, 1.1)
    cx = rng.uniform(0.3, 0.7)
    rim = rng.uniform(0.5, 0.62) if band == "top" else rng.uniform(0.36, 0.48)
    up = band == "top"  # the circle's centre below the frame; else above it
    cy = rim + radius if up else rim - radius
    left, right = max(-0.05, cx - radius), min(1.05, cx + radius)
    xs = np.linspace(left, right, land.POINTS)
    dy = np.sqrt(np.clip(radius**2 - (xs - cx) ** 2, 0.0, None))
    ys = cy - dy if up else cy + dy
    amp = rng.uniform(0.06, 0.13)
    heights = curve(d, (0.0, 1.0), round(6 + 10 * (1.0 - d.turbulence)))
    scale = (radius + amp * heights) / radius
    px, py = cx + (xs - cx) * scale, cy + (ys - cy) * scale
    far = 1.5 if up else -0.5
    ring = np.concatenate((np.stack((px, py), 1), [[px[-1], far], [px[0], far]])) * c.size
    c.draw.polygon(ring.ravel().tolist(), aggdraw.Brush(inks.mass))
    c.line(xs, ys + (0.03 if up else -0.03), inks.accent, 0.004)
    return (0.0, rim - amp - 0.02, 1.0, 1.0) if up else (0.0, 0.0, 1.0, rim + amp + 0.02)


FORMS = {
    "line": line,
    "arch": arch,
    "silhouette": silhouette,
    "arc": arc,
    "bands": bands,
    "mirror": mirror,
}  # calm to loud
