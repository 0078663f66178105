"""The xerox collage's pictures a band would put on a flyer, each a bold black
silhouette with halftone shading that reads at 64 px: a raised fist, a stage-diver
over a crowd of raised arms, a tower block against a night sky, a burning barricade,
a petrol bomb, a dog in a spiked collar, a church, a hooded figure under a lamp.

Each returns a grey field (0 black .. 1 white, RES square) and its subject's box, as
xerox_pictures' do. Shapes are polygons and ellipses drawn at twice RES and shrunk
(smooth edges for the copier's threshold); the mid-tones (glare, smoke, sky, the
light on the fist) are where the copier's dot screen shows.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from PIL import Image, ImageDraw

from sleeve.engine import raster
from sleeve.engine.direction import ArtDirection
from sleeve.engine.styles.base import Box

RES = 320  # the side the pictures are kept at
BIG = RES * 2  # the side they are drawn at
BLACK, WHITE = 14, 250

Point = tuple[float, float]


class Pad:
    """An L canvas at BIG drawn in cover fractions."""

    def __init__(self, ground: np.ndarray) -> None:
        img = Image.fromarray((np.clip(ground, 0, 1) * 255).astype(np.uint8), "L")
        self.img = img.resize((BIG, BIG), Image.Resampling.BILINEAR)
        self.draw = ImageDraw.Draw(self.img)

    def poly(self, points: Sequence[Point], fill: int = BLACK) -> None:
        self.draw.polygon([(x * BIG, y * BIG) for x, y in points], fill=fill)

    def oval(self, x0: float, y0: float, x1: float, y1: float, fill: int = BLACK) -> None:
        self.draw.ellipse((x0 * BIG, y0 * BIG, x1 * BIG, y1 * BIG), fill=fill)

    def rect(
        self, x0: float, y0: float, x1: float, y1: float, fill: int = BLACK, r: float = 0
    ) -> None:
        box = (x0 * BIG, y0 * BIG, x1 * BIG, y1 * BIG)
        if r > 0:
            self.draw.rounded_rectangle(box, radius=r * BIG, fill=fill)
        else:
            self.draw.rectangle(box, fill=fill)

    def line(self, points: Sequence[Point], width: float, fill: int = BLACK) -> None:
        pts = [(x * BIG, y * BIG) for x, y in points]
        self.draw.line(pts, fill=fill, width=max(1, int(width * BIG)), joint="curve")
        r = width * BIG / 2
        for x, y in (pts[0], pts[-1]):  # round caps
            self.draw.ellipse((x - r, y - r, x + r, y + r), fill=fill)

    def done(self, shade: np.ndarray | None = None) -> np.ndarray:
        """The picture at RES as a grey field; `shade` (RES square, 0..1) lightens the
        black shapes (only them), so they copy as halftone where it is light."""
        tone = np.asarray(self.img.resize((RES, RES), Image.Resampling.BOX), np.float32) / 255.0
        if shade is not None:
            solid = np.clip((0.35 - tone) / 0.3, 0.0, 1.0)
            tone = tone + solid * shade
        return tone


def _grid() -> tuple[np.ndarray, np.ndarray]:
    ys, xs = np.mgrid[0:RES, 0:RES].astype(np.float32) / RES
    return xs, ys


def glare(cx: float, cy: float, reach: float, dark: float, light: float) -> np.ndarray:
    """A radial light: `light` at (cx, cy) falling to `dark` `reach` away."""
    xs, ys = _grid()
    d = np.hypot(xs - cx, ys - cy) / reach
    return (dark + (light - dark) * np.exp(-(d**2))).astype(np.float32)


def _smoke(rng: np.random.Generator, cells: int = 3) -> np.ndarray:
    """Smooth smoke noise 0..1 at RES."""
    return raster.fractal_noise(rng, cells=cells, octaves=4, res=RES)


def fist(direction: ArtDirection, rng: np.random.Generator) -> tuple[np.ndarray, Box]:
    """A raised clenched fist, front on, huge: four curled fingers with their knuckles
    and middle joints, the thumb folded across them, the wrist and a sleeve below;
    lit from one side so its shadow side copies solid and its lit side as coarse dots,
    on a pale glare."""
    side = float(rng.choice([-1.0, 1.0]))
    pad = Pad(glare(0.5 - 0.2 * side, 0.25, 0.7, 0.55, 1.05))
    x0, x1, top = 0.25, 0.75, 0.14 + float(rng.uniform(0, 0.03))
    w = (x1 - x0) / 4
    pad.poly([(0.33, 0.6), (0.68, 0.6), (0.65, 1.02), (0.36, 1.02)])  # the wrist
    pad.poly([(0.27, 0.82), (0.74, 0.82), (0.8, 1.02), (0.21, 1.02)])  # the sleeve
    pad.line([(0.27, 0.82), (0.74, 0.82)], 0.012, WHITE)  # the cuff's edge
    pad.rect(x0 + 0.02, top + 0.12, x1 - 0.01, 0.68, r=0.09)  # the back of the hand
    lift = (0.02, 0.0, 0.012, 0.045)  # the middle knuckle highest, the little one lowest
    for i in range(4):
        fx0, fx1 = x0 + i * w, x0 + (i + 1) * w - 0.004
        if i == 3:
            fx1 -= 0.012
        ft = top + lift[i]
        pad.rect(fx0, ft, fx1, top + 0.27, r=0.05)  # the curled finger, its knuckle on top
        if i:
            pad.line([(fx0 - 0.002, ft + 0.05), (fx0 - 0.002, top + 0.26)], 0.013, WHITE)
        pad.line([(fx0 + 0.03, ft + 0.11), (fx1 - 0.025, ft + 0.112)], 0.01, WHITE)  # the joint
    # the thumb folded across the first two fingers' tips, outlined in white
    b = top + 0.25
    thumb = [
        (0.22, b + 0.2),
        (0.21, b + 0.05),
        (0.26, b - 0.01),
        (0.5, b - 0.015),
        (0.57, b + 0.02),
    ]
    thumb += [(0.55, b + 0.075), (0.36, b + 0.09), (0.31, b + 0.21)]
    pad.line([*thumb, thumb[0]], 0.024, WHITE)
    pad.poly(thumb)
    pad.line([(0.5, b + 0.005), (0.53, b + 0.06)], 0.008, WHITE)  # the thumbnail
    if side < 0:
        pad.img = pad.img.transpose(Image.Transpose.FLIP_LEFT_RIGHT)
    xs, ys = _grid()
    light = np.clip((side * (0.5 - xs) + 0.08) * 2.2, 0, 1) * (0.3 + 0.3 * _smoke(rng, 4))
    return pad.done(light), (0.18, 0.06, 0.82, 1.0)


def _person(pad: Pad, x: float, y: float, s: float, arms: int, rng: np.random.Generator) -> None:
    """A figure in the crowd seen from behind, head at (x, y), `s` the head's width;
    `arms` raised (0, 1 or 2), fists or open hands at the top."""
    pad.oval(x - s / 2, y - s * 0.6, x + s / 2, y + s * 0.6)
    pad.poly(
        [(x - s * 1.3, y + s * 1.3), (x - s * 0.6, y + s * 0.55), (x + s * 0.6, y + s * 0.55)]
        + [(x + s * 1.3, y + s * 1.3), (x + s * 1.4, y + s * 4), (x - s * 1.4, y + s * 4)]
    )
    for k in range(arms):
        sign = -1 if k == 0 else 1
        sx = x + sign * s * 1.0
        hx = sx + sign * s * float(rng.uniform(0.2, 1.1))
        hy = y - s * float(rng.uniform(1.6, 2.6))
        pad.line([(sx, y + s * 1.0), (hx, hy)], s * 0.55)
        pad.oval(hx - s * 0.36, hy - s * 0.45, hx + s * 0.36, hy + s * 0.2)


def crowd(direction: ArtDirection, rng: np.random.Generator) -> tuple[np.ndarray, Box]:
    """A stage-dive: a crowd of heads and raised arms filling the lower half, black
    against the stage lights' glare, one body flung flat over their hands."""
    lights = glare(float(rng.uniform(0.3, 0.7)), -0.05, 0.75, 0.35, 1.1)
    xs, ys = _grid()
    beams = 0.5 + 0.5 * np.cos((np.arctan2(xs - 0.5, ys + 0.2)) * 18 + float(rng.uniform(0, 6)))
    pad = Pad(np.clip(lights - 0.18 * beams * (1 - ys), 0, 1))
    # the diver: flat over the crowd, arms out ahead, legs kicked up behind
    dx, dy, s = float(rng.uniform(0.42, 0.58)), float(rng.uniform(0.36, 0.42)), 0.07
    face = float(rng.choice([-1.0, 1.0]))
    body = [(dx - face * 0.2, dy - 0.02), (dx + face * 0.12, dy - 0.05)]
    body += [(dx + face * 0.14, dy + 0.04), (dx - face * 0.2, dy + 0.06)]
    pad.poly(body)  # the torso
    hx = dx + face * 0.2
    pad.oval(hx - s * 0.6, dy - 0.06, hx + s * 0.6, dy + 0.03)  # the head
    pad.line([(dx + face * 0.1, dy - 0.03), (dx + face * 0.3, dy - 0.13)], 0.035)  # an arm out
    pad.line([(dx + face * 0.05, dy + 0.0), (dx + face * 0.33, dy - 0.02)], 0.033)
    pad.line(
        [(dx - face * 0.18, dy + 0.0), (dx - face * 0.33, dy - 0.08), (dx - face * 0.4, dy - 0.2)],
        0.045,
    )
    pad.line(
        [
            (dx - face * 0.18, dy + 0.04),
            (dx - face * 0.36, dy + 0.02),
            (dx - face * 0.44, dy - 0.06),
        ],
        0.045,
    )
    # the crowd in three rows, the front one biggest; a few hold the diver up
    for row, (base, head) in enumerate(((0.6, 0.05), (0.7, 0.065), (0.84, 0.085))):
        x = -float(rng.uniform(0.0, 0.6)) * head
        while x < 1.0 + head:
            under = abs(x - dx) < 0.25 and row < 2
            arms = 2 if under else int(rng.choice([0, 0, 1, 2]))
            _person(pad, x, base + float(rng.normal(0, 0.01)), head, arms, rng)
            x += head * float(rng.uniform(1.9, 2.5))
    return pad.done(), (0.05, 0.15, 0.95, 1.0)


def tower(direction: ArtDirection, rng: np.random.Generator) -> tuple[np.ndarray, Box]:
    """A council tower block seen from below, black against a night sky that pales to
    the horizon, a few windows lit in its grid; a lower block in front."""
    xs, ys = _grid()
    sky = 0.5 + 0.5 * ys**1.5 + 0.12 * (_smoke(rng) - 0.5)
    pad = Pad(sky)
    cx = float(rng.uniform(0.42, 0.58))
    top_w, foot_w, top = 0.28, 0.46, float(rng.uniform(0.05, 0.1))
    pad.poly(
        [
            (cx - top_w / 2, top),
            (cx + top_w / 2, top),
            (cx + foot_w / 2, 1.02),
            (cx - foot_w / 2, 1.02),
        ]
    )
    floors, cols = 12, 5
    lit = rng.random((floors, cols)) < 0.22
    for f in range(floors):
        t0 = top + 0.04 + f * (1.0 - top) / floors
        t1 = t0 + (1.0 - top) / floors * 0.4
        half = (top_w + (foot_w - top_w) * (t0 - top) / (1.02 - top)) / 2
        pad.rect(cx - half * 0.92, t1 + 0.012, cx + half * 0.92, t1 + 0.02, 190)  # a balcony's lip
        for c in range(cols):
            if lit[f, c]:
                wx0 = cx - half + (c + 0.25) * 2 * half / cols
                pad.rect(wx0, t0, wx0 + 1.0 * half / cols, t1, WHITE)
    side = float(rng.choice([-1.0, 1.0]))
    lx = 0.5 + side * 0.5
    pad.poly(
        [(lx - 0.3, 0.68), (lx + 0.3, 0.64), (lx + 0.3, 1.02), (lx - 0.3, 1.02)]
    )  # a low block
    for f in range(3):
        for c in range(4):
            wx = lx - 0.26 + c * 0.14
            if rng.random() < 0.3:
                pad.rect(wx, 0.72 + f * 0.09, wx + 0.06, 0.75 + f * 0.09, WHITE)
    return pad.done(), (cx - foot_w / 2 - 0.12, max(0.0, top - 0.04), cx + foot_w / 2 + 0.12, 1.0)


def _flames(
    pad: Pad, rng: np.random.Generator, x0: float, x1: float, base: float, tall: float, n: int
) -> None:
    """Tongues of fire, black against the sky, rising from `base` between x0 and x1."""
    for _ in range(n):
        fx = float(rng.uniform(x0, x1))
        mid = 1 - abs((fx - (x0 + x1) / 2) / ((x1 - x0) / 2 + 1e-6))
        t = tall * float(rng.uniform(0.4, 1.0)) * (0.4 + 0.6 * mid)
        half = (x1 - x0) * float(rng.uniform(0.06, 0.12))
        lean = float(rng.normal(0, 0.03))
        pad.poly(
            [(fx - half, base), (fx - half * 0.4, base - t * 0.5), (fx + lean, base - t)]
            + [(fx + half * 0.5, base - t * 0.45), (fx + half, base)],
        )


def barricade(direction: ArtDirection, rng: np.random.Generator) -> tuple[np.ndarray, Box]:
    """A burning barricade across a street: a heap of tyres and planks, black flames
    leaping out of it against a pale sky hazed by a thin column of smoke."""
    xs, ys = _grid()
    smoke = _smoke(rng, 3)
    column = np.exp(-(((xs - 0.5 - 0.2 * (0.6 - ys)) / (0.22 + 0.25 * (0.6 - ys))) ** 2))
    ground = 0.95 - 0.3 * column * np.clip((0.75 - ys) / 0.3, 0, 1) * (0.3 + smoke)
    pad = Pad(np.where(ys > 0.8, 0.6, ground))
    base = 0.8
    heap = [
        (0.02, base + 0.02),
        (0.12, 0.66),
        (0.3, 0.58),
        (0.5, 0.55),
        (0.72, 0.6),
        (0.9, 0.67),
        (0.98, base + 0.02),
    ]
    pad.poly(heap)
    _flames(pad, rng, 0.14, 0.86, 0.66, 0.58, 10)
    for i in range(6):  # tyres in the heap, their pale rims
        tx, ty = (
            0.1 + i * 0.16 + float(rng.normal(0, 0.02)),
            base - 0.06 - float(rng.uniform(0, 0.06)),
        )
        pad.oval(tx - 0.075, ty - 0.055, tx + 0.075, ty + 0.055, 110)
        pad.oval(tx - 0.06, ty - 0.044, tx + 0.06, ty + 0.044)
        pad.oval(tx - 0.025, ty - 0.018, tx + 0.025, ty + 0.018, 110)
    for _ in range(4):  # planks jutting out
        px, py = float(rng.uniform(0.15, 0.85)), float(rng.uniform(0.6, 0.7))
        a = float(rng.uniform(-0.9, 0.9))
        pad.line([(px, py), (px + 0.2 * np.sin(a), py - 0.2 * np.cos(a))], 0.028)
    return pad.done(), (0.05, 0.26, 0.95, 0.84)


def molotov(direction: ArtDirection, rng: np.random.Generator) -> tuple[np.ndarray, Box]:
    """A petrol bomb held up: a bottle, the petrol dark in it and the glass above in
    dots, a rag stuffed in its neck and a flame off the rag."""
    tilt = float(rng.uniform(-14, 14))
    pad = Pad(glare(0.5, 0.25, 0.7, 0.6, 1.0))
    cx = 0.5
    body = [(cx - 0.15, 0.98), (cx - 0.15, 0.5), (cx - 0.12, 0.43), (cx - 0.05, 0.36)]
    body += [
        (cx - 0.045, 0.22),
        (cx + 0.045, 0.22),
        (cx + 0.05, 0.36),
        (cx + 0.12, 0.43),
        (cx + 0.15, 0.5),
        (cx + 0.15, 0.98),
    ]
    pad.poly(body, 100)  # the glass, a mid-grey the copier dots
    level = float(rng.uniform(0.55, 0.65))
    pad.poly([(cx - 0.15, level), (cx + 0.15, level - 0.01), (cx + 0.15, 0.98), (cx - 0.15, 0.98)])
    pad.line(body, 0.012)  # the glass's edge
    pad.rect(cx + 0.07, 0.5, cx + 0.1, 0.9, 235, r=0.01)  # a highlight on the glass
    pad.rect(cx - 0.055, 0.2, cx + 0.055, 0.245)  # the lip
    rag = [
        (cx - 0.035, 0.24),
        (cx - 0.07, 0.12),
        (cx - 0.02, 0.14),
        (cx + 0.01, 0.07),
        (cx + 0.03, 0.15),
    ]
    rag += [(cx + 0.08, 0.11), (cx + 0.04, 0.24)]
    pad.poly(rag)
    flame = [
        (cx - 0.08, 0.12),
        (cx - 0.1, 0.05),
        (cx - 0.04, -0.02),
        (cx - 0.05, -0.08),
        (cx + 0.02, -0.02),
    ]
    flame += [(cx + 0.04, -0.1), (cx + 0.07, 0.0), (cx + 0.11, 0.04), (cx + 0.09, 0.12)]
    pad.poly([(x, y + 0.12) for x, y in flame], 40)
    pad.poly([(cx + (x - cx) * 0.55, y * 0.55 + 0.16) for x, y in flame], WHITE)
    pad.img = pad.img.rotate(
        tilt,
        resample=Image.Resampling.BICUBIC,
        fillcolor=int(0.62 * 255),
        center=(BIG / 2, BIG * 0.6),
    )
    pad.img = pad.img.transform(
        pad.img.size, Image.Transform.AFFINE, (1, 0, 0, 0, 1, -BIG * 0.06), fillcolor=150
    )
    return pad.done(), (0.3, 0.1, 0.7, 1.0)


def dog(direction: ArtDirection, rng: np.random.Generator) -> tuple[np.ndarray, Box]:
    """A dog side on, head up and barking: a deep chest, thin waist, four legs, pricked
    ears and a docked tail, a studded collar; black on a pale yard."""
    pad = Pad(glare(0.5, 0.35, 0.8, 0.5, 1.0))
    pad.rect(-0.1, 0.84, 1.1, 1.1, 120)  # the ground
    body = [(0.16, 0.46), (0.3, 0.4), (0.58, 0.42), (0.7, 0.36), (0.8, 0.46), (0.76, 0.64)]
    body += [(0.62, 0.66), (0.44, 0.6), (0.26, 0.62), (0.14, 0.56)]
    pad.poly(body)
    for (hx, hy), (kx, ky), (fx, fy) in (
        ((0.2, 0.56), (0.16, 0.71), (0.17, 0.83)),
        ((0.28, 0.57), (0.31, 0.71), (0.29, 0.83)),
        ((0.66, 0.6), (0.67, 0.72), (0.65, 0.83)),
        ((0.74, 0.58), (0.77, 0.71), (0.76, 0.83)),
    ):
        pad.line([(hx, hy), (kx, ky), (fx, fy)], 0.065)
        pad.oval(fx - 0.045, fy - 0.025, fx + 0.04, fy + 0.02)
    pad.line([(0.72, 0.46), (0.8, 0.36)], 0.16)  # the thick neck
    pad.oval(0.74, 0.2, 0.92, 0.38)  # the head
    pad.poly([(0.88, 0.24), (1.02, 0.27), (1.03, 0.31), (0.9, 0.33)])  # the muzzle
    pad.poly([(0.88, 0.33), (1.0, 0.34), (0.9, 0.38)])  # the open jaw
    pad.poly([(0.77, 0.24), (0.78, 0.12), (0.84, 0.21)])  # a pricked ear
    pad.line([(0.17, 0.48), (0.09, 0.38)], 0.035)  # the tail
    pad.line([(0.73, 0.38), (0.82, 0.45)], 0.035, 200)  # the collar
    for t in np.linspace(0.1, 0.9, 4):
        sx, sy = 0.73 + 0.09 * t, 0.38 + 0.07 * t
        pad.oval(sx - 0.01, sy - 0.01, sx + 0.01, sy + 0.01, WHITE)
    pad.oval(0.86, 0.25, 0.88, 0.27, WHITE)  # the eye
    if rng.random() < 0.5:
        pad.img = pad.img.transpose(Image.Transpose.FLIP_LEFT_RIGHT)
        return pad.done(), (0.0, 0.06, 0.9, 0.9)
    return pad.done(), (0.1, 0.06, 1.0, 0.9)


def church(direction: ArtDirection, rng: np.random.Generator) -> tuple[np.ndarray, Box]:
    """A church on a rise, black against a dark sky that pales at the horizon: the
    nave, a spire with its cross, lancet windows."""
    xs, ys = _grid()
    pad = Pad(0.2 + 0.7 * ys**2 + 0.15 * (_smoke(rng) - 0.5))
    pad.poly([(-0.1, 0.86), (0.3, 0.8), (0.7, 0.79), (1.1, 0.85), (1.1, 1.1), (-0.1, 1.1)])
    sx = float(rng.uniform(0.3, 0.4))
    pad.rect(sx - 0.08, 0.36, sx + 0.08, 0.84)  # the tower
    pad.poly([(sx - 0.09, 0.37), (sx, 0.1), (sx + 0.09, 0.37)])  # the spire
    pad.line([(sx, 0.11), (sx, 0.02)], 0.012)
    pad.line([(sx - 0.025, 0.045), (sx + 0.025, 0.045)], 0.012)  # the cross
    pad.poly(
        [
            (sx + 0.07, 0.84),
            (sx + 0.07, 0.56),
            (sx + 0.3, 0.44),
            (sx + 0.53, 0.56),
            (sx + 0.53, 0.84),
        ]
    )
    for i in range(4):  # lancet windows, pale
        wx = sx + 0.13 + i * 0.1
        pad.poly(
            [(wx, 0.76), (wx, 0.64), (wx + 0.02, 0.6), (wx + 0.04, 0.64), (wx + 0.04, 0.76)], 200
        )
    pad.poly(
        [
            (sx - 0.025, 0.55),
            (sx - 0.025, 0.47),
            (sx, 0.43),
            (sx + 0.025, 0.47),
            (sx + 0.025, 0.55),
        ],
        200,
    )
    return pad.done(), (sx - 0.12, 0.02, sx + 0.58, 0.88)


def figure(direction: ArtDirection, rng: np.random.Generator) -> tuple[np.ndarray, Box]:
    """A hooded figure standing alone in a lamp's cone of light on a dark street, black,
    its shadow long before it."""
    cx = float(rng.uniform(0.4, 0.6))
    xs, ys = _grid()
    cone = np.clip(1 - np.abs(xs - cx) / (0.08 + 0.38 * ys), 0, 1) ** 0.7
    pad = Pad(0.12 + 0.85 * cone * np.clip(ys + 0.2, 0, 1))
    foot = 0.88
    pad.poly(
        [(cx - 0.06, foot), (cx + 0.06, foot), (cx + 0.4, 1.05), (cx + 0.1, 1.05)], 60
    )  # the shadow
    hood = [
        (cx - 0.055, 0.33),
        (cx - 0.06, 0.26),
        (cx - 0.03, 0.21),
        (cx + 0.02, 0.2),
        (cx + 0.06, 0.25),
    ]
    hood += [(cx + 0.06, 0.33)]
    coat = [
        (cx - 0.06, 0.31),
        (cx - 0.14, 0.37),
        (cx - 0.15, 0.62),
        (cx - 0.11, 0.64),
        (cx - 0.09, 0.66),
    ]
    coat += [
        (cx + 0.09, 0.66),
        (cx + 0.11, 0.64),
        (cx + 0.15, 0.62),
        (cx + 0.14, 0.37),
        (cx + 0.06, 0.31),
    ]
    pad.poly(hood)
    pad.poly(coat)
    pad.line([(cx - 0.05, 0.64), (cx - 0.055, foot)], 0.055)
    pad.line([(cx + 0.05, 0.64), (cx + 0.06, foot)], 0.055)
    pad.oval(cx - 0.035, 0.245, cx + 0.03, 0.31, 45)  # the face lost in the hood
    return pad.done(), (cx - 0.17, 0.18, cx + 0.17, 0.92)


SUBJECTS = {
    "fist": fist,
    "crowd": crowd,
    "tower": tower,
    "barricade": barricade,
    "molotov": molotov,
    "dog": dog,
    "church": church,
    "figure": figure,
}
