"""Wood type: a letterpress print from big carved letters. The genre's inks are printed
on its stock (fluoro on white for cumbia, warm saturated inks for Bollywood, earth on
cream for folk and country, bone and vivid on black for the dark genres; see wood_inks).

Energy leans the composition, the seed picks among the near ones (calm .. loud): one
giant misregistered initial; a big numeral or ampersand between ornament rules; a
title word turned on its side and cropped by the edge (a CJK word set upright in a
column instead); a letterpress bill (wood_bill: rules, stars, arrows, a key or tempo
line and the title's number or its initial cut in a block), the house look;
overprinted initials in two inks; initials reversed out of coloured blocks whose
heights follow the song's sections; a gig-poster stack of the song's tempo and key in
mixed wood faces. Tempo
sets the ornaments (the beats of a bar); loudness how hard the ink is pressed; the
seed the inks, offsets and crops. The title is set by the typography in the zone the
print leaves open (calm_zone), and the focal box is the printed part.
"""

from __future__ import annotations

import re

import aggdraw
import numpy as np
from PIL import Image

from sleeve.engine import raster, signals
from sleeve.engine.direction import ArtDirection
from sleeve.engine.finish import finish
from sleeve.engine.fonts import covers, covers_all, title_face
from sleeve.engine.scripts import is_cjk
from sleeve.engine.styles.base import Artwork, StyleInfo
from sleeve.engine.styles.cover_parts import calm_zone, wood_bill, wood_cuts, wood_inks

STYLE = StyleInfo(
    name="wood_type",
    family="graphic",
    fits=("folk", "world", "rock", "jazz", "pop", "hiphop"),
)

LAYOUTS = ("giant", "numeral", "rotated", "bill", "overprint", "blocks", "poster")  # calm .. loud
LEFT_TITLES = ("top-left", "bottom-left", "edge", "corner")
AND = re.compile(r"(&|\band\b|\by\b|\bet\b|\bund\b|\be\b)", re.IGNORECASE)


def _letters(direction: ArtDirection) -> tuple[list[str], object]:
    """Up to three letters to cut (the words' initials, or the first letters of a
    one-word title) that a slab face draws, and that face; the tempo's digits when no
    face draws them."""
    words = [w for w in direction.title.split() if any(c.isalnum() for c in w)]
    if len(words) == 1:
        letters = [c.upper() for c in words[0] if c.isalnum()][:3]
    else:
        letters = [next(c for c in w if c.isalnum()).upper() for w in words][:3]
    face = title_face("".join(letters) or "0", "slab", 900.0)
    letters = [c for c in letters if covers(face, c) and c.strip()]
    if not letters:
        face = title_face("0", "slab", 900.0)
        letters = list(str(int(round(direction.tempo_bpm))))[:3]
    return letters, face


def _choose(direction: ArtDirection, rng: np.random.Generator) -> str:
    """A composition: energy leans (calm ones for quiet songs), the seed picks; the
    giant initial is the house favourite; the turned word needs a title on the left,
    the numeral a number or an 'and' in the title."""
    n = len(LAYOUTS)
    centre = direction.energy * (n - 1)
    weights = np.exp(-(((np.arange(n) - centre) / 1.8) ** 2)) + 0.25
    weights[LAYOUTS.index("bill")] *= 2.6  # the letterpress bill is the house look
    weights[LAYOUTS.index("blocks")] *= 0.45  # boxed initials read as a template
    weights[LAYOUTS.index("overprint")] *= 0.7
    # a tempo-and-key poster is a club flyer: rare outside the dance floor
    club = direction.genre in ("electronic", "dance", "hiphop")
    weights[LAYOUTS.index("poster")] *= 0.6 if club else 0.1
    if direction.layout not in LEFT_TITLES:
        weights[LAYOUTS.index("rotated")] = 0.0
    if not (AND.search(direction.title) or any(c.isdigit() for c in direction.title)):
        weights[LAYOUTS.index("numeral")] = 0.0
    return LAYOUTS[int(rng.choice(n, p=weights / weights.sum()))]


def _giant(ctx: dict) -> tuple:
    """One giant initial, its second ink printed off register; sometimes so big the
    edge away from the title crops it."""
    s, box, rng, inks = ctx["size"], ctx["box"], ctx["rng"], ctx["inks"]
    crop = rng.random() < 0.4
    grow = 1.3 if crop else 1.0
    h = int((box[3] - box[1] - 0.08) * s * grow)
    w = int((box[2] - box[0] - 0.12) * s * (0.75 if crop else 0.62))
    glyph = wood_cuts.glyph(ctx["letters"][0], ctx["face"], w, h, 1.4)
    x = int(rng.uniform(box[0] + 0.06, max(box[0] + 0.06, box[2] - 0.06 - glyph.size[0] / s)) * s)
    if not crop:
        y = int(((box[1] + box[3]) * s - glyph.size[1]) / 2)
    elif ctx["zone"] == "top":  # runs off the bottom edge
        y = int((box[1] + 0.05) * s)
    else:  # runs off the top edge
        y = int((box[3] - 0.04) * s) - glyph.size[1]
    d = rng.uniform(0.015, 0.035) * s * np.array([rng.choice((-1, 1)), 1])
    wood_inks.press(ctx["img"], glyph, (x + int(d[0]), y + int(d[1])), inks[2], ctx["dark"])
    roll = inks[1]
    if rng.random() < 0.4:  # a split fountain: two inks on one roller
        roll = wood_inks.fountain(inks[1], inks[0], glyph.size[0], glyph.size[1])
    wood_inks.press(ctx["img"], glyph, (x, y), roll, ctx["dark"])
    return (
        (x - abs(d[0])) / s,
        y / s,
        (x + glyph.size[0] + abs(d[0])) / s,
        (y + glyph.size[1] + d[1]) / s,
    )


def _numeral(ctx: dict) -> tuple:
    """A big ampersand (the title says 'and') or the title's number between
    thick-and-thin rules and rows of ornaments."""
    s, box, inks, direction = ctx["size"], ctx["box"], ctx["inks"], ctx["direction"]
    digits = wood_bill.title_number(direction.title)[:3]
    text = "&" if AND.search(direction.title) else digits or str(int(round(direction.tempo_bpm)))
    face = title_face(text, "serif" if text == "&" else "slab", 900.0)
    x0, x1 = 0.08 * s, 0.92 * s
    top, bottom = (box[1] + 0.05) * s, (box[3] - 0.05) * s
    glyph = wood_cuts.glyph(text, face, int(x1 - x0), int((bottom - top) * 0.66), 1.5)
    gx, gy = int((s - glyph.size[0]) / 2), int((top + bottom - glyph.size[1]) / 2)
    wood_inks.press(ctx["img"], glyph, (gx, gy), inks[1], ctx["dark"])
    draw = aggdraw.Draw(ctx["img"])
    weight = (0.01 + 0.01 * direction.density) * s
    wood_cuts.rules(draw, top, x0, x1, weight, inks[0], True)
    wood_cuts.rules(draw, bottom, x0, x1, weight, inks[0], False)
    beats = 4 if direction.tempo_bpm >= 90 else 3
    for y in (top + weight * 4, bottom - weight * 4):
        wood_cuts.ornaments(draw, y, 0.25 * s, 0.75 * s, 2 * beats + 1, 0.011 * s, inks[2])
    draw.flush()
    return 0.08, top / s, 0.92, bottom / s


def _rotated(ctx: dict) -> tuple:
    """The title's longest word turned on its side, bleeding off the top, the bottom
    and the right edge (a CJK word upright in columns at the right, clear of the
    title's band); the title sets on the left."""
    s, rng, inks = ctx["size"], ctx["rng"], ctx["inks"]
    words = ["".join(c for c in w if c.isalnum()).upper() for w in ctx["direction"].title.split()]
    words = sorted((w for w in words if len(w) > 1), key=len)
    word = words[-1] if words else "".join(ctx["letters"])
    face = title_face(word, "condensed", 900.0)
    if not covers_all(face, word):
        word, face = "".join(ctx["letters"]), ctx["face"]
    top = calm_zone.ZONES["top"][3] + 0.03 if ctx["zone"] == "top" else 0.04
    room = 0.96 - top if ctx["zone"] == "top" else calm_zone.ZONES["bottom"][1] - 0.07
    glyph = _turned(word, face, s, rng, room)
    x = int(s - glyph.size[0] * rng.uniform(0.78, 0.92))
    y = int((s - glyph.size[1]) / 2 + rng.uniform(-0.05, 0.05) * s)
    if is_cjk(word):  # upright columns inside the edge, read from the top, clear of the title
        y = int(top * s)
        x = int(s - glyph.size[0] - 0.05 * s)
    if rng.random() < 0.5:  # a ghost print off register
        wood_inks.press(
            ctx["img"], glyph, (x - int(0.025 * s), y + int(0.02 * s)), inks[2], ctx["dark"]
        )
    wood_inks.press(ctx["img"], glyph, (x, y), inks[1], ctx["dark"])
    return max(0.0, x / s - 0.03), 0.0, 1.0, 1.0


def _turned(word: str, face, s: int, rng: np.random.Generator, room: float) -> Image.Image:
    """The word's mask standing on its side: a Latin (or other horizontal) word turned
    a quarter, bleeding top and bottom; a CJK word is not turned (its characters would
    lie on their sides) but set upright in columns `room` tall, read top to bottom and
    right to left."""
    column = rng.uniform(0.4, 0.52)
    turn = 90 if rng.random() < 0.7 else 270
    if is_cjk(word):
        per = -(-len(word) // 2) if len(word) > 3 else len(word)  # two columns when long
        cell = min(room / per, 0.22)
        cols = -(-len(word) // per)
        return wood_cuts.column(word, face, int(cell * cols * s), int(cell * per * s), per)
    glyph = wood_cuts.glyph(word, face, int(s * 4), int(s * column), 1.0)  # its own proportions
    length = float(np.clip(glyph.size[0], s * 1.15, s * 1.7))  # bleeds; long words condensed
    glyph = glyph.resize((int(length), int(s * column)), Image.Resampling.BILINEAR)
    return glyph.rotate(turn, expand=True)


def _overprint(ctx: dict) -> tuple:
    """Two or three big letters overlapping on a diagonal, each in its own ink, so the
    overlaps print a third colour."""
    s, box, rng, inks, letters = ctx["size"], ctx["box"], ctx["rng"], ctx["inks"], ctx["letters"]
    letters = (letters * 2)[:3] if len(letters) < 2 else letters
    n = len(letters)
    h = int((box[3] - box[1] - 0.1) * s * (0.95 if n == 2 else 0.8))
    w = int(s * (0.55 if n == 2 else 0.42))
    step_x = (0.86 * s - w) / max(1, n - 1)
    rise = rng.choice((-1, 1)) * (box[3] - box[1] - 0.1) * s * 0.18
    y0 = (box[1] + 0.05) * s + (abs(rise) * (n - 1) if rise < 0 else 0)
    order = [1, 2, 0] if rng.random() < 0.5 else [2, 1, 0]
    for k, letter in enumerate(letters):
        glyph = wood_cuts.glyph(letter, ctx["face"], w, h, 1.5)
        x = int(0.07 * s + k * step_x)
        y = int(y0 + k * rise * 0.5)
        wood_inks.press(ctx["img"], glyph, (x, y), inks[order[k % 3]], ctx["dark"])
    return 0.05, box[1] + 0.03, 0.95, box[3] - 0.03


def _blocks(ctx: dict) -> tuple:
    """The letters reversed out of inked blocks standing on the edge away from the
    title like the bars of a chart, each as tall as its section of the song is loud
    (its letter condensed to fill it)."""
    s, box, inks, letters = ctx["size"], ctx["box"], ctx["inks"], ctx["letters"]
    n = len(letters)
    loud = signals.energy(ctx["direction"], n * 8).reshape(n, 8).mean(axis=1)
    bw = (0.88 - 0.025 * (n - 1)) / n
    full = min(box[3] - box[1] - 0.08, bw * 3.0)
    down = ctx["zone"] != "bottom"  # stand on the bottom edge unless the title is there
    for k, letter in enumerate(letters):
        block = Image.new("L", (int(bw * s), int(full * (0.5 + 0.5 * loud[k]) * s)), 255)
        w, h = block.size
        glyph = wood_cuts.glyph(letter, ctx["face"], int(w * 0.8), int(h * 0.84), 2.0)
        block.paste(0, ((w - glyph.size[0]) // 2, (h - glyph.size[1]) // 2), glyph)
        top = (box[3] - 0.04) * s - h if down else (box[1] + 0.04) * s
        at = (int((0.06 + k * (bw + 0.025)) * s), int(top))
        wood_inks.press(ctx["img"], block, at, inks[[1, 2, 0][k % 3]], ctx["dark"])
    return 0.06, box[1] + 0.03, 0.94, box[3] - 0.03


def _poster(ctx: dict) -> tuple:
    """A gig poster of the song's numbers, its tempo, 'BPM' and its key, in mixed wood
    faces and sizes: stacked across the measure, or (mostly for a fast song) the tempo
    tall at one side with the rest stacked beside it."""
    box, rng, direction = ctx["box"], ctx["rng"], ctx["direction"]
    tonic, mode = wood_inks.key_name(direction, signals.chroma(direction)).split()
    tempo = str(int(round(direction.tempo_bpm)))
    role = ("slab", "display", "condensed")[int(rng.integers(3))]
    top, bottom = box[1] + 0.04, box[3] - 0.04
    fast = direction.tempo_bpm >= 124
    if rng.random() < (0.7 if fast else 0.25):  # mostly fast songs: the tempo tall at one side
        left = rng.random() < 0.5
        big, rest = ((0.06, 0.58), (0.62, 0.94)) if left else ((0.42, 0.94), (0.06, 0.38))
        wood_cuts.stack(ctx, [(tempo, "condensed", 1.0)], (big[0], top, big[1], bottom), 1)
        side = [(tonic, "slab", 1.4), (mode, "condensed", 0.6), ("BPM", "display", 0.8)]
        wood_cuts.stack(ctx, side, (rest[0], top, rest[1], bottom), 2)
        return 0.06, top, 0.94, bottom
    lines = [
        (tempo, role, rng.uniform(2.2, 3.2)),
        ("BPM", "condensed", rng.uniform(0.7, 1.0)),
        (f"{tonic} {mode}", "display", rng.uniform(1.0, 1.4)),
    ]
    if rng.random() < 0.5:
        lines = [lines[2], lines[0], lines[1]]
    bar = int(rng.integers(-1, 3))  # often one line reversed out of a bar
    wood_cuts.stack(ctx, lines, (0.06, top, 0.94, bottom), 1, bar)
    return 0.06, top, 0.94, bottom


DRAW = {
    "giant": _giant,
    "numeral": _numeral,
    "rotated": _rotated,
    "bill": wood_bill.bill,
    "overprint": _overprint,
    "blocks": _blocks,
    "poster": _poster,
}


def _setup(direction: ArtDirection, rng: np.random.Generator) -> tuple:
    """The stock (paper, inks, dark) and the composition, in the draw's rng order."""
    paper, inks, dark = wood_inks.stock(direction, rng)
    return paper, inks, dark, _choose(direction, rng)


def layout_of(direction: ArtDirection) -> str:
    """The composition the track's cover prints."""
    return _setup(direction, raster.rng_for(direction, "wood"))[3]


def _draw(direction: ArtDirection, size: int) -> Artwork:
    """The wood-type art at `size`, before the finish."""
    rng = raster.rng_for(direction, "wood")
    paper, inks, dark, layout = _setup(direction, rng)
    zone = calm_zone.title_zone(direction, rng)
    if zone == "centre":  # a title over the image still takes a calm band when offered
        zone = "top" if rng.random() < 0.5 else "bottom"
    letters, face = _letters(direction)
    img = Image.new("RGB", (size, size), paper)
    ctx = {
        "size": size, "rng": rng, "inks": inks, "paper": paper, "dark": dark, "img": img,
        "zone": zone, "box": calm_zone.away_from(zone), "letters": letters, "face": face,
        "direction": direction,
    }  # fmt: skip
    x0, y0, x1, y1 = DRAW[layout](ctx)
    focal = (max(0.0, x0), max(0.0, y0), min(1.0, x1), min(1.0, y1))
    return Artwork(wood_inks.wear(img, paper, direction, rng), focal)


def render(direction: ArtDirection, size: int) -> Artwork:
    """Draw the cover (RGB, size x size): the art at up to raster.work_size, the
    finish (grain) at full size."""
    art = _draw(direction, raster.work_size(size))
    image = finish(raster.to_size(art.image, size), direction, "wood", 0.03)
    return Artwork(image, art.focal)
