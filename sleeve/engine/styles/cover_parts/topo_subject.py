"""What a topographic cover maps for a title: the land its words name (a mountain, an
island in the sea, a lake, a heart-shaped island for a title that names a heart) as
height fields; the title_words motifs plus the few words only a map can draw (island,
lake, a valley, river or desert). A love song or Habibi without a heart in its words
gets the music's own map. A city's street grid read as graph paper and is retired."""

from __future__ import annotations

import numpy as np

from sleeve.engine import raster
from sleeve.engine.styles.cover_parts import title_words
from sleeve.engine.styles.cover_parts.topo_terrain import RES

# fmt: off
EXTRA: dict[str, tuple[str, ...]] = {
    "island": ("island", "isla", "ilha", "île", "insel", "остров", "島", "岛", "섬", "جزيرة",
               "νησί", "atoll"),
    "lake": ("lake", "lago", "lac", "loch", "pond", "озер", "湖", "호수", "بحيرة", "झील",
             "λίμνη", "fjord"),
    "land": ("valley", "valleys", "river", "rivers", "desert", "dune", "dunes", "canyon",
             "glacier", "río", "rio", "долин", "река", "пустын", "谷", "川", "河", "砂漠",
             "沙漠", "계곡", "강", "사막", "nehir", "وادي", "نهر", "صحراء"),
}
# fmt: on
ORDER = ("heart", "lake", "island", "sea", "mountain", "snow", "land")  # the first named
# words the motif table reads as a heart that name a darling, not the organ: a heart
# island for Habibi (and for every love song) was the style's one repeated picture
ENDEARMENTS = ("habibi", "حبيب")


def names_heart(title: str) -> bool:
    """Whether the title names a heart itself (heart, corazón, दिल, <3), not love."""
    text = title.lower()
    for word in ENDEARMENTS:
        text = text.replace(word, " ")
    return "heart" in title_words.motifs(text)


def subject(title: str) -> str:
    """The land or water the title names ("" for none): a heart only where the title
    names one; "land" for a valley, river or desert."""
    named = set(title_words.motifs(title)) - {"heart"}
    if names_heart(title):
        named.add("heart")
    text = title.lower()
    named |= {k for k, stems in EXTRA.items() if any(title_words.holds(text, s) for s in stems)}
    return next((k for k in ORDER if k in named), "")


def outline(points: int = 721) -> tuple[np.ndarray, np.ndarray]:
    """The classic parametric heart, about -1..1 wide, its centre a little above the
    middle so every ray from it meets the curve once (y down)."""
    t = np.linspace(0.0, 2 * np.pi, points)
    hx = 16 * np.sin(t) ** 3 / 17.0
    hy = -(13 * np.cos(t) - 5 * np.cos(2 * t) - 2 * np.cos(3 * t) - np.cos(4 * t)) / 17.0
    return hx, hy + 0.12


def heart(at: tuple[float, float], scale: float, tilt: float = 0.0) -> np.ndarray:
    """A heart-shaped hill centred at `at`, `scale` its half-width, turned `tilt`
    radians: every contour a heart (the heart's radius read round its centre), one
    summit and no other rings."""
    hx, hy = outline()
    ang, rad = np.arctan2(hy, hx), np.hypot(hx, hy)
    order = np.argsort(ang)
    x, y = raster.pixel_grid(RES)
    ux, uy = (x - at[0]) / scale, (y - at[1]) / scale
    c, s = np.cos(tilt), np.sin(tilt)
    dx, dy = c * ux + s * uy, c * uy - s * ux
    r = np.interp(np.arctan2(dy, dx), ang[order], rad[order], period=2 * np.pi)
    d = np.hypot(dx, dy) / r
    return (np.clip(1.0 - d, 0.0, 1.0) ** 0.8).astype(np.float32)
