"""The loudness horizon's coast and the measures every view shares: the song's
loudness curve at landscape scale (curve, calm, ridge), never a plot, and where the
song puts the picture (Frame). The coast is painted for the print (horizon_print) to
pull down to a few flat inks; it returns its honest focal box, keeping the title's
band ('top' or 'bottom') calm. The other views are horizon_views'.

coast: the curve upright, a coastline seen from the air: deep sea, shallows and broken
    surf on one side, beach and land on the other (only for a title naming the sea);
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PIL import Image

from sleeve.engine import raster, signals
from sleeve.engine.color import rgb_to_oklch
from sleeve.engine.direction import ArtDirection
from sleeve.engine.styles.base import Box
from sleeve.engine.styles.cover_parts import horizon_land as land
from sleeve.engine.styles.cover_parts.horizon_inks import (
    GREY_GENRES,
    Inks,
    Scene,
    deeper,
    mix,
)
from sleeve.engine.styles.cover_parts.horizon_land import XS, Canvas

CALM_TOP = 0.36  # the title's band ends here (or starts at 1 - CALM_TOP)


@dataclass(frozen=True)
class Look:
    """The coast's inks and its scene's light, as the genre family treats them."""

    inks: Inks
    scene: Scene
    treatment: str = ""  # the genre family's light (horizon_inks.treated)


@dataclass(frozen=True)
class Frame:
    """Where the song puts the picture, so two songs of one genre are not one template:
    `high` (0..1) how high the horizon or land stands in its range (a loud, dense song's
    land stands tall, a quiet one's lies low under a big sky), `scale` (0..1) the
    landmark's size (a turbulent song's ridges, headland and waves are bigger),
    `left` whether the loudest stretch (the landmark) is on the left, `pace` (0..1)
    the tempo (the rhythm of bands and ranges)."""

    high: float
    scale: float
    left: bool
    pace: float


def frame_of(d: ArtDirection, rng: np.random.Generator) -> Frame:
    """The song's frame, the seed adding a little play (a quarter) to each measure."""
    jitter = rng.random(3)
    high = 0.65 * d.energy + 0.35 * d.density
    high = float(np.clip(0.75 * (high - 0.2) / 0.6 + 0.25 * jitter[0], 0.0, 1.0))
    scale = float(np.clip(0.75 * (d.turbulence - 0.2) / 0.5 + 0.25 * jitter[1], 0.0, 1.0))
    pace = float(np.clip((d.tempo_bpm - 65.0) / 110.0, 0.0, 1.0))
    return Frame(high, scale, land.loudest(d) < 0.5 if jitter[2] < 0.8 else jitter[2] < 0.9, pace)


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
    a, b = (int(np.clip(v, 0.0, 1.0) * 1023) for v in window)
    a, b = max(a, 40), min(b, 1000)  # the fade-in and fade-out say nothing
    a = min(a, b - 8)
    k = max(least, round(smoothing * (b - a) / land.POINTS))
    line = signals.resample(signals.smooth(song, k, "reflect")[a:b], land.POINTS)
    reach = max(8, k)  # smoothed twice: no ripple at the beat
    beats = signals.smooth(signals.smooth(hits, reach, "reflect"), reach, "reflect")
    pulse = signals.resample(beats[a:b], land.POINTS)
    low, high = np.percentile(line, (8, 98))
    relief = float(high - low)
    line = np.clip((line - low) / max(relief, 0.06), 0.0, 1.0)
    beat = (pulse - pulse.min()) / max(float(np.ptp(pulse)), 0.1)  # an even beat stays even
    heights = line + max(0.0, 1.0 - relief / 0.06) * beat
    return heights / max(float(heights.max()), 1e-6)


def calm(heights: np.ndarray, k: int) -> np.ndarray:
    """`heights` smoothed again over 2k+1 of the cover's points and stretched back to
    0..1: a beat-by-beat master still gives one clean edge, not teeth."""
    out = signals.smooth(signals.smooth(heights, k, "reflect"), k, "reflect")
    return (out - out.min()) / max(float(np.ptp(out)), 1e-6)


def ridge(
    d: ArtDirection, window: tuple[float, float], smoothing: int, least: int, peak: float
) -> np.ndarray:
    """A mountain line from the song's loudness in `window`: never a flat line with a
    bump (a broad swell under the loudest stretch lifts the song's shape, the more
    the fewer of its points stand high), peaks sharpened by `peak` (1 hills .. 1.8 alps)."""
    h = calm(curve(d, window, smoothing, least), 7)
    at = float(XS[int(np.argmax(signals.smooth(h, 40, "reflect")))])
    swell = np.exp(-(((XS - at) / 0.42) ** 2))
    lift = float(np.clip(0.28 + 0.45 - (h > 0.25).mean(), 0.28, 0.62))  # one blip: more swell
    h = (1.0 - lift) * h + lift * swell
    h = (h - h.min()) / max(float(np.ptp(h)), 1e-6)
    return h**peak


def _windows(
    d: ArtDirection, rng: np.random.Generator, lo: float, hi: float
) -> tuple[float, float]:
    """A stretch of the song `lo`..`hi` long, round a seed-chosen place."""
    span = rng.uniform(lo, hi)
    start = rng.uniform(0.04, max(0.05, 0.96 - span))
    return start, start + span


def coast(d: ArtDirection, rng: np.random.Generator, c: Canvas, look: Look, band: str) -> Box:
    """The curve upright: a coastline seen from the air running the full height, deep
    water darkening away from the shore, bands of shallows lightening towards it,
    broken white surf, a strip of beach, and the land on the right."""
    inks = look.inks
    sea, ground = _sea(d, inks, look.scene)
    lit = rgb_to_oklch(sea)[0]
    deep = raster.tone(sea, max(0.12, lit - 0.14))
    shallow = raster.tone(mix(sea, (90, 225, 215), 0.35), min(0.9, lit + 0.3))
    if lit > 0.6:  # pale water deepens towards the shore's drop-off, not the frame
        deep, sea = raster.tone(sea, min(0.86, lit + 0.14)), sea
    if d.language.subgenre in GREY_GENRES:  # their sleeves are grey: so is the water
        deep, sea, shallow = (raster.tone(v, None, 0.0) for v in (deep, sea, shallow))
    f = frame_of(d, rng)
    shore = 0.78 + 0.1 * f.high
    amp = 0.26 + 0.16 * f.scale
    h = ridge(d, (0.0, 1.0), round(8 + 10 * (1.0 - d.turbulence)), 16, 1.1)
    xs = shore - amp * h
    # the title's rows are open water: the shore keeps clear of a left-set title there
    rows = XS if band == "bottom" else 1.0 - XS
    clear = np.clip((rows - (1.0 - CALM_TOP - 0.08)) / 0.12, 0.0, 1.0)
    xs = xs + clear * np.clip(0.66 - xs, 0.0, None)
    xs = signals.smooth(xs, 6, "edge")
    lut = raster.color_lut([deep, sea], [0.0, 1.0], n=c.size)
    row = Image.fromarray(np.ascontiguousarray(lut[None, :, :]), "RGB")
    c.paint(row.resize((c.size, c.size), Image.Resampling.BILINEAR))
    ys = np.r_[-0.01, XS, 1.01]
    edge = np.r_[xs[0], xs, xs[-1]]
    reach = rng.uniform(0.08, 0.12)  # the shallows' width
    for k, t in enumerate((0.3, 0.55, 0.8)):
        wobble = 0.008 * np.sin(ys * rng.uniform(8, 14) + rng.uniform(0, 6))
        off = reach * (1.0 - k / 3) + wobble
        c.poly(np.r_[edge - off, 1.01, 1.01], np.r_[ys, 1.01, -0.01], mix(sea, shallow, t))
    foam = mix((252, 252, 250), shallow, 0.15)
    for off in (0.022, 0.01):
        on = signals.smooth(rng.random(len(ys)), 6) > 0.45  # broken surf
        runs = np.flatnonzero(np.diff(np.r_[0, on.astype(int), 0]))
        for a, b in zip(runs[::2], runs[1::2], strict=True):
            if b - a > 3:
                c.line(edge[a:b] - off, ys[a:b], foam, 0.0028)
    sand = raster.tone(mix(inks.accent, (250, 238, 214), 0.7), 0.88, 0.04)
    c.poly(np.r_[edge, 1.01, 1.01], np.r_[ys, 1.01, -0.01], sand)
    beach = rng.uniform(0.014, 0.026)
    c.poly(np.r_[edge + beach, 1.01, 1.01], np.r_[ys, 1.01, -0.01], ground)
    inland = beach + 0.09 + 0.1 * signals.smooth(np.r_[h[0], h, h[-1]], 30, "reflect")
    c.poly(np.r_[edge + inland, 1.01, 1.01], np.r_[ys, 1.01, -0.01], deeper(ground))
    if look.treatment == "dusk":  # dusk over the shore, lamps lit along it, one per beat
        scene = look.scene
        veil = land.vertical(c.size, [scene.top, mix(scene.glow, scene.accent, 0.3)], [0.0, 1.0])
        c.paint(Image.blend(c.done(), veil, 0.45))
        lamp = raster.tone(mix(scene.accent, (255, 190, 110), 0.6), 0.85, 0.12)
        hits = signals.resample(signals.onsets(d, 64), len(XS))
        for i in np.flatnonzero(hits > 0.4)[::2]:
            if rows[i] < 1.0 - CALM_TOP - 0.04:  # none in the title's rows
                x, y = xs[i] + beach + rng.uniform(0.01, 0.08), float(XS[i])
                r = rng.uniform(0.005, 0.009)  # a lit window
                c.poly(
                    np.array([x - r, x + r, x + r, x - r]),
                    np.array([y - r, y - r, y + r, y + r]),
                    lamp,
                )
    return (float(xs.min()) - reach - 0.02, 0.0, 1.0, 1.0)


def _sea(d: ArtDirection, inks: Inks, scene: Scene) -> tuple[raster.RGB, raster.RGB]:
    """The sea (the palette's blue or teal where it has one; else its field where that
    has colour; else an ocean teal, or slate for the grey genres) and the land (the
    palette's strongest colour, kept well apart from the sea, else the night's dark; on
    a sunlit coast its warmest colour or a coastal green in the light)."""
    pal = d.palette
    blues = [c for c in (pal.background, *pal.colors, pal.accent) if _blue(c)]
    if blues:
        sea = blues[0]
    elif rgb_to_oklch(inks.field)[1] > 0.04:
        sea = inks.field
    else:
        sea = (70, 84, 92) if d.language.subgenre in GREY_GENRES else (28, 92, 110)
    if rgb_to_oklch(inks.field)[0] > 0.72:  # a light palette: pale water, a dark title
        sea = raster.tone(sea, 0.66)
    else:  # deep water, a light title
        sea = raster.tone(sea, float(np.clip(rgb_to_oklch(sea)[0], 0.28, 0.42)))
    ground = inks.mass if inks.mass not in blues else inks.second
    if abs(rgb_to_oklch(ground)[0] - rgb_to_oklch(sea)[0]) < 0.25 or _blue(ground):
        ground = scene.near if rgb_to_oklch(scene.near)[0] < 0.3 else raster.tone(ground, 0.2)
    grey = d.language.subgenre in GREY_GENRES
    if not scene.night and not grey:
        # a sunlit coast: the land is scrub and rock in the light (the palette's warmest
        # colour, else a coastal green), never a near-black void beside bright water
        warm = [c for c in (*pal.colors, pal.accent) if not _blue(c) and rgb_to_oklch(c)[1] > 0.06]
        own = max(warm, key=lambda c: rgb_to_oklch(c)[1]) if warm else (104, 132, 78)
        lit = 0.42 if rgb_to_oklch(sea)[0] > 0.5 else 0.58  # apart from the water
        ground = raster.tone(own, lit, min(0.09, max(0.05, rgb_to_oklch(own)[1])))
    return sea, ground


def _blue(c: raster.RGB) -> bool:
    _, chroma, hue = rgb_to_oklch(c)
    return chroma > 0.05 and 170.0 <= hue <= 275.0
