"""Xerox collage: punk's photocopied flyer, loud and crowded, never a blank sheet.
One picture (a mono-grain scene: a figure on a hill, a column of smoke, ridges drawn
from the song's energy, an eclipse, towers, a forest; or one huge letter of the
title) burnt by a bad copier to ink, pasted up with scraps of other papers
(newsprint, the fluoro, black, white) in one of seven compositions, calm to loud:

- taped-scrap: a torn copy taped off-centre in a wide flat field, a second paper
  peeking out from behind it;
- torn-strips: three or four long strips torn from different papers stacked crooked
  across the cover, one with a skyline (the song's ridge, towers, pines);
- letter-window: the title's first letter, huge and cropped, as a window onto the copy;
- ransom: the title's short word, each letter torn from a different paper in a
  different face, in a crooked row over a torn copy;
- torn-bleed: a huge crop of the copy (a negative on black, or on fluoro or
  newsprint) fills the cover, one edge torn away and taped;
- pasteup: four to six torn scraps of different papers overlapping at angles and
  taped, the copy on the biggest, threshold blobs and columns of small print on the
  rest;
- misregister: the copy printed twice on fluoro paper, black over white, out of
  register.

energy -> the composition (the seed picks among its neighbours), how crooked and
how ragged; genre -> the pictures likely; loudness -> the copier's contrast; the
palette's accent -> the one fluoro ink (the nearer of pink and yellow when the accent
is dull; none when the palette is monochrome: then newsprint or black); seed -> the
rest (crop, place, which edge is torn). The copy keeps to the side the title layout
leaves free, and the focal box covers all that is busy.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from PIL import Image, ImageChops, ImageDraw

from sleeve.engine import compose, raster
from sleeve.engine.color import rgb_to_oklch
from sleeve.engine.direction import ArtDirection
from sleeve.engine.finish import finish
from sleeve.engine.raster import RGB
from sleeve.engine.styles import mono_grain
from sleeve.engine.styles.base import Artwork, Box, StyleInfo
from sleeve.engine.styles.cover_parts import mono_scenes
from sleeve.engine.styles.cover_parts import xerox_motifs as copier

MIN_SIDE = 0.05  # a focal box is kept at least this wide and tall

STYLE = StyleInfo(
    name="xerox_collage",
    family="image",
    # punk and post-punk flyers; grunge, industrial and reggaeton list it by name. Not
    # rock at large: reviewers read a ransom note on shoegaze or J-rock as the wrong song
    fits=("punk", "post_punk"),
)

COMPOSITIONS = (
    "taped-scrap",
    "torn-strips",
    "letter-window",
    "ransom",
    "torn-bleed",
    "pasteup",
    "misregister",
)
WEIGHTS = (
    1.0,
    0.6,
    0.6,
    0.9,
    1.0,
    1.4,
    1.0,
)  # the band and the letter rarer, the paste-up commoner
FLUORO: tuple[RGB, RGB] = ((255, 62, 165), (255, 242, 0))  # pink, yellow
PAPER: RGB = (244, 241, 234)
NEWSPRINT: RGB = (212, 206, 191)  # grey recycled paper
GREY: RGB = (198, 198, 196)  # the newsprint of a monochrome palette
INK: RGB = (12, 12, 12)
DOTS = 48.0  # the copier's dot screen, cells across the cover
RIM: RGB = (252, 251, 246)  # the white core a tear shows
PICTURES = {
    "punk": ("figure", "smoke", "ridge", "eclipse"),
    "metal": ("forest", "ridge", "eclipse", "smoke"),
    "hiphop": ("towers", "figure", "smoke", "eclipse"),
    "electronic": ("towers", "eclipse", "smoke", "ridge"),
}
DEFAULT = ("figure", "smoke", "towers", "ridge", "eclipse")  # the sea copies to nothing


@dataclass
class Scrap:
    """A scrap of `paper` printed with inks: (colour, where it sticks) layers in order,
    each mask the scrap's size."""

    paper: RGB
    inks: list[tuple[RGB, np.ndarray]]

    @property
    def size(self) -> tuple[int, int]:
        h, w = self.inks[0][1].shape
        return w, h


def _toner(paper: RGB) -> RGB:
    """Black toner; paper-white toner on black paper."""
    return PAPER if paper == INK else INK


@dataclass
class Sheet:
    """The cover being pasted up: the image, its generator, paper and spot ink, the picture
    (a grey field and its subject's box) and the focal box once something is placed."""

    d: ArtDirection
    img: Image.Image
    rng: np.random.Generator
    paper: RGB  # the paper the copies are on
    spot: RGB  # the second ink of a misregistered print
    tone: np.ndarray
    subject: Box
    focal: Box | None = None
    crop: Box = (0.0, 0.0, 1.0, 1.0)  # the part of the picture copied last

    @property
    def news(self) -> RGB:
        """Newsprint: warm grey, or neutral on a monochrome palette."""
        return NEWSPRINT if self.spot != PAPER else GREY

    @property
    def size(self) -> int:
        return self.img.size[0]

    def copy_low(self) -> bool:
        """Whether the copy goes in the lower part, leaving the top to the title: as
        the title layout asks (top or bottom), else as the seed says."""
        roll = bool(self.rng.integers(2))
        return {"top-left": True, "vertical": True, "centred": True}.get(
            self.d.layout, roll and self.d.layout != "bottom-left"
        )

    def copy(
        self,
        w: int,
        h: int,
        zoom: float,
        burn: float = 0.4,
        least: float = 0.2,
        most: float = 0.72,
    ) -> np.ndarray:
        """The picture cropped to the aspect w:h around its subject (the subject about
        as tall as the crop at zoom 1, cut by it when larger) and copied to ink at
        w x h; records the crop for subject_at()."""
        aspect = w / h
        sx0, sy0, sx1, sy1 = self.subject
        ch = float(np.clip(max(sy1 - sy0, (sx1 - sx0) / aspect) * 1.1 / zoom, 0.2, 1.0))
        cw = ch * aspect
        if cw > 1.0:
            cw, ch = 1.0, 1.0 / aspect
        cx = float(np.clip((sx0 + sx1) / 2 + self.rng.normal(0, 0.04), cw / 2, 1 - cw / 2))
        middle = sy0 + 0.1 * ch if aspect > 1.5 else (sy0 + sy1) / 2  # a strip: its top edge
        cy = float(np.clip(middle + self.rng.normal(0, 0.04), ch / 2, 1 - ch / 2))
        self.crop = (cx - cw / 2, cy - ch / 2, cx + cw / 2, cy + ch / 2)
        grey = copier.crop(self.tone, self.crop, w, h)
        contrast = 1.5 + 1.5 * self.d.loudness
        dots = DOTS * max(w, h) / self.size
        return copier.photocopy(grey, self.rng, contrast, dots, burn, least, most)

    def inked(self, ink: np.ndarray, paper: RGB) -> Image.Image:
        """Black ink on `paper` (RGB); paper-white toner on black paper."""
        sheet = Image.fromarray(ink.astype(np.uint8), "P")  # 0 paper, 1 toner
        sheet.putpalette([*paper, *_toner(paper)])
        return sheet.convert("RGB")

    def subject_at(self, place: Box) -> Box:
        """The subject's box once the last crop is placed at `place` (cover fractions)."""
        (cx0, cy0, cx1, cy1), (px0, py0, px1, py1) = self.crop, place
        sx0, sy0, sx1, sy1 = self.subject
        xs = [px0 + (v - cx0) / (cx1 - cx0) * (px1 - px0) for v in (sx0, sx1)]
        ys = [py0 + (v - cy0) / (cy1 - cy0) * (py1 - py0) for v in (sy0, sy1)]
        return compose.clip_box((xs[0], ys[0], xs[1], ys[1]), MIN_SIDE)

    def paste(self, scrap: Scrap, tear: copier.Tear, x: float, y: float, tilt: float) -> Box:
        """Paste a torn scrap at (x, y) (its top-left, cover fractions) turned `tilt`
        degrees; its box. The rim and face are drawn straight into the turned frame
        and only the inks (one byte a pixel) are turned: a tenth of turning the
        scrap in colour."""
        w, h = scrap.size
        turn = copier.Turn(w, h, float(tilt))
        rim, face = tear.masks(turn)
        left = int(x * self.size - (turn.size[0] - w) / 2)
        top = int(y * self.size - (turn.size[1] - h) / 2)
        inks = []
        for colour, ink in scrap.inks:
            inks.append((colour, turn.image(Image.fromarray(ink.astype(np.uint8) * 255, "L"))))
        if len(inks) == 1:
            piece = _layered(scrap.paper, face, *inks[0])
        else:  # a ransom letter: its paper, specks and the letter
            printed = Image.new("RGB", turn.size, scrap.paper)
            for colour, mask in inks:
                printed.paste(colour, (0, 0), mask)
            piece = Image.new("RGB", turn.size, RIM)
            piece.paste(printed, (0, 0), face)
        self.img.paste(piece, (left, top), rim)
        return compose.clip_box((x, y, x + w / self.size, y + h / self.size), MIN_SIDE)


def _layered(paper: RGB, face: Image.Image, toner: RGB, ink: Image.Image) -> Image.Image:
    """A scrap's turned frame in colour: the white rim, and where the face is the
    `paper` with `toner` where the ink is, as one palette image indexed by the two
    masks (16 levels each, only their anti-aliased edges between): one paste instead
    of three."""
    levels = np.linspace(0.0, 1.0, 16)
    printed = np.array(paper) + (np.array(toner) - np.array(paper)) * levels[None, :, None]
    palette = np.array(RIM) + (printed - np.array(RIM)) * levels[:, None, None]
    index = (np.asarray(face) >> 4 << 4) | (np.asarray(ink) >> 4)
    piece = Image.fromarray(index, "P")
    piece.putpalette((palette + 0.5).astype(np.uint8).tobytes())
    return piece


def _fluoro(accent: RGB) -> RGB | None:
    """The accent when it is already fluoro; else the nearer of pink and yellow when
    it has a hue; None for a monochrome palette (black metal, drill)."""
    lit, chroma, hue = rgb_to_oklch(accent)
    if chroma > 0.18 and lit > 0.62:
        return accent
    if chroma > 0.08:
        gaps = [abs((hue - rgb_to_oklch(ink)[2] + 180) % 360 - 180) for ink in FLUORO]
        return FLUORO[int(np.argmin(gaps))]
    return None


def _tilt(s: Sheet, most: float) -> float:
    """A crooked paste: up to `most` degrees on the loudest song."""
    return float(s.rng.normal(0, most * (0.3 + 0.7 * s.d.energy)))


def taped_scrap(s: Sheet) -> None:
    """A small torn copy taped off-centre in a wide flat field."""
    side = s.rng.uniform(0.4, 0.54)
    w, h = int(side * s.size), int(side * s.rng.uniform(1.0, 1.3) * s.size)
    scrap = Scrap(s.paper, [(_toner(s.paper), s.copy(w, h, s.rng.uniform(0.9, 1.4)))])
    x = [0.06, 0.94 - side][int(s.rng.integers(2))] + s.rng.uniform(-0.03, 0.03)
    y = s.rng.uniform(0.06, 0.94 - h / s.size)
    y = (
        max(y, 0.94 - h / s.size - y + 0.06)
        if s.copy_low()
        else min(y, 0.94 - h / s.size - y + 0.06)
    )
    depth = (0.01 + 0.012 * s.d.energy) * s.size
    backing = [p for p in _papers(s) if p != s.paper][0]  # a second paper peeks out
    bw, bh = int(w * s.rng.uniform(0.6, 0.9)), int(h * s.rng.uniform(0.55, 0.85))
    shift = s.rng.uniform(0.12, 0.2), s.rng.uniform(0.03, 0.08)
    shift = shift if s.rng.random() < 0.5 else shift[::-1]
    toward = 1 if x < 0.5 else -1  # out toward the middle, not off the edge
    bx = x + toward * shift[0] + (w - bw) / s.size / 2
    by = y + s.rng.choice([-1, 1]) * shift[1] + (h - bh) / s.size / 2
    kind = ("lines", "blobs")[int(s.rng.integers(2))]
    back = s.paste(
        _printed(s, bw, bh, kind, backing), copier.torn(bw, bh, s.rng, depth), bx, by, _tilt(s, 16)
    )
    masks = copier.torn(w, h, s.rng, depth)
    front = s.paste(scrap, masks, x, y, _tilt(s, 6))
    s.focal = compose.clip_box(
        (*np.minimum(back[:2], front[:2]), *np.maximum(back[2:], front[2:])), MIN_SIDE
    )
    draw = ImageDraw.Draw(s.img, "RGBA")
    for cx in (x + 0.03, x + side - 0.03)[: 1 + int(s.rng.integers(2))]:
        angle = s.rng.normal(0, 0.35) + (0.6 if cx == x + 0.03 else -0.6)
        copier.tape(draw, cx * s.size, y * s.size, 0.16 * s.size, angle)


def _printed(s: Sheet, w: int, h: int, kind: str, paper: RGB) -> Scrap:
    """A w x h scrap with no picture on `paper`: threshold blobs, a column of small
    print or a bare specked sheet (copier.texture's kinds), copied coarse."""
    grey = copier.texture(s.rng, w, h, kind, s.size)
    least = 0.05 if kind == "flat" else 0.3
    dots = DOTS * 0.7 * max(w, h) / s.size
    ink = copier.photocopy(grey, s.rng, 2.5, dots, 0.25, least, most=0.5)
    return Scrap(paper, [(_toner(paper), ink)])


def _papers(s: Sheet) -> list[RGB]:
    """The papers a paste-up tears from (not the field's), in the seed's order."""
    papers = [PAPER, s.news, INK] + ([s.spot] if s.spot != PAPER else [])
    papers = [p for p in papers if p != s.img.getpixel((0, 0))] or [PAPER]
    return [papers[int(i)] for i in s.rng.permutation(len(papers))]


def torn_strips(s: Sheet) -> None:
    """Three or four long strips torn from different papers (the picture's skyline on
    one, small print, blobs) stacked crooked across the cover, overlapping, over the
    top or bottom three fifths."""
    count = 3 + int(s.rng.integers(2))
    span = s.rng.uniform(0.56, 0.66)
    heights = np.maximum(s.rng.dirichlet(np.full(count, 3.0)) * span * 1.3, 0.1)
    y = 0.98 - span if s.copy_low() else 0.02
    papers, picture = _papers(s), int(s.rng.integers(count))
    heights[[picture, int(np.argmax(heights))]] = heights[[int(np.argmax(heights)), picture]]
    kinds = ("lines", "blobs", "lines", "flat")
    depth = (0.01 + 0.012 * s.d.energy) * s.size
    boxes: list[Box] = []
    for i, band in enumerate(heights):
        w, h = int(1.14 * s.size), int(band * s.size)
        paper = papers[i % len(papers)]
        if i == picture:
            paper = s.news if paper == INK else paper
            ink = s.copy(w, h, s.rng.uniform(1.0, 1.4), burn=0.2, least=0.35)
            scrap = Scrap(paper, [(_toner(paper), ink)])
        else:
            scrap = _printed(s, w, h, kinds[int(s.rng.integers(len(kinds)))], paper)
        masks = copier.torn(w, h, s.rng, depth, sides="tb")
        x = -0.07 + s.rng.uniform(-0.02, 0.02)
        boxes.append(s.paste(scrap, masks, x, y, _tilt(s, 3.5)))
        y += band * (1.0 - 0.3 / 1.3)
    draw = ImageDraw.Draw(s.img, "RGBA")
    for _ in range(2):
        bx0, by0, bx1, by1 = boxes[int(s.rng.integers(len(boxes)))]
        x = s.rng.uniform(0.1, 0.9)
        copier.staple(draw, x * s.size, (by0 + 0.04) * s.size, s.size, s.rng.normal(0, 0.3))
    xs0, ys0, xs1, ys1 = zip(*boxes, strict=True)
    s.focal = compose.clip_box((min(xs0), min(ys0), max(xs1), max(ys1)), MIN_SIDE)


def letter_window(s: Sheet) -> None:
    """The title's first letter, huge and cropped by the edge, a window onto the copy."""
    drop = s.rng.uniform(0.2, 0.3) * (1 if s.copy_low() else -1)  # room for the title
    place = (s.rng.uniform(0.35, 0.65), 0.5 + drop, s.rng.uniform(1.05, 1.3))
    inside = ImageChops.invert(copier.letter(_initial(s.d), *place))
    ink = s.copy(s.size, s.size, s.rng.uniform(0.8, 1.1), burn=0.0)
    s.img.paste(s.inked(ink, s.paper), (0, 0), inside.resize((s.size, s.size)))
    box = inside.getbbox()
    if box:
        s.focal = compose.clip_box(tuple(v / inside.size[0] for v in box), MIN_SIDE)  # type: ignore[arg-type]


def torn_bleed(s: Sheet) -> None:
    """A huge crop of the copy (a negative one on black paper, or on the fluoro or
    newsprint) fills the cover; one edge of it torn away down to the field and taped
    across the tear."""
    keep = s.rng.uniform(0.62, 0.74)
    top = s.copy_low()  # the tear runs across the top, the copy below
    h = int(keep * s.size) + s.size // 20
    zoom = s.rng.uniform(1.2, 1.8)
    scrap = Scrap(s.paper, [(_toner(s.paper), s.copy(s.size, h, zoom, burn=0.15, least=0.3))])
    depth = (0.015 + 0.02 * s.d.energy) * s.size
    masks = copier.torn(s.size, h, s.rng, depth, sides="t" if top else "b")
    y = 1.0 - h / s.size if top else 0.0
    s.focal = s.paste(scrap, masks, 0.0, y, 0.0)
    draw = ImageDraw.Draw(s.img, "RGBA")
    edge = (y + 0.02) if top else (y + h / s.size - 0.03)
    for x in s.rng.uniform(0.08, 0.92, 2 + int(s.rng.integers(2))):
        angle = np.pi / 2 + s.rng.normal(0, 0.35)
        copier.tape(draw, x * s.size, edge * s.size, 0.17 * s.size, angle)


def misregister(s: Sheet) -> None:
    """The copy printed twice over the whole cover on the fluoro paper, black over
    white, the plates a few percent apart."""
    ink = s.copy(s.size, s.size, s.rng.uniform(0.9, 1.2), burn=0.1, least=0.4)
    shift = (s.rng.uniform(0.02, 0.045) * s.size * s.rng.choice([-1, 1]) for _ in range(2))
    dx, dy = (int(v) for v in shift)
    spot = np.zeros_like(ink)
    spot[max(dy, 0) : s.size + min(dy, 0), max(dx, 0) : s.size + min(dx, 0)] = ink[
        max(-dy, 0) : s.size + min(-dy, 0), max(-dx, 0) : s.size + min(-dx, 0)
    ]  # the spot plate shifted, not wrapped round
    # on the fluoro paper, the white plate shifted off the black: never a blank sheet
    plates = Image.fromarray((ink.astype(np.uint8) << 1) | spot.astype(np.uint8), "P")
    plates.putpalette([*s.spot, *PAPER, *INK, *INK])  # by the plates: the ink over the spot
    s.img.paste(plates.convert("RGB"))
    s.focal = s.subject_at((0.0, 0.0, 1.0, 1.0))


def _scrap_box(s: Sheet, w: float, h: float, near: Box, band: Box) -> tuple[float, float]:
    """The top-left of a w x h scrap (fractions) overlapping the edge of `near` and
    kept inside `band`."""
    x0, y0, x1, y1 = near
    side = int(s.rng.integers(4))
    t = s.rng.uniform(0.0, 1.0)
    cx = (x0, x1, x0 + t * (x1 - x0), x0 + t * (x1 - x0))[side]
    cy = (y0 + t * (y1 - y0), y0 + t * (y1 - y0), y0, y1)[side]
    bx0, by0, bx1, by1 = band
    x = float(np.clip(cx - w / 2 + s.rng.normal(0, 0.05), bx0, max(bx0, bx1 - w)))
    y = float(np.clip(cy - h / 2 + s.rng.normal(0, 0.05), by0, max(by0, by1 - h)))
    return x, y


def pasteup(s: Sheet) -> None:
    """A real paste-up: three to six torn scraps of different papers (newsprint, the
    fluoro, black, white) overlapping at angles, the picture's copy on the biggest,
    threshold blobs, ruled columns or bare paper on the rest, taped down; the pile
    keeps to the top or bottom two thirds, the rest of the field left to the title."""
    low = s.copy_low()
    band = (-0.04, 0.32, 1.04, 1.04) if low else (-0.04, -0.04, 1.04, 0.68)
    order = _papers(s)
    depth = (0.008 + 0.012 * s.d.energy) * s.size
    most = 4 + int(s.rng.integers(0, 2)) + int(s.d.energy > 0.6)  # four to six pieces
    mw, mh = s.rng.uniform(0.52, 0.66), s.rng.uniform(0.46, 0.58)
    left = bool(s.rng.integers(2))
    mx = s.rng.uniform(0.04, 0.14) if left else s.rng.uniform(0.86 - mw, 0.96 - mw)
    my = s.rng.uniform(band[1] + 0.04, band[3] - mh - 0.04)
    main = (mx, my, mx + mw, my + mh)
    pieces: list[tuple[float, float, float, float, str, RGB]] = []
    kinds = ["blobs", "lines", "flat", "blobs", "lines"]
    for i in range(most - 1):
        w, h = s.rng.uniform(0.26, 0.5), s.rng.uniform(0.2, 0.42)
        if i == 0:  # one long strip: a torn-off column or bar
            w, h = (w * 1.6, h * 0.45) if s.rng.random() < 0.5 else (w * 0.5, h * 1.7)
        x, y = _scrap_box(s, w, h, main, band)
        kind = kinds[int(s.rng.integers(len(kinds)))]
        pieces.append((x, y, w, h, kind, order[(i + 1) % len(order)]))
    behind = 1 + int(s.rng.integers(0, len(pieces)))
    boxes: list[Box] = []
    draw = ImageDraw.Draw(s.img, "RGBA")

    def put(x: float, y: float, w: float, h: float, kind: str, paper: RGB) -> None:
        pw, ph = max(4, int(w * s.size)), max(4, int(h * s.size))
        masks = copier.torn(pw, ph, s.rng, depth)
        boxes.append(s.paste(_printed(s, pw, ph, kind, paper), masks, x, y, _tilt(s, 14)))

    for piece in pieces[:behind]:
        put(*piece)
    pw, ph = int(mw * s.size), int(mh * s.size)
    picture = s.copy(pw, ph, s.rng.uniform(1.2, 1.8), burn=0.3, least=0.3, most=0.5)
    main_paper = order[0] if order[0] != s.spot or s.rng.random() < 0.5 else PAPER
    main_scrap = Scrap(main_paper, [(_toner(main_paper), picture)])
    boxes.append(s.paste(main_scrap, copier.torn(pw, ph, s.rng, depth), mx, my, _tilt(s, 7)))
    for piece in pieces[behind:]:
        put(*piece)
    for _ in range(2 + int(s.rng.integers(2))):
        bx0, by0, bx1, by1 = boxes[int(s.rng.integers(len(boxes)))]
        corner = (bx0 if s.rng.random() < 0.5 else bx1, by0 if s.rng.random() < 0.5 else by1)
        angle = s.rng.normal(0, 0.5) + np.pi / 4 * s.rng.choice([-1, 1])
        copier.tape(draw, corner[0] * s.size, corner[1] * s.size, 0.14 * s.size, angle)
    xs0, ys0, xs1, ys1 = zip(*boxes, strict=True)
    s.focal = compose.clip_box((min(xs0), min(ys0), max(xs1), max(ys1)), MIN_SIDE)


def ransom(s: Sheet) -> None:
    """A ransom note: the title's first letters each cut from a different paper in a
    different face (slab, Bodoni, mono, black sans), big and crooked, in a ragged row
    over a torn copy of the picture, on the top or bottom of the cover."""
    letters = copier.ransom_letters(s.d.title)
    low = s.copy_low()
    papers = _papers(s)
    depth = (0.006 + 0.01 * s.d.energy) * s.size
    pw, ph = int(s.rng.uniform(0.7, 0.86) * s.size), int(s.rng.uniform(0.34, 0.44) * s.size)
    px = s.rng.uniform(0.02, 0.98 - pw / s.size)
    py = (0.96 - ph / s.size) if low else 0.04
    py += s.rng.uniform(-0.02, 0.02)
    ink = s.copy(pw, ph, s.rng.uniform(1.0, 1.5), burn=0.3, least=0.3, most=0.5)
    copy = Scrap(PAPER, [(INK, ink)])
    boxes = [s.paste(copy, copier.torn(pw, ph, s.rng, depth), px, py, _tilt(s, 5))]
    count = len(letters)
    cell = min(0.94 / count, 0.26)
    x = 0.5 - cell * count / 2
    middle = py + ph / s.size * (0.35 if low else 0.65)
    roles = [copier.RANSOM_ROLES[int(i)] for i in s.rng.permutation(len(copier.RANSOM_ROLES))]
    for i, glyph in enumerate(letters):
        h = cell * s.rng.uniform(1.05, 1.45)
        w = cell * s.rng.uniform(0.8, 1.0)
        paper = papers[(i + int(s.rng.integers(2))) % len(papers)]
        wp, hp = max(4, int(w * s.size)), max(4, int(h * s.size))
        scrap = _printed(s, wp, hp, "flat", paper)
        cut = np.asarray(copier.ransom(glyph, roles[i % len(roles)], wp, hp)) < 128
        letter_ink = (
            PAPER
            if paper == INK
            else (s.spot if paper == PAPER and s.spot != PAPER and s.rng.random() < 0.3 else INK)
        )
        scrap.inks.append((letter_ink, cut))
        y = middle - h / 2 + s.rng.normal(0, 0.04)
        boxes.append(s.paste(scrap, copier.torn(wp, hp, s.rng, depth * 0.6), x, y, _tilt(s, 14)))
        x += cell * s.rng.uniform(0.92, 1.02)
    draw = ImageDraw.Draw(s.img, "RGBA")
    for _ in range(2):
        bx0, by0, bx1, by1 = boxes[1 + int(s.rng.integers(len(boxes) - 1))]
        copier.tape(
            draw, (bx0 + bx1) / 2 * s.size, by0 * s.size, 0.1 * s.size, s.rng.normal(0, 0.3)
        )
    xs0, ys0, xs1, ys1 = zip(*boxes, strict=True)
    s.focal = compose.clip_box((min(xs0), min(ys0), max(xs1), max(ys1)), MIN_SIDE)


COMPOSERS: dict[str, Callable[[Sheet], None]] = {
    "taped-scrap": taped_scrap,
    "torn-strips": torn_strips,
    "letter-window": letter_window,
    "ransom": ransom,
    "torn-bleed": torn_bleed,
    "pasteup": pasteup,
    "misregister": misregister,
}


def pick_composition(direction: ArtDirection, rng: np.random.Generator) -> str:
    """Calm songs lean to the small scrap or the band, loud ones to the bleed or the
    misprint (energy stretched over the range songs have); the seed picks among the
    neighbours. The letter is the rarest: the title is set over it too."""
    centre = np.clip((direction.energy - 0.25) / 0.5, 0.0, 1.0) * (len(COMPOSITIONS) - 1)
    steps = np.arange(len(COMPOSITIONS))
    weights = np.exp(-0.5 * ((steps - centre) / 1.1) ** 2) * np.array(WEIGHTS)
    return COMPOSITIONS[int(rng.choice(len(COMPOSITIONS), p=weights / weights.sum()))]


def _initial(direction: ArtDirection) -> str:
    """The title's first letter or digit in capitals ("" when it has none; one
    character: "ß" gives "S")."""
    return next((c.upper()[0] for c in direction.title if c.isalnum()), "")


def layout_of(direction: ArtDirection) -> str:
    """The name of the composition render draws for `direction`, without drawing: the
    pick, unless the palette or the title rules it out."""
    composition = pick_composition(direction, raster.rng_for(direction, "xerox-layout"))
    if composition == "misregister" and _fluoro(direction.palette.accent) is None:
        return "torn-bleed"  # a misprint in grey is only mud
    if composition == "letter-window" and direction.layout == "title-image":
        return "torn-strips"  # a title set over the letter would hide both
    if composition == "ransom" and not copier.ransom_letters(direction.title):
        return "pasteup"  # a title with no run of Latin, Greek or Cyrillic letters
    if composition == "letter-window" and not copier.draws(_initial(direction)):
        return "torn-bleed"  # no heavy face draws the title's initial (an emoji title)
    return composition


def _inks(direction: ArtDirection, composition: str, rng: np.random.Generator) -> tuple[RGB, RGB]:
    """The field and the copies' paper: black ink on one loud paper, or paper on black."""
    loud = _fluoro(direction.palette.accent)
    roll = rng.random()
    if composition in ("taped-scrap", "torn-strips"):
        if loud and roll < 0.75:
            return loud, PAPER
        return INK, (loud if loud and roll < 0.8 else PAPER)
    if composition == "ransom":
        return (loud if loud and roll < 0.5 else INK), PAPER
    if composition == "pasteup":
        return (loud if loud and roll < 0.5 else INK), PAPER
    if composition == "torn-bleed":  # the copy on the fluoro, a negative, or newsprint
        if loud:
            return (INK, loud) if roll < 0.45 else (loud, INK) if roll < 0.8 else (INK, NEWSPRINT)
        return (INK, PAPER) if roll < 0.5 else (PAPER, INK)
    if composition == "letter-window":
        return INK, (loud if loud and roll < 0.6 else PAPER)
    return PAPER, PAPER


def _draw(direction: ArtDirection, size: int) -> tuple[Image.Image, Box | None, str]:
    """The xerox-collage art at `size`, its focal box and its composition."""
    rng = raster.rng_for(direction, "xerox")
    composition = layout_of(direction)
    loud = _fluoro(direction.palette.accent)
    field, paper = _inks(direction, composition, rng)
    names = PICTURES.get(direction.genre, DEFAULT)
    if composition == "torn-strips":  # a strip wants a skyline: the song's ridge, towers, pines
        names = ("ridge", "forest") if direction.genre == "metal" else ("ridge", "towers")
    if composition == "taped-scrap":  # a disc alone on a small scrap reads as a placeholder
        names = tuple(name for name in names if name != "eclipse")
    scene = names[int(rng.integers(len(names)))]
    tone, subject = mono_grain.SCENES[scene](direction, rng, mono_scenes.grid(rng))
    tone = np.asarray(tone, np.float32)
    low, mid, high = np.percentile(tone[::8, ::8], (3, 50, 97))
    tone = np.clip((tone - low) / max(float(high - low), 0.05), 0.0, 1.0)
    lift = np.log(0.55) / np.log(np.clip((mid - low) / max(float(high - low), 0.05), 0.05, 0.95))
    tone = tone**lift  # overexposed: the middle of any scene copies light
    spot = loud or PAPER
    img = Image.new("RGB", (size, size), field)
    sheet = Sheet(direction, img, rng, paper, spot, tone, subject)
    COMPOSERS[composition](sheet)
    return sheet.img, sheet.focal, composition


def render(direction: ArtDirection, size: int) -> Artwork:
    """Draw the cover (RGB, size x size): the art at up to raster.work_size, the
    finish (grain) at full size."""
    art, focal, composition = _draw(direction, raster.work_size(size))
    image = finish(raster.to_size(art, size), direction, "xerox", 0.045)
    return Artwork(image, focal, layout=composition)
