"""Wood type: a letterpress print from big carved letters and cuts. The genre's inks are
printed on its stock (fluoro on white for cumbia, warm saturated inks for Bollywood,
barn red, navy and mustard on cream, mustard or navy stock for folk and country, bone
and vivid on black for the dark genres; see wood_inks).

The title is set once, by the typography in the zone the print leaves open
(calm_zone): the print never cuts the title's words. What it cuts is what a jobbing
printer set on a show bill (wood_vernacular): the genre's words ("HONKY TONK",
"SOUND SYSTEM", "GRAN BAILE"), a record's speed, a carved cut. Energy leans the
composition, the seed picks among the near ones (calm .. loud): one giant carved cut (a
star, a heart, a sun, a moon, a horseshoe) printed off register and bleeding off the
edge; the record's number in a round label ringed with stars; a bill word turned on its
side down the edge; a letterpress bill (wood_bill: rules, stars, arrows, ornament bars
and the bill's words stacked in mixed sizes); two bill words crossed in a tilted
two-colour overprint (wood_overprint); a short bill word between rules, a letter to an
ink; that word reversed out of coloured blocks whose heights follow the song's
sections. Tempo sets the ornaments (the beats of a bar), loudness how hard the ink is
pressed, the seed the inks, offsets and crops. The focal box is the printed part.
"""

from __future__ import annotations

import aggdraw
import numpy as np
from PIL import Image

from sleeve.engine import raster, signals
from sleeve.engine.direction import ArtDirection
from sleeve.engine.finish import finish
from sleeve.engine.fonts import title_face
from sleeve.engine.scripts import script_of
from sleeve.engine.styles.base import Artwork, StyleInfo
from sleeve.engine.styles.cover_parts import (
    calm_zone,
    wood_bill,
    wood_cuts,
    wood_inks,
    wood_overprint,
    wood_vernacular,
)

STYLE = StyleInfo(
    name="wood_type",
    family="graphic",
    # the show bill is folk, country, reggae and the dance halls' (their languages list
    # it): on trap its ransom of bill words read as punk, on rock and jazz as a flyer
    fits=("folk", "world"),
)

LAYOUTS = ("giant", "label", "rotated", "bill", "overprint", "word", "blocks")  # calm .. loud
LEFT_TITLES = ("top-left", "bottom-left", "edge", "corner")
# the carved cuts a genre's printer kept in the case (bright songs first, deep last)
CUTS = {
    "country": ("star", "horseshoe", "heart"),
    "folk": ("sun", "star", "heart", "moon"),
    "children": ("sun", "star", "heart"),
    "reggae": ("star", "sun"),
    "blues": ("star", "heart", "moon"),
}


def _choose(direction: ArtDirection, rng: np.random.Generator) -> str:
    """A composition: energy leans (calm ones for quiet songs), the seed picks; the
    bill is the house look; the turned word needs a title on the left."""
    n = len(LAYOUTS)
    centre = direction.energy * (n - 1)
    weights = np.exp(-(((np.arange(n) - centre) / 1.8) ** 2)) + 0.25
    weights[LAYOUTS.index("bill")] *= 2.2  # the letterpress bill is the house look (liked)
    weights[LAYOUTS.index("overprint")] *= 0.0 if direction.genre == "children" else 0.6  # busy
    weights[LAYOUTS.index("label")] *= 0.6  # one round label among many bills
    weights[LAYOUTS.index("blocks")] *= 0.45  # boxed letters read as a template
    if direction.layout not in LEFT_TITLES:
        weights[LAYOUTS.index("rotated")] = 0.0
    return LAYOUTS[int(rng.choice(n, p=weights / weights.sum()))]


def _cut_kind(direction: ArtDirection, rng: np.random.Generator) -> str:
    """The carved cut for the genre: a bright song takes one of the first, a deep one
    one of the last."""
    sub = direction.language.subgenre
    kinds = CUTS.get(sub) or CUTS.get(direction.genre) or ("star", "sun", "heart", "moon")
    half = max(1, len(kinds) - 1)
    pool = kinds[:half] if direction.valence >= 0.42 else kinds[-half:]
    return pool[int(rng.integers(len(pool)))]


def _giant(ctx: dict) -> tuple:
    """One giant carved cut, its second ink printed off register (opaque, never a
    muddy mix); mostly so big that the edge away from the title crops it."""
    s, box, rng, inks = ctx["size"], ctx["box"], ctx["rng"], ctx["inks"]
    kind = _cut_kind(ctx["direction"], rng)
    crop = rng.random() < 0.6
    side = int((box[3] - box[1]) * s * (1.2 if crop else 0.88))
    cut = wood_cuts.picto(kind, side, side)
    if crop:  # off centre, bleeding off the side and the edge away from the title
        right = rng.random() < 0.5 and box[2] >= 1.0  # never into a title column
        x = int(s - side * 0.88) if right else int(-side * 0.12)
        y = int((box[1] + 0.04) * s) if ctx["zone"] == "top" else int((box[3] - 0.04) * s) - side
    else:
        x = int((s - side) / 2 + rng.uniform(-0.06, 0.06) * s)
        y = int(((box[1] + box[3]) * s - side) / 2)
    d = rng.uniform(0.015, 0.03) * s * np.array([rng.choice((-1, 1)), 1])
    wood_inks.press(ctx["img"], cut, (x + int(d[0]), y + int(d[1])), inks[2], True)
    roll = inks[1]
    if rng.random() < 0.4:  # a split fountain: two inks on one roller
        roll = wood_inks.fountain(inks[1], inks[0], cut.size[0], cut.size[1])
    wood_inks.press(ctx["img"], cut, (x, y), roll, True)
    return (
        (x - abs(d[0])) / s,
        (y - 0.01 * s) / s,
        (x + side + abs(d[0])) / s,
        (y + side + d[1]) / s,
    )


def _label(ctx: dict) -> tuple:
    """A record's round label set off to one side: a disc of ink, the record's number
    (78, 45, 7") reversed out big, a ring of stars (the beats of a bar) inside its rim."""
    s, box, rng, inks = ctx["size"], ctx["box"], ctx["rng"], ctx["inks"]
    direction = ctx["direction"]
    side = int(min(box[3] - box[1] - 0.06, box[2] - box[0] - 0.12, 0.78) * s)
    left = rng.random() < 0.5
    x = int((box[0] + 0.06) * s) if left else int((box[2] - 0.06) * s) - side
    y = int(((box[1] + box[3]) * s - side) / 2)
    ink = wood_bill.loudest(inks, ctx["paper"], ctx["opaque"])
    disc = Image.new("L", (side, side), 0)
    pen = aggdraw.Draw(disc)
    pen.ellipse((0, 0, side, side), aggdraw.Brush(255))
    pen.flush()
    wood_inks.press(ctx["img"], disc, (x, y), ink, True)
    ring = Image.new("L", (side, side), 0)
    pen = aggdraw.Draw(ring)
    pen.ellipse(
        (side * 0.06, side * 0.06, side * 0.94, side * 0.94), aggdraw.Pen(255, side * 0.012)
    )
    beats = (4 if direction.tempo_bpm >= 90 else 3) * 4
    for a in np.linspace(0, 2 * np.pi, beats, endpoint=False):
        cx, cy = side / 2 + np.cos(a) * side * 0.4, side / 2 + np.sin(a) * side * 0.4
        wood_bill.stars(pen, cy, cx - side * 0.03, cx + side * 0.03, 1, side * 0.022, 255)
    pen.flush()
    number = wood_vernacular.numeral(direction)
    face = title_face(number, "slab", 900.0)
    glyph = wood_cuts.glyph(number, face, int(side * 0.6), int(side * 0.4), 1.4)
    ring.paste(255, ((side - glyph.size[0]) // 2, (side - glyph.size[1]) // 2), glyph)
    wood_inks.press(ctx["img"], ring, (x, y), ctx["paper"], True)
    beside = (x / s + side / s + 0.05, box[2] - 0.06) if left else (box[0] + 0.06, x / s - 0.05)
    if beside[1] - beside[0] > 0.12:  # thick-and-thin rules and diamonds beside the label
        draw = aggdraw.Draw(ctx["img"])
        mid = y + side / 2
        weight = 0.011 * s
        wood_cuts.rules(
            draw, mid - side * 0.18, beside[0] * s, beside[1] * s, weight, inks[0], False
        )
        wood_cuts.rules(
            draw, mid + side * 0.18, beside[0] * s, beside[1] * s, weight, inks[0], True
        )
        n = 3 if beside[1] - beside[0] < 0.3 else 5
        wood_cuts.ornaments(draw, mid, beside[0] * s, beside[1] * s, n, 0.018 * s, inks[2])
        draw.flush()
    return box[0] + 0.04, y / s - 0.01, box[2] - 0.04, (y + side) / s + 0.01


def _rotated(ctx: dict) -> tuple:
    """A bill word turned on its side down the right edge (the left for a title set
    right to left), whole (a cropped word misread) and clear of the title's band (a
    word running under the title forced a muddy shade on it), perhaps a ghost print
    off register."""
    s, box, rng, inks = ctx["size"], ctx["box"], ctx["rng"], ctx["inks"]
    word = wood_vernacular.turned_word(ctx["direction"])
    length = box[3] - box[1] - 0.06
    glyph = _turned(word, title_face(word, "condensed", 900.0), s, rng, length)
    x = int(s - glyph.size[0] - rng.uniform(0.03, 0.06) * s)
    y = int(((box[1] + box[3]) * s - glyph.size[1]) / 2)
    if _right_to_left(ctx["direction"].title):  # its title sets flush right: the left edge
        x = s - x - glyph.size[0]
    if rng.random() < 0.5:  # a ghost print off register, opaque under the key print
        wood_inks.press(ctx["img"], glyph, (x - int(0.02 * s), y + int(0.015 * s)), inks[2], True)
    wood_inks.press(ctx["img"], glyph, (x, y), inks[1], True)
    x0, x1 = max(0.0, x / s - 0.04), min(1.0, (x + glyph.size[0]) / s + 0.02)
    return x0, y / s - 0.01, x1, (y + glyph.size[1]) / s + 0.02


def _right_to_left(title: str) -> bool:
    """Whether the title is in a script set right to left (Hebrew, Arabic)."""
    return any(script_of(c) in ("Arab", "Hebr", "Syrc", "Thaa") for c in title)


def _turned(word: str, face, s: int, rng: np.random.Generator, length: float) -> Image.Image:
    """The word's mask standing on its side (a quarter turn), `length` of the sheet
    tall; as thick as its own proportions allow (condensed at most 2.1 times, as wood
    type was cut condensed)."""
    turn = 90 if rng.random() < 0.7 else 270
    glyph = wood_cuts.glyph(word, face, int(s * 4), int(s * 0.5), 1.0)  # its own proportions
    aspect = glyph.size[0] / glyph.size[1]
    column = float(np.clip(length / aspect * 2.1, 0.26, 0.44)) * rng.uniform(0.9, 1.0)
    glyph = glyph.resize((int(length * s), int(column * s)), Image.Resampling.BILINEAR)
    return glyph.rotate(turn, expand=True)


def _word_line(ctx: dict) -> tuple:
    """A short bill word cut big across the measure, a letter to each spot ink side
    by side (never overlapping), between thick-and-thin rules and ornaments."""
    s, box, rng, inks = ctx["size"], ctx["box"], ctx["rng"], ctx["inks"]
    word = wood_vernacular.short_word(ctx["direction"])
    face = title_face(word, "slab", 900.0)
    x0, x1 = 0.07 * s, 0.93 * s
    top, bottom = (box[1] + 0.06) * s, (box[3] - 0.06) * s
    gap = 0.02 * s
    cell = (x1 - x0 - gap * (len(word) - 1)) / len(word)
    h = int((bottom - top) * rng.uniform(0.6, 0.72))
    y = int((top + bottom - h) / 2)
    first = int(rng.integers(2))
    for k, letter in enumerate(word):
        cut = wood_cuts.glyph(letter, face, int(cell), h, 2.2)
        at = (int(x0 + k * (cell + gap) + (cell - cut.size[0]) / 2), y + (h - cut.size[1]) // 2)
        wood_inks.press(ctx["img"], cut, at, inks[1 + (k + first) % 2], ctx["opaque"])
    draw = aggdraw.Draw(ctx["img"])
    weight = 0.012 * s
    wood_cuts.rules(draw, top, x0, x1, weight, inks[0], True)
    wood_cuts.rules(draw, bottom, x0, x1, weight, inks[0], False)
    beats = 4 if ctx["direction"].tempo_bpm >= 90 else 3
    y_orn = (top + y) / 2 + weight if rng.random() < 0.5 else (bottom + y + h) / 2 - weight
    wood_cuts.ornaments(draw, y_orn, 0.3 * s, 0.7 * s, 2 * beats + 1, 0.01 * s, inks[0])
    draw.flush()
    return 0.07, top / s, 0.93, bottom / s


def _blocks(ctx: dict) -> tuple:
    """A short bill word, a letter reversed out of each inked block standing on the
    edge away from the title like the bars of a chart, each as tall as its section of
    the song is loud (its letter condensed to fill it)."""
    s, box, inks = ctx["size"], ctx["box"], ctx["inks"]
    letters = wood_vernacular.short_word(ctx["direction"])
    face = title_face(letters, "slab", 900.0)
    n = len(letters)
    loud = signals.energy(ctx["direction"], n * 8).reshape(n, 8).mean(axis=1)
    bw = (0.88 - 0.025 * (n - 1)) / n
    full = min(box[3] - box[1] - 0.08, bw * 3.0)
    down = ctx["zone"] != "bottom"  # stand on the bottom edge unless the title is there
    for k, letter in enumerate(letters):
        block = Image.new("L", (int(bw * s), int(full * (0.5 + 0.5 * loud[k]) * s)), 255)
        w, h = block.size
        glyph = wood_cuts.glyph(letter, face, int(w * 0.8), int(h * 0.84), 2.0)
        block.paste(0, ((w - glyph.size[0]) // 2, (h - glyph.size[1]) // 2), glyph)
        top = (box[3] - 0.04) * s - h if down else (box[1] + 0.04) * s
        at = (int((0.06 + k * (bw + 0.025)) * s), int(top))
        wood_inks.press(ctx["img"], block, at, inks[[1, 2, 0][k % 3]], ctx["opaque"])
    return 0.06, box[1] + 0.03, 0.94, box[3] - 0.03


DRAW = {
    "giant": _giant,
    "label": _label,
    "rotated": _rotated,
    "bill": wood_bill.bill,
    "overprint": wood_overprint.overprint,
    "word": _word_line,
    "blocks": _blocks,
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
    img = Image.new("RGB", (size, size), paper)
    ctx = {
        "size": size, "rng": rng, "inks": inks, "paper": paper, "dark": dark, "img": img,
        "zone": zone, "box": calm_zone.away_from(zone), "direction": direction,
        "opaque": wood_inks.opaque(paper, dark),
    }  # fmt: skip
    x0, y0, x1, y1 = DRAW[layout](ctx)
    focal = (max(0.0, x0), max(0.0, y0), min(1.0, x1), min(1.0, y1))
    return Artwork(wood_inks.wear(img, paper, direction, rng), focal, layout)


def render(direction: ArtDirection, size: int) -> Artwork:
    """Draw the cover (RGB, size x size): the art at up to raster.work_size, the
    finish (grain) at full size."""
    art = _draw(direction, raster.work_size(size))
    image = finish(raster.to_size(art.image, size), direction, "wood", 0.03)
    return Artwork(image, art.focal, art.layout)
