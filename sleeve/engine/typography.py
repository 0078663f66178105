"""Set the title on a cover the way a designer would: the main title large (at most
three balanced lines), its qualifiers and the artist small on a secondary line, in the
face of the design language for each script, placed by the layout in calm space away
from the art's focal region, and legible per character on the pixels."""

from __future__ import annotations

import unicodedata
from typing import NamedTuple

from PIL import Image

from sleeve.engine.direction import ArtDirection
from sleeve.engine.fonts import FontFace, title_face
from sleeve.engine.glyphs import draw_line, ink_extent, run_width
from sleeve.engine.legibility import THIN_ROLES, TINY, make_legible
from sleeve.engine.runs import assign_faces, drawable, is_rtl
from sleeve.engine.scripts import clusters, emoji_spans, is_cjk
from sleeve.engine.styles.base import Box
from sleeve.engine.title_layout import TitleLayout
from sleeve.engine.title_lines import CAP_RATIO, Line, fit_lines, set_lines
from sleeve.engine.title_parse import parse_title
from sleeve.engine.title_spot import EDGE, calm_spot
from sleeve.engine.vertical import set_columns

__all__ = [
    "TitleLayout",
    "capitals",
    "display_text",
    "draw_line",
    "place_title",
    "run_width",
    "set_title",
    "title_cap",
]

MARGIN = 0.07
# largest cap height (share of the side) per design language title_scale
# "tiny" was 0.045, then 0.06, then 0.072, and "small" 0.07, then 0.08: reviews read
# such titles as lost at 64 px (Ashes of the Old World, Salt Flats, Pink Haze, Lo-fi
# Rain, rainy window; on 2026-12-02 서울의 밤 and NO MERCY in the corner, 4 to 5 px);
# at 0.08 a tiny title's capitals stand 5.1 px at 64 px (legibility.TINY_CAP is 4.5)
CAPS = {"tiny": 0.08, "small": 0.088, "medium": 0.11, "big": 0.15}
LAYOUT_CAPS = {"title-image": 0.22, "edge": 0.16, "corner": 0.08}
EMOJI_CAP = 0.2
CORNER_WIDE = 0.6  # the corner block's width where half the side sets it too small
MIN_CAP = 0.075  # the cap height (share of the side) a normal title shrinks to at least
SMALL_RATIO = 0.42  # secondary line size as a share of the main size


LOWER_CASE_LANGUAGES = frozenset({"shoegaze", "lofi"})  # small lowercase titles
# a lowercase title set to be read (the second cover's, direction.second_voice) is read
# on its x-height, about 0.72 of the cap: lifted, it stands as tall at 64 px as a
# title in capitals (the bench measured 2.8 to 3.3 px for lo-fi and shoegaze pairs)
LOWER_CASE_LIFT = 1.35
# A title reads on its x-height when set mostly in lower case, else on its capitals:
# its cap is raised so that this reading height, measured on the face's own glyphs,
# stands READ_HEIGHT px at 64 px (reading_floor). Four art directors listed tiny-scale
# lowercase titles as unreadable at 64 px ("Lo-fi Rain" 2.7 px, "pink haze over
# everything" 2.8 px); two more (2026-12-01) still listed tiny titles at 3.8 to 4.4 px
# (Quiet Snow, Letters I Never Sent, Concrete Lullaby), as a face's capitals stand
# lower than CAP_RATIO assumes; two more (2026-12-02) asked for about 6 px
READ_HEIGHT = 5.5
THIN_READ_HEIGHT = 6.0  # for a face of hairlines (legibility.THIN_ROLES): blackletter, script


def title_cap(direction: ArtDirection, layout: str) -> float:
    """The largest cap height (share of the side) of a title: the language's title
    scale, limited by the layout; the title-image and edge layouts set a big cropped
    title where the language sets titles medium or big (tiny-title genres keep theirs
    small); a lowercase title meant to be read is lifted (LOWER_CASE_LIFT)."""
    scale = direction.language.title_scale
    if layout in ("title-image", "edge") and scale in ("medium", "big"):
        return LAYOUT_CAPS[layout]
    cap = min(CAPS.get(scale, 0.11), LAYOUT_CAPS.get(layout, 1.0))
    if direction.language.subgenre in LOWER_CASE_LANGUAGES and scale in ("medium", "big"):
        return cap * LOWER_CASE_LIFT
    return cap


def reading_floor(text: str, face: FontFace, cap: float, height: float = READ_HEIGHT) -> float:
    """`cap`, raised where the title would stand under `height` px at 64 px on its
    reading height: the face's own x-height for a title set mostly in lower case, its
    capitals' height otherwise; scripts without case (CJK, Arabic, Devanagari...)
    keep `cap`."""
    cased = [c for c in text if c.isalpha() and c.lower() != c.upper()]
    if not cased:
        return cap
    letter = "x" if sum(c.islower() for c in cased) > len(cased) / 2 else "H"
    rises = -face.sized(100).getbbox(letter, anchor="ls")[1] / 100
    # px = cap / CAP_RATIO of the side, and the letter stands `rises` of px
    return max(cap, height / TINY * CAP_RATIO / max(rises, 0.3))


def display_text(title: str, role: str, language: str = "", scale: str = "") -> str:
    """The title as set: lower case for the languages that set titles small and lower
    case (shoegaze, lo-fi); capitals for condensed, geometric and mono display faces
    and for a tiny title (`scale`, the language's title scale; not blackletter nor
    script): small capitals read at 64 px on fewer, shorter lines than a lower-case
    title raised to the reading floor (two art directors read Concrete Lullaby's,
    Ωδή στον Άνεμο's and Ashes of the Old World's as title blocks too big for
    post-punk, chamber and ambient); set_title keeps the title as written where its
    capitals would not read at the floor (FROSTGRAVE in a corner). Greek
    capitals lose their tonos, as Greek typesetting does. A title written all in
    lower case ("wrk_047b", "rainy window") stays so: the artist meant it."""
    text = " ".join(title.split()) or "Untitled"
    if language in LOWER_CASE_LANGUAGES:
        return text.lower()
    deliberately_lower = text == text.lower() and text != text.upper()
    tiny_capitals = scale == "tiny" and role not in THIN_ROLES  # not blackletter capitals
    capital_role = role in ("condensed", "geometric", "mono") or tiny_capitals
    if not capital_role or deliberately_lower:
        return text
    return capitals(text)


def capitals(text: str) -> str:
    """The text in capitals as a typesetter sets them: Greek capitals lose the tonos."""
    upper = unicodedata.normalize("NFD", text.upper())
    upper = "".join(
        char
        for index, char in enumerate(upper)
        if not (char == "\u0301" and index and "GREEK" in unicodedata.name(upper[index - 1], ""))
    )
    return unicodedata.normalize("NFC", upper)


def place_title(
    image: Image.Image,
    direction: ArtDirection,
    focal: Box | None = None,
    avoid_band: int | None = None,
) -> Image.Image:
    """The image with direction.title set on it, legibly."""
    return set_title(image, direction, focal, avoid_band)[0]


def _secondary(direction: ArtDirection, qualifiers: str, tags: bool) -> list[str]:
    lines = [qualifiers, direction.artist]
    if tags:
        lines.append(direction.subtitle)
    return [" ".join(line.split()) for line in lines if line and line.strip()]


def _char_boxes(line: Line, x: float, top: int, bottom: int) -> list[tuple[int, int, int, int]]:
    """The line's box cut into one slice per visible character."""
    count = len(_visible(line.text))
    step = line.width / max(1, count)
    return [(int(x + i * step), top, int(x + (i + 1) * step), bottom) for i in range(count)]


def _visible(text: str) -> list[str]:
    return [cluster for cluster in clusters(text) if not cluster.isspace()]


def _stickers(
    line: Line, boxes: list[tuple[int, int, int, int]]
) -> list[tuple[int, int, int, int]]:
    """The character boxes of the line's colour emoji (drawn on a rim of the title's ink)."""
    return [
        box for box, cluster in zip(boxes, _visible(line.text), strict=True) if emoji_spans(cluster)
    ]


def _gap(px: int, above: tuple[int, int], below: tuple[int, int]) -> int:
    """Baseline to baseline: at least 1.06 em, more when marks reach far."""
    return max(int(px * 1.06), above[1] + below[0] + int(px * 0.08))


def margin_for(layout: str) -> float:
    """The title's margin from the frame's edge (share of the side) in `layout`."""
    return EDGE if layout == "edge" else MARGIN


class _Fit(NamedTuple):
    """A title's lines at its type size, the width share they were fitted to, the
    sizes it may take, and whether it reads at its reading floor."""

    text: str
    lines: list[Line]
    px: int
    width: float
    max_px: int
    min_px: int
    read: bool


def _fit(text: str, primary: FontFace, direction: ArtDirection, layout: str, size: int) -> _Fit:
    """The title's sizes and lines in `layout`: as large as the language sets it, no
    smaller than it reads at 64 px (reading_floor), no word hyphenated where a wider
    corner avoids it."""
    text = text.strip() or "Untitled"
    role = direction.font_role
    height = THIN_READ_HEIGHT if role in THIN_ROLES else READ_HEIGHT
    cap = reading_floor(text, primary, title_cap(direction, layout), height)
    if all(
        face is not None and face.emoji for _, face in assign_faces(text.replace(" ", ""), primary)
    ):
        cap = max(cap, EMOJI_CAP)  # a title of emoji is a picture: set it large
    width_frac = 0.5 if layout == "corner" else 1 - 2 * margin_for(layout)
    least = reading_floor(text, primary, min(MIN_CAP, cap), height)  # shrunk to fit, still read
    max_px, min_px = int(size * cap / CAP_RATIO), int(size * least / CAP_RATIO)
    plain_min = int(size * min(MIN_CAP, title_cap(direction, layout)) / CAP_RATIO)
    if layout == "vertical":
        return _Fit(text, [], max_px, width_frac, max_px, min_px, True)
    # a long title the corner's half width would set under the reading floor ("pink
    # haze over everything" at 3.9 px at 64 px), or only by hyphenating a word, takes
    # a wider corner; where even that breaks a word ("Frost- / grave / Hymn"), the
    # word stays whole a little under the floor
    fits = [(width_frac, min_px)]
    if layout == "corner":
        fits += [(CORNER_WIDE, min_px), (CORNER_WIDE, plain_min)]
    for width_frac, floor in fits:  # the last is the fit the title is set at
        lines, px = fit_lines(
            text,
            primary,
            size,
            width_frac=width_frac,
            measure=run_width,
            max_px=max_px,
            min_px=floor,
        )
        whole = "".join(line.text for line in lines).replace(" ", "") == text.replace(" ", "")
        if px >= floor and whole:  # no word hyphenated (CJK titles have no spaces)
            return _Fit(text, lines, px, width_frac, max_px, min_px, floor == min_px)
    return _Fit(text, lines, px, width_frac, max_px, min_px, False)


def set_title(
    image: Image.Image,
    direction: ArtDirection,
    focal: Box | None = None,
    avoid_band: int | None = None,
    *,
    tags: bool = False,
    measured: bool = True,
) -> tuple[Image.Image, TitleLayout]:
    """Set direction.title on the image; returns the new image and where the title
    went. The title keeps out of the art's `focal` region (x0, y0, x1, y1 fractions of
    the side); `avoid_band` steers it away from the other cover's band; `tags` prints
    the genre tags (direction.subtitle) on the secondary line; not `measured`, no
    legibility treatment is sought (make_legible): the caller prints the letters."""
    size = image.size[0]
    role = direction.font_role
    parts = parse_title(direction.title)
    language = direction.language
    written = display_text(parts.main, role, language.subgenre)
    shown = display_text(parts.main, role, language.subgenre, language.title_scale)
    primary = title_face(shown, role, 800.0 if direction.energy > 0.35 else 600.0)
    layout = direction.layout
    if layout == "vertical" and not is_cjk(shown):
        layout = "top-left"
    text, missing = drawable(shown, primary)
    fit = _fit(text, primary, direction, layout, size)
    if not fit.read and shown != written:  # tiny capitals too wide to read: as written
        text, missing = drawable(written, primary)
        fit = _fit(text, primary, direction, layout, size)
    margin = margin_for(layout)
    notes = (f"left out {len(missing)} character(s) no font draws",) if missing else ()
    small_texts = _secondary(direction, parts.secondary, tags)
    lines, px, width_frac, max_px, min_px = fit.lines, fit.px, fit.width, fit.max_px, fit.min_px
    if layout == "vertical":
        sizes = (max_px, min_px)
        return set_columns(
            image,
            direction,
            fit.text,
            primary,
            small_texts,
            focal,
            avoid_band,
            notes,
            sizes,
            measured=measured,
        )
    text = fit.text
    rtl = is_rtl(text)
    small_face = title_face(
        " ".join(small_texts) or "x", "geometric" if role == "condensed" else role, 600.0
    )
    small_px = max(int(size * 0.026), min(int(px * 0.5), int(px * SMALL_RATIO)))

    def measure_block(px: int, small_px: int, lines: list[Line]):
        smalls: list[Line] = []
        for small in small_texts:
            fitted, fit_px = fit_lines(
                small,
                small_face,
                size,
                width_frac=width_frac,
                measure=run_width,
                max_px=small_px,
                max_lines=2,
                min_px=max(8, small_px // 2),
            )
            small_px = min(small_px, fit_px)
            smalls += fitted
        smalls = set_lines([line.text for line in smalls], small_face, small_px, run_width)
        extents = [ink_extent(line, primary, px, rtl) for line in lines]
        height = extents[0][0] + extents[-1][1]
        height += sum(_gap(px, a, b) for a, b in zip(extents, extents[1:], strict=False))
        height += int(small_px * 1.35) * len(smalls) + (int(px * 0.3) if smalls else 0)
        width = max([line.width for line in lines] + [line.width for line in smalls])
        return smalls, small_px, extents, height, width

    smalls, small_px, extents, height, width = measure_block(px, small_px, lines)
    spot = calm_spot(
        image,
        layout=layout,
        block=height / size,
        width=width / size,
        margin=margin,
        min_scale=min_px / max(px, 1),
        seed=direction.seed,
        avoid=avoid_band,
        focal=focal,
        rtl=rtl,
    )
    if spot.scale < 1:
        px = max(4, int(px * spot.scale))
        small_px = max(int(size * 0.026), int(small_px * spot.scale))
        lines = set_lines([line.text for line in lines], primary, px, run_width)
        smalls, small_px, extents, height, width = measure_block(px, small_px, lines)

    def x_for(line_width: float) -> float:
        left, block_w = spot.left * size, width
        if spot.align == "left":
            return left
        if spot.align == "right":
            return left + block_w - line_width
        return (size - line_width) / 2

    mask = Image.new("L", image.size, 0)
    placed: list[tuple[Line, float, float, FontFace, int]] = []
    boxes, chars, char_boxes, small_boxes, sticker_boxes = [], [], [], [], []
    y = spot.top * size + extents[0][0]
    for index, line in enumerate(lines):
        if index:
            y += _gap(px, extents[index - 1], extents[index])
        x = x_for(line.width)
        placed.append((line, x, y, primary, px))
        up, down = extents[index]
        boxes.append((int(x), int(y - up), int(x + line.width), int(y + down)))
        chars.append(len(_visible(line.text)))
        line_boxes = _char_boxes(line, x, int(y - up), int(y + down))
        char_boxes += line_boxes
        sticker_boxes += _stickers(line, line_boxes)
    y += extents[-1][1] + int(px * 0.3)
    for line in smalls:
        y += int(small_px * 1.0)
        x = x_for(line.width)
        placed.append((line, x, y, small_face, small_px))
        small_boxes += _char_boxes(line, x, int(y - small_px * 0.8), int(y + small_px * 0.25))
        y += int(small_px * 0.35)
    for line, x, baseline, face, line_px in placed:
        draw_line(mask, x, baseline, line, face, line_px, 255, rtl=rtl)
    legible = make_legible(image, direction, mask, char_boxes, small_boxes, px, measured=measured)
    image = legible.image.copy()
    for line, x, baseline, face, line_px in placed:
        width_px = legible.stroke if face is primary else legible.stroke // 2
        draw_line(
            image,
            x,
            baseline,
            line,
            face,
            line_px,
            legible.color,
            width_px,
            legible.outline,
            rtl=rtl,
        )
    layout_out = TitleLayout(
        mask,
        tuple(boxes),
        tuple(chars),
        legible.color,
        legible.treatment,
        spot.band,
        tuple(char_boxes),
        tuple(small_boxes),
        notes,
        tuple(sticker_boxes),
    )
    return image, layout_out
