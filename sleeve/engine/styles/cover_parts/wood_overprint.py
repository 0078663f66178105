"""A two-colour overprint: two of the bill's words (wood_vernacular, never the
title's) cut huge, each rolled in its own spot ink, the second laid across the first
where transparent inks mix to a third colour (or, where they would mix to mud, over
it); the pair tilted a few degrees and cropped by the sheet's open edges, as a
printer runs a sheet through the press twice."""

from __future__ import annotations

from PIL import Image, ImageChops

from sleeve.engine.fonts import covers_all, title_face
from sleeve.engine.raster import RGB
from sleeve.engine.styles.cover_parts import wood_cuts, wood_inks, wood_vernacular


def _cut(text: str, s: int, width: float, height: float, tilt: float) -> Image.Image:
    """The text cut in a heavy face stretched into width x height, tilted."""
    face = title_face(text, "slab", 900.0)
    if not covers_all(face, text):
        face = title_face(text, "condensed", 900.0)
    mask = wood_cuts.glyph(text, face, int(width * s), int(height * s), 2.4)
    return mask.rotate(tilt, resample=Image.Resampling.BILINEAR, expand=True)


def overprint(ctx: dict) -> tuple:
    """Print the pair in the art's box; returns the printed part (fractions)."""
    s, box, rng, inks = ctx["size"], ctx["box"], ctx["rng"], ctx["inks"]
    first, second = wood_vernacular.pair(ctx["direction"])
    tilt = float(rng.uniform(4.0, 9.0)) * (1 if rng.random() < 0.5 else -1)
    span = box[3] - box[1]
    wide = box[2] - box[0] - 0.02  # set just off the open edges: they crop a little
    a = _cut(first, s, wide, span * 0.46, tilt)
    b = _cut(second, s, wide, span * 0.52, tilt)
    left_open, right_open = box[0] <= 0.0, box[2] >= 1.0
    # the first word hangs from the box's top, flush to (or off) its left edge; the
    # second stands on the box's foot, flush to (or off) its right edge, over the first
    ax = int((box[0] - (0.03 if left_open else -0.04)) * s)
    bx = int((box[2] + (0.03 if right_open else -0.04)) * s) - b.size[0]
    ay = int((box[1] + 0.02) * s)
    by = int((box[3] - 0.02) * s) - b.size[1]
    order = [1, 2] if rng.random() < 0.5 else [2, 1]
    shift = int(rng.uniform(0.008, 0.018) * s)  # the second pass off register
    wood_inks.press(ctx["img"], a, (ax, ay), inks[order[0]], ctx["opaque"])
    second = inks[order[1]]
    if ctx["dark"]:  # light inks on black stock add up where they cross
        _screen(ctx["img"], b, (bx + shift, by), second)
    else:  # transparent inks on pale stock multiply, unless they would mix to mud
        solid = ctx["opaque"] or not wood_inks.mix_reads(inks[order[0]], second)
        wood_inks.press(ctx["img"], b, (bx + shift, by), second, solid)
    top = max(box[1], min(ay, by) / s)
    bottom = min(box[3], max(ay + a.size[1], by + b.size[1]) / s)
    return box[0], float(top), box[2], float(bottom)


def _screen(img: Image.Image, mask: Image.Image, at: tuple[int, int], ink: RGB) -> None:
    """Print a light ink through the mask so that, on black stock, it lightens what it
    crosses (a screen blend) instead of covering it."""
    clipped = wood_inks.on_sheet(img, mask, at)
    if clipped is None:
        return
    box, cut = clipped
    tint = Image.new("RGB", cut.size, (0, 0, 0))
    tint.paste(ink, (0, 0), cut)
    img.paste(ImageChops.screen(img.crop(box), tint), box)
