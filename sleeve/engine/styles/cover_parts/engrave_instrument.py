"""The engraved instrument: a violin or a cello lying across the plate, its arched top
modelled by line hatching that bows over the arch and swells into the shadows (the
song's energy along the body ripples the rules), an ebony fingerboard, tailpiece,
f-holes, strings and scroll, and a cast shadow cross-hatched beside it. The smooth
fields (the outline's width, the arch, its light, the rules' bend) are computed on a
coarse grid; only the rules and edges are cut at full size, where the instrument lies."""

from __future__ import annotations

from dataclasses import dataclass, replace

import aggdraw
import numpy as np
from PIL import Image

from sleeve.engine import signals
from sleeve.engine.styles.cover_parts.engrave_hatch import (
    COARSE,
    Plate,
    rules,
    smooth_mask,
    stroke,
)

Box = tuple[float, float, float, float]
PROBE = 96  # the grid the instrument is first laid out on to find where it reaches


@dataclass(frozen=True)
class Pose:
    """Where the body lies: its centre, the axis from scroll to tail (radians), the
    body's length (share of the side) and whether it is a cello (longer neck, endpin)."""

    cx: float
    cy: float
    axis: float
    length: float
    cello: bool


def _g(u: np.ndarray, at: float, width: float) -> np.ndarray:
    return np.exp(-(((u - at) / width) ** 2))


def _half_width(u: np.ndarray, cello: bool) -> np.ndarray:
    """The body's half width along its length (in body lengths): upper bout, waist
    with its C-bouts, lower bout, rounded ends."""
    upper = 0.062 if cello else 0.07
    w = 0.16 + upper * _g(u, 0.21, 0.15) + 0.14 * _g(u, 0.73, 0.17)
    # the C-bouts: a waist cut in with steep ends, so the corners stand out as points
    cut = 1.0 / (1.0 + np.exp(-(u - 0.39) / 0.007)) / (1.0 + np.exp((u - 0.57) / 0.007))
    w = w - cut * (0.045 - 0.9 * (u - 0.48) ** 2)
    end = 1.0 - np.abs(np.clip(2.0 * u - 1.0, -1.0, 1.0)) ** 5
    # outside the body's length a negative width keeps every distance positive
    return np.where((u > 0) & (u < 1), w * np.sqrt(np.clip(end, 0.0, 1.0)), -0.05)


def _local(pose: Pose, x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Body coordinates: u along the axis (0 the top of the body, 1 its tail), v across,
    both in body lengths."""
    dx, dy = x - pose.cx, y - pose.cy
    along = dx * np.cos(pose.axis) + dy * np.sin(pose.axis)
    across = -dx * np.sin(pose.axis) + dy * np.cos(pose.axis)
    return along / pose.length + 0.5, across / pose.length


def _segment(
    u: np.ndarray, v: np.ndarray, u0: float, u1: float, w0: float, w1: float
) -> np.ndarray:
    """Signed distance (body lengths, negative inside) to a tapered strip on the axis."""
    t = np.clip((u - u0) / (u1 - u0), 0.0, 1.0)
    width = w0 + (w1 - w0) * t
    inside_u = np.maximum(u0 - u, u - u1)
    return np.maximum(np.abs(v) - width, inside_u)


def reach(pose: Pose) -> Box:
    """The box (fractions) the instrument covers, from a coarse probe."""
    c = (np.arange(PROBE, dtype=np.float32) + 0.5) / PROBE
    mask = _mask(pose, c[None, :], c[:, None])
    ys, xs = np.nonzero(mask)
    if not len(xs):
        return (0.4, 0.4, 0.6, 0.6)
    return (xs.min() / PROBE, ys.min() / PROBE, (xs.max() + 1) / PROBE, (ys.max() + 1) / PROBE)


def _mask(pose: Pose, x: np.ndarray, y: np.ndarray) -> np.ndarray:
    u, v = _local(pose, x, y)
    body = np.abs(v) < _half_width(u, pose.cello)
    neck_end = -0.62 if pose.cello else -0.6
    neck = _segment(u, v, neck_end - 0.12, 0.4, 0.04, 0.06) < 0
    tail = (u > 0.95) & (u < 1.12) & (np.abs(v) < 0.02) if pose.cello else False
    return body | neck | tail


def pose_for(plate: Plate) -> Pose:
    """A pose from the seed: a whole violin laid across the picture's rows, or a cello
    so near that its neck runs out of the frame; tilted, the scroll raised when the
    song swells, lowered when it fades; clear of the title's band."""
    rng = plate.rng
    y0, y1 = plate.art_span()
    cello = bool(rng.random() < 0.4)
    side = 1.0 if rng.random() < 0.5 else -1.0  # the scroll lies left or right
    # a song that swells raises the scroll, one that fades lays it down
    curve = signals.energy(plate.direction, 32)
    raised = 1.0 if curve[16:].mean() >= curve[:16].mean() else -1.0
    tilt = float(rng.uniform(0.2, 0.55)) * raised * -side
    axis = (0.0 if side < 0 else np.pi) + tilt  # scroll to tail
    scale = (y1 - y0) / 0.64
    length = float(rng.uniform(0.62, 0.72) if cello else rng.uniform(0.5, 0.56)) * scale
    pose = Pose(0.5 - side * 0.04 * cello, 0.5 * (y0 + y1), axis, length, cello)
    # fit the reach inside the picture (a cello may leave by its neck's side)
    for _ in range(4):
        bx0, by0, bx1, by1 = reach(pose)
        wide = 1.0 if cello else (0.94 / max(bx1 - bx0, 1e-3))
        room = min((y1 - y0 - 0.06) / max(by1 - by0, 1e-3), wide)
        if room < 0.995:
            pose = replace(pose, length=pose.length * room)
            continue
        shift = max(0.0, y0 + 0.03 - by0) - max(0.0, by1 - (y1 - 0.03))
        slide = 0.0 if cello else 0.5 - 0.5 * (bx0 + bx1)
        pose = replace(pose, cx=pose.cx + slide, cy=pose.cy + shift)
    return pose


def _shading(pose: Pose, light: float) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """On the coarse grid: the body's half width (body lengths), the arch's height (0
    at the edge, 1 on the spine) and its darkness under a raking light from `light`
    (radians, image coordinates)."""
    x, y = Plate.coarse_grid()
    u, v = _local(pose, x, y)
    half = _half_width(u, pose.cello)
    w = np.maximum(half, 1e-3)
    inside = np.abs(v) < w
    arch = np.sqrt(np.clip(1.0 - (v / w) ** 2, 0.0, 1.0)) * inside
    along = np.sqrt(np.clip(1.0 - (2.0 * u - 1.0) ** 4, 0.0, 1.0))
    height = arch * (0.6 + 0.4 * along)
    gy, gx = np.gradient(height)
    facing = (gx * np.cos(light) + gy * np.sin(light)) * COARSE / 5.0
    dark = 0.45 - 0.55 * np.tanh(facing) + 0.4 * (1.0 - height) ** 3
    return half, height, np.clip(dark, 0.06, 1.0) * inside


def draw(plate: Plate) -> Box:
    """The instrument, its shadow and its hatching; returns its box (fractions)."""
    pose = pose_for(plate)
    box = reach(pose)
    side = plate.side
    length = pose.length
    d = plate.direction
    spacing = 0.0105 - 0.003 * d.density
    light = float(plate.rng.uniform(-2.6, -1.8))
    half, height, dark = _shading(pose, light)
    if plate.inks.dark:  # the pale ink is the light: the lit arch gets the heavy rules
        dark = (0.1 + 0.62 * (1.0 - dark)) * (dark > 0)  # short of solid: the edge shows
    cx, cy = Plate.coarse_grid()
    cu, cv = _local(pose, cx, cy)
    # the song along the body ripples the rules; the arch bows them
    ripple = np.interp(np.clip(cu, 0, 1), np.linspace(0, 1, 64), signals.energy(d, 64))
    wave = 0.0025 * (0.3 + d.energy) * ripple * np.sin(cv * length * 2 * np.pi / 0.05)
    offset = 0.035 * length * height + wave
    plate.focus((box[0] - 0.01, box[1] - 0.01, box[2] + 0.05, box[3] + 0.05))
    x, y = plate.grid()
    _, v = _local(pose, x, y)
    if not plate.inks.dark:  # the cast shadow, cross-hatched lightly (none in the dark)
        su, sv = _local(replace(pose, cx=pose.cx + 0.025, cy=pose.cy + 0.03), cx, cy)
        shadow = np.clip(0.5 - (np.abs(sv) - _half_width(su, pose.cello)) * length * 60, 0, 1)
        plate.ink(rules(plate, 0.3 * plate.up(shadow), spacing * 0.8, np.pi / 4))
    body_sd = (np.abs(v) - plate.up(half)) * length
    inside = smooth_mask(body_sd, side)
    plate.erase(inside)
    across = pose.axis + np.pi / 2
    bend = plate.up(offset)
    tone = plate.up(dark)
    plate.ink(rules(plate, tone, spacing, across, bend) * inside)
    deep = np.clip((tone - 0.62) * 2.2, 0.0, 1.0) * inside
    plate.ink(rules(plate, deep, spacing, across + 0.8, bend * 0.5))
    line = max(0.0035, 1.6 / side)
    plate.ink(stroke(body_sd, side, line * 1.2))
    plate.ink(stroke(body_sd + 0.018 * length, side, line * 0.45))  # the purfling
    _fittings(plate, pose, line)
    plate.focus(None)
    return box


def _px(pose: Pose, side: int, u: float, v: float) -> tuple[float, float]:
    """A point in body coordinates (u along, v across, body lengths) in pixels."""
    along, across = (u - 0.5) * pose.length, v * pose.length
    c, s = np.cos(pose.axis), np.sin(pose.axis)
    return ((pose.cx + along * c - across * s) * side, (pose.cy + along * s + across * c) * side)


def _outline(pose: Pose, side: int, points: list[tuple[float, float]]) -> list[float]:
    return [k for u, v in points for k in _px(pose, side, u, v)]


def _strip(pose: Pose, side: int, u0: float, u1: float, w0: float, w1: float) -> list[float]:
    """A tapered strip along the axis as a polygon (pixels)."""
    return _outline(pose, side, [(u0, -w0), (u1, -w1), (u1, w1), (u0, w0)])


def _fittings(plate: Plate, pose: Pose, line: float) -> None:
    """The ebony parts, f-holes, strings, bridge and scroll, drawn as vectors over the
    hatched body: ebony in solid ink (on a deep field, the field's dark with a pale
    edge), the strings pale over the ebony and inked over the wood."""
    side = plate.side
    dark = plate.inks.dark
    ink_img, cut_img = Image.new("L", (side, side), 0), Image.new("L", (side, side), 0)
    ink, cut = aggdraw.Draw(ink_img), aggdraw.Draw(cut_img)
    solid, edge = aggdraw.Brush(255), aggdraw.Pen(255, line * side)
    nut = -0.42 if pose.cello else -0.37
    ebony = [
        _strip(pose, side, nut, 0.4, 0.032, 0.055),  # the fingerboard
        _strip(pose, side, 0.68, 0.96, 0.05, 0.025),  # the tailpiece
        _strip(pose, side, nut - 0.2, nut, 0.03, 0.034),  # the pegbox
    ]
    if pose.cello:
        ebony.append(_strip(pose, side, 0.96, 1.25, 0.008, 0.004))  # the endpin
    for part in ebony:
        if dark:
            cut.polygon(part, solid)
            ink.polygon(part, edge)
        else:
            ink.polygon(part, solid)
    # the scroll: a ring, a ring inside it and the eye
    x, y = _px(pose, side, nut - 0.26, 0.0)
    for radius, pen in ((0.055, aggdraw.Pen(255, 1.2 * line * side)), (0.03, edge)):
        r = radius * pose.length * side
        ink.ellipse((x - r, y - r, x + r, y + r), pen)
    r = 0.012 * pose.length * side
    ink.ellipse((x - r, y - r, x + r, y + r), solid)
    # f-holes: two S-curves, their eyes at both ends
    t = np.linspace(0.0, 1.0, 24)
    bow = 0.025 * np.sin((t - 0.5) * np.pi)
    slit = 0.006 * np.sin(t * np.pi) + 0.0015
    for sign in (-1.0, 1.0):
        side_a = list(zip(0.5 + 0.2 * t, sign * (0.12 + bow) - slit, strict=True))
        side_b = list(zip(0.5 + 0.2 * t, sign * (0.12 + bow) + slit, strict=True))
        ink.polygon(_outline(pose, side, side_a + side_b[::-1]), solid)
        for end, at in ((0.5, -0.025), (0.7, 0.025)):
            ex, ey = _px(pose, side, end, sign * (0.12 + at))
            ink.ellipse((ex - r, ey - r, ex + r, ey + r), solid)
    ink.polygon(_strip(pose, side, 0.585, 0.6, 0.07, 0.07), solid)  # the bridge
    # the strings: pale over the ebony (its own ink on a deep field), inked over the wood
    string = aggdraw.Pen(255, max(1.0, 0.55 * line * side))
    over_ebony = ink if dark else cut
    for k in (-1.5, -0.5, 0.5, 1.5):

        def at(u: float, k: float = k) -> tuple[float, float]:
            return _px(pose, side, u, k * (0.011 + 0.007 * (u - nut) / (0.7 - nut)))

        over_ebony.line((*at(nut), *at(0.4)), string)
        ink.line((*at(0.4), *at(0.68)), string)
        over_ebony.line((*at(0.68), *at(0.7)), string)
    ink.flush()
    cut.flush()
    inked = np.asarray(ink_img, np.float32) * (1.0 / 255.0)
    cutaway = np.asarray(cut_img, np.float32) * (1.0 / 255.0)
    if dark:
        plate.erase(cutaway[plate.window])
        plate.ink(inked[plate.window])
    else:
        plate.ink(inked[plate.window])
        plate.erase(cutaway[plate.window])
