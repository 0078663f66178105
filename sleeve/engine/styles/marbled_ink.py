"""Marbled ink: paper marbling (Ebru, suminagashi) made from real marbling moves.

Ink drops spread on the bath and push earlier ink outward, combs and swirls drag
it (``marbling``). The music chooses the pattern: calm tracks lean to suminagashi
(many small ring-drops of ink and clear water, raked into streaks) and stone
patterns (battal: drops with thin veins, drawn by a wavy stick), busier ones to
combed patterns (get-gel, nonpareil, chevron) and wild ones to a bold vortex;
psychedelic and hyperpop lean to the vortex, world, Latin and Arabic music to combed
Ebru. Density -> how many drops and whether the marbling bleeds full (its title zone
washed quiet, see calm_zone) or is a torn sheet or a strip on plain paper (room for
the title); turbulence -> how hard the combs pull; the palette -> 2-4 inks on a
ground (doom and metal: a dark ground, ash and one dried-blood or bone ink); the
seed -> where every drop falls, the comb's direction and the layout.
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
from sleeve.engine.styles.cover_parts import marbling as mb
from sleeve.engine.styles.cover_parts.marbled_sheet import lay_out

STYLE = StyleInfo(
    name="marbled_ink",
    family="image",
    fits=("psychedelic", "rock", "electronic", "pop", "jazz", "world", "synthwave"),
)

PATTERNS = ("suminagashi", "stone", "combed", "vortex")
LEANS = {"psychedelic": "vortex", "hyperpop": "vortex", "world": "combed", "arabic": "combed"}
LEANS |= {"latin": "combed", "reggaeton": "combed", "ambient": "suminagashi"}
CLEAR = -1  # an ink index for clear water (the ground shows through)
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


def _stone(
    tray: mb.Tray, rng: np.random.Generator, inks: int, density: float, scale: float
) -> None:
    """Battal: drops over the whole bath, each with a thin vein of another ink."""
    count = int((24 + 24 * density) / scale)
    for _ in range(count):
        c = (rng.uniform(-0.05, 1.05), rng.uniform(-0.05, 1.05))
        r = rng.uniform(0.055, 0.12) * scale * (1.2 - 0.4 * density)
        ink = int(rng.integers(inks))
        if rng.random() < 0.3:
            mb.drop(tray, c, r * 0.28, (ink + 1) % inks)
        mb.drop(tray, c, r, ink)


def _combed(tray: mb.Tray, direction: ArtDirection, rng: np.random.Generator, inks: int) -> None:
    """Get-gel (a comb there and back), nonpareil (then a fine comb across) or a
    chevron (a wavy comb), on a field of small stones."""
    _stone(tray, rng, inks, direction.density, 1.3)
    base = rng.choice((0.0, np.pi / 2, np.pi / 4))
    spacing = rng.uniform(0.05, 0.09)
    pull = 0.06 + 0.12 * direction.turbulence
    mb.comb(tray, base, spacing, 0.0, pull, spacing * 0.5)
    mb.comb(tray, base + np.pi, spacing, spacing / 2, pull, spacing * 0.5)
    kind = rng.random()
    if kind < 0.3:  # nonpareil
        mb.comb(tray, base + np.pi / 2, spacing / 2, 0.0, 0.03, spacing * 0.15)
    elif kind < 0.75:  # chevron
        wavelength = spacing * rng.uniform(2.0, 4.0)
        mb.wave(tray, base + np.pi / 2, 0.03 + 0.05 * direction.energy, wavelength, 0.0)


def _suminagashi(
    tray: mb.Tray, direction: ArtDirection, rng: np.random.Generator, inks: int
) -> None:
    """Many small ring-drops of ink and clear water scattered over the bath (few rings
    each), spread by a breath and raked into streaks so none reads as a lone object,
    then maybe drawn by a wavy stroke or a slow stir."""
    spots = int(12 + rng.integers(0, 8) + 8 * direction.density)
    centres = [tuple(rng.uniform(-0.05, 1.05, 2)) for _ in range(spots)]
    step = rng.uniform(0.034, 0.048)
    rings = int(rng.integers(2, 4))
    for k in range(rings * 2):
        for c in centres:
            ink = CLEAR if k % 2 else int(rng.integers(min(inks, 3)))
            mb.drop(tray, c, step * rng.uniform(0.6, 1.4), ink)
    mb.breeze(tray, rng, 0.05 + 0.1 * direction.turbulence)
    angle = rng.uniform(0, np.pi)  # a rake through every drop: streaks, not lone rings
    spacing = rng.uniform(0.1, 0.2)
    mb.comb(tray, angle, spacing, rng.uniform(0, spacing), 0.08 + 0.1 * direction.energy, 0.03)
    move = rng.random()
    if move < 0.45:  # then a wavy stroke across
        amp = 0.03 + 0.05 * direction.energy
        mb.wave(tray, angle + np.pi / 2, amp, rng.uniform(0.25, 0.5), 0.0)
    elif move < 0.8:  # or a slow stir
        at = (float(rng.uniform(0.3, 0.7)), float(rng.uniform(0.3, 0.7)))
        mb.swirl(tray, at, rng.choice((-1.0, 1.0)) * rng.uniform(1.5, 3.5), 0.25)


def _vortex(tray: mb.Tray, direction: ArtDirection, rng: np.random.Generator, inks: int) -> None:
    """A bold stir on stones or rings: one deep whirl."""
    at = compose.thirds(rng, 0.06)
    _stone(tray, rng, inks, direction.density, 1.3)
    if rng.random() < 0.5:  # raked into stripes first
        mb.comb(tray, rng.uniform(0, np.pi), 0.1, 0.0, 0.25, 0.03)
    mb.swirl(tray, at, (1 if rng.random() < 0.5 else -1) * (3 + 5 * direction.energy), 0.22)


def pick_pattern(direction: ArtDirection, rng: np.random.Generator) -> str:
    """Suminagashi likelier for calm tracks, combs for energetic ones, the vortex for
    turbulent ones, the genre's own pattern (where it has one) likelier still; the
    seed draws one."""
    e, t = direction.energy, direction.turbulence
    weights = np.array([1.6 - e, 1.0, 0.5 + 0.8 * e, 0.4 + t])
    lean = LEANS.get(direction.language.subgenre) or LEANS.get(direction.genre)
    if lean:
        weights[PATTERNS.index(lean)] += 1.5
    return PATTERNS[int(rng.choice(len(PATTERNS), p=weights / weights.sum()))]


def _marble(direction: ArtDirection, rng: np.random.Generator, inks: int) -> tuple[mb.Tray, str]:
    """The tray after the moves of the pattern the music picks, and the pattern."""
    pattern = pick_pattern(direction, rng)
    tray = mb.Tray()
    if pattern == "stone":
        _stone(tray, rng, inks, direction.density, rng.uniform(0.75, 1.5))
        mb.breeze(tray, rng, 0.02 + 0.05 * direction.turbulence)
        # drawn once across by a wavy stick: veined stone, not pebbles or eggs
        amp = 0.025 + 0.05 * direction.turbulence
        mb.wave(tray, rng.uniform(0, np.pi), amp, rng.uniform(0.2, 0.45), rng.uniform(0, 6.3))
    elif pattern == "combed":
        _combed(tray, direction, rng, inks)
    elif pattern == "suminagashi":
        _suminagashi(tray, direction, rng, inks)
    else:
        _vortex(tray, direction, rng, inks)
    return tray, pattern


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
    tray, pattern = _marble(direction, rng, len(inks))
    img = _draw(tray, ground, inks, max(16, round(raster.work_size(size) * DRAW_SCALE)))
    img, focal, sheet = lay_out(img, direction, rng, ground)
    image = finish(raster.to_size(img, size), direction, "marbled", 0.025)
    return Artwork(image, focal, f"{sheet}-{pattern}")
