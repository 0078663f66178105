"""Mono grain's photogram: things laid on photographic paper and exposed, printed
white on black (dark on pale in a high key). What lies on the paper comes from the
title where it names something drawable (Gravel Road Home: a house key among gravel;
Salt Flats: salt crystals; a hand, a flower, a shell, lace, a leaf, a feather), else
from a set chosen by the seed and the genre; how it lies comes from the song: one
object large and bleeding off an edge (a sparse song), a row of three or four like
specimens (the row's rhythm from the tempo), or a scatter (a dense song), each at its
own angle, place and scale.

Two covers of the catalogue once got the same fern in the same place (Salt Flats at
4 A.M. and Gravel Road Home): a fern fits neither song.

Same contract as mono_prints: a grey tone field at RES, a focal box and no spot; the
title's band (`side`) stays black paper."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from PIL import Image, ImageDraw

from sleeve.engine import raster, signals
from sleeve.engine.direction import ArtDirection
from sleeve.engine.styles.base import Box
from sleeve.engine.styles.cover_parts.mono_prints import _blur, _box
from sleeve.engine.styles.cover_parts.mono_scenes import RES, Grid, energy_line

Print = tuple[np.ndarray, Box, np.ndarray | None]
SCALE = RES * 2  # the objects are drawn at twice RES and boxed down (smooth edges)

# what a title names, by word (Latin scripts) or by character (CJK, Hangul)
NAMED: dict[str, str] = {
    "key": r"home|house|door|doors|key|keys|lock|room|hotel|apartment|casa|maison|haus|дом",
    "stones": r"gravel|road|roads|path|stone|stones|rock|rocks|pebbles?|street|route|camino"
    r"|calle|strada|straße|дорога",
    "crystals": r"salt|sand|snow|ice|frost|crystals?|glass|sugar|quartz|снег",
    # a quill for letters
    "feather": r"feathers?|birds?|wings?|angels?|fly|flight|dove|crow|raven|swan|quill|letters?"
    r"|птица",
    "leaf": r"leaf|leaves|autumn|fall|tree|trees|forest|grove|otoño|herbst|осень",
    "hand": r"hand|hands|touch|hold|palm|fingers?|manos?|mains?|hände|рука",
    "flower": r"flowers?|roses?|bloom|blossoms?|petals?|daisy|lily|garden|spring|flor|flores"
    r"|fleurs?|blumen?|цветы",
    "lace": r"lace|veil|wedding|bride|dress|silk|velvet|doily|кружево",
    "shell": r"shells?|sea|ocean|beach|shore|tide|waves?|coast|island|mar|mer|meer|море"
    r"|θάλασσα",
    "fern": r"ferns?|moss|jungle|green|wild",
}
_WORD = {k: re.compile(rf"(?<!\w)(?:{v})(?!\w)", re.IGNORECASE) for k, v in NAMED.items()}
# scripts without spaces between words: the characters themselves
CHARS = {
    "key": "家집", "stones": "路길", "crystals": "雪塩", "feather": "羽", "leaf": "葉秋가을",
    "hand": "手손", "flower": "花桜꽃", "shell": "海貝바다",
}  # fmt: skip
# small, many: these lie as a scatter (or drift across the paper like a road)
GRAINS = ("stones", "crystals")
# how wide each object lies for its length (rows and scatters keep them apart)
WIDTH = {
    "key": 0.4, "leaf": 0.6, "flower": 0.5, "hand": 0.7, "shell": 1.3, "lace": 1.0,
    "fern": 0.55, "feather": 0.45,
}  # fmt: skip
THIN = ("key", "fern", "feather")  # long thin things scatter fewer and larger
# objects for a title that names none, by genre family (anything else: DEFAULT)
DEFAULT = {
    "fern": 1.0, "feather": 1.0, "leaf": 1.0, "flower": 1.0, "key": 0.8, "hand": 0.8,
    "lace": 0.8, "shell": 0.8, "crystals": 0.5, "stones": 0.5,
}  # fmt: skip
FAMILY = {
    "punk": {"hand": 2.0, "key": 2.0, "stones": 1.0, "feather": 0.6, "leaf": 0.6},
    "electronic": {"key": 1.5, "crystals": 1.5, "stones": 1.0, "feather": 1.0, "hand": 0.8,
                   "fern": 0.6},
    "children": {"leaf": 2.0, "flower": 2.0, "shell": 2.0, "hand": 1.5, "feather": 1.0},
    "classical": {"lace": 1.5, "feather": 1.2, "flower": 1.0, "fern": 0.7, "leaf": 1.0,
                  "shell": 0.8, "hand": 0.8},
    "ambient": {"feather": 1.2, "leaf": 1.0, "shell": 1.0, "crystals": 1.0, "fern": 0.8,
                "lace": 0.6},
}  # fmt: skip


def named(title: str) -> list[str]:
    """The drawable things a title names, in the order it names them."""
    found = []
    for name, pattern in _WORD.items():
        m = pattern.search(title)
        if m is None and name in CHARS:
            m = re.search(f"[{CHARS[name]}]", title)
        if m is not None:
            found.append((m.start(), name))
    return [name for _, name in sorted(found)]


@dataclass(frozen=True)
class Plan:
    """What lies on the paper: the main object and how it lies ("single", "row" or
    "scatter"), and an optional second thing (grains around it)."""

    thing: str
    arrangement: str
    grains: str = ""


def plan(direction: ArtDirection) -> Plan:
    """The photogram's objects: the title's (the first thing it names; gravel or salt
    it also names lie around it), else one drawn by the seed from the genre's set; the
    arrangement from the song's density (dense: a scatter; sparse: one large)."""
    rng = raster.rng_for(direction, "mono-photogram")
    things = named(direction.title)
    if things:
        thing = next((t for t in things if t not in GRAINS), things[0])
        grains = next((t for t in things if t in GRAINS and t != thing), "")
    else:
        table = FAMILY.get(direction.genre, DEFAULT)
        names = sorted(table)
        p = np.array([table[n] for n in names])
        thing, grains = names[int(rng.choice(len(names), p=p / p.sum()))], ""
    if thing in GRAINS:
        return Plan(thing, "drift" if rng.random() < 0.5 else "scatter")
    d = direction.density
    weights = np.array([0.4 + 1.0 * (1 - d), 0.8, 0.2 + 0.9 * d])
    if grains:  # the key lies large among the gravel
        weights = np.array([1.0, 0.0, 0.0])
    arrangement = ("single", "row", "scatter")[int(rng.choice(3, p=weights / weights.sum()))]
    return Plan(thing, arrangement, grains)


class Pen:
    """Draws shapes given in an object's own frame (its long axis along y, -0.5 at the
    top, 0.5 at the foot) at a centre, size and angle on the big canvas."""

    def __init__(
        self, draw: ImageDraw.ImageDraw, at: tuple[float, float, float, float], density: float
    ) -> None:
        cx, cy, size, angle = at
        self.draw, self.cx, self.cy, self.size, self.density = draw, cx, cy, size, density
        self.c, self.s = float(np.cos(angle)), float(np.sin(angle))

    def pts(self, xy: np.ndarray) -> list[tuple[float, float]]:
        xy = np.asarray(xy, np.float64).reshape(-1, 2)
        x = xy[:, 0] * self.c - xy[:, 1] * self.s
        y = xy[:, 0] * self.s + xy[:, 1] * self.c
        return list(zip((self.cx + x * self.size) * SCALE, (self.cy + y * self.size) * SCALE,
                        strict=True))  # fmt: skip

    def poly(self, xy: np.ndarray, fill: int) -> None:
        self.draw.polygon(self.pts(xy), fill=fill)

    def line(self, xy: np.ndarray, fill: int, width: float) -> None:
        self.draw.line(self.pts(xy), fill=fill, width=max(1, round(width * self.size * SCALE)))

    def ellipse(self, x: float, y: float, rx: float, ry: float, fill: int, turn: float = 0.0):
        self.poly(_ellipse(x, y, rx, ry, turn), fill)


def _ellipse(x: float, y: float, rx: float, ry: float, turn: float = 0.0, n: int = 28):
    t = np.linspace(0, 2 * np.pi, n, endpoint=False)
    ex, ey = rx * np.cos(t), ry * np.sin(t)
    c, s = np.cos(turn), np.sin(turn)
    return np.stack([x + ex * c - ey * s, y + ex * s + ey * c], axis=1)


def _capsule(x0: float, y0: float, x1: float, y1: float, r: float) -> np.ndarray:
    """A stadium from (x0, y0) to (x1, y1), `r` wide each side (a finger)."""
    a = np.arctan2(y1 - y0, x1 - x0)
    cap = np.linspace(-np.pi / 2, np.pi / 2, 10)
    tip = np.stack([x1 + r * np.cos(a + cap), y1 + r * np.sin(a + cap)], axis=1)
    base = np.stack([x0 + r * np.cos(a + np.pi + cap), y0 + r * np.sin(a + np.pi + cap)], axis=1)
    return np.concatenate([tip, base])


def key(pen: Pen, rng: np.random.Generator, song: np.ndarray) -> None:
    """A house key: a round bow with its hole, a collar, a blade cut with the song's
    bitting on one edge."""
    pen.ellipse(0, -0.33, 0.18, 0.17, 255)
    pen.ellipse(0, -0.4, 0.055, 0.055, 0)
    pen.poly(np.array([(-0.07, -0.19), (0.07, -0.19), (0.07, -0.14), (-0.07, -0.14)]), 255)
    edge = [(0.045, -0.15), (0.045, 0.08)]
    cuts = 5
    for k in range(cuts):  # the bitting: each cut as deep as the song at its place
        y = 0.1 + k * 0.075
        depth = 0.02 + 0.05 * float(song[int(k / cuts * (len(song) - 1))])
        edge += [(0.045 + depth, y), (0.045 + depth, y + 0.025), (0.045, y + 0.06)]
    blade = [(-0.045, -0.15), *edge, (0.045, 0.47), (0.0, 0.5), (-0.045, 0.47)]
    pen.poly(np.array(blade), 255)
    pen.line(np.array([(-0.012, -0.12), (-0.012, 0.44)]), 150, 0.012)  # the groove


def leaf(pen: Pen, rng: np.random.Generator, song: np.ndarray) -> None:
    """A leaf: an ovate blade with a toothed edge, translucent, its midrib and veins
    whiter, on a short stalk."""
    t = np.linspace(0, 1, 60)
    teeth = 1 + 0.05 * np.abs(np.sin(t * np.pi * (9 + 4 * rng.random())))
    half = 0.27 * np.sin(np.pi * t) ** 0.75 * (1.15 - 0.45 * t) * teeth
    y = -0.38 + 0.88 * t[::-1]  # the base low, the tip high
    pen.poly(np.concatenate([np.stack([half, y], 1), np.stack([-half, y], 1)[::-1]]), 205)
    pen.line(np.array([(0, 0.62), (0, -0.36)]), 255, 0.014)
    for k in range(1, 8):  # side veins toward the tip
        ty = 0.5 - 0.88 * k / 8.5
        w = 0.27 * np.sin(np.pi * k / 8.5) ** 0.75
        for s in (-1, 1):
            pen.line(np.array([(0, ty), (s * 0.85 * w, ty - 0.12)]), 245, 0.006)


def flower(pen: Pen, rng: np.random.Generator, song: np.ndarray) -> None:
    """A daisy on its stem: a ring of translucent petals (as many as the song is dense),
    a bright heart, a leaf on the stem."""
    head, r = (0.0, -0.22), 0.27
    petals = 10 + int(rng.integers(0, 6))
    turn0 = rng.uniform(0, np.pi)
    stem = np.array([(0.0, -0.2), (0.03, 0.15), (0.0, 0.5)])
    pen.line(stem, 240, 0.018)
    pen.poly(np.array([(0.02, 0.18), (0.16, 0.05), (0.2, 0.0), (0.1, 0.12)]), 220)
    for k in range(petals):
        a = turn0 + 2 * np.pi * k / petals
        pen.poly(_ellipse(head[0] + 0.55 * r * np.cos(a), head[1] + 0.55 * r * np.sin(a),
                          0.5 * r, 0.17 * r, a), 200)  # fmt: skip
    pen.ellipse(*head, 0.34 * r, 0.34 * r, 255)


def hand(pen: Pen, rng: np.random.Generator, song: np.ndarray) -> None:
    """A hand laid flat, fingers spread (wider for a louder song), the wrist running
    on out of the object's frame."""
    spread = 0.7 + 0.6 * float(song.mean())
    pen.ellipse(0.0, 0.12, 0.17, 0.2, 255)
    pen.poly(np.array([(-0.12, 0.2), (0.13, 0.2), (0.12, 0.7), (-0.11, 0.7)]), 255)
    for bx, angle, length in ((-0.115, -0.3, 0.27), (-0.04, -0.1, 0.33), (0.04, 0.08, 0.31),
                              (0.115, 0.26, 0.25)):  # fmt: skip
        a = angle * spread - np.pi / 2
        pen.poly(_capsule(bx, 0.0, bx + length * np.cos(a), length * np.sin(a), 0.042), 255)
    a = -0.55 * spread + 0.1  # the thumb, out to the side
    pen.poly(_capsule(0.13, 0.18, 0.13 + 0.24 * np.cos(a), 0.18 + 0.24 * np.sin(a), 0.048), 255)


def shell(pen: Pen, rng: np.random.Generator, song: np.ndarray) -> None:
    """A scallop shell: a ribbed fan with a scalloped rim and two ears at the hinge."""
    ribs = 13 + int(rng.integers(0, 6))
    a = np.linspace(-0.95, 0.95, 120)
    rim = 0.8 * (1 - 0.035 * np.abs(np.sin(a * ribs * np.pi / 1.9)))
    hinge = (0.0, 0.42)
    edge = np.stack([hinge[0] + rim * np.sin(a), hinge[1] - rim * np.cos(a)], 1)
    pen.poly(np.array([(-0.17, 0.32), (0.17, 0.32), (0.12, 0.47), (-0.12, 0.47)]), 225)
    pen.poly(np.concatenate([[hinge], edge]), 225)
    for k in range(ribs + 1):
        b = -0.95 + 1.9 * (k + 0.5) / (ribs + 1)
        pen.line(np.array([hinge, (0.78 * np.sin(b), hinge[1] - 0.78 * np.cos(b))]), 140, 0.01)


def lace(pen: Pen, rng: np.random.Generator, song: np.ndarray) -> None:
    """A lace doily: a scalloped disc of thread (half the light through), rings of
    holes, white threads, a rosette at the heart."""
    t = np.linspace(0, 2 * np.pi, 160, endpoint=False)
    scallops = 18 + 2 * int(rng.integers(0, 5))
    r = 0.5 * (1 - 0.05 * np.abs(np.sin(t * scallops / 2)))
    pen.poly(np.stack([r * np.cos(t), r * np.sin(t)], 1), 150)
    for ring, count, hole in ((0.41, scallops, 0.03), (0.3, scallops // 2 + 3, 0.04),
                              (0.19, 8, 0.035)):  # fmt: skip
        pen.line(_ring(ring + hole + 0.015), 255, 0.01)
        for k in range(count):
            a = 2 * np.pi * (k + 0.5 * (ring < 0.35)) / count
            pen.ellipse(ring * np.cos(a), ring * np.sin(a), hole, hole, 0)
    for k in range(8):
        a = 2 * np.pi * k / 8
        pen.poly(_ellipse(0.07 * np.cos(a), 0.07 * np.sin(a), 0.06, 0.025, a), 255)


def _ring(r: float) -> np.ndarray:
    t = np.linspace(0, 2 * np.pi, 60)
    return np.stack([r * np.cos(t), r * np.sin(t)], 1)


def crystal(pen: Pen, rng: np.random.Generator, song: np.ndarray) -> None:
    """A salt crystal, a little cube seen on its corner: three faces, light to grey."""
    h = 0.5 * np.sqrt(3) / 2
    top = np.array([(0, -0.5), (h, -0.25), (0, 0), (-h, -0.25)])
    left = np.array([(-h, -0.25), (0, 0), (0, 0.5), (-h, 0.25)])
    right = np.array([(0, 0), (h, -0.25), (h, 0.25), (0, 0.5)])
    pen.poly(top, 255)
    pen.poly(left, 200)
    pen.poly(right, 150)


def stone(pen: Pen, rng: np.random.Generator, song: np.ndarray) -> None:
    """A piece of gravel: an irregular rounded pebble."""
    t = np.linspace(0, 2 * np.pi, 14, endpoint=False)
    r = 0.5 * (1 + 0.22 * rng.standard_normal(14))
    r = np.convolve(np.concatenate([r[-2:], r, r[:2]]), np.ones(3) / 3, "same")[2:-2]
    pen.poly(np.stack([0.8 * r * np.cos(t), r * np.sin(t)], 1), 255)


def _spine_object(kind: str) -> Callable:
    def draw(pen: Pen, rng: np.random.Generator, song: np.ndarray) -> None:
        bow = rng.uniform(-0.18, 0.18)
        t = np.linspace(0, 1, 64)
        local = np.stack([bow * np.sin(np.pi * t), 0.55 - 1.05 * t], 1)  # stalk at the foot
        pts = np.array(pen.pts(local)) / SCALE
        tan = np.gradient(pts, axis=0)
        tan /= np.maximum(np.linalg.norm(tan, axis=1, keepdims=True), 1e-9)
        song64 = signals.resample(song, 64)
        (_frond if kind == "fern" else _feather)(
            pen.draw, pts, tan, song64, pen.size / 1.1, pen.density, rng
        )

    return draw


OBJECTS: dict[str, Callable] = {
    "key": key, "leaf": leaf, "flower": flower, "hand": hand, "shell": shell, "lace": lace,
    "crystals": crystal, "stones": stone, "fern": _spine_object("fern"),
    "feather": _spine_object("feather"),
}  # fmt: skip


def _frond(
    draw: ImageDraw.ImageDraw, pts: np.ndarray, tan: np.ndarray, song: np.ndarray, k: float,
    density: float, rng: np.random.Generator,
) -> None:  # fmt: skip
    """A fern frond along the spine (frame coordinates): lobed leaflets in alternate
    pairs, each as long as the song is loud at its place on the stem, tapering to the
    tip; `k` scales it (1: a frond across the frame)."""
    n = len(pts)
    count = 14 + round(8 * density)
    reach = 0.25 * k
    for j in range(count):
        t = (j + 0.5) / count
        i = min(int(t * (n - 1)), n - 1)
        (x, y), (ux, uy) = pts[i], tan[i]
        taper = np.sin(np.pi * min(0.12 + 0.88 * t, 1.0)) ** 0.6 * (1.15 - 0.5 * t)
        length = reach * taper * (0.5 + 0.5 * float(song[i]))
        for sign in (1, -1):
            nx, ny = -uy * sign, ux * sign  # the leaflet points out and toward the tip
            a = np.arctan2(ny, nx) + sign * -0.55 + rng.uniform(-0.06, 0.06) * sign
            lx, ly = np.cos(a), np.sin(a)
            s = np.linspace(0, 1, 24)
            lobes = 0.62 + 0.38 * np.abs(np.sin(np.pi * s * (4 + round(3 * density))))
            half = 0.22 * length * np.sin(np.pi * np.clip(s * 0.95 + 0.05, 0, 1)) ** 0.7 * lobes
            mx, my = x + lx * length * s, y + ly * length * s
            left = list(zip(mx - ly * half, my + lx * half, strict=True))
            right = list(zip(mx + ly * half, my - lx * half, strict=True))
            draw.polygon([(px * SCALE, py * SCALE) for px, py in left + right[::-1]], 235)
    w = max(2, round(0.006 * k * SCALE))
    draw.line([(px * SCALE, py * SCALE) for px, py in pts], 250, width=w)


def _feather(
    draw: ImageDraw.ImageDraw, pts: np.ndarray, tan: np.ndarray, song: np.ndarray, k: float,
    density: float, rng: np.random.Generator,
) -> None:  # fmt: skip
    """A feather along the spine: a vane of fine barbs swept toward the tip, as wide
    as the song is loud there and split open in a few places; translucent, so it
    prints grey with whiter barbs and a white quill."""
    n = len(pts)
    start = n // 8  # the bare quill below the vane
    sweep = 0.8  # how far the barbs lean toward the tip
    splits = set(rng.choice(np.arange(start + 6, n - 6), size=2 + int(rng.integers(0, 3))))
    barbs = []
    for sign, wide in ((1, 1.0), (-1, 0.72)):
        edge = []
        for i in range(start, n):
            t = (i - start) / (n - 1 - start)
            (x, y), (ux, uy) = pts[i], tan[i]
            taper = np.sin(np.pi * (0.1 + 0.9 * t)) ** 0.45 * (1.1 - 0.3 * t)
            width = (0.12 + 0.09 * float(song[i])) * taper * wide * k
            c, s = np.cos(sweep), np.sin(sweep)
            bx, by = -uy * sign * c + ux * s, ux * sign * c + uy * s
            edge.append((x + bx * width, y + by * width))
            barbs.append(((x, y), edge[-1], i in splits))
        outline = [tuple(p) for p in pts[start:]] + edge[::-1]
        draw.polygon([(x * SCALE, y * SCALE) for x, y in outline], 130)
    for (x, y), (ex, ey), split in barbs:  # whiter barbs; a split is a dark gap
        line = [(x * SCALE, y * SCALE), (ex * SCALE, ey * SCALE)]
        draw.line(line, 0 if split else 210, width=max(1, round((4 if split else 2) * k)))
    w = max(2, round(0.007 * k * SCALE))
    draw.line([(px * SCALE, py * SCALE) for px, py in pts], 255, width=w)


def _places(
    p: Plan, direction: ArtDirection, rng: np.random.Generator, lo: float, hi: float
) -> list[tuple[str, float, float, float, float]]:
    """Where each object lies: (name, x, y, size, angle) in frame fractions."""
    span = hi - lo
    mid = (lo + hi) / 2
    out = []
    grain_size = {"stones": 0.06, "crystals": 0.065}
    if p.thing in GRAINS or p.grains:
        grains = p.thing if p.thing in GRAINS else p.grains
        count = (14 if grains == "crystals" else 22) + round(36 * direction.density)
        base = grain_size[grains] * (1.25 - 0.5 * direction.density)
        beside = p.thing not in GRAINS  # the key's gravel: a road of fine grit under it
        if beside:  # scattered as big as pebbles over the paper, it read as ink blots
            count, base = round(count * 1.6), base * 0.55
        if p.arrangement == "drift" or beside:  # a band across, like a road or a tideline
            a = rng.uniform(-0.5, 0.5)
            for _ in range(count * 2):
                u = rng.uniform(-0.15, 1.15)
                off = rng.normal(0, 0.09 * span)
                x = u
                y = mid + (u - 0.5) * np.tan(a) * span + off
                out.append((grains, x, y, base * rng.uniform(0.5, 1.3), rng.uniform(0, 6.3)))
        else:
            for _ in range(count):
                x, y = rng.uniform(-0.03, 1.03), rng.uniform(lo, hi)
                out.append((grains, x, y, base * rng.uniform(0.5, 1.5), rng.uniform(0, 6.3)))
        if p.thing in GRAINS:
            return out
    thing = p.thing
    if p.arrangement == "single":  # one, large and off-centre, often over an edge
        size = span * rng.uniform(1.3, 1.65)
        left = rng.random() < 0.5
        x = (0.34 if left else 0.66) + rng.uniform(-0.06, 0.06)
        angle = (1 if left else -1) * -rng.uniform(0.3, 0.9)  # leaning out over its side
        # within the free band's height (an object cut flat by the title's band reads
        # as a broken render), bleeding off the side instead
        tall = abs(np.cos(angle)) + WIDTH[thing] * abs(np.sin(angle))
        size = min(size, 1.4 * span / tall)
        reach = 0.5 * size * tall + 0.02  # from the band's edge, off the cover's far edge
        y = lo + reach if lo > 0 else hi - reach
        if lo == 0:  # the foot (stalk, wrist, quill, blade) runs off the top instead
            angle += np.pi
        if rng.random() < 0.45:  # or it lies across, coming in from the side
            angle = (1 if left else -1) * (np.pi / 2 + rng.uniform(-0.4, 0.4))
            tall = abs(np.cos(angle)) + WIDTH[thing] * abs(np.sin(angle))
            size = min(span * rng.uniform(1.2, 1.5), 0.9 * span / tall)
            x = 0.5 * size * 0.7 if left else 1 - 0.5 * size * 0.7
            y = mid + rng.uniform(-0.5, 0.5) * (span - size * tall)
        out.append((thing, float(x), y, size, angle))
    elif p.arrangement == "row":
        wide = WIDTH[thing] >= 1.0  # shells and lace: two or three, staggered
        count = (2 if wide else 3) + int(direction.tempo_bpm >= 118)
        size = span * (0.85 if count == 3 else 0.72) * rng.uniform(0.9, 1.05)
        size = min(size, (1.1 if wide else 0.8) / count / WIDTH[thing])  # side by side
        tilt = rng.uniform(-0.25, 0.25)  # the row's line across the paper
        angle = rng.uniform(-0.35, 0.35)
        song = energy_line(direction, 8)
        for k in range(count):
            u = (k + 0.5) / count
            grow = 0.8 + 0.4 * float(song[int(u * (RES - 1))])
            x = 0.08 + 0.84 * u
            y = mid + (u - 0.5) * tilt * span + (0.16 * span * (-1) ** k if wide else 0.0)
            out.append((thing, x, y, size * grow, angle + rng.uniform(-0.12, 0.12)))
    else:  # a scatter over the free part, no two on top of one another
        thin = thing in THIN
        count = (4 if thin else 5) + round((2 if thin else 3) * direction.density)
        size = span * (0.68 if thin else 0.48)
        apart = 0.45 if thin else 0.75
        tries = 0
        while len(out) < count and tries < 400:
            tries += 1
            x, y = rng.uniform(0.08, 0.92), rng.uniform(lo + 0.1 * span, hi - 0.1 * span)
            if all((x - ox) ** 2 + (y - oy) ** 2 > (apart * size) ** 2 for _, ox, oy, _, _ in out):
                out.append((thing, x, y, size * rng.uniform(0.8, 1.15), rng.uniform(0, 6.3)))
    return out


def photogram(
    direction: ArtDirection, rng: np.random.Generator, g: Grid, side: str, light: bool
) -> Print:
    """Things laid on the paper (plan: the title's, else the seed's and the genre's)
    and exposed: white where they blocked the light, grey where light passed through
    a leaf, a petal or a lace, with a soft penumbra; the title's band stays paper."""
    p = plan(direction)
    prng = raster.rng_for(direction, "mono-photogram-place")
    lo, hi = (0.38, 1.0) if side == "top" else (0.0, 0.62)
    layer = Image.new("L", (SCALE, SCALE), 0)
    draw = ImageDraw.Draw(layer)
    song = signals.smooth(signals.resample(energy_line(direction, 8), 64), 2)
    for name, x, y, size, angle in _places(p, direction, prng, lo, hi):
        pen = Pen(draw, (x, y, size, angle), direction.density)
        OBJECTS[name](pen, prng, song)
    paper = raster.from_image(layer.resize((RES, RES), Image.Resampling.BOX))
    band = np.clip((g.y - lo + 0.01) / 0.03, 0, 1) * np.clip((hi + 0.01 - g.y) / 0.03, 0, 1)
    paper = paper * band
    paper = 0.6 * paper + 0.25 * _blur(paper, 2.0) + 0.2 * _blur(paper, 16)  # penumbra
    tone = 0.03 + 0.025 * g.fog + 0.95 * paper
    if light:
        tone = 0.97 - 0.88 * paper - 0.04 * g.fog
    ys, xs = np.nonzero(paper > 0.35)
    if xs.size:
        box = _box(xs.min() / RES, max(ys.min() / RES, lo), xs.max() / RES, min(ys.max() / RES, hi))
    else:
        box = _box(0.1, lo, 0.9, hi)
    return tone, box, None
