"""The loudness horizon's compositions: the song's loudness curve at landscape scale
(a snowfield, a city or hills at night, a coast from the air, a mountain range), never
a plot, painted for the print (horizon_print) to pull down to a few flat inks, each
round one focal light. Each draws on a canvas and returns its honest focal box, keeping
the title's band ('top' or 'bottom') calm; the song's Frame moves where the horizon
sits, the landmark's scale and side. Four compositions, calm to loud (the dunes, the
poster cut, the butte, the linocut, the fields, the lake and the storm retired: shark
fins, a line plot, a band in a void, a textile swatch, pastel stock, stripes through
the title and a black blob, crude grey bands):

snowfield: broad swells of snow, blue shadow under each crest, the far snow blue-grey
    under a winter dawn or a moonlit night, a low sun or moon on the far snow, one
    grove of bare spruces along a middle crest where the song is loud;
night: the song's onsets as stars over a city's towers with lit windows against the
    city's glow (urban genres, a title naming a city) or over two thin ranges of hills
    under a big moon;
coast: the curve upright, a coastline seen from the air: deep sea, shallows and broken
    surf on one side, beach and land on the other;
ranges: three to five ridges of the same curve at several scales receding into a huge
    low sun or full moon off-centre, its lower half behind them, mist in every valley;
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from PIL import Image

from sleeve.engine import raster, signals
from sleeve.engine.color import rgb_to_oklch
from sleeve.engine.direction import ArtDirection
from sleeve.engine.raster import RGB
from sleeve.engine.styles.base import Box
from sleeve.engine.styles.cover_parts import horizon_land as land
from sleeve.engine.styles.cover_parts import horizon_paint as paint
from sleeve.engine.styles.cover_parts import horizon_sky as sky
from sleeve.engine.styles.cover_parts.horizon_inks import (
    GREY_GENRES,
    Inks,
    Scene,
    deeper,
    dusk,
    mix,
)
from sleeve.engine.styles.cover_parts.horizon_land import XS, Canvas
from sleeve.engine.styles.cover_parts.title_words import motifs

CALM_TOP = 0.36  # the title's band ends here (or starts at 1 - CALM_TOP)
URBAN = frozenset({"electronic", "dance", "synthwave", "hiphop", "lofi", "jazz", "rnb"})
URBAN_SUB = frozenset({"city_pop", "kpop", "jpop", "reggaeton", "latin", "drill"})


@dataclass(frozen=True)
class Look:
    """The flat inks (for the graphic forms) and the scene's light (for the views)."""

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


def _under(top: np.ndarray, foot: float = 1.05) -> tuple[np.ndarray, np.ndarray]:
    """The polygon under the edge `top` across the cover, down to `foot`."""
    xs = np.r_[-0.01, XS, 1.01, 1.01, -0.01]
    return xs, np.r_[top[0], top, top[-1], foot, foot]


def _at(top: np.ndarray, x: float) -> float:
    return float(np.interp(x, XS, top))


def _light(c: Canvas, scene: Scene, x: float, y: float, r: float, horizon: float) -> None:
    """The sky with its huge low sun or full moon at (x, y), radius r, in a glow."""
    halo = mix(scene.glow, scene.light, 0.35 if scene.night else 0.45)
    spread = (r if scene.night else r * 0.6) * 0.4
    c.paint(sky.sky(c.size, scene.top, scene.glow, horizon, (x, y, spread), halo, None))
    sky.disc(c, x, y, r, scene.light)


def _windows(
    d: ArtDirection, rng: np.random.Generator, lo: float, hi: float
) -> tuple[float, float]:
    """A stretch of the song `lo`..`hi` long, round a seed-chosen place."""
    span = rng.uniform(lo, hi)
    start = rng.uniform(0.04, max(0.05, 0.96 - span))
    return start, start + span


def _urban(d: ArtDirection) -> bool:
    """Whether the night is a city's: an urban genre, or a title naming a city."""
    return d.genre in URBAN or d.language.subgenre in URBAN_SUB or "city" in motifs(d.title)


def _skyline(
    d: ArtDirection, rng: np.random.Generator, c: Canvas, base: float, amp: float, scene: Scene
) -> float:
    """Two rows of towers whose heights are the song's loudness along the street: a
    paler, taller row behind, the near row with a few lit windows. Returns the top."""
    highest = base
    for row, (haze, scale, lo, hi) in enumerate(
        ((0.5, 1.0, 0.025, 0.05), (0.0, 0.78, 0.035, 0.08))
    ):
        h = ridge(d, (0.0, 1.0) if row else _windows(d, rng, 0.4, 0.6), 6, 8, 1.1)
        x = -0.01 - rng.uniform(0.0, 0.03)
        colour = scene.haze(haze)
        lit = []
        while x < 1.01:
            w = rng.uniform(lo, hi)
            mid = float(np.interp(x + w / 2, XS, h))
            top = base - amp * scale * (0.22 + 0.78 * mid) * rng.uniform(0.82, 1.08)
            c.poly(
                np.array([x, x + w, x + w, x]),
                np.array([top, top, base + 0.01, base + 0.01]),
                colour,
            )
            if rng.random() < 0.3:  # a setback crown or a mast
                inset = w * rng.uniform(0.2, 0.35)
                cap = top - rng.uniform(0.01, 0.03)
                c.poly(
                    np.array([x + inset, x + w - inset, x + w - inset, x + inset]),
                    np.array([cap, cap, top, top]),
                    colour,
                )
                if rng.random() < 0.5:
                    c.line(
                        np.array([x + w / 2, x + w / 2]),
                        np.array([cap - rng.uniform(0.02, 0.05), cap]),
                        colour,
                        0.002,
                    )
                top = cap
            highest = min(highest, top)
            if row:
                lit.append((x, w, top))
            x += w + (rng.uniform(0.0, 0.012) if rng.random() < 0.3 else 0.0)
    glow = mix(scene.light, scene.accent, 0.5)
    for x, w, top in lit:
        cols = max(1, int(w / 0.012))
        for j in np.arange(top + 0.012, base - 0.01, 0.016):
            for i in range(cols):
                if rng.random() < 0.1:
                    wx = x + (i + 0.3) * w / cols
                    c.poly(
                        np.array([wx, wx + 0.004, wx + 0.004, wx]),
                        np.array([j, j, j + 0.006, j + 0.006]),
                        glow,
                    )
    return highest


def _city_glow(scene: Scene) -> raster.RGB:
    """The glow a city throws on its night sky, so the towers stand black against it
    (on a dim palette the skyline was a dark smudge at 64 px): the palette's glow or
    accent, whichever is more colourful, lifted; sodium amber where both are grey."""
    lit = max((scene.glow, scene.accent), key=lambda c: rgb_to_oklch(c)[1])
    lightness, chroma, _ = rgb_to_oklch(lit)
    if chroma < 0.04:
        return raster.tone((214, 150, 80), 0.55, 0.11)
    return raster.tone(lit, max(lightness, 0.48), max(chroma, 0.08))


def night(d: ArtDirection, rng: np.random.Generator, c: Canvas, look: Look, band: str) -> Box:
    """A huge night sky, the song's onsets as stars, over a low silhouette: a city's
    towers and lit windows (urban genres, or a title naming a city), else two thin
    ranges of hills under a big moon off-centre, over the quiet end of the song."""
    scene = look.scene
    scene = dusk(scene)  # a light palette: its own colours at dusk
    f = frame_of(d, rng)
    base = 0.88 - 0.1 * f.high if band == "top" else 0.6 + 0.04 * f.high
    amp = 0.26 + 0.12 * f.scale if band == "top" else 0.22 + 0.1 * f.scale
    urban = _urban(d)
    amp = amp if urban else amp * 0.7  # hills under a sky of stars (at 0.45 a flat grey band)
    glow = _city_glow(scene) if urban else scene.glow
    lit_to = base - 0.75 * amp if urban else base  # a city's glow stands up behind its towers
    c.paint(sky.sky(c.size, scene.top, glow, lit_to, None, None, glow))
    band_rows = (0.0, CALM_TOP) if band == "top" else None
    star = mix(scene.light, (250, 250, 250), 0.75)  # pale even under a blood moon
    sky.stars(d, rng, c, base - amp * 0.6, star, band_rows)
    moon_top = 1.0
    if not urban:  # the moon: the focal, over the quiet side, clear of the title's rows
        r = 0.08 + 0.05 * f.scale
        mx = rng.uniform(0.62, 0.8) if f.left else rng.uniform(0.2, 0.38)
        if band == "top":  # well under the title (a two-line title runs past CALM_TOP)
            r = min(r, (base - CALM_TOP - 0.1) / 2.3)
            my = CALM_TOP + 0.1 + r + rng.uniform(0.0, 0.03)
        else:  # high in the sky above the title's rows
            my = rng.uniform(r + 0.06, max(r + 0.06, base - 0.5 * amp - 0.04 - 2 * r))
        sky.disc(c, mx, my, r, scene.light)
        moon_top = my - r
    if urban:
        top = _skyline(d, rng, c, base, amp, scene)
    else:
        far = base - amp * 0.8 * ridge(d, (0.0, 1.0), 14, 16, 1.35)
        near = base - amp * 0.55 * ridge(d, _windows(d, rng, 0.3, 0.5), 10, 14, 1.2) + 0.04
        c.poly(*_under(far), scene.haze(0.45))
        c.poly(*_under(near), scene.near)
        top = min(float(far.min()), moon_top)
    c.poly(np.array([-0.01, 1.01, 1.01, -0.01]), np.array([base, base, 1.01, 1.01]), scene.near)
    sky_top = CALM_TOP + 0.02 if band == "top" else 0.0  # the stars are the picture too
    return (0.0, min(top - 0.02, sky_top), 1.0, base + 0.02)


def ranges(d: ArtDirection, rng: np.random.Generator, c: Canvas, look: Look, band: str) -> Box:
    """Three to six ridges of the same song at as many scales (the whole song far off,
    ever shorter stretches nearer), each nearer one darker and bigger, mist in every
    valley, receding into the glow of a huge low sun (or full moon) off-centre, its
    lower half behind them: the focal (a veiled light hidden behind the far range left
    the picture without one)."""
    scene = look.scene
    f = frame_of(d, rng)
    n = 3 + int(f.pace > 0.3) + int(d.turbulence > 0.6)
    grow = 0.75 + 0.5 * f.scale  # a turbulent song's peaks stand bigger
    if band == "top":
        back, front = 0.66 - 0.1 * f.high, 1.02
        amps = (min(0.18 * grow, back - CALM_TOP - 0.08), 0.3 * grow)
    else:
        back, front, amps = 0.36 + 0.08 * f.high, 0.7, (0.2 * grow, 0.12 * grow)
    flip = f.left
    tops = []
    for i in range(n):
        t = i / (n - 1)
        window = (0.0, 1.0) if i == 0 else _windows(d, rng, 0.7 / (i + 1), 0.9 / (i + 1))
        h = ridge(d, window, 9 + 4 * i, 12 + 4 * i, 1.5 - 0.3 * t)
        if (i % 2 == 1) ^ flip:
            h = h[::-1]
        base = back + (front - back) * t
        tops.append(base - (amps[0] + (amps[1] - amps[0]) * t) * h)
    side = (XS > 0.22) & (XS < 0.4) if not f.left else (XS > 0.6) & (XS < 0.78)
    sx = float(XS[side][int(np.argmax(tops[0][side]))])  # off-centre, in a dip of the far ridge
    sy = _at(tops[0], sx) + rng.uniform(0.05, 0.09)  # huge and low: the ranges cut its foot
    r = min(rng.uniform(0.2, 0.27), sy - (CALM_TOP + 0.02 if band == "top" else 0.05))
    _light(c, scene, sx, sy, r, back)
    mist = mix(scene.glow, scene.far, 0.45)
    thick = 0.62
    for i, top in enumerate(tops):
        c.poly(*_under(top), scene.haze(0.82 * (1.0 - i / (n - 1)) ** 1.1))
        if i < n - 1:  # haze settling in the valley before the next ridge
            _valley_mist(c, top, tops[i + 1], mist, thick * (1.0 - 0.5 * i / (n - 1)))
    highest = min(float(tops[0].min()), sy - r)
    return (0.0, highest - 0.02, 1.0, 1.0) if band == "top" else (0.0, highest - 0.02, 1.0, 0.64)


def _valley_mist(c: Canvas, top: np.ndarray, nearer: np.ndarray, colour: RGB, most: float) -> None:
    """Mist lying in the valley under the ridge `top`, thickening downward to `most`
    where the `nearer` ridge rises out of it (aerial perspective: each range stands
    clear of the haze behind the next, the way a long lens sees mountains)."""
    n = c.size
    crest = paint.at_columns(top, n)
    foot = paint.at_columns(nearer, n)
    depth = np.maximum(foot - crest, 0.02) + 0.06  # the mist reaches its thickest past the foot
    y0 = int(max(0.0, float(crest.min())) * n)  # only the rows the mist can reach
    y1 = int(min(1.0, float((crest + depth).max()) + 0.01) * n)
    if y1 <= y0:
        return
    rows = ((np.arange(y0, y1, dtype=np.float32) + 0.5) / n)[:, None]
    rise = np.clip((rows - crest) / depth, 0.0, 1.0) ** 1.6
    alpha = Image.fromarray((rise * most * 255.0).astype(np.uint8), "L")
    img = c.done()
    block = img.crop((0, y0, n, y1))
    img.paste(Image.composite(Image.new("RGB", block.size, colour), block, alpha), (0, y0))


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


def _snow_inks(scene: Scene) -> tuple[RGB, RGB, RGB, RGB]:
    """A snowfield's colours near to far: the nearest snow brightest (white by day,
    moonlit blue-grey by night), the far snow sinking into the sky's haze."""
    lit = 0.8 if scene.night else 0.96
    near = raster.tone((236, 240, 246), lit, 0.012)
    mid = raster.tone((214, 222, 236), lit - 0.05, 0.02)
    far_lit = float(np.clip(rgb_to_oklch(scene.glow)[0] - 0.26, 0.35, 0.66))  # blue far off
    return near, mid, mid, raster.tone(mix(scene.glow, (150, 170, 205), 0.5), far_lit)


def _snow_dawn(scene: Scene) -> Scene:
    """A snowfield's sky: by day a winter dawn (a cool blue zenith well darker than the
    snow, a pale peach glow low where the sun is about to rise), by night the scene's
    own moonlit dark; quiet, never a flat grey."""
    if scene.night:
        return scene
    top = raster.tone((120, 146, 190), 0.5, 0.07)  # a clear winter blue over white snow
    glow = raster.tone((252, 206, 170), 0.9, 0.055)
    return dataclasses.replace(scene, top=top, glow=glow, far=mix(top, glow, 0.5))


def _trees(
    d: ArtDirection,
    rng: np.random.Generator,
    c: Canvas,
    crest: np.ndarray,
    size: float,
    ink: RGB,
    ceiling: float,
) -> None:
    """A line of bare spruces along `crest`, thick where the song is dense, tallest
    where it is loud (heights a fraction of the side up to `size`, tops under
    `ceiling`)."""
    loud = calm(curve(d, (0.0, 1.0), 10), 4)
    hits = signals.resample(signals.onsets(d, 128), len(XS))
    x = rng.uniform(-0.02, 0.03)
    while x < 1.02:
        at = float(np.interp(x, XS, loud))
        if at > 0.5 or (at > 0.3 and float(np.interp(x, XS, hits)) > 0.6):  # groves
            h = size * (0.35 + 0.65 * at) * rng.uniform(0.7, 1.1)
            w = h * rng.uniform(0.22, 0.3)
            y = _at(crest, x) + 0.004
            h = min(h, y - ceiling)
            c.poly(np.array([x - w / 2, x, x + w / 2]), np.array([y, y - h, y]), ink)
            c.line(np.array([x, x]), np.array([y, y + h * 0.12]), ink, 0.0015)
        x += size * rng.uniform(0.25, 0.6) * (1.6 - d.density)


def snowfield(d: ArtDirection, rng: np.random.Generator, c: Canvas, look: Look, band: str) -> Box:
    """The terraces under snow: rolling white bands, blue shadow settling in every
    hollow, the far snow sinking into a winter dawn (a cool blue zenith, a peach glow,
    a low orange sun) or a moonlit night (its moon), and one line of bare dark spruces
    along a middle crest, tallest where the song is loudest."""
    f = frame_of(d, rng)
    if band == "top":  # the title in the sky over the far haze
        horizon = CALM_TOP + 0.02 + 0.14 * f.high
        stop = rng.uniform(0.86, 0.92)
    else:  # the title on the nearest band's level ground
        horizon = 0.12 + 0.14 * f.high
        stop = 1.0 - CALM_TOP - 0.04
    scene = _snow_dawn(look.scene)  # a cool blue zenith over a peach glow (not one grey)
    near, mid, _, far = _snow_inks(scene)
    sun_x = rng.uniform(0.2, 0.8)
    halo = mix(scene.glow, scene.light, 0.55)
    work = min(c.size, paint.BANDS_RES)  # painted small, scaled up once by the canvas
    picture = sky.sky(work, scene.top, scene.glow, horizon, (sun_x, horizon, 0.1), halo, far)
    # the focal: a low sun (a moon by night) half set behind the far snow, under the
    # title's rows (a snowfield without one read as flat and empty)
    r = rng.uniform(0.07, 0.1)
    sun_y = horizon + 0.3 * r
    if band == "top":  # sunk deeper behind the far snow, clear of the title's rows
        sun_y = max(sun_y, CALM_TOP + 0.025 + r)
    low_sun = scene.light if scene.night else raster.tone((250, 150, 96), 0.76, 0.12)
    lit = Canvas(work, scene.top)
    lit.paint(picture)
    sky.disc(lit, sun_x, sun_y, r, low_sun)
    picture, c.spot = lit.done(), lit.spot
    n = int(np.clip(round(3 + 2 * f.pace + d.density + rng.uniform(-0.6, 0.6)), 3, 5))  # broad
    layers = []
    for k in range(n):  # the farthest first
        t = k / (n - 1)
        base = horizon + 0.012 + (stop - horizon - 0.012) * t**1.35
        window = (0.0, 1.0) if k == n - 1 else _windows(d, rng, 0.25, 0.45)
        h = calm(ridge(d, window, 10, 14, 1.0), 3)
        if (k % 2 == 1) ^ f.left:
            h = h[::-1]
        amp = 0.018 + (0.07 + 0.14 * f.scale) * t**1.2
        crest = base - amp * h
        if band != "top" and k == n - 1:
            crest = np.minimum(crest, stop)
        depth = 0.2 + 0.8 * t
        colour = mix(far, mid, depth / 0.6) if depth < 0.6 else mix(mid, near, (depth - 0.6) / 0.4)
        shadow = rgb_to_oklch(colour)[0] - (0.24 if scene.night else 0.22)
        mist = raster.tone(mix(colour, (120, 140, 190), 0.5), shadow)  # blue in the hollows
        mist = mist if k < n - 1 else mix(colour, mist, 0.3)  # the nearest: its own ground
        gap = (stop - horizon) / max(1, n - 1)
        layers.append(paint.Band(crest, colour, mist, gap * 0.3))  # a shadow under the crest
    c.paint(paint.bands(picture, layers))
    row = layers[max(1, n // 2 - 1)]  # one line of bare spruces along a middle crest
    ink = raster.tone(scene.near, 0.16 if not scene.night else 0.1, 0.02)
    _trees(d, rng, c, row.crest, 0.08 + 0.07 * f.scale, ink, horizon - 0.01)  # the focal grove
    top = min(horizon, sun_y - r) - 0.02
    if band == "top":
        return (0.0, top, 1.0, 1.0)
    return (0.0, top, 1.0, float(layers[-1].crest.max()) + 0.02)


Form = Callable[[ArtDirection, np.random.Generator, Canvas, Look, str], Box]

FORMS: dict[str, Form] = {
    "snowfield": snowfield,
    "night": night,
    "coast": coast,
    "ranges": ranges,
}  # calm to loud
