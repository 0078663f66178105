"""The chrome title's compositions, each its own picture: `stack` (the title stacked
huge and condensed, edge to edge), `lamp` (the title small and wide low in the frame
under a big dark night and one hard light: a street lamp's cone or a horizon's glow),
`slant` (the title driven up on a slant across a chrome ring whose rim is the song's
energy curve) and `mirror` (the title standing on a wet floor, its reflection rippling
under it). Each lights the scene's night field, paints it and sets the title on it
(chrome_set), and returns the focal box; untitled, a chrome ring stands alone."""

from __future__ import annotations

import math

import aggdraw
import numpy as np
from PIL import Image

from sleeve.engine.color import mix
from sleeve.engine.styles.cover_parts import chrome_field, chrome_fill, chrome_set, chrome_sticker
from sleeve.engine.styles.cover_parts.chrome_set import Box, Scene

LEAD_SHARE = 0.45  # of stacked titles, those whose first line leads


def stack(scene: Scene) -> Box:
    """The title stacked huge and condensed over the night and a faint bloom of its
    light, the chrome reflecting the song's energy curve as a range of far hills
    across all its letters: edge to edge for a loud song, with more night round it
    for a calm one."""
    s, rng = scene.size, scene.rng
    scene.hills = True  # the song's energy curve as the far hills the chrome reflects
    chrome_field.bloom(scene.field, (0.5, 0.55), 0.4, 0.1, scene.metal.light)
    scene.paint()
    if scene.title is None:
        return _emblem(scene, (0.5, 0.5), 0.3)
    grow = 0.55 + 0.45 * scene.energy  # a calm song's stack stands in more night
    tall = (0.8 if scene.title.small else 0.88) * (0.75 + 0.25 * grow)
    lead = 2.6 if rng.random() < LEAD_SHARE else 1.0  # the first words huge, the rest small
    lines, cuts = chrome_set.cut_lines(
        scene, 0.6 + 0.32 * grow, tall, 1.8 + 1.0 * scene.energy, lead=lead
    )
    gap = 0.025 * s
    total = sum(c.height for c in cuts) + gap * (len(cuts) - 1)
    top = (s * (0.97 if scene.title.small else 1.0) - total) / 2
    layer, placed = chrome_set.chrome_layer(scene, lines, cuts, "centre", top, gap)
    if rng.random() < 0.6:
        chrome_set.glow_behind(scene, layer, 0.22)
    return chrome_set.place(scene, layer, placed)


def lamp(scene: Scene) -> Box:
    """The title small and wide, low in the frame, a big dark night over it and one
    hard light: a street lamp's cone falling on the title, or a horizon's glow
    behind it."""
    s, rng = scene.size, scene.rng
    tint = mix(scene.metal.light, chrome_set.WHITE, 0.3)
    left = rng.random() < 0.45 and scene.title is not None and scene.title.stretch
    foot = 0.87 - 0.06 * scene.energy + rng.uniform(-0.02, 0.02)  # louder: a little higher
    if scene.title is None:
        chrome_field.cone(scene.field, (0.5, 0.08), (0.5, 0.7), 0.5, tint)
        scene.paint()
        return _emblem(scene, (0.5, 0.7), 0.16)
    wide = scene.title.stretch  # other scripts' thin strokes stand taller to read
    lines, cuts = chrome_set.cut_lines(
        scene, 0.84 if wide else 0.9, 0.36 if wide else 0.46, 1.0, most=2
    )  # small under the light, yet read on a phone (two end reviewers: "murky at 64 px")
    gap = 0.02 * s
    total = sum(c.height for c in cuts) + gap * (len(cuts) - 1)
    top = foot * s - total
    widest = max(c.width for c in cuts)
    middle = (0.08 * s + widest / 2) / s if left else 0.5
    if rng.random() < 0.55:  # a lamp overhead or on a pole at the side, its cone on the title
        target = (middle, (top + total * 0.5) / s)
        if rng.random() < 0.5:
            apex = (middle + rng.uniform(-0.12, 0.12), rng.uniform(0.04, 0.1))
        else:
            apex = (0.04 if middle > 0.5 or rng.random() < 0.5 else 0.96, rng.uniform(0.04, 0.14))
        chrome_field.cone(scene.field, apex, target, 0.55 + 0.2 * scene.energy, tint)
        norm = math.hypot(apex[0] - target[0], apex[1] - target[1])
        scene.light = ((apex[0] - target[0]) / norm, (apex[1] - target[1]) / norm)
    else:  # a distant city's glow on the horizon behind the title
        chrome_field.horizon(scene.field, (top + total * 0.55) / s, 0.8, tint)
    scene.paint()
    layer, placed = chrome_set.chrome_layer(
        scene, lines, cuts, "left" if left else "centre", top, gap
    )
    return chrome_set.place(
        scene, layer, placed, chrome_set.SHADOW * 1.8
    )  # small letters in the light's pool


def slant(scene: Scene) -> Box:
    """The title driven up on a slant (steeper as the tempo is faster) across a chrome
    ring whose rim swells with the song's energy curve."""
    s, rng, d = scene.size, scene.rng, scene.direction
    centre = (0.5 + rng.uniform(-0.04, 0.04), 0.5 + rng.uniform(-0.03, 0.03))
    chrome_field.bloom(scene.field, centre, 0.4, 0.14, scene.metal.light)
    scene.paint()
    if scene.title is None:
        return _emblem(scene, centre, rng.uniform(0.3, 0.36))
    off = (
        centre[0] + rng.choice((-1, 1)) * rng.uniform(0.06, 0.14),
        centre[1] + rng.uniform(-0.1, 0.1),
    )
    _emblem(scene, off, rng.uniform(0.42, 0.5), 0.5, 0.3)  # a fine ring cropped by the frame
    angle = float(np.clip((d.tempo_bpm - 70) / 90, 0, 1)) * 10 + 5
    angle *= 1 if rng.random() < 0.8 else -1
    if not scene.title.stretch:  # other scripts stand level across the ring (a slanted
        angle = 0.0  # Arabic line's box holds its neighbour's dark feet: unreadable there)
    gap, turn = 0.025 * s, math.radians(abs(angle))
    lines, cuts = chrome_set.cut_lines(scene, 0.84, 0.5, 1.4 + 0.6 * scene.energy)
    total = sum(c.height for c in cuts) + gap * (len(cuts) - 1)
    wide = max(c.width for c in cuts)
    reach = max(wide * math.cos(turn) + total * math.sin(turn),
                wide * math.sin(turn) + total * math.cos(turn))  # fmt: skip
    over = reach / (s * (1 - 2 * chrome_set.MARGIN))
    if over > 1:  # smaller, until the turned title stands inside the margins
        size = [(max(1, int(c.width / over)), max(1, int(c.height / over))) for c in cuts]
        cuts = [c.resize(wh, Image.Resampling.BILINEAR) for c, wh in zip(cuts, size, strict=True)]
        gap /= over
        total = sum(c.height for c in cuts) + gap * (len(cuts) - 1)
    pivot = (s / 2, centre[1] * s)
    layer = Image.new("RGBA", (s, s), (0, 0, 0, 0))
    widest = None
    for glyphs, at, text, chrome, _ in chrome_set.plates(
        scene, lines, cuts, "centre", pivot[1] - total / 2, gap
    ):
        middle = chrome_set.turn_point(
            (at[0] + glyphs.width / 2, at[1] + glyphs.height / 2), pivot, angle
        )
        plate, corner = chrome_set.turn_image(chrome, middle, angle)
        chrome_set.composite(layer, plate, corner)
        mask, corner = chrome_set.turn_image(glyphs, middle, angle)
        scene.setter.record(mask, corner, text)
        if widest is None or glyphs.width > widest[0].width:
            widest = (glyphs, at)
    chrome_set.shadow_under(scene, layer, chrome_set.SHADOW * 1.4)
    chrome_set.paste_layer(scene.image, layer)
    scene.setter.ink = scene.metal.sky_low
    spots = chrome_fill.horizon_spots(widest[0], scene.energy, np.array([0.2, 0.78]))
    glow = mix(scene.metal.horizon, scene.metal.glow, 0.3)
    for x, y in spots[: 1 + int(scene.energy > 0.5)]:
        at = chrome_set.turn_point((widest[1][0] + x, widest[1][1] + y), pivot, angle)
        chrome_fill.glint(scene.image, at, s * 0.07, glow)
    return scene.setter.extent()


def mirror(scene: Scene) -> Box:
    """The title standing on a wet floor at a glowing horizon, its reflection under it
    flipped, darkened and rippled."""
    s, rng = scene.size, scene.rng
    floor = 0.62 - 0.08 * scene.energy + rng.uniform(-0.02, 0.02)  # louder: a higher floor
    tint = mix(scene.metal.light, chrome_set.WHITE, 0.25)
    chrome_field.horizon(scene.field, floor, 0.4, tint)
    scene.paint()
    if scene.title is None:
        return _emblem(scene, (0.5, floor - 0.2), 0.18)
    lines, cuts = chrome_set.cut_lines(scene, 0.72, min(0.3, floor - 0.2), 1.1 + 0.5 * scene.energy)
    gap = 0.022 * s
    total = sum(c.height for c in cuts) + gap * (len(cuts) - 1)
    top = floor * s - total - 0.045 * s
    layer, placed = chrome_set.chrome_layer(scene, lines, cuts, "centre", top, gap)
    _reflect(scene, layer, int(top), int(floor * s))
    return chrome_set.place(scene, layer, placed)


def _reflect(scene: Scene, layer: Image.Image, top: int, floor: int) -> None:
    """The layer's letters mirrored under the floor line, squashed, rippled (more as
    they come nearer), darkened and fading; drawn at half size (it is soft)."""
    s = scene.size
    x0, _, x1, _ = layer.getbbox() or (0, 0, s, s)
    margin = int(s * 0.03)  # room for the ripple
    x0, x1 = max(0, x0 - margin), min(s, x1 + margin)
    part = layer.crop((x0, top, x1, floor)).transpose(Image.Transpose.FLIP_TOP_BOTTOM)
    tall = max(2, min(s - floor - 1, int(part.height * 0.85)))
    half = part.resize((max(1, (x1 - x0) // 2), tall // 2), Image.Resampling.BILINEAR)
    pixels = np.array(half)
    rows = np.arange(pixels.shape[0], dtype=np.float32)
    depth = rows / max(1, pixels.shape[0])
    phase, other = scene.rng.uniform(0, 2 * math.pi, 2)
    k = s / 2  # the half-size side
    wave = np.sin(rows / (k * (0.004 + 0.01 * depth)) + phase) * (0.001 + 0.006 * depth)
    shift = np.rint((wave + np.sin(rows / (k * 0.0023) + other) * 0.0015 * depth) * k)
    for row, step in enumerate(shift.astype(int)):
        pixels[row] = np.roll(pixels[row], step, axis=0)
    fade = 0.7 * (1 - depth) ** 1.4
    pixels[..., 3] = (pixels[..., 3] * fade[:, None]).astype(np.uint8)
    pixels[..., :3] = (pixels[..., :3] * 0.8).astype(np.uint8)
    mirrored = Image.fromarray(pixels, "RGBA").resize((x1 - x0, tall), Image.Resampling.BILINEAR)
    scene.image.paste(mirrored, (x0, floor + 1), mirrored)


def _emblem(
    scene: Scene,
    centre: tuple[float, float],
    radius: float,
    dim: float = 1.0,
    weight: float = 1.0,
) -> Box:
    """A chrome ring whose rim swells and thins with the song's energy curve, round
    the whole song once (`dim` darkens it, `weight` thins it); returns its box."""
    s = scene.size
    curve = np.array(scene.direction.energy_curve or (0.5,), np.float32)
    theta = np.linspace(0, 2 * np.pi, 256, endpoint=False)
    level = np.interp(theta / (2 * np.pi) * len(curve), np.arange(len(curve)), curve)
    thick = s * radius * (0.06 + 0.1 * level) * weight
    r = s * radius * (1 + 0.05 * (level - level.mean()))
    cx, cy = centre[0] * s, centre[1] * s
    mask = Image.new("L", (s, s), 0)
    pen = aggdraw.Draw(mask)
    for rim, ink in ((r + thick / 2, 255), (r - thick / 2, 0)):
        points = np.column_stack((cx + rim * np.sin(theta), cy - rim * np.cos(theta)))
        pen.polygon([float(v) for v in points.ravel()], aggdraw.Brush(ink))
    pen.flush()
    box = mask.getbbox() or (0, 0, 1, 1)
    glyphs = mask.crop(box)
    if dim < 1:  # behind a title: a dim sheen from the sky's light down to the ground's
        t = np.linspace(0, 1, glyphs.height, dtype=np.float32)[:, None]
        top, foot = (np.array(c, np.float32) for c in (scene.metal.sky_low, scene.metal.ground_low))
        column = (top + (foot - top) * t) * dim
        strip = Image.fromarray(column[:, None, :].astype(np.uint8), "RGB")
        scene.image.paste(strip.resize(glyphs.size, Image.Resampling.NEAREST), box[:2], glyphs)
    else:
        chrome = chrome_fill.plate(glyphs, scene.metal, scene.energy * 0.8, scene.light)
        pad = (chrome.width - glyphs.width) // 2
        scene.image.paste(chrome, (box[0] - pad, box[1] - pad), chrome)
    return (box[0] / s, box[1] / s, box[2] / s, box[3] / s)


DRAW = {
    "stack": stack,
    "lamp": lamp,
    "slant": slant,
    "mirror": mirror,
    "sticker": chrome_sticker.sticker,
}
