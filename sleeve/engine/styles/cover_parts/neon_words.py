"""The song's title bent in glass tubes: a rounded or handwriting face heavy enough
to read at 64 px, a tube colour a line, one letter perhaps burnt out, on a clear board
with clips and a cable to a transformer box; or a letter under a letter down a blade.

The scenes it hangs in: neon_fronts.

Everything is drawn on a square sheet of `res` px; the lettering's mask and its line
boxes come back so the style can report where the title went."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

import numpy as np
from PIL import Image, ImageChops, ImageDraw, ImageFilter

from sleeve.engine import fonts
from sleeve.engine.scripts import script_of
from sleeve.engine.styles.cover_parts import neon_tubes as tubes

Box = tuple[float, float, float, float]
MAX_CHARS = 40  # a longer title makes tubes too thin to read at 64 px
LINE_CHARS = 12  # the most characters a line holds before the title breaks
SHORT_LINE = 8  # a line this short is tried first: a one-line "Slow Honey" bent small
WORD_CHARS = 12  # a longer word cannot be bent big enough on one line
MAX_LINES = 4
# the scripts a light (variable) face draws thin enough to be tubes; CJK's bold faces
# would bend into blobs
SCRIPTS = ("Latn", "Grek", "Cyrl", "Arab", "Hebr", "Thai", "Deva")
PUNCT = set(" '’!?.,&")  # marks a sign may bend; a bracket, dash or slash is a qualifier
FACES = {"rounded": 450.0, "script": 700.0}  # the tube faces: thick enough to read at 64 px
NEAR = 0.45  # the near glow round the letters (a drawing's is 0.9)
SUPER = 2  # the lettering is set this many times finer, then scaled down
DEAD = 0.3  # a burnt-out letter: its bare glass tinted this much by its own colour
DEAD_GLASS = 120  # its bare glass lit grey by the street, so the word still reads (3:1)
CJK = ("Hani", "Hira", "Kana", "Hang")  # the scripts a blade stacks as channel letters
CJK_COLUMN = 6  # the most CJK characters a blade holds
COLUMN = 8  # the most characters a blade sign stacks down a facade


def word_lines(title: str) -> tuple[str, ...]:
    """The title broken into the lines its tubes are bent in, or () when it cannot be
    a sign: too long, a qualifier (brackets, dashes), or a script the faces lack."""
    text = " ".join(title.split())
    if not text or len(text) > MAX_CHARS or not any(ch.isalnum() for ch in text):
        return ()
    for ch in text:
        if ch.isalpha() and script_of(ch) not in SCRIPTS:
            return ()
        mark = unicodedata.category(ch).startswith("M")  # a tone mark rides its letter
        if not ch.isalnum() and ch not in PUNCT and not mark:
            return ()
    words = text.split()
    if max(_width(w) for w in words) > WORD_CHARS or not _light_face(text):
        return ()
    return _balanced(words)


def _width(word: str) -> int:
    """The characters a word spreads over (marks above and below take no room)."""
    return sum(1 for ch in word if not unicodedata.category(ch).startswith("M"))


def _light_face(text: str) -> bool:
    """Whether both tube faces draw every letter of `text` at a light weight."""
    letters = text.replace(" ", "")
    for role, weight in FACES.items():
        face = fonts.title_face(text, role, weight)
        if face.weight is None or not fonts.covers_all(face, letters):
            return False
    return True


def _balanced(words: list[str]) -> tuple[str, ...]:
    """The words in as few lines as fit SHORT_LINE characters (bigger letters), else
    LINE_CHARS, at most MAX_LINES, the longest line as short as it can be."""
    for limit in (SHORT_LINE, LINE_CHARS):
        for count in range(1, MAX_LINES + 1):
            best = _best_cut(words, count, max(limit, max(map(_width, words))))
            if best:
                return best
    return ()


def _best_cut(words: list[str], count: int, limit: int) -> tuple[str, ...]:
    """The words in `count` lines of at most `limit` characters, the longest line as
    short as it can be; () when none fits."""
    best: tuple[str, ...] = ()
    for cuts in _cuts(len(words), count):
        lines = tuple(" ".join(words[a:b]) for a, b in cuts)
        longest = max(map(_width, lines))
        if longest <= limit and (not best or longest < max(map(_width, best))):
            best = lines
    return best


def _cuts(n: int, count: int) -> list[list[tuple[int, int]]]:
    """Every way of cutting n words into `count` non-empty runs, as (start, end) pairs."""
    if count == 1:
        return [[(0, n)]] if n else []
    out = []
    for first in range(1, n - count + 2):
        for rest in _cuts(n - first, count - 1):
            out.append([(0, first), *((a + first, b + first) for a, b in rest)])
    return out


@dataclass(frozen=True)
class Lettering:
    """The tubes' mask (float, res x res), each line's box in px at res, the lines."""

    mask: np.ndarray
    boxes: tuple[tuple[int, int, int, int], ...]
    lines: tuple[str, ...]


def face_for(hand: bool, lines: tuple[str, ...]) -> tuple[str, fonts.FontFace]:
    """The tube face, handwriting if `hand` else a light rounded one (both draw every
    letter, word_lines made sure), and its role."""
    role = "script" if hand else "rounded"
    return role, fonts.title_face(" ".join(lines), role, FACES[role])


def _set(lines: tuple[str, ...], face: fonts.FontFace, box: Box, res: int, turn: float) -> list:
    """Each line's mask (res x res, L), box at res and left edge on the fine sheet, the
    block as big as `box` holds, turned `turn` degrees about the box's middle."""
    probe = face.sized(100)
    bbs = [probe.getbbox(line) for line in lines]
    lead = 1.18 * max(b[3] - b[1] for b in bbs)
    width = max(b[2] - b[0] for b in bbs)
    height = lead * (len(lines) - 1) + (bbs[-1][3] - bbs[-1][1])
    bw, bh = (box[2] - box[0]) * res, (box[3] - box[1]) * res
    size = 100 * min(bw / width, bh / height)
    font = face.sized(max(8, int(size * SUPER)))
    k = size / 100
    top = (box[1] + box[3]) / 2 * res - height * k / 2
    middle = ((box[0] + box[2]) / 2 * res, (box[1] + box[3]) / 2 * res)
    out = []
    for i, line in enumerate(lines):
        b = font.getbbox(line)
        x = middle[0] * SUPER - (b[2] - b[0]) / 2 - b[0]
        y = (top + i * lead * k) * SUPER - b[1]
        out.append(_sheet(res, [(x, y, line)], font, turn, middle))
    return out


def _sheet(res: int, runs: list, font, turn: float, middle: tuple[float, float]) -> tuple:
    """The runs (x, y, text on the fine sheet) set, scaled down and turned: the mask
    and its box at res."""
    sheet = Image.new("L", (res * SUPER, res * SUPER), 0)
    draw = ImageDraw.Draw(sheet)
    for x, y, text in runs:
        draw.text((x, y), text, font=font, fill=255)
    small = sheet.resize((res, res), Image.Resampling.BOX)
    if turn:
        small = small.rotate(turn, Image.Resampling.BILINEAR, center=middle)
    return small, small.getbbox() or (0, 0, 1, 1)


def stackable(title: str) -> bool:
    """Whether a title can run down a blade sign a letter under a letter: Latin, Greek
    or Cyrillic it can bend (joined scripts cannot be stacked), at most COLUMN letters,
    or a short CJK title (cjk_column)."""
    text = " ".join(title.split())
    letters = [ch for ch in text if ch.isalnum()]
    scripts = {script_of(ch) for ch in letters if ch.isalpha()}
    marks = any(unicodedata.category(ch).startswith("M") for ch in text)
    latin = bool(word_lines(title)) and not marks and scripts <= {"Latn", "Grek", "Cyrl"}
    return (latin and 0 < len(text) <= COLUMN) or cjk_column(title)


def cjk_column(title: str) -> bool:
    """Whether a title is a few CJK characters and nothing else (spaces aside), which a
    blade sign stacks as lit channel letters (the CJK faces are too bold for tubes
    bent flat, but a blade down a facade is how these scripts hang at night)."""
    text = "".join(title.split())
    if not 0 < len(text) <= CJK_COLUMN or not all(script_of(ch) in CJK for ch in text):
        return False
    return fonts.covers_all(fonts.title_face(text, "rounded"), text)


def column(title: str, face: fonts.FontFace, box: Box, res: int) -> Lettering:
    """The title in capitals a letter under a letter, as tall as `box` holds (a word
    gap half a letter): the lettering, its one box."""
    text = " ".join(title.split()).upper()
    probe = face.sized(100)
    glyphs = [probe.getbbox(ch) for ch in text if ch != " "]
    tall = max(b[3] - b[1] for b in [probe.getbbox("H"), *glyphs])
    step = 1.08 * tall
    height = step * (len(text) - 0.5 * text.count(" "))
    width = max(b[2] - b[0] for b in glyphs)
    bw, bh = (box[2] - box[0]) * res, (box[3] - box[1]) * res
    k = min(bw / width, bh / height)
    font = face.sized(max(8, int(100 * k * SUPER)))
    middle = ((box[0] + box[2]) / 2 * res, (box[1] + box[3]) / 2 * res)
    y = middle[1] - height * k / 2
    runs = []
    for ch in text:
        if ch == " ":
            y += 0.5 * step * k
            continue
        b = font.getbbox(ch)  # each glyph centred in its cell
        cell = (y + step * k / 2) * SUPER
        runs.append((middle[0] * SUPER - (b[2] + b[0]) / 2, cell - (b[3] + b[1]) / 2, ch))
        y += step * k
    mask, lb = _sheet(res, runs, font, 0.0, middle)
    return Lettering(np.asarray(mask, np.float32) / 255.0, (lb,), (text,))


def _dead_mask(line: str, char: int, face: fonts.FontFace, mask: Image.Image) -> Image.Image:
    """The pixels of letter `char` in a line's mask: the line's ink past the letters
    before it (a left-to-right line set from its left edge)."""
    box = mask.getbbox()
    if box is None:
        return Image.new("L", mask.size, 0)
    probe = face.sized(200)
    whole = probe.getlength(line)
    a, b = probe.getlength(line[:char]), probe.getlength(line[: char + 1])
    x0 = box[0] + (box[2] - box[0]) * a / max(whole, 1.0)
    x1 = box[0] + (box[2] - box[0]) * b / max(whole, 1.0)
    cut = Image.new("L", mask.size, 0)
    ImageDraw.Draw(cut).rectangle((x0, 0, x1, mask.size[1]), fill=255)
    return ImageChops.multiply(mask, cut)


def dead_letter(lines: tuple[str, ...], pick: int) -> tuple[int, int]:
    """The (line, letter) that has burnt out, from `pick`: never a line's first letter
    (the word must still read), only in left-to-right scripts; (-1, -1) for none."""
    spots = [
        (i, j)
        for i, line in enumerate(lines)
        for j, ch in enumerate(line)
        if j > 0 and ch.isalpha() and script_of(ch) in ("Latn", "Grek", "Cyrl") and len(line) > 3
    ]
    return spots[pick % len(spots)] if spots else (-1, -1)


def bend(
    t: tubes.Tubes,
    lines: tuple[str, ...],
    face: fonts.FontFace,
    box: Box,
    turn: float = 0.0,
    dead: tuple[int, int] = (-1, -1),
) -> Lettering:
    """Bend the title's tubes into `t` (a colour a line, white-hot cores, a clip on the
    board behind every few letters) within `box`, turned `turn` degrees, letter `dead`
    (line, letter) burnt out to bare glass: the lettering."""
    res = t.res
    whole = np.zeros((res, res), np.float32)
    boxes = []
    marks = ImageDraw.Draw(t.marks)
    for i, (mask, lb) in enumerate(_set(lines, face, box, res, turn)):
        colour = Image.new("RGB", (res, res), t.colours[i % len(t.colours)])
        t.rgb.paste(colour, (0, 0), mask)
        core = mask.filter(ImageFilter.MinFilter(3))
        if dead[0] == i:
            off = _dead_mask(lines[i], dead[1], face, mask)
            dim = tuple(round(DEAD_GLASS + v * DEAD) for v in t.colours[i % len(t.colours)])
            t.rgb.paste(Image.new("RGB", (res, res), dim), (0, 0), off)
            core = ImageChops.subtract(core, off.filter(ImageFilter.MaxFilter(3)))
        t.core.paste(core, (0, 0), core)
        whole = np.maximum(whole, np.asarray(mask, np.float32) / 255.0)
        boxes.append(lb)
        r = max(1.0, res * 0.006)
        for x in np.linspace(lb[0] + r, lb[2] - r, max(2, len(lines[i]) // 2)):
            y = lb[3] - r
            marks.ellipse((x - r, y - r, x + r, y + r), fill=170)
    return Lettering(whole, tuple(boxes), lines)


def board(t: tubes.Tubes, block: tuple[int, int, int, int], rng: np.random.Generator) -> None:
    """The clear backing board's edge and a faint shade behind the letters, the
    transformer box under one corner and its cable to the frame's edge."""
    res = t.res
    pad = res * 0.035
    x0, y0, x1, y1 = block[0] - pad, block[1] - pad, block[2] + pad, block[3] + pad
    draw = ImageDraw.Draw(t.marks)
    draw.rounded_rectangle((x0, y0, x1, y1), radius=pad, fill=45, outline=110, width=1)
    left = rng.random() < 0.5
    bx = x0 + res * 0.04 if left else x1 - res * 0.14
    box = (bx, y1 + res * 0.03, bx + res * 0.1, y1 + res * 0.085)
    draw.rectangle(box, fill=235)
    cx = (box[0] + box[2]) / 2
    tubes.wire(t, [(cx / res, y1 / res), (cx / res, box[1] / res)], 0.004)
    side = -0.02 if left else 1.02
    tubes.wire(t, [(cx / res, box[3] / res), (cx / res, 0.97), (side, 0.99)], 0.005)
