"""The retro sun's plan: which of thirteen compositions a track gets and where its
parts sit (horizon, sun, vanishing point, mirror), drawn from the seed, the music and
what the title names, without drawing anything, so layout_of is cheap and exact.

Compositions, calm to driving: a tiny sun high in a vast sky over a thin grid strip
(void), a sunset mirrored in rippling water (mirror), a moon over a neon sea and its
broken wake (moonwake), neon rings behind wireframe mountains (halo), a huge sun
cropped by the top edge over a wall of chrome-edged wireframe mountains (range), a
vaporwave grid wall in perspective seen from the side (wall), the sunset over a floor
with a skyline (horizon), a huge sun cropped by the top edge over a chrome bar
(overhead), a sun slipped along a VHS tracking band (tracking), a grid tunnel with
floor and ceiling (tunnel), the sunset behind the car held in its rear-view mirror
(rearview), the car from behind with its red tail light (taillights) and a night
highway vanishing off-centre (highway). The moon, the car, the three huge suns and
the wall are drawn for what the title, tags or subgenre name (NAMED, and now and then
RARE), the rest by energy (PICKED).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from sleeve.engine import compose, raster
from sleeve.engine.direction import ArtDirection
from sleeve.engine.styles.cover_parts import calm_zone, retro_colors
from sleeve.engine.styles.cover_parts.title_words import motifs

COMPOSITIONS = (
    "halo",
    "void",
    "moonwake",
    "horizon",
    "mirror",
    "range",
    "wall",
    "overhead",
    "tracking",
    "tunnel",
    "rearview",
    "taillights",
    "highway",
)
BIG_SUNS = ("range", "overhead", "tracking")  # the frame-filling sun: for titles naming it
RARE = (*BIG_SUNS, "wall")  # the wall is vaporwave's own: rare for other songs
NAMED = ("moonwake", "taillights", *RARE)  # drawn for what the title, tags or genre name
PICKED = tuple(c for c in COMPOSITIONS if c not in NAMED)  # by energy, calm to driving
FLOORS = ("water", "checker", "grid", "road", "terrain")  # calm ... driving
SKYLINES = ("mountains", "palms", "city", "pyramids", "none")
SUNS = ("striped", "bars", "rings")


@dataclass(frozen=True)
class Plan:
    """One track's composition, drawn from its seed and music (size-free)."""

    layout: str
    scheme: str
    flip: bool
    horizon: float
    cx: float
    cy: float
    r: float
    sun: str
    stripes: int
    even: bool
    vx: float
    floor: str
    skyline: str
    band: str


def _composition(direction: ArtDirection, rng: np.random.Generator) -> str:
    """The composition. A title naming a road sees the car, one naming the night or
    the sea the moon over the sea, one naming a city the sunset behind its towers,
    one naming the sun the huge sun (overhead or
    tracking, otherwise rare: the striped sun filling the frame was the template);
    a synthwave night drive (its title or tags name the night) leans to the moon when
    calm and to the car when driving; vaporwave often gets its wall; otherwise calm
    songs lean to the open compositions, driving songs to the road."""
    named, chance = motifs(direction.title), rng.random()
    if "road" in named and chance < 0.8:
        return "taillights"
    if "sun" in named and "night" not in named and chance < 0.75:
        return "mirror" if "sea" in named else BIG_SUNS[int(rng.integers(len(BIG_SUNS)))]
    if named & {"night", "sea"} and chance < 0.75:
        return "moonwake"
    if "city" in named and chance < 0.6:
        return "horizon"
    own = direction.language.subgenre in ("synthwave", "outrun")
    if own and direction.night and chance < 0.7:
        return "taillights" if direction.energy >= 0.45 else "moonwake"
    if direction.language.subgenre == "vaporwave" and chance < 0.35:
        return "wall"
    if rng.random() < 0.1:  # now and then a huge sun or, off vaporwave, its wall
        return RARE[int(rng.integers(len(RARE)))]
    return compose.pick(rng, PICKED, direction.energy)


def plan(direction: ArtDirection) -> Plan:
    """The track's composition: every choice that moves layout, scale and crop."""
    rng = raster.rng_for(direction, "retro")
    band = calm_zone.title_band(direction, raster.rng_for(direction, "retro-zone"))
    layout = _composition(direction, rng)
    scheme = retro_colors.scheme(direction, rng)
    if layout == "wall" and direction.language.subgenre == "vaporwave":
        scheme = "pastel"  # vaporwave's wall is marble pink
    flip = bool(rng.random() < 0.5)
    stripes = int(np.clip(round(direction.tempo_bpm / 14.0), 3, 13))
    even = bool(rng.random() < 0.25 + 0.5 * direction.energy)
    sun = SUNS[int(rng.choice(2, p=(0.6, 0.4)))]
    floor, skyline = "grid", "none"
    u = rng.uniform
    if layout == "void":
        horizon, r = u(0.86, 0.91), u(0.065, 0.095)
        cx = u(0.2, 0.8)
        cy = u(0.42, 0.58) if band == "top" else u(0.14, 0.3)  # clear of the title
        vx = u(0.3, 0.7)
    elif layout == "mirror":
        horizon, r = u(0.48, 0.56), u(0.14, 0.24)
        cx = u(0.35, 0.65)
        cy, vx = horizon - r * u(0.3, 0.7), cx
        skyline = ("mountains", "palms", "city")[int(rng.integers(3))]
        floor = "water"
    elif layout == "halo":
        horizon, r = u(0.6, 0.7), u(0.26, 0.34)
        cx = u(0.38, 0.62)
        cy, vx, sun = horizon - r * u(0.35, 0.6), cx, "rings"
        floor, skyline = "scan", "mountains"
    elif layout == "range":
        horizon, r = 0.98, u(0.4, 0.52)
        cx, cy = u(0.4, 0.6), u(0.12, 0.24)
        if band == "top":  # the sun sinks to the ridge, clear of a title above it
            r, cy = u(0.3, 0.36), u(0.5, 0.58)
        vx, sun = cx, "bars" if rng.random() < 0.4 else "striped"
        skyline = "mountains"
    elif layout == "wall":
        horizon, r = u(0.66, 0.72), u(0.1, 0.14)
        vx = u(0.7, 0.8)
        cx, cy, sun, floor = u(0.6, 0.76), u(0.4, 0.5), "disc", "checker"
    elif layout == "overhead":  # huge, cropped by the top, setting behind a chrome bar
        horizon, r = u(0.7, 0.78), u(0.41, 0.46)
        cx, cy = u(0.47, 0.53), 0.0  # the disc's sides inside the frame
        cy = horizon - r * u(0.72, 0.92)
        vx, sun = cx, "bars" if rng.random() < 0.6 else "striped"
    elif layout == "tracking":
        horizon, r = u(0.62, 0.7), u(0.28, 0.36)
        cx = u(0.34, 0.46)
        cy, vx, sun, floor = horizon - r * u(0.35, 0.6), cx, "striped", "scan"
    elif layout == "tunnel":
        horizon, r = u(0.46, 0.54), u(0.07, 0.11)
        cx = u(0.38, 0.62)
        cy, vx = horizon - r * u(0.15, 0.45), cx
        floor = "tunnel"
    elif layout == "rearview":  # the sunset behind, in the mirror (retro_drive)
        horizon, r, cx, cy, vx = 0.5, 0.1, 0.5, 0.45, 0.5
        floor, skyline = "road", "palms"
    elif layout == "moonwake":  # a moon over the sea, clear of the title's band
        r, cx = u(0.12, 0.18), u(0.3, 0.7)
        if band == "top":  # rising under the title, cut by the horizon
            cy = 0.37 + r
            horizon = min(cy + r * u(0.3, 0.95), 0.74)
        else:  # high, its wake fading out above the title
            cy, horizon = u(0.14, 0.2) + r * 0.5, u(0.44, 0.5)
        vx, sun = cx, "moon"
        skyline = "city" if "city" in motifs(direction.title) else "none"
        if scheme == "pastel":
            scheme = "ice"  # the moon is a night: no pastel sky
    elif layout == "taillights":  # the car from behind, into a low plain disc
        horizon, r = u(0.4, 0.5) if band == "top" else u(0.34, 0.4), u(0.07, 0.11)
        if band == "top":  # the disc sets below the title's block, not under its shade
            horizon = min(max(horizon, calm_zone.title_reach(direction) + 2.2 * r), 0.6)
        vx = u(0.38, 0.62)
        cx, cy, sun, floor = vx, horizon - r * u(0.1, 0.4), "disc", "grid"
        if scheme == "pastel":
            scheme = "neon"
    elif layout == "highway":
        horizon, r = u(0.38, 0.46), u(0.08, 0.13)
        vx = u(0.68, 0.8)
        cx, cy, floor, skyline = vx, horizon - r * u(0.1, 0.5), "road", "mountains"
    else:
        return _horizon(direction, rng, band, scheme, stripes, even, flip)
    return Plan(
        layout, scheme, flip, horizon, cx, cy, r, sun, stripes, even, vx, floor, skyline, band
    )


def _horizon(
    direction: ArtDirection,
    rng: np.random.Generator,
    band: str,
    scheme: str,
    stripes: int,
    even: bool,
    flip: bool,
) -> Plan:
    """The classic sunset: a floor (water .. terrain by energy) and a skyline."""
    floor = compose.pick(rng, FLOORS, direction.energy)
    if floor == "checker" and scheme != "pastel" and rng.random() < 0.6:
        floor = "grid"
    lean = {"ice": "city", "neon": "city", "dusk": "palms", "pastel": "pyramids"}.get(scheme)
    weights = np.array([2.2 if s == lean else 1.0 for s in SKYLINES])
    skyline = SKYLINES[int(rng.choice(len(SKYLINES), p=weights / weights.sum()))]
    if "city" in motifs(direction.title):
        skyline = "city"  # a title naming a city sees its towers
    sun = SUNS[int(rng.choice(3, p=(0.5, 0.3, 0.2)))]
    horizon = rng.uniform(0.5, 0.8)
    if band == "bottom":
        horizon = min(horizon, rng.uniform(0.55, 0.66))  # the floor is short under a title
    r = rng.uniform(0.16, 0.36) * (0.8 if floor in ("road", "terrain") else 1.0)
    cx = float(rng.choice((0.5, rng.uniform(0.28, 0.72), rng.choice((0.2, 0.8)))))
    cy = horizon - r * rng.uniform(0.05, 0.95)
    if band == "top":
        cy = max(cy, 0.3 + r * 0.75)  # the top band stays mostly sky for the title
    cy = max(cy, r * 0.85)  # a crop by the top edge, never a sliver of sun
    vx = float(np.clip(cx + rng.uniform(-0.22, 0.22), 0.15, 0.85))
    return Plan(
        "horizon", scheme, flip, horizon, cx, cy, r, sun, stripes, even, vx, floor, skyline, band
    )
