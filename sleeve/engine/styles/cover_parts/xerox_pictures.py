"""The flyer's own pictures for the xerox collage: a crowd with raised fists, a huge
safety pin, barbed wire, a line of riot shields, a burnt-out car under its smoke. Each a grey
field (0 black .. 1 white) of silhouettes against a smoky sky, drawn small (a copier
burns the detail away) and the box of its subject, as mono_grain's scenes return.
"""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageChops, ImageDraw, ImageFilter

from sleeve.engine import raster
from sleeve.engine.direction import ArtDirection
from sleeve.engine.styles.base import Box

RES = 256  # the side the pictures are drawn at


def _sky(rng: np.random.Generator, light: float, smoke: float) -> Image.Image:
    """A pale sky mottled with smoke, lighter toward the horizon (L at RES)."""
    cloud = raster.fractal_noise(rng, cells=3, octaves=4, res=RES)
    ys = np.linspace(0.0, 1.0, RES, dtype=np.float32)[:, None]
    tone = light - smoke * (cloud - 0.3) - 0.25 * (1 - ys)
    return Image.fromarray((np.clip(tone, 0, 1) * 255).astype(np.uint8), "L")


def _done(img: Image.Image) -> np.ndarray:
    """The drawn picture softened a touch, as a grey field."""
    soft = img.filter(ImageFilter.BoxBlur(1))
    return np.asarray(soft, np.float32) / 255.0


def _fist(draw: ImageDraw.ImageDraw, x: float, y: float, s: float, tone: int) -> None:
    """A raised fist, its knuckles' top at (x, y) pixels, `s` across: the forearm down
    from it, four fingers curled, the thumb across them."""
    draw.polygon(
        [(x - 0.34 * s, y + 0.8 * s), (x + 0.34 * s, y + 0.8 * s)]
        + [(x + 0.26 * s, y + 3.2 * s), (x - 0.3 * s, y + 3.2 * s)],
        fill=tone,
    )  # the forearm
    draw.rounded_rectangle(
        (x - 0.5 * s, y + 0.05 * s, x + 0.5 * s, y + 1.05 * s), radius=0.22 * s, fill=tone
    )
    for i in range(4):  # the curled fingers, a knuckle each
        fx = x - 0.5 * s + (i + 0.5) * s / 4
        draw.ellipse((fx - 0.14 * s, y - 0.06 * s, fx + 0.14 * s, y + 0.24 * s), fill=tone)
    light = 255 - tone
    for i in range(1, 4):  # the creases between the fingers
        fx = x - 0.5 * s + i * s / 4
        draw.line((fx, y + 0.12 * s, fx, y + 0.5 * s), fill=light, width=max(1, int(s * 0.035)))
    draw.line(
        (x - 0.46 * s, y + 0.62 * s, x + 0.2 * s, y + 0.52 * s),
        fill=light,
        width=max(1, int(s * 0.04)),
    )  # the thumb's edge across the fingers


def crowd(
    direction: ArtDirection, rng: np.random.Generator, _grid: object = None
) -> tuple[np.ndarray, Box]:
    """A crowd seen from behind at a show or a march: rows of heads and shoulders
    growing toward the front, fists raised over them against a smoky sky."""
    img = _sky(rng, 0.95, 0.5)
    draw = ImageDraw.Draw(img)
    rows = 5
    fists = 2 + int(rng.integers(0, 3)) + int(direction.energy > 0.6)
    lifted = [(float(rng.uniform(0.15, 0.85)), int(rng.integers(1, rows))) for _ in range(fists)]
    for r in range(rows):
        t = r / (rows - 1)
        head = RES * (0.05 + 0.09 * t)
        base = RES * (0.5 + 0.5 * t) + head * 0.6
        tone = int(10 + 40 * (1 - t))
        for fx, fr in lifted:
            if fr == r:
                _fist(draw, fx * RES, base - head * 3.4, head * 0.8, tone)
        x = -float(rng.uniform(0.2, 0.8)) * head
        while x < RES + head:
            y = base + rng.normal(0, 0.12) * head
            draw.ellipse((x - head * 1.25, y, x + head * 1.25, y + head * 3), fill=tone)
            draw.ellipse(
                (x - head * 0.5, y - head * 1.05, x + head * 0.5, y + head * 0.2), fill=tone
            )
            x += head * float(rng.uniform(1.6, 2.3))
    return _done(img), (0.1, 0.25, 0.9, 1.0)


def riot(
    direction: ArtDirection, rng: np.random.Generator, _grid: object = None
) -> tuple[np.ndarray, Box]:
    """A line of riot police across the street: helmets over a wall of tall shields,
    dark against tear gas, the street pale below."""
    img = _sky(rng, 0.92, 0.8)
    draw = ImageDraw.Draw(img)
    horizon = RES * float(rng.uniform(0.38, 0.48))
    tall = RES * float(rng.uniform(0.3, 0.38))
    wide = tall * 0.42
    x = -float(rng.uniform(0.1, 0.5)) * wide
    while x < RES:
        top = horizon - tall * 0.5 + rng.normal(0, 0.02) * tall
        draw.ellipse((x + wide * 0.2, top - wide * 0.5, x + wide * 0.8, top + wide * 0.15), fill=16)
        draw.rectangle((x + wide * 0.22, top - wide * 0.12, x + wide * 0.78, top), fill=16)
        draw.rounded_rectangle(
            (x, top + wide * 0.1, x + wide * 0.96, top + tall), radius=wide * 0.12, fill=24
        )
        draw.rectangle(  # the shield's pale window band
            (x + wide * 0.12, top + tall * 0.28, x + wide * 0.84, top + tall * 0.36), fill=150
        )
        x += wide * 1.0
    draw.rectangle((0, horizon + tall * 0.5, RES, RES), fill=140)  # the street, dotted grey
    return _done(img), (0.0, (horizon - tall * 0.7) / RES, 1.0, (horizon + tall * 0.55) / RES)


def car(
    direction: ArtDirection, rng: np.random.Generator, _grid: object = None
) -> tuple[np.ndarray, Box]:
    """A burnt-out car on the street, flames out of its windows and a black column of
    smoke over it."""
    img = _sky(rng, 0.95, 0.3)
    arr = np.asarray(img, np.float32) / 255.0
    plume = raster.fractal_noise(rng, cells=4, octaves=4, res=RES)
    ys, xs = np.mgrid[0:RES, 0:RES].astype(np.float32) / RES
    cx = float(rng.uniform(0.4, 0.6))
    spread = 0.12 + 0.3 * (1 - ys)  # the smoke widens as it rises
    fade = np.clip((0.56 - ys) / 0.16, 0, 1)  # clear air round the car: its shape reads
    column = np.exp(-(((xs - cx - 0.15 * (1 - ys)) / spread) ** 2)) * fade
    arr = np.clip(arr - 1.1 * column * (0.4 + plume), 0, 1)
    img = Image.fromarray((arr * 255).astype(np.uint8), "L")
    draw = ImageDraw.Draw(img)
    ground = RES * 0.8
    w = RES * float(rng.uniform(0.62, 0.74))
    x0 = RES * cx - w / 2
    draw.rectangle((0, ground, RES, RES), fill=120)
    body = (x0, ground - w * 0.26, x0 + w, ground - w * 0.06)
    draw.rounded_rectangle(body, radius=w * 0.05, fill=14)
    cabin = [(x0 + w * 0.2, body[1]), (x0 + w * 0.32, body[1] - w * 0.17)]
    cabin += [(x0 + w * 0.68, body[1] - w * 0.17), (x0 + w * 0.8, body[1])]
    draw.polygon(cabin, fill=14)
    for wx in (0.2, 0.8):  # the wheels
        r = w * 0.09
        draw.ellipse(
            (x0 + w * wx - r, ground - w * 0.06 - r, x0 + w * wx + r, ground - w * 0.06 + r), fill=8
        )
    roof = body[1] - w * 0.15
    for _ in range(11):  # tongues of fire out of the cabin, leaning with the smoke
        fx = x0 + w * float(rng.uniform(0.28, 0.72))
        half = w * float(rng.uniform(0.03, 0.08))
        tall = w * float(rng.uniform(0.12, 0.5)) * (1.2 - abs(fx - x0 - w / 2) / w * 2)
        lean = w * float(rng.uniform(0.0, 0.12))
        draw.polygon(
            [(fx - half, roof + w * 0.05), (fx + lean, roof - tall), (fx + half, roof + w * 0.05)]
            + [(fx + half * 0.4, roof - tall * 0.35)],
            fill=250,
        )
    draw.polygon(
        [(x0 + w * 0.35, body[1] - 2), (x0 + w * 0.38, body[1] - w * 0.13)]
        + [(x0 + w * 0.62, body[1] - w * 0.13), (x0 + w * 0.65, body[1] - 2)],
        fill=250,
    )  # the cabin's windows alight
    return _done(img), ((x0 - w * 0.05) / RES, 0.25, (x0 + w * 1.05) / RES, 0.82)


def safety_pin(side: int, rng: np.random.Generator) -> Image.Image:
    """A safety pin, open, lying across a `side` square (L: 255 the pin, 0 the ground):
    two thick bars, the coil at the right end, the clasp's hood at the left, the point
    sprung out below it."""
    img = Image.new("L", (side, side), 0)
    draw = ImageDraw.Draw(img)
    stroke = int(side * float(rng.uniform(0.07, 0.085)))
    x0, x1 = side * 0.1, side * 0.86
    y, gap = side * 0.46, side * float(rng.uniform(0.13, 0.16))
    coil = gap * 0.8
    draw.line((x0 + gap * 0.4, y - gap / 2, x1, y - gap / 2), fill=255, width=stroke)  # the back
    spring = float(rng.uniform(0.1, 0.2)) * side  # the point sprung open
    tip = (x0 + gap * 0.1, y + gap / 2 + spring)
    draw.line((x1, y + gap / 2, *tip), fill=255, width=stroke)
    slope = np.arctan2(tip[1] - y - gap / 2, tip[0] - x1)
    ux, uy, nx, ny = np.cos(slope), np.sin(slope), -np.sin(slope), np.cos(slope)
    half = stroke / 2
    draw.polygon(
        [(tip[0] + nx * half, tip[1] + ny * half), (tip[0] - nx * half, tip[1] - ny * half)]
        + [(tip[0] + ux * stroke * 1.6, tip[1] + uy * stroke * 1.6)],
        fill=255,
    )  # the sharpened point
    draw.ellipse((x1 - coil, y - coil, x1 + coil, y + coil), outline=255, width=stroke)
    draw.rounded_rectangle(
        (x0 - gap * 0.5, y - gap * 1.15, x0 + gap * 1.2, y + gap * 0.3),
        radius=gap * 0.35,
        fill=255,
    )  # the clasp's hood
    draw.line(
        (x0 - gap * 0.1, y - gap * 0.75, x0 + gap * 0.8, y - gap * 0.75),
        fill=0,
        width=max(2, stroke // 4),
    )  # the fold pressed into the hood
    return img


def pin(
    direction: ArtDirection, rng: np.random.Generator, _grid: object = None
) -> tuple[np.ndarray, Box]:
    """One huge safety pin, open, laid across the frame at a slant: two thick bars,
    the coil at one end, the clasp at the other, the point sprung out of it; a bold
    black silhouette on pale smoke."""
    big = RES * 2
    img = ImageChops.invert(safety_pin(big, rng)).point(lambda v: 10 + v * 235 // 255)
    tilt = float(rng.uniform(24.0, 40.0)) * float(rng.choice([-1.0, 1.0]))
    img = img.rotate(tilt, resample=Image.Resampling.BICUBIC, fillcolor=245)
    img = img.resize((RES, RES), Image.Resampling.LANCZOS)
    sky = np.asarray(_sky(rng, 1.05, 0.25), np.float32) / 255.0
    tone = np.minimum(np.asarray(img, np.float32) / 255.0, sky)
    return tone, (0.08, 0.12, 0.92, 0.88)


def wire(
    direction: ArtDirection, rng: np.random.Generator, _grid: object = None
) -> tuple[np.ndarray, Box]:
    """Barbed wire: two or three twisted strands sagging across a pale sky, a knot of
    four spikes every span, bold and black as a stencil."""
    img = _sky(rng, 1.05, 0.3)
    draw = ImageDraw.Draw(img)
    strands = 2 + int(rng.integers(2))
    xs = np.linspace(-8, RES + 8, 120)
    tops = []
    for k in range(strands):
        base = RES * (0.3 + 0.45 * k / max(strands - 1, 1)) + rng.normal(0, 6)
        sag = RES * float(rng.uniform(0.04, 0.12))
        lean = float(rng.uniform(-0.15, 0.15))
        ys = base + sag * np.sin(np.pi * xs / RES) + lean * (xs - RES / 2)
        width = max(3, int(RES * 0.02))
        phase = float(rng.uniform(0, np.pi))
        for twist in (0.0, np.pi):  # two wires twisted round each other
            wy = ys + RES * 0.008 * np.sin(xs / RES * 40 + phase + twist)
            draw.line(list(zip(xs.tolist(), wy.tolist(), strict=True)), fill=8, width=width)
        span = RES * float(rng.uniform(0.16, 0.22))
        bx = float(rng.uniform(0, span))
        while bx < RES:
            by = float(np.interp(bx, xs, ys))
            for a in (0.6, 2.5):  # a knot: two crossed spikes
                dx, dy = np.cos(a) * RES * 0.05, np.sin(a) * RES * 0.05
                draw.line((bx - dx, by - dy, bx + dx, by + dy), fill=8, width=width + 1)
            draw.ellipse((bx - 4, by - 4, bx + 4, by + 4), fill=8)
            bx += span
        tops.append(float(ys.min()))
    return _done(img), (0.0, max(0.0, min(tops) / RES - 0.08), 1.0, 0.9)


STENCILS = ("pin", "wire", "car")  # bold black on pale: copied as drawn, not overexposed
PICTURES = {"crowd": crowd, "pin": pin, "wire": wire, "riot": riot, "car": car}
