"""Energy rings: key-colour rings, the song as thick bands coloured by its key.

the energy curve -> band widths (radius or depth is time, from the centre out) and
the reach of the radial waveform; onsets -> the gaps that break each band's arc; the
key -> the hue (its place on the circle of fifths, blood to rust for metal; minor
keys darker) and the
spectrum's frames -> how far each band's hue and lightness travel from it; density ->
band count; energy and the seed -> the composition, calm to loud: a big sun of bands
on a horizon, half rings swelling in from a side, a huge target on a corner, arcs
rising from an edge, a big radial waveform, solid bands cropped huge, a tunnel;
inside a composition the seed varies place, crop, spacing and extras. Every one
fills the part of the frame the title leaves (the rings are the cover, never an
icon), in strong colours kept well apart in lightness from the field. No thin even
grooves and no label: it must not read as a record. The subject keeps out of the
band the title prefers.
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
from sleeve.engine.styles.cover_parts.ring_layouts import LAYOUTS, Rings

STYLE = StyleInfo(
    name="energy_rings",
    family="graphic",
    fits=("electronic", "pop", "rnb", "hiphop", "ambient", "jazz"),
    music=True,
)


METAL_HUES = (12.0, 25.0, 38.0)  # blood to rust: metal's rings take no other hue


def _key_hue(direction: ArtDirection) -> float:
    """Hue from the strongest pitch class on the circle of fifths; for metal, the key
    picks among blood and rust (a green key drew lime rings on doom)."""
    tonic = int(np.argmax(signals.chroma(direction)))
    fifths = (tonic * 7) % 12
    if direction.genre == "metal":
        return METAL_HUES[fifths % len(METAL_HUES)]
    return (30.0 + 30.0 * fifths) % 360.0


def _apart(light: float, field: float) -> float:
    """A band's lightness pushed at least 0.3 away from the field's, to whichever side
    has room, so bands never sink into a mid-tone field as mud."""
    if abs(light - field) >= 0.3:
        return light
    return field + 0.3 if field < 0.55 else field - 0.3


def _tint(light: float, chroma: float, hue: float, field: float) -> RGB:
    """A band colour; yellows and limes (hue 75-130) go olive below L 0.8, so on a
    dark field they are lifted and on a light one they turn to amber (as do the
    golds below them, which go khaki)."""
    hue %= 360.0
    if field < 0.55 and 75.0 <= hue <= 130.0:
        light = max(light, 0.82)
    elif field >= 0.55 and 62.0 <= hue <= 130.0:
        hue, chroma = 55.0 - 0.4 * (hue - 62.0), max(chroma, 0.17)  # still travels
        light = min(max(light + 0.15, 0.62), 0.76)
    return oklch_to_rgb(light, chroma, hue)


def _deep_hue(hue: float) -> float:
    """The second colour's hue: well round the circle from the key's, but never the
    olive and brown hues that go to mud when deep."""
    turned = (hue + 150.0) % 360.0
    return (hue - 150.0) % 360.0 if 40.0 <= turned <= 130.0 else turned


def _rings(direction: ArtDirection, rng: np.random.Generator, size: int) -> Rings:
    """The rings' energies and colours for this track."""
    pal = direction.palette
    dark = compose.dark_field(rgb_to_oklch(pal.background)[0])
    minor = direction.mode == "minor" or (direction.mode is None and direction.valence < 0.45)
    hue = _key_hue(direction)
    count = 14 + round(40 * direction.density)
    spec = signals.spectrum(direction, count, 8)
    centroid = (spec * np.arange(8)).sum(axis=1) / np.maximum(spec.sum(axis=1), 1e-6) / 7
    paper = raster.ground(pal.background, 0.12 if dark else 0.95, 0.02)
    field = rgb_to_oklch(paper)[0]
    light = (0.74 if dark else 0.56) - (0.06 if minor else 0.0)
    spread = (centroid - centroid.min()) / max(float(np.ptp(centroid)), 0.05)
    swing = float(rng.uniform(25, 50))  # hue travel with the spectrum, as the key turns
    if direction.genre == "metal":
        swing = 0.3 * swing  # stays in blood and rust
    tints = [
        _tint(
            _apart(light - 0.1 + 0.2 * c + 0.05 * (i % 2), field),
            0.15 + 0.06 * c,
            hue - 10 + swing * c,
            field,
        )
        for i, c in enumerate(spread)
    ]
    return Rings(
        size=size,
        level=signals.energy(direction, count),
        tints=tints,
        hot=raster.vivid(pal.accent, 0.8 if dark else 0.55, 0.19),
        deep=oklch_to_rgb(0.42 if dark else 0.34, 0.14, _deep_hue(hue)),
        paper=paper,
        side=title_band(direction, rng),
        rng=rng,
        direction=direction,
    )


def render(direction: ArtDirection, size: int) -> Artwork:
    """Draw the energy-rings cover (RGB, size x size)."""
    rng = raster.rng_for(direction, "rings")
    layout = compose.pick(rng, tuple(LAYOUTS), direction.energy)
    rings = _rings(direction, rng, size)
    img = Image.new("RGB", (size, size), rings.paper)
    draw = aggdraw.Draw(img)
    focal = LAYOUTS[layout](draw, rings)
    draw.flush()
    img = raster.glow(img, size * 0.01, 0.3)
    return Artwork(finish(img, direction, "rings", 0.025), compose.clip_box(focal))
