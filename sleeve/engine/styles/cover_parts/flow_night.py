"""Flow field's night: a title naming the night, the small hours, the moon, the dark
or the winter turns a picture with a sky into a night scene.

Those titles are title_words' "night" and "snow" motifs and NIGHT's words; the scene
is a deep blue-black ground, pale lines and a
pale moon where the sun stood ("Salt Flats at 4 A.M." drew a white field under a
red sun)."""

from __future__ import annotations

import numpy as np

from sleeve.engine.color import oklch_to_rgb, rgb_to_oklch
from sleeve.engine.direction import ArtDirection
from sleeve.engine.raster import RGB
from sleeve.engine.styles.cover_parts import title_words

# the pictures with a sky or water under it: night turns them
SKIES = (
    "grass", "range", "wave", "stone", "whirlpool", "swell", "plume", "feather", "snow",
    "rain", "moonlit", "city",
)  # fmt: skip
# what names the night or the cold besides title_words' night and snow (stems, as holds)
NIGHT = (
    "dark", "darkness", "nocturn", "3 a.m", "4 a.m", "2 a.m", "1am", "2am", "4am", "5am",
    "after hours", "cold", "frost", "frozen", "ice", "icy", "insomnia", "sleepless",
    "oscuridad", "nuit", "nacht", "notte", "noite", "冬", "겨울",
)  # fmt: skip
MOON = oklch_to_rgb(0.93, 0.05, 95.0)  # a pale moon, warm against the cold ground


def is_night(title: str) -> bool:
    """Whether the title names the night, the small hours, the dark or the cold."""
    if title_words.motifs(title) & {"night", "snow"}:
        return True
    text = title.lower()
    return any(title_words.holds(text, stem) for stem in NIGHT)


def colors(direction: ArtDirection) -> tuple[RGB, RGB, list[RGB]]:
    """The night's ground (top, bottom) and its lead, second and moon inks: a deep
    blue-black of the palette's own cold side, pale lines tinted by the palette's lead
    colour, the second a mid blue-grey."""
    _, chroma, hue = rgb_to_oklch(direction.palette.colors[0])
    cold = 250.0 + 25.0 * float(np.cos(np.radians(hue)))  # 225..275: blue to indigo
    top = oklch_to_rgb(0.13, 0.035, cold)
    bottom = oklch_to_rgb(0.2, 0.05, cold + 10.0)
    lead = oklch_to_rgb(0.86, min(max(chroma, 0.03), 0.07), hue if chroma > 0.03 else cold)
    second = oklch_to_rgb(0.58, 0.05, cold)
    return top, bottom, [lead, second, MOON]
