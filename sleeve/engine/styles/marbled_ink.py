"""Marbled ink: paper marbling (Ebru, suminagashi) made from real marbling moves.

Ink drops spread on the bath and push earlier ink outward, combs and swirls drag
it (``marbling``); the sheet always bleeds full. The music chooses the composition
(LAYOUTS): calm tracks lean to suminagashi rings spreading from a point off-centre,
others to Ebru stone, combed sheets (get-gel, nonpareil, chevron; faster music combs
finer) and wild ones to one big swirl; psychedelic and hyperpop lean to the swirl,
world, Latin and Arabic music to combs. The title's calm space is made by the
marbling (``marbled_sheet``): drops of clear water where the title goes (a pool), or
a printed label on the stone and combed sheets for a centred title. The palette ->
2-4 inks on a ground (doom and metal: a dark ground, ash and one dried-blood or bone
ink); the seed -> where every drop falls and the comb's direction.
"""

from __future__ import annotations

import aggdraw
import numpy as np
from PIL import Image

from sleeve.engine import compose, raster
from sleeve.engine.color import oklch_to_rgb, rgb_to_oklch
from sleeve.engine.direction import RGB, ArtDirection
from sleeve.engine.finish import finish
from sleeve.engine.styles.base import Artwork, StyleInfo
from sleeve.engine.styles.cover_parts import marbled_sheet as sheet
from sleeve.engine.styles.cover_parts import marbling as mb

STYLE = StyleInfo(
    name="marbled_ink",
    family="image",
    fits=("psychedelic", "rock", "electronic", "pop", "jazz", "world", "synthwave"),
)

PATTERNS = ("suminagashi", "stone", "combed", "swirl")
LAYOUTS = ("rings", "ebru-label", "ebru-pool", "combed-label", "combed-pool", "swirl")
LEANS = {"psychedelic": "swirl", "hyperpop": "swirl", "world": "combed", "arabic": "combed"}
LEANS |= {"latin": "combed", "reggaeton": "combed", "ambient": "suminagashi"}
CLEAR = sheet.CLEAR
DRAW_SCALE = 0.75  # the ink is drawn at this share of the work size, then scaled up


def _palette(direction: ArtDirection, rng: np.random.Generator) -> tuple[RGB, list[RGB]]:
    """The ground and 2-4 inks. Doom and metal: a near-black ground, ash and black
    inks and one of dried blood or bone; otherwise the palette's colours moved to
    stand off the ground."""
    pal = direction.palette
    count = 2 + round(2 * direction.density)
    if direction.genre == "metal" or "doom" in direction.language.subgenre:
        hue = rgb_to_oklch(pal.background)[2]
        blood, bone = oklch_to_rgb(0.36, 0.12, 25.0), oklch_to_rgb(0.8, 0.035, 85.0)
        ash, soot, smoke = (oklch_to_rgb(lit, 0.01, hue) for lit in (0.25, 0.05, 0.34))
        inks = [ash, blood if rng.random() < 0.6 else bone, soot, smoke]
        return oklch_to_rgb(0.12, 0.008, hue), inks[:count]
    dark = compose.dark_field(rgb_to_oklch(pal.background)[0])
    ground = raster.ground(pal.background, 0.14 if dark else 0.93, 0.025)
    g_light = rgb_to_oklch(ground)[0]
    inks = []
    for colour in (*pal.colors, pal.accent):
        lit, chroma, _ = rgb_to_oklch(colour)
        if abs(lit - g_light) < 0.25:  # too close to the ground: push it away
            lit = g_light + (0.35 if g_light < 0.5 else -0.35)
        inks.append(raster.tone(colour, float(np.clip(lit, 0.22, 0.9)), max(chroma, 0.06)))
    mains = [inks[i] for i in rng.permutation(len(inks) - 1)]
    return ground, mains[: count - 1] + [inks[-1]]  # the accent is always one ink


def _fine(direction: ArtDirection) -> float:
    """0 for slow tracks, 1 for fast ones: faster music combs finer."""
    return float(np.clip((direction.tempo_bpm - 70.0) / 100.0, 0.0, 1.0))


def _stone(
    tray: mb.Tray, rng: np.random.Generator, inks: int, density: float, scale: float
) -> None:
    """Battal: drops over the whole bath, each with a thin vein of another ink."""
    count = int((18 + 22 * density) / scale)
    for _ in range(count):
        c = (rng.uniform(-0.08, 1.08), rng.uniform(-0.08, 1.08))
        r = rng.uniform(0.06, 0.13) * scale * (1.2 - 0.4 * density)
        ink = int(rng.integers(inks))
        if rng.random() < 0.35:
            mb.drop(tray, c, r * 0.3, (ink + 1) % inks)
        mb.drop(tray, c, r, ink)


def _combed(tray: mb.Tray, direction: ArtDirection, rng: np.random.Generator, inks: int) -> None:
    """Get-gel (a comb there and back), then nonpareil (a fine comb across) or a
    chevron (a wavy comb), over the whole sheet; faster music combs finer."""
    _stone(tray, rng, inks, direction.density, 1.2)
    base = rng.choice((0.0, np.pi / 2, np.pi / 4, -np.pi / 4))
    spacing = 0.13 - 0.06 * _fine(direction) + rng.uniform(-0.015, 0.015)
    pull = 0.1 + 0.14 * direction.turbulence
    mb.comb(tray, base, spacing, 0.0, pull, spacing * 0.5)
    mb.comb(tray, base + np.pi, spacing, spacing / 2, pull, spacing * 0.5)
    if rng.random() < 0.4:  # nonpareil
        mb.comb(tray, base + np.pi / 2, spacing / 3, 0.0, 0.04, spacing * 0.12)
    else:  # chevron
        wavelength = spacing * rng.uniform(2.5, 5.0)
        mb.wave(tray, base + np.pi / 2, 0.04 + 0.06 * direction.energy, wavelength, 0.0)


def _rings(
    tray: mb.Tray, direction: ArtDirection, rng: np.random.Generator, inks: int, side: str
) -> compose.Box:
    """Suminagashi: ink and clear water dropped by turns at one point off-centre (away
    from the title), spreading into rings that run off the edge, a few small ring sets
    beside it, then a breath over the bath; returns the rings' box."""
    fx0, fy0, fx1, fy1 = sheet.focal(side)
    cx = fx0 + (fx1 - fx0) * float(rng.choice((0.15, 0.85)) + rng.uniform(-0.1, 0.1))
    cy = float(rng.uniform(fy0 + 0.35 * (fy1 - fy0), fy1 - 0.1 * (fy1 - fy0)))
    reach = 0.42 + 0.3 * direction.energy + rng.uniform(0.0, 0.15)
    count = int(14 + 14 * _fine(direction) + rng.integers(0, 6))
    used = min(inks, 2 + int(rng.random() < 0.4))
    for _ in range(int(rng.integers(2, 5))):  # satellites first: the big set pushes them
        at = (float(rng.uniform(0, 1)), float(rng.uniform(fy0, fy1)))
        for k in range(int(rng.integers(4, 9))):
            mb.drop(tray, at, reach * rng.uniform(0.06, 0.11), CLEAR if k % 2 else k // 2 % used)
    step = reach / np.sqrt(count)
    for k in range(count):
        ink = CLEAR if k % 2 else (k // 2) % used
        mb.drop(tray, (cx, cy), step * rng.uniform(0.6, 1.3), ink)
    mb.breeze(tray, rng, 0.03 + 0.08 * direction.turbulence)
    if rng.random() < 0.5:  # a slow stroke through them
        mb.wave(tray, rng.uniform(0, np.pi), 0.02 + 0.04 * direction.energy, 0.5, 0.0)
    return compose.around(cx, cy, reach)


def _swirl(
    tray: mb.Tray, direction: ArtDirection, rng: np.random.Generator, inks: int, side: str
) -> compose.Box:
    """One big stir through raked stripes, centred off-centre away from the title;
    returns the swirl's box."""
    fx0, fy0, fx1, fy1 = sheet.focal(side)
    cx = float(rng.uniform(fx0 + 0.2 * (fx1 - fx0), fx1 - 0.2 * (fx1 - fx0)))
    cy = float(rng.uniform(fy0 + 0.3 * (fy1 - fy0), fy1 - 0.3 * (fy1 - fy0)))
    _stone(tray, rng, inks, direction.density, 1.4)
    angle = rng.uniform(0, np.pi)
    mb.comb(tray, angle, 0.09, 0.0, 0.3, 0.04)
    mb.comb(tray, angle + np.pi, 0.09, 0.045, 0.3, 0.04)
    reach = 0.2 + 0.15 * direction.energy
    turn = (3.5 + 5 * direction.energy) * (1 if rng.random() < 0.5 else -1)
    mb.swirl(tray, (cx, cy), turn, reach)
    return compose.around(cx, cy, reach * 1.8)


def pick_pattern(direction: ArtDirection, rng: np.random.Generator) -> str:
    """Suminagashi likelier for calm tracks, combs for energetic ones, the swirl for
    turbulent ones, the genre's own pattern (where it has one) likelier still; the
    seed draws one."""
    e, t = direction.energy, direction.turbulence
    weights = np.array([1.6 - e, 1.0, 0.5 + 0.8 * e, 0.4 + t])
    lean = LEANS.get(direction.language.subgenre) or LEANS.get(direction.genre)
    if lean:
        weights[PATTERNS.index(lean)] += 1.5
    return PATTERNS[int(rng.choice(len(PATTERNS), p=weights / weights.sum()))]


def _layout(direction: ArtDirection, side: str) -> str:
    """The composition, from its own rng (no marbling): the pattern the music picks,
    and for stone (always) and combed sheets (now and then) a label where one fits
    the title, else a pool of clear water."""
    rng = raster.rng_for(direction, "marbled-layout")
    pattern = pick_pattern(direction, rng)
    label = sheet.labelled(direction, side)
    if pattern == "stone":
        return "ebru-label" if label else "ebru-pool"
    if pattern == "combed":
        return "combed-label" if label and rng.random() < 0.4 else "combed-pool"
    return "rings" if pattern == "suminagashi" else "swirl"


def layout_of(direction: ArtDirection) -> str:
    """The name of the composition render draws for `direction`, without drawing."""
    return _layout(direction, sheet.title_side(direction))


def _marble(
    direction: ArtDirection, rng: np.random.Generator, inks: int, side: str, layout: str
) -> tuple[mb.Tray, compose.Box | None]:
    """The tray after the moves of the composition `layout`, and its focal box (None:
    the whole sheet away from the title)."""
    tray = mb.Tray()
    focus = None
    if layout.startswith("ebru"):
        _stone(tray, rng, inks, direction.density, rng.uniform(0.8, 1.5))
        mb.breeze(tray, rng, 0.02 + 0.05 * direction.turbulence)
        amp = 0.025 + 0.05 * direction.turbulence  # a wavy stick: veined stone
        mb.wave(tray, rng.uniform(0, np.pi), amp, rng.uniform(0.2, 0.45), rng.uniform(0, 6.3))
    elif layout.startswith("combed"):
        _combed(tray, direction, rng, inks)
    elif layout == "rings":
        focus = _rings(tray, direction, rng, inks, side)
    else:
        focus = _swirl(tray, direction, rng, inks, side)
    if not layout.endswith("label"):
        left = direction.layout in ("top-left", "bottom-left", "vertical", "edge")
        sheet.pool(tray, side, left, rng, 0.3 + 0.1 * (1.0 - direction.density))
    return tray, focus


def _draw(tray: mb.Tray, ground: RGB, inks: list[RGB], size: int) -> Image.Image:
    """The outlines filled in dropping order (later ink lies inside earlier rings)."""
    img = Image.new("RGB", (size, size), ground)
    draw = aggdraw.Draw(img)
    brushes = [aggdraw.Brush(c) for c in inks]
    clear = aggdraw.Brush(ground)
    for ink, pts in tray.outlines():
        if len(pts) < 3:
            continue
        draw.polygon((pts * size).ravel().tolist(), clear if ink == CLEAR else brushes[ink])
    draw.flush()
    return img


def render(direction: ArtDirection, size: int) -> Artwork:
    """Draw the marbled cover (RGB, size x size)."""
    rng = raster.rng_for(direction, "marbled")
    ground, inks = _palette(direction, rng)
    side = sheet.title_side(direction)
    layout = _layout(direction, side)
    tray, focus = _marble(direction, rng, len(inks), side, layout)
    img = _draw(tray, ground, inks, max(16, round(raster.work_size(size) * DRAW_SCALE)))
    if layout.endswith("label"):
        img = sheet.label(img, side, ground, sheet.rule_ink(ground, inks))
    focal = compose.clip_box(focus) if focus else sheet.focal(side)
    image = finish(raster.to_size(img, size), direction, "marbled", 0.025)
    return Artwork(image, focal, layout)
