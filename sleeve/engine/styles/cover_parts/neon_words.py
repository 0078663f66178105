"""The song's title bent in glass tubes: the title set in a light rounded face (block
capitals) or a handwriting face, each line its own tube colour, standing off a clear
backing board on clips, a cable down to the transformer box. Two scenes: the sign on
its wall over a wet street holding its reflection, or the wall alone, the sign big.

Everything is drawn on a square sheet of `res` px; the lettering's mask and its line
boxes come back so the style can report where the title went."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

import numpy as np
from PIL import Image, ImageDraw, ImageFilter

from sleeve.engine import fonts
from sleeve.engine.scripts import script_of
from sleeve.engine.styles.cover_parts import neon_scenes as scenes
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
KINDS = ("street", "wall")  # the sign over a wet street, or on its wall alone
FACES = {"rounded": 320.0, "script": 450.0}  # the tube faces and their weights
NEAR = 0.25  # the near glow round the letters (a drawing's is 0.9)
SUPER = 2  # the lettering is set this many times finer, then scaled down


def word_lines(title: str) -> tuple[str, ...]:
    """The title broken into the lines its tubes are bent in, or () when it cannot be
    a sign: too long, a qualifier (brackets, dashes), or a script the faces lack."""
    text = " ".join(title.split())
    if not text or len(text) > MAX_CHARS or not any(ch.isalnum() for ch in text):
        return ()
    for ch in text:
        if ch.isalpha() and script_of(ch) not in SCRIPTS:
            return ()
        if not ch.isalnum() and ch not in PUNCT:
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
    """Each line's mask (res x res, L) and box at res, the block as big as `box` holds,
    turned `turn` degrees about the box's middle."""
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
    out = []
    for i, line in enumerate(lines):
        sheet = Image.new("L", (res * SUPER, res * SUPER), 0)
        b = font.getbbox(line)
        x = (res * SUPER - (b[2] - b[0])) / 2 - b[0]
        y = (top + i * lead * k) * SUPER - b[1]
        ImageDraw.Draw(sheet).text((x, y), line, font=font, fill=255)
        small = sheet.resize((res, res), Image.Resampling.BOX)
        if turn:
            middle = ((box[0] + box[2]) / 2 * res, (box[1] + box[3]) / 2 * res)
            small = small.rotate(turn, Image.Resampling.BILINEAR, center=middle)
        out.append((small, small.getbbox() or (0, 0, 1, 1)))
    return out


def bend(
    t: tubes.Tubes, lines: tuple[str, ...], face: fonts.FontFace, box: Box, turn: float = 0.0
) -> Lettering:
    """Bend the title's tubes into `t` (a colour a line, white-hot cores, a clip on the
    board behind every few letters) within `box`, turned `turn` degrees: the lettering."""
    res = t.res
    whole = np.zeros((res, res), np.float32)
    boxes = []
    marks = ImageDraw.Draw(t.marks)
    for i, (mask, lb) in enumerate(_set(lines, face, box, res, turn)):
        colour = Image.new("RGB", (res, res), t.colours[i % len(t.colours)])
        t.rgb.paste(colour, (0, 0), mask)
        core = mask.filter(ImageFilter.MinFilter(3))
        t.core.paste(core, (0, 0), core)
        whole = np.maximum(whole, np.asarray(mask, np.float32) / 255.0)
        boxes.append(lb)
        r = max(1.0, res * 0.006)
        for x in np.linspace(lb[0] + r, lb[2] - r, max(2, len(lines[i]) // 2)):
            y = lb[3] - r
            marks.ellipse((x - r, y - r, x + r, y + r), fill=170)
    return Lettering(whole, tuple(boxes), lines)


def _board(t: tubes.Tubes, block: tuple[int, int, int, int], rng: np.random.Generator) -> None:
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


def word_scene(scene: scenes.Scene, lines: tuple[str, ...], face, kind: str, turn: float = 0.0):
    """The title's sign photographed: over a wet street (`kind` "street") or on its
    wall, big, hung `turn` degrees off level; the picture (float RGB), the lettering
    and its box (fractions)."""
    rng, res = scene.rng, scene.res
    horizon = float(rng.uniform(0.64, 0.7)) if kind == "street" else 1.0
    street = (0.08, horizon - 0.46, 0.92, horizon - 0.1)
    room = street if kind == "street" else (0.08, 0.14, 0.92, 0.78)
    t = tubes.Tubes(res, scene.hues)
    lettering = bend(t, lines, face, room, turn if kind == "wall" else 0.0)
    block = (
        min(b[0] for b in lettering.boxes),
        min(b[1] for b in lettering.boxes),
        max(b[2] for b in lettering.boxes),
        max(b[3] for b in lettering.boxes),
    )
    _board(t, block, rng)
    # a tighter, dimmer glow than a drawing's: the letters must read against it
    lit = tubes.light(t, reach=0.2, bloom=0.6, strength=scenes.SPILL, near=NEAR)
    above = tubes.expose(scenes._albedo(scene, 0.8 if kind == "street" else 1.3), lit)
    picture = scenes.wet_street(scene, above, lit, horizon) if kind == "street" else above
    focal = tuple(v / res for v in block)
    return picture, lettering, scenes._grow(focal, 0.03)  # type: ignore[arg-type]
