"""The tube drawings of a neon sign: what a title names (a heart, a crescent moon, a
star, a sunset, a wave, a rose, a diamond, a crown, a rain cloud, a palm, an eye, a
lightning bolt, a cocktail glass; the moon and the sun each bent several ways).

A title that names none and cannot be bent itself hangs one of them by genre.

A drawing is a list of strokes in sign units (x right, y down, about -1..1): each a
polyline of points, the tube colour it is bent in (0, 1 or 2) and whether it closes.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from sleeve.engine import signals
from sleeve.engine.direction import ArtDirection
from sleeve.engine.styles.cover_parts.title_words import holds, motifs


@dataclass(frozen=True)
class Stroke:
    points: np.ndarray  # (n, 2) in sign units
    colour: int = 0
    closed: bool = False
    taper: float = 0.0  # the share of an open tube, at each end, drawn thinning out


Drawing = list[Stroke]

# subjects no title_words key names, read here only (a neon bar's classics)
# fmt: off
LOCAL_WORDS: dict[str, tuple[str, ...]] = {
    "palm": ("palm", "palms", "palma", "palmera", "tropical", "tropic", "miami", "paradise",
             "paraíso", "isla", "island", "caribe", "야자", "ヤシ"),
    "eye": ("eye", "eyes", "ojo", "ojos", "olho", "olhos", "глаз", "目", "눈빛", "عين"),
    "bolt": ("lightning", "thunder", "electric", "bolt", "volt", "voltage", "trueno", "rayo",
             "relámpago", "shock", "молни", "гром", "雷", "번개"),
    "cocktail": ("cocktail", "martini", "drink", "drinks", "tequila", "mezcal", "champagne",
                 "bebida", "copa", "copas", "trago", "tragos", "bar", "lounge", "칵테일"),
}
# fmt: on
# what the title names -> the drawing, first match wins (heart first: the sign bars hang)
NAMED = (
    ("heart", "heart"),
    ("cocktail", "cocktail"),
    ("palm", "palm"),
    ("bolt", "bolt"),
    ("eye", "eye"),
    ("diamond", "diamond"),
    ("crown", "crown"),
    ("flower", "rose"),
    ("cherry", "rose"),
    ("star", "star"),
    ("night", "moon"),
    ("sun", "sunset"),
    ("sea", "wave"),
    ("rain", "cloud"),
    ("cloud", "cloud"),
)
# the title_words subjects drawn (StyleInfo.subjects)
SUBJECTS = tuple(dict.fromkeys(k for k, _ in NAMED if k not in LOCAL_WORDS))
# the ring, the record, the quavers, the microphone and the frame round the title read
# as clip-art to both round-4 reviewers, the cassette to round 5's: a title that names
# nothing is itself the sign (neon_words) where it can be; else a bar's sign by genre
# the small trinkets the reviews called filler (a pulse line, chevrons, a zigzag in a
# box) and the coil of equal loops that read as humps, not handwriting: never drawn again
# the skyline read as "one empty orange zig-zag" (Brick by Brick) and "crude" to the
# closing reviewers: a city title gets a big abstract sign
# the wave of the energy curve, the cursive flourish and the giant arrow read as random
# squiggles to the round-2 reviewers: a title that names nothing gets a thing of music
RETIRED = ("pulse", "chevrons", "zigzag", "swoosh", "skyline", "swell", "flourish", "arrow",
           "rings", "record", "note", "mic", "border", "cassette")  # fmt: skip


def named_drawing(title: str) -> str:
    """The drawing the title names (NAMED), or "" for none."""
    words = set(motifs(title))
    text = title.lower()
    words |= {k for k, stems in LOCAL_WORDS.items() if any(holds(text, s) for s in stems)}
    return next((drawing for word, drawing in NAMED if word in words), "")


def arc(cx: float, cy: float, r: float, a0: float, a1: float, n: int = 48, ry: float = 0):
    t = np.radians(np.linspace(a0, a1, n))
    return np.stack([cx + r * np.cos(t), cy + (ry or r) * np.sin(t)], 1)


def _line(*pts: tuple[float, float]) -> np.ndarray:
    return np.asarray(pts, np.float64)


def _spline(ctrl: list[tuple[float, float]], n: int = 200) -> np.ndarray:
    """A smooth curve through the control points (centripetal-free Catmull-Rom)."""
    p = np.asarray(ctrl, np.float64)
    p = np.concatenate([2 * p[:1] - p[1:2], p, 2 * p[-1:] - p[-2:-1]])
    seg = len(p) - 3
    t = np.linspace(0.0, seg, n, endpoint=False)
    i = np.minimum(t.astype(np.intp), seg - 1)
    u = (t - i)[:, None]
    p0, p1, p2, p3 = p[i], p[i + 1], p[i + 2], p[i + 3]
    out = 0.5 * (
        2 * p1 + (p2 - p0) * u + (2 * p0 - 5 * p1 + 4 * p2 - p3) * u**2
        + (3 * p1 - p0 - 3 * p2 + p3) * u**3
    )  # fmt: skip
    return np.concatenate([out, p[-2:-1]])


def heart(rng: np.random.Generator, music: np.ndarray) -> Drawing:
    t = np.linspace(0, 2 * np.pi, 120)
    x = 16 * np.sin(t) ** 3
    y = -(13 * np.cos(t) - 5 * np.cos(2 * t) - 2 * np.cos(3 * t) - np.cos(4 * t))
    pts = np.stack([x / 17.0, (y + 2.5) / 17.0], 1)
    out = [Stroke(pts, 0, True)]
    kind = int(rng.integers(3))
    if kind == 0:  # an echo heart inside
        out.append(Stroke(pts * 0.62 + [0.0, -0.04], 1, True))
    elif kind == 1:  # an arrow through it
        out.append(Stroke(_line((-1.15, 0.55), (1.1, -0.6)), 1))
        out.append(Stroke(_line((0.82, -0.62), (1.1, -0.6), (1.02, -0.34)), 1))
        out.append(Stroke(_line((-1.15, 0.55), (-1.0, 0.32)), 1))
    else:  # a beat line across it, the song's energy
        xs = np.linspace(-1.2, 1.2, 40)
        ys = 0.05 - 0.5 * (signals.resample(music, 40) - 0.5) * np.hanning(40) * 2
        out.append(Stroke(np.stack([xs, ys], 1), 1))
    return out


def moon(rng: np.random.Generator, music: np.ndarray, variant: int = -1) -> Drawing:
    """A crescent with a star, a full moon with its craters, or a crescent behind a
    drifting cloud: two night songs do not hang the same moon."""
    variant = int(rng.integers(3)) if variant < 0 else variant % 3
    if variant == 1:  # the full moon, craters and a ring of shine
        out = [Stroke(arc(0, 0, 0.95, 0, 360, 90), 0, True)]
        for x, y, r in ((-0.3, -0.3, 0.22), (0.35, 0.1, 0.15), (-0.1, 0.45, 0.12)):
            out.append(Stroke(arc(x, y, r, 0, 360, 24), 1, True))
        out.append(Stroke(arc(0, 0, 1.18, 200, 250, 20), 2))
        out.append(Stroke(arc(0, 0, 1.18, 20, 70, 20), 2))
        return out
    outer = arc(0, 0, 0.9, 60, 300, 70)
    inner = arc(0.38, 0, 0.783, 275, 85, 60)
    crescent = np.concatenate([outer, inner])
    if variant == 2:  # a crescent, a long cloud drifting across its foot
        c = np.concatenate(
            [
                arc(-0.45, 0.55, 0.28, 90, 270, 18),
                arc(-0.05, 0.35, 0.36, 190, 330, 18),
                arc(0.5, 0.5, 0.3, 240, 450, 20),
            ]
        )
        c = np.concatenate([c, _line((0.5, 0.8), (-0.45, 0.83))])
        return [Stroke(crescent * 1.05 + [0.1, -0.25], 0, True), Stroke(c + [0.2, 0.0], 1, True)]
    star = _star_points(0.62, -0.55, 0.2, 0.08)
    return [Stroke(crescent, 0, True), Stroke(star, 1, True)]


def _star_points(cx: float, cy: float, r: float, r2: float, n: int = 5) -> np.ndarray:
    a = np.radians(np.arange(2 * n) * 180 / n - 90)
    rad = np.where(np.arange(2 * n) % 2 == 0, r, r2)
    return np.stack([cx + rad * np.cos(a), cy + rad * np.sin(a)], 1)


def star(rng: np.random.Generator, music: np.ndarray) -> Drawing:
    out = [Stroke(_star_points(0, 0.05, 1.0, 0.42), 0, True)]
    if rng.random() < 0.5:
        out.append(Stroke(_star_points(0, 0.05, 0.55, 0.23), 1, True))
    else:  # sparkle lines
        for a in (200, 235, 305, 340):
            c, s = np.cos(np.radians(a)), np.sin(np.radians(a))
            out.append(Stroke(_line((1.15 * c, 1.15 * s + 0.05), (1.4 * c, 1.4 * s + 0.05)), 1))
    return out


def sunset(rng: np.random.Generator, music: np.ndarray, variant: int = -1) -> Drawing:
    """A half sun with rays over the horizon's bars, a whole sun ringed with rays, a
    half sun sinking into waves, or a sunset behind a palm: two sun songs differ."""
    variant = int(rng.integers(4)) if variant < 0 else variant % 4
    if variant == 1:  # the whole sun, twelve rays, long and short
        out = [Stroke(arc(0, 0, 0.55, 0, 360, 72), 0, True)]
        out.append(Stroke(arc(0, 0, 0.32, 0, 360, 40), 2, True))
        for k, a in enumerate(np.arange(12) * 30.0 + 15.0):
            c, s = np.cos(np.radians(a)), np.sin(np.radians(a))
            r1 = 1.05 if k % 2 else 0.9
            out.append(Stroke(_line((0.7 * c, 0.7 * s), (r1 * c, r1 * s)), 1))
        return out
    out = [Stroke(arc(0, 0.25, 0.75, 180, 360, 50), 0)]
    if variant == 2:  # sinking into the sea: two waves across its foot
        xs = np.linspace(-1.15, 1.15, 60)
        for k in range(2):
            ys = 0.32 + 0.22 * k + 0.07 * np.sin(xs * 7.0 + 1.3 * k)
            out.append(Stroke(np.stack([xs * (1 - 0.15 * k), ys], 1), 1 + k))
        return out
    if variant == 3:  # a palm leaning in front of it, one horizon
        out.append(Stroke(_line((-1.2, 0.25), (1.2, 0.25)), 2))
        trunk = np.stack([0.55 + 0.2 * np.linspace(0, 1, 20) ** 2, np.linspace(0.25, -0.6, 20)], 1)
        out.append(Stroke(trunk, 1))
        tx, ty = trunk[-1]
        for a, length in ((-170, 0.55), (-125, 0.5), (-55, 0.5), (-10, 0.55)):
            u = np.linspace(0, 1, 14)
            ang = np.radians(a)
            x = tx + length * u * np.cos(ang)
            y = ty + length * u * np.sin(ang) + 0.3 * u**2 * length
            out.append(Stroke(np.stack([x, y], 1), 1))
        return out
    for a in np.linspace(195, 345, 7):
        c, s = np.cos(np.radians(a)), np.sin(np.radians(a))
        out.append(Stroke(_line((0.92 * c, 0.25 + 0.92 * s), (1.18 * c, 0.25 + 1.18 * s)), 1))
    for k, w in enumerate((1.0, 0.75, 0.5)):
        y = 0.4 + 0.18 * k
        out.append(Stroke(_line((-w, y), (w, y)), 2 if k else 0))
    return out


def wave(rng: np.random.Generator, music: np.ndarray) -> Drawing:
    out = []
    xs = np.linspace(-1.1, 1.1, 80)
    loud = float(np.mean(music))  # a loud song's sea runs higher
    for k in range(3):
        amp = (0.12 + 0.2 * loud) * (1.0 - 0.22 * k)
        ys = -0.4 + 0.38 * k + amp * np.sin(xs * (3.2 + 0.4 * k) + k)
        out.append(Stroke(np.stack([xs, ys], 1), k % 2))
    return out


def rose(rng: np.random.Generator, music: np.ndarray) -> Drawing:
    """A rose as neon bends one: a wide cup of petals, a spiral heart, a short stem and
    two leaves spread wide (as wide as it is tall, so it fills its sign)."""
    cup = np.concatenate(
        [
            arc(-0.42, -0.42, 0.28, 160, 320, 18),
            arc(0.0, -0.55, 0.3, 200, 340, 18),
            arc(0.42, -0.42, 0.28, 220, 380, 18),
            arc(0.0, -0.3, 0.7, 10, 170, 40),
        ]
    )
    turns = np.linspace(0, 3.2 * np.pi, 70)
    spiral = np.stack(
        [0.05 + 0.06 * turns * np.cos(turns + 1), -0.3 + 0.045 * turns * np.sin(turns + 1)], 1
    )
    t = np.linspace(0, 1, 24)
    stem = np.stack([0.06 * np.sin(t * 3), 0.4 + 0.6 * t], 1)
    out = [Stroke(cup, 0, True), Stroke(spiral, 0), Stroke(stem, 2)]
    for side in (-1.0, 1.0):
        leaf = np.concatenate(
            [arc(0.0, 0.0, 0.45, 200, 340, 16, 0.16), arc(0.0, 0.0, 0.45, 20, 160, 16, 0.16)]
        )
        c, s = np.cos(side * 0.45), np.sin(side * 0.45)
        leaf = np.stack([leaf[:, 0] * c - leaf[:, 1] * s, leaf[:, 0] * s + leaf[:, 1] * c], 1)
        out.append(Stroke(leaf + [side * 0.5, 0.62 - 0.08 * side], 2, True))
    return out


def diamond(rng: np.random.Generator, music: np.ndarray) -> Drawing:
    top, girdle, tip = -0.55, -0.15, 0.9
    outline = _line((-0.55, top), (0.55, top), (1.0, girdle), (0, tip), (-1.0, girdle))
    out = [Stroke(outline, 0, True), Stroke(_line((-1.0, girdle), (1.0, girdle)), 1)]
    out.append(Stroke(_line((-0.55, top), (-0.3, girdle), (0, tip)), 1))
    out.append(Stroke(_line((0.55, top), (0.3, girdle), (0, tip)), 1))
    return out


def crown(rng: np.random.Generator, music: np.ndarray) -> Drawing:
    body = _line(
        (-0.9, 0.5), (-1.0, -0.45), (-0.5, 0.0), (0, -0.6), (0.5, 0.0), (1.0, -0.45), (0.9, 0.5)
    )
    out = [Stroke(body, 0, True), Stroke(_line((-0.9, 0.72), (0.9, 0.72)), 1)]
    for x, y in ((-1.0, -0.62), (0, -0.78), (1.0, -0.62)):
        out.append(Stroke(arc(x, y, 0.1, 0, 360, 16), 1, True))
    return out


def cloud(rng: np.random.Generator, music: np.ndarray) -> Drawing:
    parts = [
        arc(-0.55, -0.05, 0.35, 90, 270, 20),
        arc(-0.15, -0.3, 0.42, 180, 330, 22),
        arc(0.4, -0.15, 0.42, 230, 420, 24),
    ]
    outline = np.concatenate(parts + [_line((0.45, 0.27), (-0.55, 0.3))])
    out = [Stroke(outline, 0, True)]
    for i, x in enumerate((-0.5, -0.1, 0.3, 0.65)):
        y = 0.5 + 0.12 * (i % 2)
        out.append(Stroke(_line((x, y), (x - 0.12, y + 0.3)), 1))
    return out


def _leaf(spine: np.ndarray, width: float) -> np.ndarray:
    """A closed leaf outline round `spine` (n, 2): widest at its middle, pointed at
    both ends."""
    d = np.gradient(spine, axis=0)
    normal = np.stack([-d[:, 1], d[:, 0]], 1) / np.maximum(np.hypot(*d.T), 1e-9)[:, None]
    half = width * np.sin(np.linspace(0.0, np.pi, len(spine))) ** 0.7
    return np.concatenate([spine + normal * half[:, None], (spine - normal * half[:, None])[::-1]])


def palm(rng: np.random.Generator, music: np.ndarray) -> Drawing:
    """A palm as a neon bar bends one: a leaning trunk of two tubes ringed with
    segments, a crown of five to seven drooping leaves (each a closed tube, widest at
    its middle) and a low island under it."""
    t = np.linspace(0, 1, 30)
    lean = float(rng.uniform(0.2, 0.35))
    spine = np.stack([lean * t**2 - 0.1, 0.75 - 1.4 * t], 1)
    half = (0.09 - 0.04 * t)[:, None] * [1.0, 0.0]
    trunk = np.concatenate([spine - half, (spine + half)[::-1]])
    out = [Stroke(trunk, 1, True)]
    for k in range(1, 5):  # the trunk's rings
        x, y = spine[k * 6]
        w = 0.09 - 0.04 * k * 6 / 29
        out.append(Stroke(_line((x - w, y + 0.03), (x + w, y - 0.03)), 1))
    tx, ty = spine[-1]
    count = int(rng.integers(5, 8))
    for a in np.linspace(-172.0, -8.0, count) + rng.uniform(-6.0, 6.0, count):
        side = abs(a + 90.0) / 90.0  # 0 up, 1 sideways: the side leaves droop more
        length = 0.7 + 0.25 * side
        s = np.linspace(0, 1, 24)
        ang = np.radians(a)
        x = tx + length * s * np.cos(ang)
        y = ty + length * s * np.sin(ang) + (0.25 + 0.7 * side) * length * s**2
        out.append(Stroke(_leaf(np.stack([x, y], 1), 0.1 + 0.04 * side), 0, True))
    out.append(Stroke(arc(0.05, 0.78, 0.7, 190, 350, 30, 0.16), 2))
    return out


def eye(rng: np.random.Generator, music: np.ndarray) -> Drawing:
    upper = arc(0, 0.75, 1.25, 233, 307, 40)
    lower = arc(0, -0.75, 1.25, 53, 127, 40)
    out = [Stroke(np.concatenate([upper, lower]), 0, True)]
    out.append(Stroke(arc(0, 0, 0.3, 0, 360, 30), 1, True))
    out.append(Stroke(arc(0, 0, 0.09, 0, 360, 14), 1, True))
    for a in (235, 255, 270, 285, 305):
        c, s = np.cos(np.radians(a)), np.sin(np.radians(a))
        out.append(Stroke(_line((0.62 * c, 0.3 + 0.62 * s), (0.85 * c, 0.3 + 0.85 * s)), 2))
    return out


def bolt(rng: np.random.Generator, music: np.ndarray) -> Drawing:
    pts = _line(
        (0.2, -1.0),
        (-0.55, 0.12),
        (-0.02, 0.12),
        (-0.25, 1.0),
        (0.6, -0.2),
        (0.05, -0.2),
        (0.4, -1.0),
    )
    out = [Stroke(pts, 0, True)]
    for (x0, y0), (x1, y1) in (((-0.7, -0.55), (-0.95, -0.7)), ((0.75, 0.35), (1.0, 0.5))):
        out.append(Stroke(_line((x0, y0), (x1, y1)), 1))
    return out


def cocktail(rng: np.random.Generator, music: np.ndarray) -> Drawing:
    glass = _line((-0.75, -0.65), (0.75, -0.65), (0, 0.15))
    out = [Stroke(glass, 0, True), Stroke(_line((0, 0.15), (0, 0.75)), 0)]
    out.append(Stroke(_line((-0.4, 0.78), (0.4, 0.78)), 0))
    out.append(Stroke(_line((-0.45, -0.42), (0.45, -0.42)), 1))  # the drink's level
    out.append(Stroke(_line((0.55, -1.05), (0.05, -0.3)), 2))  # a stick
    out.append(Stroke(arc(0.38, -0.8, 0.12, 0, 360, 18), 2, True))  # the olive
    return out


VARIANTS = {"moon": 3, "sunset": 4}

DRAWINGS = {
    "heart": heart,
    "moon": moon,
    "star": star,
    "sunset": sunset,
    "wave": wave,
    "rose": rose,
    "diamond": diamond,
    "crown": crown,
    "cloud": cloud,
    "palm": palm,
    "eye": eye,
    "bolt": bolt,
    "cocktail": cocktail,
}


def extent(drawing: Drawing, turn: float = 0.0) -> tuple[float, float, float, float]:
    """The drawing's box in sign units once turned by `turn` radians."""
    pts = np.concatenate([s.points for s in drawing])
    c, s = np.cos(turn), np.sin(turn)
    x = pts[:, 0] * c - pts[:, 1] * s
    y = pts[:, 0] * s + pts[:, 1] * c
    return float(x.min()), float(y.min()), float(x.max()), float(y.max())


def music_curve(direction: ArtDirection) -> np.ndarray:
    return np.asarray(signals.energy(direction, 64), np.float64)
