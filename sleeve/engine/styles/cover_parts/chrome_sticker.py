"""The chrome title as a die-cut sticker slapped on a neon wall, as hyperpop and
digicore singles look: a flat fluoro field (magenta, acid yellow, cyan, baby blue;
never the metal's own hue) papered with the title repeated small in rows, tone on
tone, each row slid along by the song's energy at that moment; over it the title in
silver chrome (whatever the genre's metal) on a black sticker with a white edge and
a hard black drop shadow, tilted (more for a faster song), and a few chrome star
stickers round it where the song's strongest onsets fall (more for a louder song)."""

from __future__ import annotations

import math

import aggdraw
import numpy as np
from PIL import Image, ImageFilter

from sleeve.engine.color import hue_gap, mix, rgb_to_oklch
from sleeve.engine.fonts import title_face
from sleeve.engine.raster import RGB
from sleeve.engine.styles.cover_parts import chrome_fill, chrome_set
from sleeve.engine.styles.cover_parts.chrome_metal import METALS
from sleeve.engine.styles.cover_parts.chrome_set import Box, Scene
from sleeve.engine.styles.cover_parts.poster_kit import line_mask

# the walls, happiest first: acid yellow, hot magenta, cyan-mint, baby blue
NEONS: tuple[RGB, ...] = ((255, 238, 0), (255, 20, 200), (0, 240, 200), (96, 170, 255))
INK: RGB = (10, 8, 14)  # the sticker's backing and its drop shadow
PAPER: RGB = (255, 255, 255)  # the die-cut edge
BORDER = 0.04  # the dark backing's reach round the letters, share of the side
LIFT = 1.0  # the chrome's darks lightened most: bright chrome on the dark keyline
PAPER_REACH = 1.45  # the white border's outer reach, share of the dark keyline's
DROP = (0.018, 0.022)  # the black shadow's offset, share of the side


def sticker(scene: Scene) -> Box:
    """The wall, the chrome title sticker on it, the star stickers; the title's box."""
    s, rng, d = scene.size, scene.rng, scene.direction
    wall = _wall_colour(d.valence, scene.metal.sky_low, rng)
    scene.image = Image.new("RGB", (s, s), wall)
    _paper(scene, wall)
    if scene.title is None:
        _stars(scene, (0.5, 0.5, 0.5, 0.5), 5)
        return (0.2, 0.2, 0.8, 0.8)
    angle = (4 + 8 * float(np.clip((d.tempo_bpm - 90) / 80, 0, 1))) * rng.choice((-1, 1))
    scene.lift = LIFT
    scene.metal = METALS["silver"]  # hyperpop's chrome: neon and plain silver
    grow = 0.92 + 0.08 * scene.energy  # a calm song's sticker leaves more wall
    lines, cuts = chrome_set.cut_lines(scene, 0.84 * grow, 0.7 * grow, 1.3 + 0.5 * scene.energy)
    wide = max(c.width / max(1, c.height) for c in cuts)
    angle *= min(1.0, 4.0 / wide) if wide < 8 else 0.0  # a long line tilts less, or not
    gap = 0.04 * s  # room for the backing between lines (each reads on black)
    total = sum(c.height for c in cuts) + gap * (len(cuts) - 1)
    top = (s - total) / 2 + rng.uniform(-0.04, 0.04) * s
    layer, placed = chrome_set.chrome_layer(scene, lines, cuts, "centre", top, gap)
    pivot = (s / 2, top + total / 2)
    drop = (int(s * DROP[0]), int(s * DROP[1]))
    layer = _die_cut(layer, s * BORDER, drop).rotate(angle, Image.Resampling.BILINEAR, center=pivot)
    chrome_set.paste_layer(scene.image, layer)
    for glyphs, at, text in placed:
        middle = chrome_set.turn_point(
            (at[0] + glyphs.width / 2, at[1] + glyphs.height / 2), pivot, angle
        )
        mask, corner = chrome_set.turn_image(glyphs, middle, angle)
        scene.setter.record(mask, corner, text)
    scene.setter.ink = scene.metal.sky_low
    box = scene.setter.extent()
    _stars(scene, box, 1 + int(round(2 * scene.energy)))
    return box


def _wall_colour(valence: float, metal: RGB, rng: np.random.Generator) -> RGB:
    """A neon of another hue than the metal's: a happy song leans to the yellow and
    magenta, a sad one to the cyan and blue; the seed picks among the nearest."""
    walls = [n for n in NEONS if not _same_hue(n, metal)]
    at = float(np.clip(1 - valence, 0, 1)) * (len(walls) - 1)
    pick = int(np.clip(round(at + rng.uniform(-0.75, 0.75)), 0, len(walls) - 1))
    return walls[pick]


def _same_hue(a: RGB, b: RGB) -> bool:
    """Whether two colours, both coloured, lie within 60 degrees of hue (OKLCH)."""
    coloured = min(rgb_to_oklch(a)[1], rgb_to_oklch(b)[1]) > 0.03
    return coloured and hue_gap(a, b) < 60


def _paper(scene: Scene, wall: RGB) -> None:
    """The title repeated small in rows over the wall, a shade darker: more, tighter
    rows for a faster song, every other row reversed in direction, each slid along
    by the energy curve at its height (the song's shape in the wallpaper)."""
    s, d = scene.size, scene.direction
    text = (scene.title.text if scene.title else "").replace("\n", " ").strip() or "\u2605"
    rows = int(np.clip(round(5 + (d.tempo_bpm - 80) / 20), 5, 10))
    pitch = s / rows
    face = scene.title.face if scene.title else title_face(text, "condensed", 600.0)
    word = line_mask(f"{text}  \u2022  ".upper(), face, max(6, int(pitch * 0.62)), pad=0.1)
    if word.width < 2:
        return
    curve = np.array(d.energy_curve or (0.5,), np.float32)
    tone = mix(wall, INK, 0.2)
    for row in range(rows):
        level = float(
            np.interp(row / max(1, rows - 1) * (len(curve) - 1), np.arange(len(curve)), curve)
        )
        shift = int(((row % 2) * 0.5 + level) * word.width) % word.width
        y = int(row * pitch + (pitch - word.height) / 2)
        for x in range(-shift, s, word.width):
            scene.image.paste(tone, (x, y), word)


def _die_cut(layer: Image.Image, border: float, drop: tuple[int, int]) -> Image.Image:
    """The chrome layer cut out as a sticker: a dark backing `border` px round the
    letters (the bright chrome reads on it at 64 px), a rounded white edge round
    that and a hard black shadow `drop` px under it."""
    edge = _grown(layer, border * PAPER_REACH)
    shadow = Image.new("L", layer.size, 0)
    shadow.paste(edge, drop)
    out = Image.new("RGBA", layer.size, (*INK, 0))
    out.putalpha(shadow)
    for colour, cut in ((PAPER, edge), (INK, _grown(layer, border))):
        sheet = Image.new("RGBA", layer.size, (*colour, 0))
        sheet.putalpha(cut)
        out.alpha_composite(sheet)
    out.alpha_composite(layer)
    return out


def _grown(layer: Image.Image, reach: float) -> Image.Image:
    """The layer's shape grown by about `reach` px with round corners, a clean cut
    line (worked at a quarter side, then scaled)."""
    q = 4
    alpha = layer.getchannel("A").reduce(q)
    soft = alpha.filter(ImageFilter.GaussianBlur(max(0.5, reach / q / 2)))
    soft = soft.resize(layer.size, Image.Resampling.BILINEAR)
    return soft.point(lambda v: int(np.clip((v - 10) * 64, 0, 255)))


def _stars(scene: Scene, box: Box, count: int) -> None:
    """Four-pointed chrome star stickers round the title, in the corners its box
    leaves, at the song's strongest onsets (sized by them)."""
    s, rng = scene.size, scene.rng
    hits = np.array(scene.direction.onsets or scene.direction.energy_curve or (0.5,), np.float32)
    strongest = np.argsort(-hits, kind="stable")[:count]
    corners = [(0.14, 0.14), (0.86, 0.86), (0.86, 0.14), (0.14, 0.86), (0.5, 0.1)]
    first = int(rng.integers(4))
    corners = corners[first:4] + corners[:first] + corners[4:]  # the seed's first corner
    for k, (cx, cy) in zip(strongest, corners, strict=False):
        strength = float(hits[k] / max(1e-6, hits.max()))
        r = s * (0.035 + 0.06 * strength) * (1.0 if k == strongest[0] else 0.6)
        cx += rng.uniform(-0.04, 0.04)
        cy += rng.uniform(-0.04, 0.04)
        if box[0] - 0.03 < cx < box[2] + 0.03 and box[1] - 0.03 < cy < box[3] + 0.03:
            cy = box[1] - 0.07 if cy < 0.5 else box[3] + 0.07  # off the title
        _star(scene, (cx * s, cy * s), r, float(rng.uniform(0, math.pi / 4)))


def _star(scene: Scene, centre: tuple[float, float], r: float, turn: float) -> None:
    """One four-pointed chrome star, cut out like the title."""
    side = int(r * 2.6)
    mask = Image.new("L", (side, side), 0)
    pen = aggdraw.Draw(mask)
    points = []
    for i in range(8):
        a = turn + i * math.pi / 4
        reach = r if i % 2 == 0 else r * 0.32
        points += [side / 2 + reach * math.cos(a), side / 2 + reach * math.sin(a)]
    pen.polygon(points, aggdraw.Brush(255))
    pen.flush()
    chrome = chrome_fill.plate(mask, scene.metal, scene.energy, scene.light)
    big = Image.new("RGBA", (side * 2, side * 2), (0, 0, 0, 0))
    big.alpha_composite(chrome, ((side * 2 - chrome.width) // 2, (side * 2 - chrome.height) // 2))
    s = scene.size
    cut = _die_cut(big, s * BORDER * 0.7, (int(s * DROP[0] * 0.6), int(s * DROP[1] * 0.6)))
    scene.image.paste(cut, (int(centre[0] - side), int(centre[1] - side)), cut)
