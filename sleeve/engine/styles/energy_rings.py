"""Energy rings: the song's energy as rings in the palette's colours, radius (or depth,
or length) as time.

energy, tempo and onsets with the seed -> the composition, calm to loud: a huge half
sun of rings rising from the bottom edge, a ring spectrum of fine wavering rings
centred off a side edge, one band spiralling out (only for steady, looping music),
nested superellipse rings, broad bands centred off a bottom corner, a ribbon loop
crossing the frame, a ring tunnel towards an off-centre vanishing point, a burst of
ring segments broken at the onsets (see ring_layouts); no ring has a hub, and no
composition is a row of small records; the seed -> the frame of the figures not
anchored to an edge (a small one in a wide field, the lower two thirds, or a huge
crop off the bottom; solid, outlined or mixed bands); the energy curve -> the rings'
widths and (in the fine ones) brightness; the strongest onsets -> the gaps that
break them; the key -> which palette colour leads (the one nearest its hue on the
circle of fifths), a minor key darker, and the spectrum's smoothed frames -> how far
that colour's lightness and hue travel ring to ring; one of the palette's other
colours (the seed's pick) -> the second band colour; its accent -> the loudest band,
made vivid on a palette of greys. The art fades into the field over a short span
before the title's band (no straight cut, no fog).
"""

from __future__ import annotations

import aggdraw
import numpy as np
from PIL import Image

from sleeve.engine import compose, raster, signals
from sleeve.engine.color import oklch_to_rgb, rgb_to_oklch
from sleeve.engine.direction import RGB, ArtDirection
from sleeve.engine.finish import finish
from sleeve.engine.styles.base import Artwork, StyleInfo
from sleeve.engine.styles.cover_parts.calm_zone import title_band
from sleeve.engine.styles.cover_parts.ring_layouts import ANCHORED, LAYOUTS
from sleeve.engine.styles.cover_parts.ring_shapes import PIVOT, Frame, Rings

STYLE = StyleInfo(
    name="energy_rings",
    family="graphic",
    fits=("electronic", "pop", "rnb", "hiphop", "ambient", "jazz"),
    music=True,
)

FADE = (0.25, 0.31)  # the art fades in from the title's band over this span (short: no fog)
VIVID = 0.17  # the least chroma of the accent band on a palette of greys
STEADY = 0.1  # the widest 10-90% swing of the energy curve a steady, looping song keeps


def _key_hue(direction: ArtDirection) -> float:
    """Hue from the strongest pitch class's place on the circle of fifths."""
    fifths = (int(np.argmax(signals.chroma(direction))) * 7) % 12
    return (30.0 + 30.0 * fifths) % 360.0


def _turn(a: float, b: float) -> float:
    """How far apart two hues are on the circle (0..180)."""
    d = abs(a - b) % 360.0
    return min(d, 360.0 - d)


def _distance(a: RGB, b: RGB) -> float:
    """How far apart two colours look (OKLab distance)."""
    lab = raster.srgb_to_oklab(np.array((a, b), np.float64))
    return float(np.linalg.norm(lab[0] - lab[1]))


def _inks(direction: ArtDirection, paper: RGB) -> list[RGB]:
    """The palette's own colours (main ones and accent, repeats dropped): chromatic ones
    first, the one nearest the key's hue leading; then its greys, furthest from the
    field first (black metal stays bone and ash); colours that would sink into the
    field go last."""
    pal = direction.palette
    own: list[RGB] = []
    for colour in (*pal.colors, pal.accent):
        if all(_distance(colour, seen) > 0.08 for seen in own):
            own.append(colour)
    hue = _key_hue(direction)
    chromatic = sorted(
        (c for c in own if rgb_to_oklch(c)[1] >= 0.04),
        key=lambda c: _turn(rgb_to_oklch(c)[2], hue),
    )
    plain = sorted(
        (c for c in own if rgb_to_oklch(c)[1] < 0.04), key=lambda c: -_distance(c, paper)
    )
    return sorted(chromatic + plain, key=lambda c: _distance(c, paper) < 0.15)


def _ink(colour: RGB, paper: RGB, lift: float = 0.0, hue_shift: float = 0.0) -> RGB:
    """A palette colour for a flat band: its own lightness where it stands clear of
    the field, else pushed 0.3 away from it; `lift` and `hue_shift` move it along the
    spectrum. Yellows and limes go light on a dark field and to amber on a light one
    (a dark yellow reads as olive)."""
    light, chroma, hue = rgb_to_oklch(colour)
    field = rgb_to_oklch(paper)[0]
    if _distance(colour, paper) < 0.25 and abs(light - field) < 0.3:
        light = field + 0.3 if field < 0.55 else field - 0.3
    if chroma < 0.04 and abs(light - field) < 0.45:  # greys stand clear, never dim
        light = field + 0.45 if field < 0.55 else field - 0.45
    light = float(np.clip(light + lift, 0.05, 0.97))
    if chroma >= 0.04 and abs(light - field) < 0.26:  # a lift never sinks it in the field
        light = field + 0.26 if light >= field else field - 0.26
    hue = (hue + hue_shift) % 360.0 if chroma >= 0.04 else hue
    if chroma >= 0.04 and 70.0 <= hue <= 130.0:
        if field < 0.55:
            light = max(light, 0.84)
        else:
            hue, light = 60.0, min(light, 0.72)
    return oklch_to_rgb(light, min(chroma * 1.15, 0.22), hue)


def _other(colour: RGB, lead: RGB, paper: RGB) -> RGB:
    """A band colour kept apart from the lead's: one that sits too close to it is
    moved 0.25 in lightness, away from the field where there is room."""
    if _distance(colour, lead) >= 0.12:
        return colour
    light, chroma, hue = rgb_to_oklch(colour)
    away = 0.25 if rgb_to_oklch(paper)[0] < 0.55 else -0.25
    light = light + away if 0.05 < light + away < 0.97 else light - away
    return oklch_to_rgb(light, chroma, hue)


def _vivid(direction: ArtDirection, colour: RGB, paper: RGB) -> RGB:
    """The accent band on a palette of greys: the palette's most colourful tone
    (or the key's hue where all are grey) pushed vivid and clear of the field; black
    metal keeps its greys."""
    pal = direction.palette
    if "black" in direction.language.subgenre or rgb_to_oklch(colour)[1] >= VIVID:
        return colour
    tones = (pal.accent, *pal.colors, pal.background)
    best = max(tones, key=lambda c: rgb_to_oklch(c)[1])
    hue = rgb_to_oklch(best)[2] if rgb_to_oklch(best)[1] >= 0.04 else _key_hue(direction)
    light = 0.72 if rgb_to_oklch(paper)[0] < 0.55 else 0.58
    return oklch_to_rgb(light, 0.19, hue)


def frame_for(direction: ArtDirection, layout: str) -> Frame:
    """Where and how big the composition sits, and whether its bands are solid,
    outlined or mixed: the seed's choice. Those anchored to an edge (a sun on the
    bottom edge, rings centred off a side or a corner, a tunnel, a ribbon) keep their
    own place and size; the others range from a small figure in a wide field, through
    the lower two thirds, to a huge crop off the bottom."""
    rng = raster.rng_for(direction, "rings-frame")
    small = layout == "squares"  # a small spiral or burst reads as a target or a record
    kinds = ("emblem", "full", "crop") if small else ("full", "crop")
    kind = "fixed" if layout in ANCHORED else compose.pick(rng, kinds)
    mode = rng.choice(("solid", "solid", "solid", "line", "mixed"))
    if layout in ("broken", "ribbon", "grooves", "sunrise", "spiral", "tunnel"):
        mode = "solid"  # outlined dashes, stripes and fine rings read as wire
    if kind == "emblem":
        scale = float(rng.uniform(0.5, 0.62))
        anchor = (float(rng.choice((0.34, 0.5, 0.66)) + rng.uniform(-0.04, 0.04)), 0.68)
    elif kind == "crop":
        scale = float(rng.uniform(1.35, 1.7))
        anchor = (
            0.5 + float(rng.choice((-1, 1)) * rng.uniform(0.08, 0.2)),
            0.3 + 0.43 * scale,
        )  # off the bottom, clear of the title
    elif kind == "full":
        scale, anchor = (
            float(rng.uniform(0.95, 1.1)),
            (PIVOT[0] + rng.uniform(-0.04, 0.04), PIVOT[1] + 0.03),
        )
    else:
        scale, anchor = 1.0, PIVOT
    line = float(rng.uniform(0.012, 0.02)) if mode != "solid" else 0.0
    return Frame(scale, (float(anchor[0]), float(anchor[1])), line, mode == "mixed")


def rings_for(
    direction: ArtDirection, rng: np.random.Generator, size: int, frame: Frame | None = None
) -> Rings:
    """The bands' energies and colours for this track: the lead's tints travelling
    with the spectrum, one of the palette's other colours (the seed's pick) as the
    second, its accent (or a third colour, vivid on a grey palette) for the loudest
    band."""
    pal = direction.palette
    dark = compose.dark_field(rgb_to_oklch(pal.background)[0])
    paper = raster.ground(pal.background, 0.13 if dark else 0.95, 0.02)
    inks = _inks(direction, paper)
    spec = signals.spectrum(direction, 24, 8)
    centroid = (spec * np.arange(8)).sum(axis=1) / np.maximum(spec.sum(axis=1), 1e-6) / 7
    centroid = signals.smooth(centroid, 1)  # smoothed, or the rings shimmer
    spread = (centroid - centroid.min()) / max(float(np.ptp(centroid)), 0.05) - 0.5
    lead = _ink(inks[0], paper)
    key = -0.08 if minor(direction) else 0.03  # minor keys darker
    tints = [_ink(inks[0], paper, key + 0.12 * c, 16.0 * c) for c in spread]
    pick = inks[1 + int(rng.integers(max(1, len(inks) - 1)))] if len(inks) > 1 else inks[0]
    second = _other(_ink(pick, paper), lead, paper)
    taken = (inks[0], pick)
    spare = [c for c in (pal.accent, *inks) if min(_distance(c, t) for t in taken) > 0.08]
    accent = spare[0] if spare else pal.accent
    return Rings(
        size=size,
        level=signals.energy(direction, 64),
        tints=tints,
        second=second,
        hot=_vivid(direction, _other(_ink(accent, paper), lead, paper), paper),
        paper=paper,
        rng=rng,
        direction=direction,
        frame=frame or Frame(),
    )


def minor(direction: ArtDirection) -> bool:
    """A minor key (the analysis's mode, else a low valence)."""
    return direction.mode == "minor" if direction.mode else direction.valence < 0.45


def lean(direction: ArtDirection) -> float:
    """Calm (0) to loud (1) from the energy, the tempo and how often the song hits."""
    tempo = np.clip((direction.tempo_bpm - 70.0) / 110.0, 0.0, 1.0)
    hits = float((signals.onsets(direction, 64) > 0.5).mean())
    return float(np.clip(0.6 * direction.energy + 0.25 * tempo + 0.15 * hits, 0.0, 1.0))


def steady(direction: ArtDirection) -> bool:
    """Whether the song loops more than it travels: its energy holds within a narrow
    band most of the way (the spiral is drawn only for such music)."""
    body = np.sort(signals.energy(direction, 32, stretch=False)[4:-4])  # 24 points
    return float(body[21] - body[2]) < STEADY  # its 10th to 90th percentile


def _pick(direction: ArtDirection, rng: np.random.Generator) -> str:
    """The composition the music leans to, the seed choosing; the spiral only for
    steady music."""
    names = tuple(n for n in LAYOUTS if n != "spiral" or steady(direction))
    return compose.pick(rng, names, lean(direction))


def layout_of(direction: ArtDirection) -> str:
    """The name of the composition render draws for `direction`, without drawing."""
    return _pick(direction, raster.rng_for(direction, "rings"))


def draw_layout(
    direction: ArtDirection, size: int, layout: str | None = None
) -> tuple[Image.Image, compose.Box, str, Rings]:
    """The composition (named, or picked by the music and the seed) drawn as if the
    title sat at the top: (image, focal box, name, rings)."""
    rng = raster.rng_for(direction, "rings")
    name = layout or _pick(direction, rng)
    rings = rings_for(direction, rng, size, frame_for(direction, name))
    img = Image.new("RGB", (size, size), rings.paper)
    draw = aggdraw.Draw(img)
    focal = LAYOUTS[name](draw, rings)
    draw.flush()
    return img, focal, name, rings


def _fade_start(title: str) -> float:
    """Where the art starts to show: FADE's start, deeper for a long title that sets
    on more lines."""
    return FADE[0] + 0.08 * min(1.0, max(0, len(title) - 16) / 30)


def fade(img: Image.Image, paper: RGB, title: str) -> Image.Image:
    """The art faded into the field from the title's band down over FADE's span,
    smoothstepped so no edge shows where it starts."""
    y = (np.arange(img.height) + 0.5) / img.height
    t = np.clip((y - _fade_start(title)) / (FADE[1] - FADE[0]), 0.0, 1.0)
    column = np.round(255 * t * t * (3 - 2 * t)).astype(np.uint8)[:, None]
    mask = Image.fromarray(column).resize(img.size, Image.Resampling.NEAREST)
    return Image.composite(img, Image.new("RGB", img.size, paper), mask)


def render(direction: ArtDirection, size: int) -> Artwork:
    """Draw the energy-rings cover (RGB, size x size)."""
    img, focal, name, rings = draw_layout(direction, size)
    img = fade(img, rings.paper, direction.title)
    x0, y0, x1, y1 = focal
    y0 = max(y0, _fade_start(direction.title) + 0.08)  # where the art is strong
    if title_band(direction, raster.rng_for(direction, "rings-zone")) == "bottom":
        img = img.transpose(Image.Transpose.FLIP_TOP_BOTTOM)
        y0, y1 = 1.0 - y1, 1.0 - y0
    if rgb_to_oklch(rings.paper)[0] < 0.5:
        img = raster.glow(img, size * 0.01, 0.25)
    return Artwork(finish(img, direction, "rings", 0.025), compose.clip_box((x0, y0, x1, y1)), name)
