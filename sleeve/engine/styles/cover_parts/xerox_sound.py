"""The xerox collage's loud pictures, each one bold black shape on pale that reads
at 64 px: a sound-system speaker stack (dub), a loudspeaker (a protest's bullhorn),
a stage microphone, and a skull (metal punk).

Each returns a grey field (0 black .. 1 white, xerox_subjects.RES square) and its
subject's box, as xerox_subjects' pictures do; the mid-greys (glare, cones, grille)
are where the copier's coarse dot screen shows.
"""

from __future__ import annotations

import numpy as np
from PIL import Image

from sleeve.engine.direction import ArtDirection
from sleeve.engine.styles.base import Box
from sleeve.engine.styles.cover_parts.xerox_subjects import BIG, WHITE, Pad, glare

GREY = 120  # a tone the copier turns to coarse dots


def _cone(pad: Pad, cx: float, cy: float, r: float) -> None:
    """A speaker cone: a pale surround, the dotted cone and a black dust cap."""
    pad.oval(cx - r, cy - r, cx + r, cy + r, WHITE)
    pad.oval(cx - r * 0.84, cy - r * 0.84, cx + r * 0.84, cy + r * 0.84, GREY)
    pad.oval(cx - r * 0.3, cy - r * 0.3, cx + r * 0.3, cy + r * 0.3)


def speaker(direction: ArtDirection, rng: np.random.Generator) -> tuple[np.ndarray, Box]:
    """A sound system's speaker stack: two or three columns of black cabinets, each
    with one or two big cones, stacked against a pale wall."""
    pad = Pad(glare(0.5, 0.2, 0.9, 0.7, 1.05))
    cols = 2 + int(rng.integers(2))
    rows = 2 if cols == 3 else 2 + int(rng.integers(2))
    left, right, top = 0.04, 0.96, float(rng.uniform(0.06, 0.16))
    gap = 0.02
    cw = (right - left - gap * (cols - 1)) / cols
    ch = (1.0 - top - gap * (rows - 1)) / rows
    pad.rect(0.0, 0.97, 1.0, 1.0)
    for c in range(cols):
        drop = float(rng.uniform(0.0, 0.05)) if c != cols // 2 else 0.0
        for r in range(rows):
            x0 = left + c * (cw + gap)
            y0 = top + drop + r * (ch + gap)
            pad.rect(x0, y0, x0 + cw, y0 + ch, r=0.012)
            cones = 2 if ch > cw * 1.2 else 1
            radius = min(cw, ch / cones) * 0.38
            for k in range(cones):
                _cone(pad, x0 + cw / 2, y0 + ch * (k + 0.5) / cones, radius)
    return pad.done(), (left, top, right, 1.0)


def megaphone(direction: ArtDirection, rng: np.random.Generator) -> tuple[np.ndarray, Box]:
    """A loudspeaker held up and shouting: a black bullhorn, its pale mouth, a grip
    and the fist round it, sound rings off the mouth; turned by the seed."""
    pad = Pad(glare(0.7, 0.4, 0.8, 0.6, 1.05))
    cy = 0.5
    pad.poly([(0.12, cy - 0.08), (0.62, cy - 0.3), (0.62, cy + 0.3), (0.12, cy + 0.08)])
    pad.rect(0.02, cy - 0.09, 0.16, cy + 0.09, r=0.03)  # the back
    pad.oval(0.54, cy - 0.31, 0.7, cy + 0.31)  # the rim
    pad.oval(0.57, cy - 0.26, 0.67, cy + 0.26, GREY)  # the mouth
    pad.poly([(0.24, cy + 0.06), (0.31, cy + 0.06), (0.29, cy + 0.34), (0.2, cy + 0.34)])
    pad.rect(0.15, cy + 0.26, 0.34, cy + 0.5, r=0.05)  # the fist round the grip
    for k in range(3):  # the shout
        r = 0.36 + 0.1 * k
        w = 0.028 - 0.005 * k
        arc = [
            (0.62 + r * 0.55 * np.cos(a), cy + r * np.sin(a)) for a in np.linspace(-0.8, 0.8, 12)
        ]
        pad.line(arc, w)
    tilt = float(rng.uniform(8, 24))
    pad.img = pad.img.rotate(tilt, resample=Image.Resampling.BICUBIC, fillcolor=235)
    if rng.random() < 0.5:
        pad.img = pad.img.transpose(Image.Transpose.FLIP_LEFT_RIGHT)
    return pad.done(), (0.02, 0.12, 0.98, 0.95)


def mic(direction: ArtDirection, rng: np.random.Generator) -> tuple[np.ndarray, Box]:
    """A stage microphone, huge and slanted: the ball grille in coarse dots with a
    black band, the black handle and its cable coiling away."""
    pad = Pad(glare(0.5, 0.3, 0.8, 0.62, 1.05))
    cx, cy, r = 0.52, 0.3, 0.2
    pad.oval(cx - r, cy - r, cx + r, cy + r)  # the grille's rim
    pad.oval(cx - r * 0.86, cy - r * 0.86, cx + r * 0.86, cy + r * 0.86, GREY)
    pad.oval(cx - r * 0.5, cy - r * 0.62, cx - r * 0.1, cy - r * 0.2, WHITE)  # the shine
    pad.rect(cx - r * 1.02, cy + r * 0.45, cx + r * 1.02, cy + r * 0.75)  # the band
    pad.poly(
        [(cx - 0.11, cy + r * 0.7), (cx + 0.11, cy + r * 0.7), (cx + 0.06, 0.9), (cx - 0.06, 0.9)]
    )  # the handle
    bend = float(rng.uniform(-0.3, 0.3))
    cable = [(cx, 0.88), (cx + bend * 0.3, 0.96), (cx + bend, 1.0), (cx + bend * 1.6, 1.08)]
    pad.line(cable, 0.03)
    tilt = float(rng.uniform(14, 32)) * float(rng.choice([-1.0, 1.0]))
    pad.img = pad.img.rotate(
        tilt, resample=Image.Resampling.BICUBIC, fillcolor=200, center=(BIG / 2, BIG * 0.5)
    )
    return pad.done(), (0.15, 0.04, 0.85, 1.0)


def skull(direction: ArtDirection, rng: np.random.Generator) -> tuple[np.ndarray, Box]:
    """A skull front on, pale bone on black: the cranium, black eye sockets and nose,
    the cheekbones and a row of teeth."""
    pad = Pad(glare(0.5, 0.4, 0.9, 0.02, 0.25))
    cx = 0.5 + float(rng.uniform(-0.04, 0.04))
    bone = 235
    pad.oval(cx - 0.3, 0.08, cx + 0.3, 0.66, bone)  # the cranium
    pad.poly(
        [(cx - 0.25, 0.5), (cx + 0.25, 0.5), (cx + 0.17, 0.8), (cx - 0.17, 0.8)], bone
    )  # the cheeks and jaw
    pad.rect(cx - 0.17, 0.74, cx + 0.17, 0.9, bone, r=0.04)  # the teeth's row
    wide = float(rng.uniform(0.1, 0.125))
    for side in (-1, 1):  # the eye sockets, a little angry
        ex = cx + side * 0.13
        pad.oval(ex - wide, 0.38, ex + wide, 0.58)
        pad.poly([(ex - wide, 0.4), (ex + wide, 0.4 + side * 0.03), (ex, 0.34)], bone)
    pad.poly([(cx, 0.58), (cx - 0.045, 0.7), (cx + 0.045, 0.7)])  # the nose
    for k in range(-3, 4):  # the gaps between teeth
        x = cx + k * 0.045
        pad.line([(x, 0.78), (x, 0.89)], 0.012)
    pad.line([(cx - 0.17, 0.82), (cx + 0.17, 0.82)], 0.01)
    return pad.done(), (cx - 0.34, 0.04, cx + 0.34, 0.94)


SOUND = {"speaker": speaker, "megaphone": megaphone, "mic": mic, "skull": skull}
