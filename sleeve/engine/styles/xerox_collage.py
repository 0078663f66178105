"""Xerox collage: photocopied scraps pasted crooked on newsprint (halftoned orbs,
stripes, graph paper, coarse threshold copies) with torn edges, a fluoro block,
tape, redaction bars and often a ransom-note row of a short word of the title, each
letter cut from a different paper and face. Punk's cut-and-paste.

energy -> how many scraps and how crooked; loudness -> the copier's contrast and
the redaction bars; the palette's accent -> the one fluoro ink (the nearer of pink
and yellow when the accent is dull; none when the palette is monochrome); seed ->
the arrangement: a stack in the middle, a scatter, a diagonal strip, or one giant
scrap cropped by the edge.
"""

from __future__ import annotations

import unicodedata

import numpy as np
from PIL import Image, ImageChops, ImageDraw

from sleeve.engine import compose, raster
from sleeve.engine.color import rgb_to_oklch
from sleeve.engine.direction import ArtDirection
from sleeve.engine.finish import finish, halftone
from sleeve.engine.fonts import covers, title_face
from sleeve.engine.raster import RGB
from sleeve.engine.styles.base import Artwork, Box, StyleInfo

STYLE = StyleInfo(
    name="xerox_collage",
    family="image",
    fits=("punk", "rock", "hiphop", "metal", "electronic"),
)

ARRANGEMENTS = ("stack", "scatter", "strip", "giant")
FLUORO: tuple[RGB, RGB] = ((255, 62, 165), (255, 242, 0))  # pink, yellow


def _torn(w: int, h: int, rng: np.random.Generator, ragged: float) -> Image.Image:
    """An L mask of a w x h scrap with torn, jittered edges."""
    pts = []
    for (x0, y0), (x1, y1) in (
        ((0, 0), (w, 0)),
        ((w, 0), (w, h)),
        ((w, h), (0, h)),
        ((0, h), (0, 0)),
    ):
        for t in np.linspace(0, 1, 12, endpoint=False):
            jitter = rng.normal(0, ragged * min(w, h))
            nx, ny = (y1 - y0), -(x1 - x0)
            norm = max(1.0, float(np.hypot(nx, ny)))
            pts.append(
                (x0 + (x1 - x0) * t + jitter * nx / norm, y0 + (y1 - y0) * t + jitter * ny / norm)
            )
    mask = Image.new("L", (w, h), 0)
    ImageDraw.Draw(mask).polygon(pts, fill=255)
    return mask


def _copy(rng: np.random.Generator, w: int, h: int, contrast: float) -> Image.Image:
    """A photocopied scrap: a halftoned orb, bold stripes, a coarse threshold 'photo'
    or a grid, all in black on paper (the copier leaves nothing in between)."""
    res = 96
    c = (np.arange(res, dtype=np.float32) + 0.5) / res
    x, y = c[None, :], c[:, None]
    kind = int(rng.integers(4))
    if kind == 0:  # an orb lit from one side, copied too dark: hard edges, coarse dots
        cx, cy = rng.uniform(0.3, 0.7, 2)
        d = np.sqrt((x - cx) ** 2 + (y - cy) ** 2)
        tone = np.clip((0.25 + 1.6 * d + 0.4 * (x - cx) - 0.5) * 2.5 + 0.5, 0, 1)
        cells = 22.0
    elif kind == 1:  # bold diagonal stripes
        tone = (((x + y * rng.uniform(0.5, 1.5)) * rng.uniform(4, 8)) % 1.0 > 0.5) + 0 * x
        cells = 60.0
    elif kind == 2:  # a threshold 'photo': big masses only
        field = raster.fractal_noise(rng, cells=2, octaves=3, res=res)
        tone = np.clip((field - 0.5) * contrast + 0.5, 0, 1)
        cells = 36.0
    else:  # graph paper
        tone = 1.0 - ((((x * 10) % 1.0) < 0.08) | (((y * 10) % 1.0) < 0.08)) * 0.9
        cells = 80.0
    small = raster.to_image(np.asarray(tone, np.float32)).resize((w, h), Image.Resampling.BILINEAR)
    return halftone(Image.merge("RGB", (small, small, small)), 0.9, cells * max(w, h) / 400)


def _ransom(
    img: Image.Image, direction: ArtDirection, rng: np.random.Generator, fluoro: RGB | None
) -> Box | None:
    """Letters of the title's first short word (2-7 letters) cut from different
    papers, pasted in a crooked row (a ransom note); None when there is no such
    word, it runs right to left, or no face draws it."""
    words = ["".join(c for c in w.upper() if c.isalnum()) for w in direction.title.split()]
    word = next((w for w in words if 2 <= len(w) <= 7), "")
    if any(unicodedata.bidirectional(c) in ("R", "AL") for c in word):
        return None  # a right-to-left word would be pasted backwards
    letters = list(word)
    size = img.size[0]
    faces = [title_face(word, role, 800.0) for role in ("slab", "condensed", "serif", "display")]
    if not letters or not all(covers(faces[0], c) for c in letters):
        return None
    cell = min(0.14, 0.72 / len(letters))
    x, y = rng.uniform(0.06, 0.94 - cell * len(letters)), rng.uniform(0.08, 0.8)
    papers = [(245, 242, 232), (16, 16, 16), fluoro or (200, 200, 196)]
    for k, letter in enumerate(letters):
        face = faces[int(rng.integers(len(faces)))]
        px = int(cell * size * rng.uniform(0.7, 0.95))
        paper = papers[int(rng.integers(3))]
        ink = (245, 242, 232) if paper == (16, 16, 16) else (16, 16, 16)
        w = h = max(4, int(cell * size * rng.uniform(0.95, 1.15)))
        scrap = Image.new("RGB", (w, h), paper)
        ImageDraw.Draw(scrap).text(
            (w / 2, h / 2), letter, fill=ink, font=face.sized(px), anchor="mm"
        )
        mask = _torn(w, h, rng, 0.02)
        angle = rng.normal(0, 9)
        scrap = scrap.rotate(angle, expand=True, resample=Image.Resampling.BILINEAR)
        mask = mask.rotate(angle, expand=True, resample=Image.Resampling.BILINEAR)
        top = y + rng.normal(0, cell * 0.12)
        img.paste(scrap, (int((x + k * cell) * size), int(top * size)), mask)
    return (x, y - cell * 0.3, x + cell * len(letters), y + cell * 1.3)


def _draw(direction: ArtDirection, size: int) -> Artwork:
    """The xerox-collage art at `size`, before the finish."""
    rng = raster.rng_for(direction, "xerox")
    pal = direction.palette
    arrangement = compose.pick(rng, ARRANGEMENTS, direction.energy)
    dark_sheet = rng.random() < 0.35
    sheet = (18, 18, 18) if dark_sheet else raster.tone(pal.background, 0.93, 0.012)
    img = Image.new("RGB", (size, size), sheet)
    lit, chroma, hue = rgb_to_oklch(pal.accent)
    if chroma > 0.18 and lit > 0.62:
        fluoro: RGB | None = pal.accent
    elif chroma > 0.08:  # the fluoro ink nearest the accent's hue
        gaps = [abs((hue - rgb_to_oklch(ink)[2] + 180) % 360 - 180) for ink in FLUORO]
        fluoro = FLUORO[int(np.argmin(gaps))]
    else:
        fluoro = None  # a monochrome language (black metal, drill): black and paper only
    contrast = 5 + 5 * direction.loudness  # a copier: never soft greys
    count = {"giant": 2, "stack": 3, "strip": 5, "scatter": 6}[arrangement] + round(
        2 * direction.energy
    )
    boxes = []
    cx, cy = compose.thirds(rng, 0.05)
    for i in range(count):
        if arrangement == "giant" and i == 0:
            w, h = rng.uniform(0.7, 0.95), rng.uniform(0.6, 0.8)
            x, y = rng.uniform(-0.2, 0.3), rng.uniform(-0.1, 0.3)
        elif arrangement == "strip":
            t = i / max(1, count - 1)
            w, h = rng.uniform(0.2, 0.35), rng.uniform(0.18, 0.3)
            x, y = 0.05 + 0.6 * t, 0.6 - 0.45 * t
        elif arrangement == "stack":
            w, h = rng.uniform(0.35, 0.6), rng.uniform(0.3, 0.5)
            x, y = cx - w / 2 + rng.normal(0, 0.05), cy - h / 2 + rng.normal(0, 0.05)
        else:
            w, h = rng.uniform(0.15, 0.4), rng.uniform(0.12, 0.35)
            x, y = rng.uniform(0, 1 - w), rng.uniform(0, 1 - h)
        wp, hp = max(4, int(w * size)), max(4, int(h * size))
        scrap = _copy(rng, wp, hp, contrast)
        if fluoro and (i == count - 1 or rng.random() < 0.2):  # the fluoro one, printed over
            scrap = ImageChops.multiply(scrap, Image.new("RGB", scrap.size, fluoro))
        mask = _torn(wp, hp, rng, 0.01 + 0.02 * direction.energy)
        angle = rng.normal(0, 3 + 8 * direction.energy)
        scrap = scrap.rotate(angle, expand=True, resample=Image.Resampling.BILINEAR)
        mask = mask.rotate(angle, expand=True, resample=Image.Resampling.BILINEAR)
        img.paste(scrap, (int(x * size), int(y * size)), mask)
        boxes.append((x, y, x + w, y + h))
    draw = ImageDraw.Draw(img, "RGBA")
    for _ in range(1 + round(2 * direction.energy)):  # tape
        x, y = rng.uniform(0.1, 0.8), rng.uniform(0.1, 0.8)
        w, h = rng.uniform(0.1, 0.18), 0.035
        draw.rectangle(
            (x * size, y * size, (x + w) * size, (y + h) * size), fill=(235, 225, 190, 120)
        )
    for _ in range(1 + round(2 * direction.loudness)):  # redaction bars, ransom-note blocks
        x, y = rng.uniform(0.05, 0.7), rng.uniform(0.05, 0.9)
        w, h = rng.uniform(0.12, 0.3), rng.uniform(0.025, 0.05)
        fill = (
            (12, 12, 12, 255) if not dark_sheet else (*raster.tone(pal.background, 0.93, 0.01), 255)
        )
        draw.rectangle((x * size, y * size, (x + w) * size, (y + h) * size), fill=fill)
    if rng.random() < 0.6:  # a ransom-note row cut from the title
        note = _ransom(img, direction, rng, fluoro)
        if note:
            boxes.append(note)
    x0 = float(np.clip(min(b[0] for b in boxes), 0, 1))
    y0 = float(np.clip(min(b[1] for b in boxes), 0, 1))
    x1 = float(np.clip(max(b[2] for b in boxes), 0, 1))
    y1 = float(np.clip(max(b[3] for b in boxes), 0, 1))
    return Artwork(img, (x0, y0, x1, y1))


def render(direction: ArtDirection, size: int) -> Artwork:
    """Draw the cover (RGB, size x size): the art at up to raster.work_size, the
    finish (grain) at full size."""
    art = _draw(direction, raster.work_size(size))
    image = finish(raster.to_size(art.image, size), direction, "xerox", 0.045)
    return Artwork(image, art.focal)
