"""The engraved instrument: a violin or a cello lying across the plate, its arched top
modelled by line hatching that bows over the arch and swells into the shadows (the
song's energy along the body ripples the rules), an ebony fingerboard, tailpiece,
f-holes, strings and scroll, and a cast shadow cross-hatched beside it."""

from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np

from sleeve.engine import signals
from sleeve.engine.styles.cover_parts.engrave_hatch import Plate, rules, smooth_mask, stroke

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


def _shading(plate: Plate, u: np.ndarray, v: np.ndarray, inside: np.ndarray, light: float):
    """The arch's height (0 at the edge, 1 on the spine) and its darkness under a
    raking light from `light` (radians, in body coordinates)."""
    w = np.maximum(_half_width(u, False), 1e-3)
    arch = np.sqrt(np.clip(1.0 - (v / w) ** 2, 0.0, 1.0)) * inside
    along = np.sqrt(np.clip(1.0 - (2.0 * u - 1.0) ** 4, 0.0, 1.0))
    height = arch * (0.6 + 0.4 * along)
    gy, gx = np.gradient(height)
    facing = (gx * np.cos(light) + gy * np.sin(light)) * plate.side / 5.0
    dark = 0.45 - 0.55 * np.tanh(facing) + 0.4 * (1.0 - height) ** 3
    return height, np.clip(dark, 0.06, 1.0) * inside


def draw(plate: Plate) -> Box:
    """The instrument, its shadow and its hatching; returns its box (fractions)."""
    pose = pose_for(plate)
    x, y = plate.grid()
    u, v = _local(pose, x, y)
    side = plate.side
    length = pose.length
    rng = plate.rng
    d = plate.direction
    spacing = 0.0105 - 0.003 * d.density
    # the cast shadow: the body's mask moved down and aside, cross-hatched lightly
    shift = (0.025, 0.03 if plate.top else -0.03)
    su, sv = _local(replace(pose, cx=pose.cx + shift[0], cy=pose.cy + shift[1]), x, y)
    shadow = smooth_mask((np.abs(sv) - _half_width(su, pose.cello)) * length, side, 3.0)
    if not plate.inks.dark:  # a pale ink on a deep field draws light, not shade
        plate.ink(rules(plate, 0.3 * shadow, spacing * 0.8, np.pi / 4))
    body_sd = (np.abs(v) - _half_width(u, pose.cello)) * length
    inside = smooth_mask(body_sd, side)
    plate.erase(inside)
    light = float(rng.uniform(-2.6, -1.8))
    height, dark = _shading(plate, u, v, inside > 0, light)
    if plate.inks.dark:  # the pale ink is the light: the lit arch gets the heavy rules
        dark = (1.0 - dark) * inside
    # the song along the body ripples the rules; the arch bows them
    curve = signals.energy(d, 64)
    ripple = np.interp(np.clip(u, 0, 1), np.linspace(0, 1, 64), curve)
    wave = 0.004 * (0.3 + d.energy) * ripple * np.sin(v * length * 2 * np.pi / 0.05)
    offset = 0.035 * length * height + wave
    across = pose.axis + np.pi / 2
    plate.ink(rules(plate, dark * inside, spacing, across, offset) * inside)
    deep = np.clip((dark - 0.62) * 2.2, 0.0, 1.0) * inside
    plate.ink(rules(plate, deep, spacing, across + 0.8, offset * 0.5))
    line = max(0.0035, 1.6 / side)
    plate.ink(stroke(body_sd, side, line * 1.2))
    plate.ink(stroke(body_sd + 0.018 * length, side, line * 0.45))  # the purfling
    _fittings(plate, pose, u, v, line)
    return reach(pose)


def _fittings(plate: Plate, pose: Pose, u: np.ndarray, v: np.ndarray, line: float) -> None:
    """The ebony parts, f-holes, strings, bridge and scroll over the hatched body."""
    side, length = plate.side, pose.length
    nut = -0.42 if pose.cello else -0.37
    board = _segment(u, v, nut, 0.4, 0.032, 0.055) * length
    neck = _segment(u, v, nut - 0.2, nut, 0.03, 0.034) * length  # the pegbox
    tail = _segment(u, v, 0.68, 0.96, 0.05, 0.025) * length
    for part in (board, tail):  # ebony: solid ink, or on a deep field its own dark
        if plate.inks.dark:
            plate.erase(smooth_mask(part, side))
            plate.ink(stroke(part, side, line))
        else:
            plate.ink(smooth_mask(part, side))
    plate.ink(stroke(neck, side, line))
    plate.ink(rules(plate, 0.55 * smooth_mask(neck, side), 0.006, pose.axis + 0.3))
    # the scroll: a disc with its spiral cut as a rule round the eye
    su, sv = u - (nut - 0.26), v
    radius = np.hypot(su, sv) * length
    scroll = 0.055 * length
    plate.ink(stroke(radius - scroll, side, line * 1.2))
    turn = (np.arctan2(sv, su) / (2 * np.pi)) % 1.0
    spiral = radius - scroll * (0.3 + 0.55 * turn)
    plate.ink(stroke(spiral, side, line) * (radius < scroll))
    plate.ink(smooth_mask(radius - 0.012 * length, side))
    if pose.cello:
        plate.ink(smooth_mask(_segment(u, v, 0.96, 1.25, 0.008, 0.004) * length, side))
    # f-holes: two S-curves, their eyes at both ends
    for sign in (-1.0, 1.0):
        t = np.clip((u - 0.5) / 0.2, 0.0, 1.0)
        path = sign * (0.12 + 0.025 * np.sin((t - 0.5) * np.pi))
        body = (np.abs(v - path) - 0.006 * np.sin(t * np.pi)) * length
        span = (u > 0.5) & (u < 0.7)
        plate.ink(smooth_mask(body, side) * span)
        for end, at in ((0.5, 0.0), (0.7, 1.0)):
            eye = sign * (0.12 + 0.025 * np.sin((at - 0.5) * np.pi))
            plate.ink(smooth_mask(np.hypot(u - end, v - eye) * length - 0.012 * length, side))
    # the bridge across, the strings from the nut to the tailpiece
    plate.ink(smooth_mask(_segment(u, v, 0.585, 0.6, 0.07, 0.07) * length, side))
    strings = (u > nut) & (u < 0.7)
    for k in (-1.5, -0.5, 0.5, 1.5):
        at = k * (0.011 + 0.007 * np.clip((u - nut) / (0.7 - nut), 0, 1))
        mark = stroke((v - at) * length, side, line * 0.55) * strings
        on_board = (board < 0) | (tail < 0)
        plate.ink(mark * ~on_board)
        plate.erase(mark * on_board)
