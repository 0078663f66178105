"""The chrome title's compositions, each its own picture, each with one chrome thing
on a black night: `stack` (the title stacked big in chrome, standing on a horizon
over a floor that mirrors it, the backdrop the title names behind it), `monogram`
(the title's first letter in chrome, giant and cropped by the frame, the title set
plainly in a calm corner), `object` (a chrome object, a ring swelling with the song's
energy, a poured drop or a four-pointed star, with the title set plainly under it)
and `wordmark` (the title in a tight chrome line across the backdrop, beams behind
it and smoke low, under film halation and heavy grain). Each lights the scene's
night field, paints it and sets the title (chrome_set; the world: chrome_world), and
returns the focal box; untitled, the chrome object stands alone."""

from __future__ import annotations

import math

import aggdraw
import numpy as np
from PIL import Image

from sleeve.engine import raster
from sleeve.engine.fonts import title_face
from sleeve.engine.scripts import clusters
from sleeve.engine.styles.cover_parts import (
    chrome_backdrop,
    chrome_field,
    chrome_set,
    chrome_sticker,
    chrome_world,
)
from sleeve.engine.styles.cover_parts.chrome_set import Box, Scene
from sleeve.engine.styles.cover_parts.poster_kit import line_mask

LEAD_SHARE = 0.45  # of stacked titles, those whose first line leads
STARRY = ("hyperpop", "kpop")  # whose chrome object is the y2k star
# the poured drop: its outline the energy curve, smoothed over this many of 256 steps and
# swelling this share of its radius (a deeper swell read as a lumpy rock or bean)
DROP_SMOOTH, DROP_SWELL = 61, 0.14
SHADE = 1.5  # the world-lit titles' shadow, times chrome_set's: backdrop rims pass by them
FLOOR = 0.6  # where the monogram starts to sink into the dark under its plain title


def stack(scene: Scene) -> Box:
    """The title stacked big, standing on a horizon: the backdrop the title names
    (chrome_world) behind it, rising from the horizon (a sun, a halo) or hung over the
    title's head (a heart, a diamond, a moon, a star), and a glowing floor under it (a
    grid for the y2k genres, a black mirror for the street ones) mirroring it. A louder
    song sets the horizon lower, the title and the backdrop bigger, a happier one lower
    still; the seed slides the backdrop (and the floor's vanishing point) to one side
    and nudges the horizon."""
    s, rng, d = scene.size, scene.rng, scene.direction
    e = scene.energy
    lift = 0.1 * (d.valence - 0.5) + float(rng.uniform(-0.05, 0.05))  # happier: more sky
    horizon = float(np.clip(0.66 + 0.14 * e + lift, 0.6, 0.86))
    radius = 0.22 + 0.14 * e + float(rng.uniform(-0.03, 0.03))
    across = 0.5 + float(rng.choice((-1, 1)) * rng.uniform(0.08, 0.22))
    kind = chrome_backdrop.subject(scene.title.text if scene.title else "", *_genre(scene))
    head = horizon - 0.3  # where the title's top stands
    if scene.title is not None:
        grow = 0.55 + 0.45 * e
        tall = min((0.8 if scene.title.small else 0.88) * (0.75 + 0.25 * grow), horizon - 0.3)
        lead = 2.4 if rng.random() < LEAD_SHARE else 1.0
        lines, cuts = chrome_set.cut_lines(scene, 0.6 + 0.3 * grow, tall, 1.0 + 0.5 * e, lead=lead)
        gap = 0.02 * s
        total = sum(c.height for c in cuts) + gap * (len(cuts) - 1)
        top = horizon * s - total + 0.01 * s  # its foot on the horizon
        head = top / s
    if kind in chrome_backdrop.RISING:
        radius += 0.1
        centre = (across, horizon - radius * 0.35)
    else:
        centre = (across, max(head - 0.35 * radius, 0.9 * radius + 0.03))
    chrome_world.glow(scene, centre, radius * 1.6, 0.3)
    chrome_world.ground(scene, horizon)
    layer = None
    if scene.title is not None:
        layer, placed = chrome_set.chrome_layer(scene, lines, cuts, "centre", top, gap)
        glow = chrome_world.halation(scene, layer, 0.35)
    scene.paint()
    grid = (
        d.language.subgenre in chrome_backdrop.GRID_GENRES or d.genre in chrome_backdrop.GRID_GENRES
    )
    chrome_backdrop.backdrop(scene, kind, centre, radius, horizon, (horizon, across, grid))
    if layer is None:
        return _object(scene, (0.5, horizon - 0.22), 0.2)
    chrome_world.reflect(scene, layer, horizon, 0.4)
    box = chrome_set.place(scene, layer, placed, chrome_set.SHADOW * SHADE)
    chrome_world.shine(scene, glow, box)
    chrome_world.flares(scene, layer, 1 + int(round(2 * e)))
    return box


def _genre(scene: Scene) -> tuple[str, str]:
    return scene.direction.language.subgenre, scene.direction.genre


def monogram(scene: Scene) -> Box:
    """The title's first letter (a Latin title's two initials) in polished chrome, most
    of the frame's height and cropped a little by its side (the seed's), whole enough
    to read; the title set plainly in the corner it leaves calm. Taller than the
    frame, cut by a fifth and in blackletter, a reviewer read Brick by Brick's BB as
    "melted slabs", and on so wide a letter the poured ripple's dips mirrored the
    ground as black holes."""
    s, rng = scene.size, scene.rng
    chrome_field.bloom(scene.field, (0.5, 0.35), 0.5, 0.06, scene.metal.light)
    scene.paint()
    text = scene.title.text if scene.title else "\u2726"
    words = text.split()
    letter = clusters(text)[0]
    if scene.title and scene.title.stretch and len(words) > 1:  # the initials, a monogram
        letter = "".join(clusters(w)[0] for w in words[:2])
    face = scene.title.face if scene.title else title_face(letter, "display", 900.0)
    mask = line_mask(letter, face, int(s * 0.9), pad=0.02)
    mask = mask.crop(mask.getbbox() or (0, 0, 1, 1))
    tall = s * (0.78 + 0.14 * scene.energy + rng.uniform(0, 0.08))  # louder: bigger
    k = min(tall / mask.height, s * 0.97 / mask.width)  # cut by one side only
    mask = mask.resize((max(1, int(mask.width * k)), max(1, int(mask.height * k))))
    right = rng.random() < 0.5
    off = mask.width * rng.uniform(0.03, 0.1)  # cropped by the side edge, never lost
    x = s + off - mask.width if right else -off
    y = max(s * rng.uniform(0.38, 0.44) - mask.height / 2, s * 0.03)  # its head whole
    plate = scene.chrome(mask, poured=False)
    layer = Image.new("RGBA", (s, s), (0, 0, 0, 0))
    chrome_set.composite(layer, plate, (int(x), int(y)))
    chrome_set.halation(scene, layer, 0.25)
    chrome_set.paste_layer(scene.image, layer)
    if scene.title is None:
        return (0.1, 0.1, 0.9, 0.9)
    _sink(scene.image, FLOOR)  # the letter's foot fades into the dark the title sits on
    # two lines of the plain title stand over 4.5 px tall at 64 px (from 0.84: 2.7 px)
    corner = (0.07, 0.73, 0.75, 0.95) if right else (0.25, 0.73, 0.93, 0.95)
    return chrome_set.plain(scene, corner, "left" if right else "right", 0.085)


def emblem(scene: Scene) -> Box:
    """A chrome object over the middle (a ring for the street genres, a poured drop,
    the y2k star for hyperpop and idol pop) with the title set plainly under it."""
    rng = scene.rng
    centre = (0.5 + rng.uniform(-0.05, 0.05), 0.4 + rng.uniform(-0.03, 0.02))
    chrome_field.bloom(scene.field, centre, 0.35, 0.1, scene.metal.light)
    scene.paint()
    if scene.title is None:
        return _object(scene, (0.5, 0.5), 0.3)
    radius = 0.22 + 0.06 * scene.energy
    _object(scene, centre, radius)
    top = centre[1] + radius + 0.1
    box = (0.12, min(top, 0.78), 0.88, 0.95)
    return chrome_set.plain(scene, box, "centre", 0.1)


def wordmark(scene: Scene) -> Box:
    """The title in one tight chrome line (two at most) across the backdrop the title
    names (chrome_world), light beams fanning from behind it (more for a faster song),
    smoke drifting low, under film halation and a heavier grain. A louder song draws
    the backdrop bigger, a sadder one lower; the seed slides it and sets the line
    across its middle or its foot; a fast song tilts the line."""
    s, rng, d = scene.size, scene.rng, scene.direction
    scene.grain = 1.8
    radius = 0.28 + 0.14 * scene.energy + float(rng.uniform(-0.03, 0.03))
    centre = (0.5 + float(rng.uniform(-0.13, 0.13)), 0.34 + 0.2 * (1 - d.valence))
    chrome_world.glow(scene, centre, radius * 1.4, 0.25)
    chrome_world.beams(scene, centre, int(np.clip(d.tempo_bpm / 20, 4, 9)), 0.22)
    chrome_world.smoke(scene, 0.55 + float(rng.uniform(0, 0.15)), 0.45)
    kind = chrome_backdrop.subject(scene.title.text if scene.title else "", *_genre(scene))
    if scene.title is None:
        scene.paint()
        chrome_backdrop.backdrop(scene, kind, centre, radius, centre[1] + radius * 1.3)
        return _object(scene, centre, 0.18)
    at = centre[1] + radius * float(rng.choice((0.0, 0.55)))
    lines, cuts = chrome_set.cut_lines(scene, 0.74, 0.3, 1.0, most=2)
    gap = 0.02 * s
    total = sum(c.height for c in cuts) + gap * (len(cuts) - 1)
    top = float(np.clip(at * s - total / 2, 0.08 * s, 0.9 * s - total))
    fast = float(np.clip((d.tempo_bpm - 95) / 55, 0, 1))
    angle = 7.0 * fast * float(rng.choice((-1, 1)))
    if abs(angle) > 0.5:
        layer, placed = _tilted(scene, lines, cuts, top, gap, angle)
    else:
        layer, placed = chrome_set.chrome_layer(scene, lines, cuts, "centre", top, gap)
    chrome_world.halation(scene, layer, 0.6)
    scene.paint()
    chrome_backdrop.backdrop(scene, kind, centre, radius, centre[1] + radius * 1.3)
    box = chrome_set.place(scene, layer, placed, chrome_set.SHADOW * SHADE)
    chrome_world.flares(scene, layer, 1 + int(round(2 * scene.energy)))
    return box


def _tilted(scene: Scene, lines, cuts, top: float, gap: float, angle: float):
    """The lines centred and stacked from `top` (pixels) in chrome, each line's plate
    and mask turned `angle` degrees about the block's middle; the layer and each
    line's placed mask (mask, at, text), as chrome_set.chrome_layer's."""
    s = scene.size
    total = sum(c.height for c in cuts) + gap * (len(cuts) - 1)
    layer = Image.new("RGBA", (s, s), (0, 0, 0, 0))
    placed = []
    for glyphs, at, text, plate, _ in chrome_set.plates(scene, lines, cuts, "centre", top, gap):
        middle = (at[0] + glyphs.width / 2, at[1] + glyphs.height / 2)
        middle = chrome_set.turn_point(middle, (s / 2, top + total / 2), angle)
        turned, corner = chrome_set.turn_image(plate, middle, angle)
        chrome_set.composite(layer, turned, corner)
        placed.append((text, *chrome_set.turn_image(glyphs, middle, angle)))
    return layer, [(mask, where, text) for text, mask, where in placed]


def _object(scene: Scene, centre: tuple[float, float], radius: float) -> Box:
    """The composition's chrome object at `centre`, `radius` (shares of the side):
    the y2k star for hyperpop and idol pop, else a ring whose rim swells with the
    song's energy curve or a poured drop whose outline is that curve (the seed)."""
    s = scene.size
    starry = scene.direction.language.subgenre in STARRY
    kind = "star" if starry else ("ring" if scene.rng.random() < 0.6 else "drop")
    mask = Image.new("L", (s, s), 0)
    pen = aggdraw.Draw(mask)
    cx, cy = centre[0] * s, centre[1] * s
    curve = np.array(scene.direction.energy_curve or (0.5,), np.float32)
    theta = np.linspace(0, 2 * np.pi, 256, endpoint=False)
    level = np.interp(theta / (2 * np.pi) * len(curve), np.arange(len(curve)), curve)
    r = s * radius
    if kind == "star":
        turn = float(scene.rng.uniform(-0.2, 0.2))
        points = []
        for a in np.linspace(0, 2 * np.pi, 64, endpoint=False):
            reach = r * (abs(math.cos(2 * a)) ** 3 * 0.82 + 0.18)  # four long points
            points += [cx + reach * math.cos(a + turn), cy + reach * math.sin(a + turn)]
        pen.polygon(points, aggdraw.Brush(255))
    elif kind == "ring":
        thick = r * (0.16 + 0.14 * level)
        for rim, ink in ((r + thick / 2, 255), (r - thick / 2, 0)):
            pts = np.column_stack((cx + rim * np.sin(theta), cy - rim * np.cos(theta)))
            pen.polygon([float(v) for v in pts.ravel()], aggdraw.Brush(ink))
    else:
        smooth = np.convolve(np.tile(level, 3), np.ones(DROP_SMOOTH) / DROP_SMOOTH, "same")[256:512]
        rim = r * (0.8 + DROP_SWELL * (smooth - smooth.mean()) / max(1e-3, np.ptp(smooth)))
        pts = np.column_stack((cx + rim * np.sin(theta), cy - rim * np.cos(theta)))
        pen.polygon([float(v) for v in pts.ravel()], aggdraw.Brush(255))
    pen.flush()
    box = mask.getbbox() or (0, 0, 1, 1)
    plate = scene.chrome(mask.crop(box))
    pad = (plate.width - (box[2] - box[0])) // 2
    layer = Image.new("RGBA", (s, s), (0, 0, 0, 0))
    chrome_set.composite(layer, plate, (box[0] - pad, box[1] - pad))
    chrome_set.shadow_under(scene, layer)
    chrome_set.halation(scene, layer, 0.3)
    chrome_set.paste_layer(scene.image, layer)
    return (box[0] / s, box[1] / s, box[2] / s, box[3] / s)


def _sink(image: Image.Image, top: float) -> None:
    """Darken the image from `top` (share of the side) down, to a fifth at the foot."""
    rows = np.clip((np.linspace(0.0, 1.0, 256, dtype=np.float32) - top) / (1.0 - top), 0.0, 1.0)
    image.paste(raster.multiply(image, np.repeat((1.0 - 0.8 * rows**0.8)[:, None], 2, axis=1)))


DRAW = {
    "stack": stack,
    "monogram": monogram,
    "object": emblem,
    "wordmark": wordmark,
    "sticker": chrome_sticker.sticker,
}
