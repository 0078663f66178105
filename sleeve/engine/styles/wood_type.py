"""Wood type: a letterpress print from big carved letters. The genre's inks are printed
on its stock (fluoro on white for cumbia, warm saturated inks for Bollywood, earth on
cream, mustard or navy stock for folk and country, bone and vivid on black for the
dark genres; see wood_inks).

Energy leans the composition, the seed picks among the near ones (calm .. loud): one
giant misregistered initial; a big numeral or ampersand between ornament rules; a
title word turned on its side and cropped by the edge (a CJK word set upright in a
column instead); a letterpress bill (wood_bill: rules, stars, arrows, ornament bars
and the title's number, its words stacked in mixed sizes, or now and then its initial
cut in a block), the house look; two of the title's words crossed in a tilted
two-colour overprint (wood_overprint); a short whole word of the title set big
between rules, a letter to an ink; that word reversed out of coloured blocks whose
heights follow the song's sections. No metadata is printed:
letters come only from the title (a word only when it is a real word of the title,
never a row of initials), and tempo sets only the ornaments (the beats of a bar);
loudness how hard the ink is pressed; the seed the inks, offsets and crops. The title
is set by the typography in the zone the print leaves open (calm_zone), and the focal
box is the printed part.
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
from sleeve.engine.scripts import is_cjk, script_of
from sleeve.engine.styles.base import Artwork, StyleInfo
from sleeve.engine.styles.cover_parts import (
    calm_zone,
    wood_bill,
    wood_cuts,
    wood_inks,
    wood_overprint,
    wood_words,
)
from sleeve.engine.styles.cover_parts.title_words import is_stop

STYLE = StyleInfo(
    name="wood_type",
    family="graphic",
    fits=("folk", "world", "rock", "jazz", "hiphop"),
)

LAYOUTS = ("giant", "numeral", "rotated", "bill", "overprint", "word", "blocks")  # calm .. loud
LEFT_TITLES = ("top-left", "bottom-left", "edge", "corner")
AND = re.compile(r"(&|\band\b|\by\b|\bet\b|\bund\b|\be\b)", re.IGNORECASE)


def _letters(direction: ArtDirection) -> tuple[list[str], object]:
    """The title's initial (and the next words' initials) that a slab face draws, and
    that face; empty when no wood face draws it (never the tempo's digits)."""
    letters = [w[0] for w in wood_words.main_words(direction) if not is_stop(w)][:3]  # not The's T
    face = title_face("".join(letters) or "A", "slab", 900.0)
    return [c for c in letters if covers(face, c) and c.strip() and c.isalpha()], face


def _word(direction: ArtDirection) -> tuple[str, object] | None:
    """A short whole word of the title (two to five letters, the longest, the last of
    equals: 'SOL' of 'La Cumbia del Sol') in an alphabet whose letters stand alone,
    that a slab face draws, or None: a row of initials spells nothing, so it is never
    cut."""
    alphabets = ("Latn", "Grek", "Cyrl")  # letters that stand alone (Arabic joins)
    words = [
        w
        for w in wood_words.main_words(direction)
        if 2 <= len(w) <= 5
        and w.isalpha()
        and not is_stop(w)  # a giant "LA" read as Los Angeles
        and all(script_of(c) in alphabets for c in w)
    ]
    for word in sorted(reversed(words), key=len, reverse=True):
        face = title_face(word, "slab", 900.0)
        if covers_all(face, word):
            return word, face
    return None


def _choose(direction: ArtDirection, rng: np.random.Generator) -> str:
    """A composition: energy leans (calm ones for quiet songs), the seed picks; the
    giant initial is the house favourite; the turned word needs a title on the left
    and letters (an emoji title turned on its side drew missing-glyph boxes),
    the numeral a number or an 'and' in the title, the word and blocks a short word,
    the overprint two words whose letters stand alone."""
    n = len(LAYOUTS)
    centre = direction.energy * (n - 1)
    weights = np.exp(-(((np.arange(n) - centre) / 1.8) ** 2)) + 0.25
    weights[LAYOUTS.index("bill")] *= 1.7  # the letterpress bill is the house look
    weights[LAYOUTS.index("overprint")] *= 0.6 if len(wood_words.standing(direction)) >= 2 else 0.0
    weights[LAYOUTS.index("blocks")] *= 0.45  # boxed letters read as a template
    if direction.layout not in LEFT_TITLES:
        weights[LAYOUTS.index("rotated")] = 0.0
    if not (AND.search(direction.title) or any(c.isdigit() for c in direction.title)):
        weights[LAYOUTS.index("numeral")] = 0.0
    if not _letters(direction)[0]:  # an emoji title: no slab face draws it, turned or big
        weights[LAYOUTS.index("giant")] = 0.0
        weights[LAYOUTS.index("rotated")] = 0.0
    if _word(direction) is None:
        weights[LAYOUTS.index("word")] = 0.0
        weights[LAYOUTS.index("blocks")] = 0.0
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
    digits = wood_bill.title_number(direction.title)
    text = "&" if AND.search(direction.title) or not digits else digits
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
    word = words[-1] if words else ctx["direction"].title.strip()
    face = title_face(word, "condensed", 900.0)
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


def _word_line(ctx: dict) -> tuple:
    """The title's short word cut big across the measure, a letter to each spot ink
    side by side (never overlapping), between thick-and-thin rules and ornaments."""
    s, box, rng, inks = ctx["size"], ctx["box"], ctx["rng"], ctx["inks"]
    word, face = _word(ctx["direction"])
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
        wood_inks.press(ctx["img"], cut, at, inks[1 + (k + first) % 2], ctx["dark"])
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
    """The title's short word, a letter reversed out of each inked block standing on
    the edge away from the title like the bars of a chart, each as tall as its section
    of the song is loud (its letter condensed to fill it)."""
    s, box, inks = ctx["size"], ctx["box"], ctx["inks"]
    letters, face = _word(ctx["direction"])
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
        wood_inks.press(ctx["img"], block, at, inks[[1, 2, 0][k % 3]], ctx["dark"])
    return 0.06, box[1] + 0.03, 0.94, box[3] - 0.03


DRAW = {
    "giant": _giant,
    "numeral": _numeral,
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
    letters, face = _letters(direction)
    img = Image.new("RGB", (size, size), paper)
    ctx = {
        "size": size, "rng": rng, "inks": inks, "paper": paper, "dark": dark, "img": img,
        "zone": zone, "box": calm_zone.away_from(zone), "letters": letters, "face": face,
        "direction": direction, "words": wood_words.stack_words(direction),
        "pair": wood_overprint.pair(wood_words.standing(direction)),
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
