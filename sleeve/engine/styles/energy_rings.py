"""Energy rings: the song as rings, bands or a radial waveform, coloured by its key.

the energy curve -> ring weights and band widths (radius or depth is time, from the
centre out), the reach of the filled polar waveform, the width of the spiral groove;
the key -> the hue (its place on the circle of fifths; minor keys darker) and the
spectrum's frames -> each ring's tint; density -> ring count; energy and the seed ->
the composition, calm to loud: rings from an edge, a sun of rings on a horizon, a
spiral groove, centred rings, a filled polar waveform, a target off a corner,
wrapped waveforms, a tunnel in perspective; inside a composition the seed varies the
scale (small in a wide field to huge and cut by an edge), the place, the spiral's
turns, tightness, sense and start, the horizon's height and tilt and a second
element. The subject keeps out of the band the title prefers.
"""

from __future__ import annotations

import aggdraw
import numpy as np
from PIL import Image

from sleeve.engine import compose, raster, signals
from sleeve.engine.color import oklch_to_rgb, rgb_to_oklch
from sleeve.engine.direction import ArtDirection
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


def _key_hue(direction: ArtDirection) -> float:
    """Hue from the strongest pitch class on the circle of fifths."""
    tonic = int(np.argmax(signals.chroma(direction)))
    return (30.0 + 30.0 * ((tonic * 7) % 12)) % 360.0


def _rings(direction: ArtDirection, rng: np.random.Generator, size: int) -> Rings:
    """The rings' energies and colours for this track."""
    pal = direction.palette
    dark = compose.dark_field(rgb_to_oklch(pal.background)[0])
    minor = direction.mode == "minor" or (direction.mode is None and direction.valence < 0.45)
    hue = _key_hue(direction)
    count = 14 + round(40 * direction.density)
    spec = signals.spectrum(direction, count, 8)
    centroid = (spec * np.arange(8)).sum(axis=1) / np.maximum(spec.sum(axis=1), 1e-6) / 7
    light = (0.7 if dark else 0.5) - (0.08 if minor else 0.0)
    lut = raster.color_lut(
        [oklch_to_rgb(light - 0.1, 0.12, hue - 30), oklch_to_rgb(light + 0.1, 0.16, hue + 40)]
    )
    return Rings(
        size=size,
        level=signals.energy(direction, count),
        tints=[tuple(int(v) for v in lut[int(c * 255)]) for c in centroid],
        hot=raster.vivid(pal.accent, 0.8 if dark else 0.55, 0.17),
        paper=raster.ground(pal.background, 0.12 if dark else 0.95, 0.02),
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
