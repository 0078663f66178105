"""Xerox collage: a punk flyer, one bold photocopied picture (a raised fist, a
loudspeaker, a mic, a speaker stack, a skull, a stage-dive, a burning barricade, a
dog) burnt to coarse halftone by a bad copier, the title cut into crooked strips.

The picture is the title's subject where it names one (petrol: the petrol bomb; fire
or riot: the barricade; blood: the fist; a skull or a charnel house; a psalm: the
church; a sound system: the speaker stack; a scream: the loudspeaker; a mic; a dog; a
car; a tower), else one the genre asks for (dub: the speaker stack; metal: the
skull) or the music makes likely (loud: the crowd, the fist or the loudspeaker;
calm: the mic, the church), drawn as silhouettes (xerox_subjects, xerox_sound) and
copied to ink, set in one of six compositions, calm to loud:

- taped-scrap: one torn copy taped crooked to one side of a flat field;
- echo: the silhouette repeated in a row, each copy further back a fainter
  generation (dub's echo; a dub song leans to it);
- torn-bleed: the copy bled off three sides, the edge toward the title torn and
  taped;
- blowup: the copy big on a sheet cut on a slant, bled off one side;
- repeat: the same copy in a grid of four or six, one broken, for punk only;
- misregister: the copy printed twice on the fluoro, out of register, a white bar
  pasted across it for the title.

Retired (RETIRED): the photo-box, the letter window and the ransom note (a "DIY" cut
from magazines with a safety pin: "costume punk").

Every composition keeps a flat band (a third of the cover, top or bottom) clear of
the copy; the typography sets the title there and xerox_title cuts it into word
strips pasted crooked on paper. energy -> the composition (the seed picks among its
neighbours) and how crooked; loudness -> the copier's contrast; the palette's accent
-> the one fluoro ink (none on a monochrome palette); seed -> the rest (crop, side,
which band). The focal box covers all that is busy.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from PIL import Image, ImageDraw
from scipy import ndimage

from sleeve.engine import compose, raster
from sleeve.engine.color import rgb_to_oklch
from sleeve.engine.direction import ArtDirection
from sleeve.engine.finish import finish
from sleeve.engine.raster import RGB
from sleeve.engine.styles.base import Artwork, Box, StyleInfo
from sleeve.engine.styles.cover_parts import title_words
from sleeve.engine.styles.cover_parts import xerox_motifs as copier
from sleeve.engine.styles.cover_parts import xerox_pictures as pictures
from sleeve.engine.styles.cover_parts import xerox_sound as sound
from sleeve.engine.styles.cover_parts import xerox_subjects as subjects
from sleeve.engine.styles.cover_parts import xerox_title as title
from sleeve.engine.title_layout import TitleLayout
from sleeve.engine.typography import set_title

MIN_SIDE = 0.05  # a focal box is kept at least this wide and tall

STYLE = StyleInfo(
    name="xerox_collage",
    family="image",
    # punk and post-punk flyers; grunge, industrial and reggaeton list it by name. Not
    # rock at large: reviewers read a ransom note on shoegaze or J-rock as the wrong song
    fits=("punk", "post_punk"),
    never=("children", "lullaby"),  # a scorched punk flyer on The Little Yellow Duck (N)
)

COMPOSITIONS = (
    "taped-scrap",
    "echo",
    "torn-bleed",
    "blowup",
    "repeat",
    "misregister",
)
WEIGHTS = (1.2, 1.0, 0.9, 1.0, 0.8, 1.0)
# the photo-box ("a framed xerox blob"); the letter window (a copy seen through the
# title's huge initial: "the halftone arch is vague, opaque", M from two art directors);
# the ransom note (a "DIY" cut from magazines with a safety pin: "costume punk", M, M)
RETIRED = ("photo-box", "letter-window", "ransom")
DUB_ECHO = 1.5  # how much of the weight a dub song adds to the echo
FLUORO: tuple[RGB, RGB] = ((255, 62, 165), (255, 242, 0))  # pink, yellow
PAPER: RGB = (244, 241, 234)
NEWSPRINT: RGB = (212, 206, 191)  # grey recycled paper
GREY: RGB = (198, 198, 196)  # the newsprint of a monochrome palette
INK: RGB = (12, 12, 12)
DOTS = 34.0  # the copier's coarse dot screen, cells across the cover
# what a title names -> the picture copied (first match wins): the flyer's own stems,
# matched as title_words.holds matches them, in any script, and what title_words
# already names (fire, a cathedral, a road, a city, the night) by its own lists
NAMED: tuple[tuple[str, tuple[str, ...], str], ...] = (
    ("molotov", ("petrol", "gasoline", "gas", "benzin", "бензин", "gasolina", "molotov",
                 "essence"), ""),
    ("barricade", ("riot", "riots", "barricade", "бунт"), "fire"),
    ("fist", ("blood", "кров", "sangre", "sangue", "fist", "fight", "rage", "power", "resist",
              "血"), ""),
    ("skull", ("skull", "bone", "bones", "charnel", "graves", "dead", "death", "kill"), ""),
    ("church", ("psalm", "hymn", "pray", "prayer", "god", "saint", "sin"), "cathedral"),
    ("speaker", ("dub", "sound", "system", "bass", "speaker", "speakers", "boom"), ""),
    ("megaphone", ("shout", "scream", "voice", "protest", "march", "megaphone"), ""),
    ("mic", ("mic", "sing", "singer", "karaoke", "microphone"), ""),
    ("dog", ("dog", "dogs", "hound", "hounds", "пёс", "пес", "собак", "perro", "hund", "犬"), ""),
    ("car", ("car", "cars", "crash", "wreck", "машин"), "road"),
    ("crowd", ("crowd", "mosh", "pit", "dive", "gig", "scene", "kids", "youth", "толп"), ""),
    ("tower", ("tower", "towers", "estate", "high-rise"), ""),
    ("figure", ("alone", "ghost", "shadow", "stranger"), ""),
)  # fmt: skip
# the song's genre and loudness -> the pictures likely when the title names none:
# dub a speaker stack, metal a skull, loud a crowd, a fist or a bullhorn, dark and
# calm a lone figure or a mic (the tower block only when named: a batch drew four)
DUB_PICTURES = ("speaker", "speaker", "megaphone", "mic")
METAL_PICTURES = ("skull", "skull", "church", "fist")
LOUD_PICTURES = ("crowd", "fist", "megaphone", "barricade", "car", "fist", "megaphone")
MID_PICTURES = ("fist", "megaphone", "mic", "molotov", "dog", "car")
DARK_PICTURES = ("mic", "church", "megaphone", "car", "dog")
# the pictures whose silhouette stands clear in its frame, so its echoes read
ECHOES = ("speaker", "megaphone", "mic", "dog", "molotov", "figure")
# the flyer's pictures: xerox_subjects', the loud ones and the burnt car
DRAWN = {**subjects.SUBJECTS, **sound.SOUND, "car": pictures.car}


@dataclass
class Scrap:
    """A scrap of `paper` printed with one ink: [(colour, where it sticks)], the mask
    the scrap's size."""

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
    field: RGB = INK  # the flat field the title is set on
    focal: Box | None = None
    crop: Box = (0.0, 0.0, 1.0, 1.0)  # the part of the picture copied last
    stencil: bool = False  # a bold silhouette on pale: its ground copies clean, not dotted

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
        return {"top-left": True, "vertical": True, "centred": True, "title-image": False}.get(
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
        # a crop shorter than the subject keeps its top (the knuckles, the spire, a head)
        middle = (sy0 + sy1) / 2 if ch >= sy1 - sy0 else sy0 - 0.05 + ch / 2
        cy = float(np.clip(middle + self.rng.normal(0, 0.04), ch / 2, 1 - ch / 2))
        self.crop = (cx - cw / 2, cy - ch / 2, cx + cw / 2, cy + ch / 2)
        grey = copier.crop(self.tone, self.crop, w, h)
        contrast = 1.5 + 1.5 * self.d.loudness
        dots = DOTS * max(w, h) / self.size
        if self.stencil:  # toner on the silhouette, not forced over its pale ground
            least, most = min(least, 0.06), min(most, 0.45)
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
        degrees; its box."""
        w, h = scrap.size
        ((toner, ink),) = scrap.inks
        copier.paste(self.img, scrap.paper, toner, ink, tear, (x * self.size, y * self.size), tilt)
        return compose.clip_box((x, y, x + w / self.size, y + h / self.size), MIN_SIDE)


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


def _regions(s: Sheet) -> tuple[float, float, float, float]:
    """The picture's band (y0, y1) and the title's (y0, y1): the title keeps a flat
    third of the cover at the top or bottom, as its layout asks, the copy the rest."""
    strip = float(s.rng.uniform(0.33, 0.38))
    if s.copy_low():
        return strip, 1.0, 0.0, strip
    return 0.0, 1.0 - strip, 1.0 - strip, 1.0


def _strong(s: Sheet, w: int, h: int, zoom: float) -> np.ndarray:
    """A hard, high-contrast copy (toner on a third to three fifths of it)."""
    return s.copy(w, h, zoom, burn=0.2, least=0.34, most=0.6)


def _tapes(s: Sheet, points: list[tuple[float, float, float]]) -> None:
    """Tape strips at (x, y, angle) (cover fractions, radians)."""
    draw = ImageDraw.Draw(s.img, "RGBA")
    for x, y, angle in points:
        copier.tape(draw, x * s.size, y * s.size, 0.15 * s.size, angle)


def torn_bleed(s: Sheet) -> None:
    """The copy bled off three sides over two thirds of the cover, the side toward the
    title torn away and taped; the title on the flat field below or above."""
    y0, y1, _, _ = _regions(s)
    depth = (0.015 + 0.02 * s.d.energy) * s.size
    top = y0 > 0  # the tear runs along the copy's top
    h = int((y1 - y0) * s.size + depth * 2)
    ink = _strong(s, s.size, h, s.rng.uniform(0.95, 1.1))
    masks = copier.torn(s.size, h, s.rng, depth, sides="t" if top else "b")
    y = 1.0 - h / s.size if top else 0.0
    s.focal = s.paste(Scrap(s.paper, [(_toner(s.paper), ink)]), masks, 0.0, y, 0.0)
    edge = (y + 0.025) if top else (y + h / s.size - 0.035)
    xs = s.rng.uniform(0.1, 0.9, 2)
    _tapes(s, [(float(x), edge, np.pi / 2 + s.rng.normal(0, 0.3)) for x in xs])


def _bar(s: Sheet, t0: float, t1: float, colour: RGB) -> Box:
    """A heavy solid strip of `colour` pasted a little crooked across the title's band
    (t0, t1), run off the sides; the free part of the cover below or above it."""
    tilt = float(s.rng.uniform(1.2, 2.6)) * s.rng.choice([-1, 1])
    rise = float(np.tan(np.radians(tilt)) / 2)
    a, b = (t0 - 0.1, t1 + 0.03) if t0 == 0 else (t0 - 0.03, t1 + 0.1)
    corners = [(-0.05, a - rise), (1.05, a + rise), (1.05, b + rise), (-0.05, b - rise)]
    draw = ImageDraw.Draw(s.img)
    draw.polygon([(x * s.size, y * s.size) for x, y in corners], fill=colour)
    edge = (a - rise, a + rise) if t0 > 0 else (b - rise, b + rise)  # the side on the copy
    draw.line(
        (0, edge[0] * s.size, s.size, edge[1] * s.size),
        fill=_toner(colour),
        width=max(1, s.size // 128),
    )
    free = (0.0, b + abs(rise), 1.0, 1.0) if t0 == 0 else (0.0, 0.0, 1.0, a - abs(rise))
    return compose.clip_box(free, MIN_SIDE)


def taped_scrap(s: Sheet) -> None:
    """One torn copy taped crooked to one side of a flat fluoro (or black) field,
    the title on the field above or below it."""
    y0, y1, _, _ = _regions(s)
    tilt = float(s.rng.uniform(6.0, 11.0)) * s.rng.choice([-1, 1])
    cos, sin = np.cos(np.radians(tilt)), abs(np.sin(np.radians(tilt)))
    wf = float(s.rng.uniform(0.64, 0.72))
    hf = (y1 - y0 - 0.07 - wf * sin) / cos  # the turned copy fits the picture's band
    w, h = int(wf * s.size), int(hf * s.size)
    ink = _strong(s, w, h, s.rng.uniform(0.95, 1.1))
    ex, ey = (wf * cos + hf * sin) / 2, (wf * sin + hf * cos) / 2  # the turned half-extents
    right = bool(s.rng.integers(2))
    cx = (0.95 - ex if right else 0.05 + ex) + s.rng.uniform(-0.02, 0.02)
    cy = (y0 + y1) / 2 + (0.01 if y0 > 0 else -0.01)
    depth = (0.006 + 0.008 * s.d.energy) * s.size
    scrap = Scrap(s.paper, [(_toner(s.paper), ink)])
    s.paste(scrap, copier.torn(w, h, s.rng, depth), cx - wf / 2, cy - hf / 2, tilt)
    s.focal = compose.clip_box(
        (cx - ex - 0.02, cy - ey - 0.02, cx + ex + 0.02, cy + ey + 0.02), MIN_SIDE
    )
    turn = np.radians(tilt)
    tapes = []
    for side in (-1, 1):  # over the two top corners, turned with the copy
        dx, dy = side * (wf / 2 - 0.03), -(hf / 2 - 0.01)
        px = cx + dx * np.cos(turn) + dy * np.sin(turn)
        py = cy - dx * np.sin(turn) + dy * np.cos(turn)
        tapes.append((float(px), float(py), -side * 0.7 - turn))
    _tapes(s, tapes)


def repeat(s: Sheet) -> None:
    """The same copy repeated in a grid (two rows of two or three), one of them broken:
    printed in negative, on the fluoro, or slipped off its frame."""
    y0, y1, _, _ = _regions(s)
    rows, cols = 2, (2, 3)[int(s.rng.integers(2))]
    gap, margin = 0.018, 0.05
    top = y0 + (0.02 if y0 > 0 else margin)
    bottom = y1 - (margin if y0 > 0 else 0.02)
    cw = (1 - 2 * margin - gap * (cols - 1)) / cols
    ch = (bottom - top - gap * (rows - 1)) / rows
    pw, ph = int(cw * s.size), int(ch * s.size)
    ink = _strong(s, pw, ph, s.rng.uniform(0.95, 1.1))
    plain = s.inked(ink, s.paper)
    broken = int(s.rng.integers(rows * cols))
    fluoro = s.spot not in (PAPER, s.field)  # a fluoro cell would melt into a fluoro field
    how = int(s.rng.integers(3)) if fluoro else int(s.rng.integers(2)) * 2
    for i in range(rows * cols):
        x = int((margin + (i % cols) * (cw + gap)) * s.size)
        y = int((top + (i // cols) * (ch + gap)) * s.size)
        cell = plain
        if i == broken and how == 0:  # the negative
            cell = s.inked(~ink, s.paper)
        elif i == broken and how == 1:  # on the fluoro
            cell = s.inked(ink, s.spot)
        elif i == broken:  # slipped: the copy shifted in its frame, paper showing
            dx, dy = int(pw * s.rng.uniform(0.3, 0.45)), int(ph * s.rng.uniform(0.25, 0.4))
            cell = Image.new("RGB", (pw, ph), s.paper)
            cell.paste(plain, (dx * int(s.rng.choice([-1, 1])), dy))
        s.img.paste(cell, (x, y))
    s.focal = compose.clip_box((margin, top, 1 - margin, bottom), MIN_SIDE)


def misregister(s: Sheet) -> None:
    """The copy printed twice on the fluoro, black over white, the plates a few
    percent apart, and a heavy bar of white paper pasted across it where the title
    goes."""
    y0, y1, t0, t1 = _regions(s)
    top = max(0.0, y0 - 0.03)  # the copy starts at the bar, its subject in the open
    n, h = s.size, int((min(1.0, y1 + 0.1) - top) * s.size)
    ink = s.copy(n, h, s.rng.uniform(0.95, 1.1), burn=0.1, least=0.28, most=0.52)
    shift = (s.rng.uniform(0.02, 0.04) * s.size * s.rng.choice([-1, 1]) for _ in range(2))
    dx, dy = (int(v) for v in shift)
    spot = np.zeros_like(ink)
    spot[max(dy, 0) : h + min(dy, 0), max(dx, 0) : n + min(dx, 0)] = ink[
        max(-dy, 0) : h + min(-dy, 0), max(-dx, 0) : n + min(-dx, 0)
    ]  # the spot plate shifted, not wrapped round
    plates = Image.fromarray((ink.astype(np.uint8) << 1) | spot.astype(np.uint8), "P")
    plates.putpalette([*s.spot, *PAPER, *INK, *INK])  # by the plates: the ink over the spot
    s.img.paste(plates.convert("RGB"), (0, int(top * n)))
    s.focal = _bar(s, t0, t1, PAPER)


def _screen(h: int, w: int, cells: float, coverage: float) -> np.ndarray:
    """A coarse 45-degree dot screen (True where the dots print) of `cells` dots
    across, covering about `coverage` of the sheet (all of it at 1)."""
    a = np.float32(np.pi * cells / max(w, h))
    ys = np.arange(h, dtype=np.float32)[:, None]
    xs = np.arange(w, dtype=np.float32)[None, :]
    value = (np.cos(a * (xs + ys)) + np.cos(a * (xs - ys)) + 2.0) / 4.0
    return value >= 1.0 - coverage


def echo(s: Sheet) -> None:
    """A dub echo: the picture's silhouette copied three to five times in a row across
    the picture's band, each copy further back a fainter generation (a sparser dot
    screen, in the fluoro where there is one), the front copy solid toner; which side
    leads and how the row climbs move with the seed."""
    y0, y1, _, _ = _regions(s)
    n = 3 + int(s.d.energy > 0.6)
    tall = (y1 - y0 - 0.06) * float(s.rng.uniform(0.86, 1.0))
    wide = tall * float(s.rng.uniform(0.56, 0.68))
    pw, ph = int(wide * s.size), int(tall * s.size)
    ink = s.copy(pw, ph, float(s.rng.uniform(0.95, 1.1)), burn=0.0, least=0.12, most=0.5)
    shape = copier.crop(s.tone, s.crop, pw, ph) < 0.4  # the silhouette, no ground
    body = Image.fromarray(ndimage.binary_fill_holes(shape).astype(np.uint8) * 255, "L")
    step = (0.92 - wide) / (n - 1)
    room = y1 - y0 - 0.04 - tall
    climb = float(s.rng.uniform(-1.0, 1.0)) * room / (n - 1)
    lead = bool(s.rng.integers(2))  # the front copy on the right
    toner = _toner(s.field)
    echo_ink = s.spot if s.spot not in (PAPER, s.field) else toner
    boxes = []
    for k in range(n):
        x = 0.04 + k * step if lead else 0.96 - wide - k * step
        y = y0 + 0.02 + room / 2 + (k - (n - 1) / 2) * climb
        front = k == n - 1
        dots = _screen(ph, pw, 2 * DOTS * wide, 0.35 + 0.35 * k / (n - 1))
        mask = ink if front else shape & dots
        layer = Image.fromarray(mask.astype(np.uint8) * 255, "L")
        at = (int(x * s.size), int(y * s.size))
        s.img.paste(s.field, at, body)  # each copy hides the one behind it
        s.img.paste(toner if front else echo_ink, at, layer)
        boxes.append((x, y, x + wide, y + tall))
    xs0, ys0, xs1, ys1 = zip(*boxes, strict=True)
    s.focal = compose.clip_box((min(xs0), min(ys0), max(xs1), max(ys1)), MIN_SIDE)


def blowup(s: Sheet) -> None:
    """A blow-up: the picture copied hard and big on a sheet cut with scissors on a
    slant along the title's side and bled off the other sides, shifted left or
    right so one cut edge shows."""
    y0, y1, _, _ = _regions(s)
    low = y0 > 0  # the title on top: the cut runs along the sheet's top
    wide = float(s.rng.uniform(0.8, 0.92))
    h = int((y1 - y0 + 0.02) * s.size)
    w = int(wide * s.size)
    ink = _strong(s, w, h, float(s.rng.uniform(1.0, 1.2)))
    sheet = s.inked(ink, s.paper)
    slant = float(s.rng.uniform(0.03, 0.07)) * s.size * float(s.rng.choice([-1, 1]))
    edge = max(0.0, slant) if low else h - 1 - max(0.0, slant)
    other = edge - slant if low else edge + slant
    far = h + 2 if low else -2
    cut = Image.new("L", (w, h), 0)
    ImageDraw.Draw(cut).polygon([(0, edge), (w, other), (w, far), (0, far)], fill=255)
    right = bool(s.rng.integers(2))
    left = s.size - w if right else 0
    top = int(y0 * s.size) if low else int(y1 * s.size) - h
    s.img.paste(sheet, (left, top), cut)
    inner = left if right else left + w  # the cut side edge, a hard black line
    ImageDraw.Draw(s.img).line(
        (inner, top, inner, top + h), fill=_toner(s.field), width=max(1, s.size // 160)
    )
    x0, x1 = left / s.size, (left + w) / s.size
    s.focal = compose.clip_box((x0, top / s.size, x1, (top + h) / s.size), MIN_SIDE)


COMPOSERS: dict[str, Callable[[Sheet], None]] = {
    "taped-scrap": taped_scrap,
    "echo": echo,
    "blowup": blowup,
    "torn-bleed": torn_bleed,
    "repeat": repeat,
    "misregister": misregister,
}


def _punk(direction: ArtDirection) -> bool:
    """Punk, hardcore or post-punk: the songs a sheet of repeated copies fits."""
    return direction.genre == "punk" or direction.language.subgenre in ("post_punk", "hardcore")


def _dub(direction: ArtDirection) -> bool:
    """Reggae, dub or dancehall: the songs whose flyer echoes its picture."""
    return direction.language.subgenre == "reggae"


def pick_composition(direction: ArtDirection, rng: np.random.Generator) -> str:
    """Calm songs lean to the taped scrap or the echo, loud ones to the blow-up, the
    sheet or the misprint (energy stretched over the range songs have); the seed picks
    among the neighbours; a dub song leans to the echo."""
    centre = np.clip((direction.energy - 0.25) / 0.5, 0.0, 1.0) * (len(COMPOSITIONS) - 1)
    steps = np.arange(len(COMPOSITIONS))
    weights = np.exp(-0.5 * ((steps - centre) / 1.3) ** 2) * np.array(WEIGHTS)
    if _dub(direction):
        weights = weights + DUB_ECHO * weights.sum() * (steps == COMPOSITIONS.index("echo"))
    return COMPOSITIONS[int(rng.choice(len(COMPOSITIONS), p=weights / weights.sum()))]


def layout_of(direction: ArtDirection) -> str:
    """The name of the composition render draws for `direction`, without drawing: the
    pick, unless the palette or the genre rules it out."""
    composition = pick_composition(direction, raster.rng_for(direction, "xerox-layout"))
    if composition == "misregister" and _fluoro(direction.palette.accent) is None:
        return "torn-bleed"  # a misprint in grey is only mud
    if composition == "repeat" and not _punk(direction):
        return "blowup"  # a sheet of copies is a punk flyer's; elsewhere a template
    if composition == "echo" and picture_of(direction) not in ECHOES:
        return "taped-scrap"  # a picture filling its frame echoes as a smear
    return composition


def picture_of(direction: ArtDirection) -> str:
    """The picture copied: what the title names (NAMED, first match), else one the
    genre (dub: the speaker stack; metal: the skull) or the song's loudness and
    darkness make likely, chosen by the seed."""
    text = direction.title.lower()
    shared = title_words.motifs(direction.title)
    if title_words.names_fire(direction.title):
        shared = shared | {"fire"}
    for name, stems, motif in NAMED:
        if motif in shared or any(title_words.holds(text, stem) for stem in stems):
            return name
    dark = direction.genre == "metal" or direction.language.subgenre in ("post_punk", "drill")
    if _dub(direction):
        pool = DUB_PICTURES
    elif direction.genre == "metal":
        pool = METAL_PICTURES
    elif direction.energy >= 0.62 and not (dark and direction.energy < 0.75):
        pool = LOUD_PICTURES
    elif direction.energy < 0.38 or dark:
        pool = DARK_PICTURES
    else:
        pool = MID_PICTURES
    rng = raster.rng_for(direction, "xerox-picture")
    return pool[int(rng.integers(len(pool)))]


def _inks(direction: ArtDirection, composition: str, rng: np.random.Generator) -> tuple[RGB, RGB]:
    """The field and the copies' paper: black ink on one loud paper, or paper on black."""
    loud = _fluoro(direction.palette.accent)
    roll = rng.random()
    if composition == "taped-scrap":  # flyers are black on paper: a black field rarer
        if loud and roll < 0.55:
            return loud, PAPER
        news = NEWSPRINT if loud else GREY
        return (news, PAPER) if roll < 0.8 else (INK, loud if loud and roll < 0.9 else PAPER)
    if composition == "repeat":
        return (loud if loud and roll < 0.5 else INK), PAPER
    if composition == "echo":  # toner on paper or the fluoro; paper toner on black
        return (loud if loud and roll < 0.55 else PAPER if roll < 0.8 else INK), PAPER
    if composition == "blowup":
        return ((loud or GREY) if roll < 0.55 else INK), PAPER
    if composition == "torn-bleed":  # the copy on the fluoro, a negative, or newsprint
        if loud:
            return (INK, loud) if roll < 0.45 else (loud, INK) if roll < 0.8 else (INK, NEWSPRINT)
        return (INK, PAPER) if roll < 0.5 else (PAPER, INK)
    return INK, PAPER


def _draw(direction: ArtDirection, size: int) -> tuple[Image.Image, Box | None, str]:
    """The xerox-collage art at `size`, its focal box and its composition."""
    rng = raster.rng_for(direction, "xerox")
    composition = layout_of(direction)
    loud = _fluoro(direction.palette.accent)
    field, paper = _inks(direction, composition, rng)
    scene = picture_of(direction)
    tone, subject = DRAWN[scene](direction, rng)
    tone = np.asarray(tone, np.float32)
    spot = loud or PAPER
    img = Image.new("RGB", (size, size), field)
    sheet = Sheet(direction, img, rng, paper, spot, tone, subject, field)
    sheet.stencil = True  # a bold silhouette: its pale ground copies clean, not dotted
    COMPOSERS[composition](sheet)
    return sheet.img, sheet.focal, composition


def render(direction: ArtDirection, size: int) -> Artwork:
    """Draw the cover (RGB, size x size): the art at up to raster.work_size, the
    finish (grain) at full size."""
    art, focal, composition = _draw(direction, raster.work_size(size))
    image = finish(raster.to_size(art, size), direction, "xerox", 0.045)
    return Artwork(image, focal, layout=composition)


def sets_title(direction: ArtDirection) -> bool:
    """Whether the cover sets its own title (cut into strips and pasted): every
    titled cover."""
    return bool(direction.title.strip())


def render_with_title(direction: ArtDirection, size: int) -> tuple[Image.Image, TitleLayout]:
    """The cover with its title set by the typography in the calm band, then cut
    into word strips pasted crooked on paper (xerox_title), and where it went."""
    art = render(direction, size)
    titled, layout = set_title(art.image, direction, art.focal)
    rng = raster.rng_for(direction, "xerox-title")
    spot = _fluoro(direction.palette.accent) or PAPER
    cut = title.rough(art.image, layout, rng, direction.energy, spot)
    return (titled, layout) if cut is None else (art.image, cut)
