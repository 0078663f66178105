"""Pictures for the xerox collage, built from primitives and run through a copier:
a raised fist, a crowd of heads, a skull mask, a car, a tower block, a city skyline,
one huge letter of the title; newsprint columns of the title's words; torn edges,
staples and safety pins. Each motif draws ink (0) on paper (255) in an L image; ``photocopy``
then burns it to hard black and white with uneven toner, edge burn and streaks.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from PIL import Image, ImageDraw, ImageFont

from sleeve.engine import raster
from sleeve.engine.finish import halftone
from sleeve.engine.fonts import covers, title_face

Draw = Callable[[ImageDraw.ImageDraw, float, np.random.Generator], None]


def _box(s: float, *pts: float) -> list[float]:
    """Fractions of a square of side s to pixels."""
    return [p * s for p in pts]


def fist(d: ImageDraw.ImageDraw, s: float, rng: np.random.Generator) -> None:
    """A raised fist: forearm, palm, four knuckled fingers and a thumb across."""
    d.rectangle(_box(s, 0.36, 0.62, 0.66, 1.05), fill=0)
    d.rounded_rectangle(_box(s, 0.26, 0.3, 0.74, 0.72), radius=0.08 * s, fill=0)
    for k in range(4):
        x = 0.26 + k * 0.12
        d.rounded_rectangle(_box(s, x, 0.18, x + 0.12, 0.44), radius=0.05 * s, fill=0)
        d.line(_box(s, x, 0.22, x, 0.42), fill=255, width=max(1, int(0.012 * s)))
    d.rounded_rectangle(
        _box(s, 0.2, 0.42, 0.6, 0.55),
        radius=0.06 * s,
        fill=0,
        outline=255,
        width=max(1, int(0.012 * s)),
    )


def crowd(d: ImageDraw.ImageDraw, s: float, rng: np.random.Generator) -> None:
    """A crowd of heads and shoulders, the back rows smaller and greyer, a few fists up."""
    for row, (y, r, ink) in enumerate(((0.42, 0.08, 120), (0.72, 0.15, 0))):
        for x in np.sort(rng.uniform(-0.05, 1.05, 3 + 4 * (1 - row))):
            if rng.random() < 0.25:  # an arm raised
                d.rectangle(_box(s, x + r * 0.6, y - r * 4, x + r * 1.2, y), fill=ink)
                d.ellipse(_box(s, x + r * 0.4, y - r * 4.6, x + r * 1.4, y - r * 3.6), fill=ink)
            d.ellipse(_box(s, x - r * 1.8, y + r * 0.8, x + r * 1.8, y + r * 4), fill=ink)
            d.ellipse(_box(s, x - r, y - r, x + r, y + r * 1.2), fill=ink)


def skull(d: ImageDraw.ImageDraw, s: float, rng: np.random.Generator) -> None:
    """A skull-like mask: white bone on black, hollow eyes, a nose and teeth."""
    d.rectangle(_box(s, 0, 0, 1, 1), fill=0)
    d.ellipse(_box(s, 0.2, 0.08, 0.8, 0.68), fill=255)
    d.rounded_rectangle(_box(s, 0.32, 0.5, 0.68, 0.88), radius=0.06 * s, fill=255)
    for x in (0.28, 0.53):
        d.ellipse(_box(s, x, 0.36, x + 0.19, 0.54), fill=0)
    d.polygon(_box(s, 0.5, 0.56, 0.45, 0.66, 0.55, 0.66), fill=0)
    for k in range(6):
        x = 0.36 + k * 0.056
        d.line(_box(s, x, 0.72, x, 0.84), fill=0, width=max(1, int(0.012 * s)))
    d.line(_box(s, 0.34, 0.78, 0.66, 0.78), fill=0, width=max(1, int(0.01 * s)))


def car(d: ImageDraw.ImageDraw, s: float, rng: np.random.Generator) -> None:
    """A car in profile: body, cabin with windows, two wheels, a shadow."""
    d.rectangle(_box(s, 0.0, 0.8, 1.0, 0.84), fill=60)
    d.rounded_rectangle(_box(s, 0.04, 0.48, 0.96, 0.74), radius=0.05 * s, fill=0)
    d.polygon(_box(s, 0.24, 0.5, 0.34, 0.3, 0.7, 0.3, 0.8, 0.5), fill=0)
    d.polygon(_box(s, 0.3, 0.48, 0.37, 0.34, 0.5, 0.34, 0.5, 0.48), fill=220)
    d.polygon(_box(s, 0.53, 0.48, 0.53, 0.34, 0.67, 0.34, 0.74, 0.48), fill=220)
    for x in (0.24, 0.76):
        d.ellipse(
            _box(s, x - 0.11, 0.62, x + 0.11, 0.84),
            fill=0,
            outline=255,
            width=max(1, int(0.01 * s)),
        )
        d.ellipse(_box(s, x - 0.04, 0.69, x + 0.04, 0.77), fill=170)


def tower(d: ImageDraw.ImageDraw, s: float, rng: np.random.Generator) -> None:
    """A tower block shot from below: a slab of floors, a few windows lit white."""
    d.rectangle(_box(s, 0, 0, 1, 1), fill=150)
    x0, x1 = rng.uniform(0.05, 0.25), rng.uniform(0.75, 0.95)
    d.polygon(_box(s, x0 + 0.1, 0.05, x1 - 0.1, 0.05, x1, 1.05, x0, 1.05), fill=0)
    for f in range(14):
        y = 0.08 + f * 0.068
        inset = 0.1 * (1 - y)
        for c in range(7):
            if rng.random() < 0.3:
                wx = x0 + inset + (c + 0.2) * (x1 - x0 - 2 * inset) / 7
                d.rectangle(_box(s, wx, y, wx + 0.5 * (x1 - x0) / 7, y + 0.035), fill=255)


def skyline(d: ImageDraw.ImageDraw, s: float, rng: np.random.Generator) -> None:
    """A city skyline: blocks of random heights, antennas, a low sun behind."""
    d.ellipse(_box(s, 0.35, 0.25, 0.75, 0.65), fill=170)
    x = -0.02
    while x < 1.0:
        w, top = rng.uniform(0.06, 0.16), rng.uniform(0.3, 0.75)
        d.rectangle(_box(s, x, top, x + w, 1.0), fill=0)
        if rng.random() < 0.3:
            d.line(
                _box(s, x + w / 2, top - 0.12, x + w / 2, top), fill=0, width=max(1, int(0.008 * s))
            )
        x += w * rng.uniform(0.8, 1.0)


MOTIFS: dict[str, Draw] = {
    "fist": fist,
    "crowd": crowd,
    "skull": skull,
    "car": car,
    "tower": tower,
    "skyline": skyline,
}


def picture(
    name: str, w: int, h: int, rng: np.random.Generator, glyph: str = "", zoom: float = 1.0
) -> Image.Image:
    """The motif (or, for "letter", one huge glyph) as ink on paper, cropped to w x h
    from a square drawn at `zoom` times the larger side (a random detail when > 1)."""
    side = int(max(w, h) * zoom)
    img = Image.new("L", (side, side), 255)
    draw = ImageDraw.Draw(img)
    if name == "letter":
        face = title_face(glyph, "condensed", 900.0)
        char = glyph if glyph and covers(face, glyph) else "0"
        draw.text(
            (side / 2, side * 0.55), char, fill=0, font=face.sized(int(side * 1.1)), anchor="mm"
        )
    else:
        MOTIFS[name](draw, side, rng)
    left = int(rng.uniform(0, side - w)) if zoom > 1 else (side - w) // 2
    top = int(rng.uniform(0, side - h)) if zoom > 1 else (side - h) // 2
    return img.crop((left, top, left + w, top + h))


def photocopy(
    ink: Image.Image, rng: np.random.Generator, contrast: float, cells: float
) -> Image.Image:
    """Copy an ink picture badly: uneven toner, dark burnt edges, a streak or two
    down the feed, then a hard threshold and a coarse dot screen (RGB)."""
    w, h = ink.size
    toner = raster.fractal_noise(rng, cells=3, octaves=3, res=64)
    ys, xs = np.mgrid[0:64, 0:64].astype(np.float32) / 63.0
    edge = np.minimum(np.minimum(xs, 1 - xs), np.minimum(ys, 1 - ys))
    shade = 0.25 * (toner - 0.5) - 0.45 * np.exp(-edge / 0.06)
    streaks = np.zeros(64, np.float32)
    streaks[rng.integers(0, 64, int(rng.integers(0, 3)))] = -0.5
    shade = shade + streaks[None, :]
    grit = rng.normal(0, 0.18, (96, 96)).astype(np.float32)  # toner specks on every edge
    shade = raster.upscale(shade, 96) + grit
    tone = raster.from_image(ink) + raster.upscale(shade, max(w, h))[:h, :w]
    tone = np.clip((tone - 0.5) * contrast + 0.5, 0, 1)
    grey = raster.to_image(tone)
    return halftone(Image.merge("RGB", (grey, grey, grey)), 0.9, cells * max(w, h) / 400)


def newsprint(w: int, h: int, words: list[str], rng: np.random.Generator) -> Image.Image:
    """Newsprint: a bold bar of a headline over columns of tiny text, all cut from
    the title's words (L, ink on paper)."""
    img = Image.new("L", (w, h), 238)
    draw = ImageDraw.Draw(img)
    text = " ".join(words) or "0"
    body = title_face(text, "serif", 400.0).sized(max(6, int(h / 42)))
    headline_text, head = headline(text.upper(), w * 0.92, max(8, int(h / 7)))
    draw.text((w * 0.04, h * 0.03), headline_text, fill=0, font=head)
    cols = 2 + int(rng.integers(2))
    cw = w * 0.92 / cols
    line_h = max(7, int(h / 34))
    for c in range(cols):
        y = h * 0.22
        while y < h * 0.96:
            n = int(rng.integers(3, 9))
            line = (
                " ".join(words[int(rng.integers(len(words)))] for _ in range(n)) if words else "0"
            )
            draw.text((w * 0.04 + c * cw, y), line.lower(), fill=30, font=body)
            y += line_h
        draw.rectangle(
            (w * 0.04 + c * cw + cw * 0.95, h * 0.22, w * 0.04 + (c + 1) * cw, h), fill=238
        )
    return img


def headline(text: str, width: float, size: int) -> tuple[str, ImageFont.FreeTypeFont]:
    """The headline's whole words that fit `width` at `size`, and its face; a first word
    too long for the page shrinks the face rather than being cut."""
    face = title_face(text, "condensed", 900.0)
    words = text.split()
    font = face.sized(size)
    while words[1:] and font.getlength(" ".join(words)) > width:
        words.pop()
    line = " ".join(words)
    fitted = max(6, int(size * min(1.0, width / max(font.getlength(line), 1.0))))
    return line, face.sized(fitted)


def torn(w: int, h: int, rng: np.random.Generator, ragged: float) -> Image.Image:
    """An L mask of a w x h scrap with torn, jittered edges."""
    pts = []
    for (x0, y0), (x1, y1) in (
        ((0, 0), (w, 0)),
        ((w, 0), (w, h)),
        ((w, h), (0, h)),
        ((0, h), (0, 0)),
    ):
        nx, ny = (y1 - y0), -(x1 - x0)
        norm = max(1.0, float(np.hypot(nx, ny)))
        for t in np.linspace(0, 1, 14, endpoint=False):
            jitter = rng.normal(0, ragged * min(w, h) * 4) if rng.random() < 0.3 else 0.0
            pts.append(
                (x0 + (x1 - x0) * t + jitter * nx / norm, y0 + (y1 - y0) * t + jitter * ny / norm)
            )
    mask = Image.new("L", (w, h), 0)
    ImageDraw.Draw(mask).polygon(pts, fill=255)
    return mask


def staple(draw: ImageDraw.ImageDraw, x: float, y: float, size: int, angle: float) -> None:
    """A staple: a short silver bar with dark legs, at (x, y) pixels."""
    dx, dy = np.cos(angle) * size * 0.04, np.sin(angle) * size * 0.04
    width = max(2, size // 160)
    draw.line((x - dx, y - dy, x + dx, y + dy), fill=(40, 40, 40, 255), width=width + 2)
    draw.line((x - dx, y - dy, x + dx, y + dy), fill=(200, 200, 205, 255), width=width)


def safety_pin(draw: ImageDraw.ImageDraw, x: float, y: float, size: int, angle: float) -> None:
    """A safety pin: two parallel wires, a coiled end and a clasp."""
    length, gap = size * 0.14, size * 0.012
    ux, uy = np.cos(angle), np.sin(angle)
    nx, ny = -uy * gap, ux * gap
    width = max(2, size // 200)
    for off in (1, -1):
        draw.line(
            (x + nx * off, y + ny * off, x + ux * length + nx * off, y + uy * length + ny * off),
            fill=(190, 190, 195, 255),
            width=width,
        )
    r = gap * 1.4
    draw.ellipse((x - r, y - r, x + r, y + r), outline=(190, 190, 195, 255), width=width)
    ex, ey = x + ux * length, y + uy * length
    draw.rectangle(
        (ex - gap * 1.5, ey - gap * 1.5, ex + gap * 1.5, ey + gap * 1.5), fill=(120, 120, 125, 255)
    )
