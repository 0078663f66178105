"""Paper-cut colours: the sky, the sheets (a lightness ramp through the language's
palette), and the colours of the sun, moon, lit windows, snow, big shapes and a
window's wall. A light field gives pale sky and sheets darkening to the front; a
dark one vivid paper (reggae, neon) or its own tones (bone and blood for death
metal) on black; a night scene silhouettes under a deep sky. Valence warms or cools
a light field; the sea is blue whatever the palette.
"""

from __future__ import annotations

import numpy as np

from sleeve.engine import raster
from sleeve.engine.color import oklch_to_rgb, rgb_to_oklch
from sleeve.engine.direction import ArtDirection
from sleeve.engine.languages import TONES
from sleeve.engine.raster import RGB
from sleeve.engine.styles.cover_parts.paper_scenes import Scene

DARK_TONES = ("dark-mono", "dark", "dark-vivid", "mid-dark", "neon")


def is_dark(direction: ArtDirection) -> bool:
    """A dark field: the palette's background is dark, unless the language is a
    sunny one and the song is happy (then the paper is light)."""
    light = rgb_to_oklch(direction.palette.background)[0]
    sunny = direction.language.tone not in DARK_TONES and direction.valence > 0.66
    return light < 0.45 and not sunny


def _warmed(color: RGB, valence: float, amount: float) -> RGB:
    """A colour's hue turned towards warm (valence high) or cool (low)."""
    lit, chroma, hue = rgb_to_oklch(color)
    target = 60.0 if valence >= 0.5 else 240.0
    d = ((target - hue + 180.0) % 360.0) - 180.0
    return oklch_to_rgb(lit, chroma, hue + d * amount * min(1.0, abs(valence - 0.5) * 2.5))


def colors(
    direction: ArtDirection, scene: Scene, dark: bool, sea: bool
) -> tuple[RGB, dict[str, RGB], list[RGB]]:
    """The sky, a colour per role and the ground sheets' colours (back to front)."""
    pal, v, e = direction.palette, direction.valence, direction.energy
    tone = TONES[direction.language.tone]
    n = max(1, sum(layer.role == "ground" for layer in scene.layers))
    night = scene.night
    chroma = min(0.2, (0.06 + 0.1 * e) * tone.chroma)
    if tone.chroma >= 1.05:
        chroma = max(chroma, 0.13)
    if night and not dark:  # a night scene in a light palette: its deepest colour
        deep = min((*pal.colors, pal.accent), key=lambda c: rgb_to_oklch(c)[0])
        sky = raster.tone(deep, 0.25, 0.07)
    elif dark:
        sky = raster.tone(pal.background, (0.3 if night else 0.19) + 0.06 * v)
    else:
        sky = _warmed(raster.ground(pal.background, 0.93, 0.05), v, 0.7)
    ramp = _ramp(direction, n, dark, night, sea, chroma)
    roles = {
        "moon": oklch_to_rgb(0.95, 0.04, 95.0),
        "light": oklch_to_rgb(0.97, 0.012, 90.0),
        "motif": raster.vivid(pal.accent, 0.7, max(0.14, chroma)),
        "frame": raster.tone(pal.colors[0], 0.2 if dark or night else 0.9, 0.04),
    }
    lit, _, hue = rgb_to_oklch(sky)
    m_lit, _, m_hue = rgb_to_oklch(roles["motif"])
    if abs(lit - m_lit) < 0.2 and abs(((hue - m_hue + 180) % 360) - 180) < 40:
        sky = oklch_to_rgb(0.9, 0.05, 235.0)  # a yellow motif in a yellow sky: a blue sky
    lit = rgb_to_oklch(sky)[0]
    roles["sky_top"] = raster.tone(sky, min(1.0, lit + 0.04))  # the sky pales a little
    return sky, roles, ramp


def _ramp(
    direction: ArtDirection, n: int, dark: bool, night: bool, sea: bool, chroma: float
) -> list[RGB]:
    """The ground sheets' colours, back to front: the palette's hues along a lightness
    ramp (pale to deep on a light field; vivid paper on a dark one; silhouettes at
    night); a dark, muted language keeps its colours' own lightness (bone, blood)."""
    pal, v = direction.palette, direction.valence
    vivid = direction.language.tone in ("dark-vivid", "neon", "vivid", "mid", "bright")
    if night:
        span = (0.46, 0.17)
    elif dark:
        span = (0.5, 0.74) if vivid else (0.3, 0.55)
    else:
        span = (0.84, 0.4 + 0.14 * v)
    stops = [*pal.colors, pal.accent][:4]
    hues = raster.color_lut(stops, n=max(n, 2))
    ramp = []
    for k in range(n):
        t = k / max(n - 1, 1)
        lit = span[0] + (span[1] - span[0]) * t
        if dark and not night and not vivid:  # bone stays bone, blood stays blood
            own = stops[k % len(stops)]
            lit = 0.5 * lit + 0.5 * float(np.clip(rgb_to_oklch(own)[0], 0.2, 0.8))
            c = raster.tone(own, lit)
        elif dark and not night:
            c = raster.vivid(tuple(int(x) for x in hues[k]), lit, max(chroma, 0.13))
        else:
            c = raster.tone(tuple(int(x) for x in hues[k]), lit, chroma)
        c = c if dark else _warmed(c, v, 0.4)
        if sea:  # the sea is blue whatever the palette says
            lit, ch, hue = rgb_to_oklch(c)
            c = oklch_to_rgb(lit, max(ch, 0.07), _lean(hue, 225.0, 0.75))
        ramp.append(c)
    return ramp


def _lean(hue: float, target: float, share: float) -> float:
    """A hue moved `share` of the way to `target` (the short way round)."""
    return hue + (((target - hue + 180.0) % 360.0) - 180.0) * share
