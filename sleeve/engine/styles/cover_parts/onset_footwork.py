"""The onset grid's dance diagram (after Warhol's Dance Diagrams): the song's groove
as a trail of shoe prints across the frame, a hit a step, drawn big. A hard hit is a
solid print, a soft one an open outline, the downbeat's print in the accent; the
stride is the time between hits and an off-beat hit turns the dancer, so another
rhythm walks another path; dashed arrows lead from step to step and each print is
numbered, as a dance diagram counts. Returns the focal box."""

from __future__ import annotations

import aggdraw
import numpy as np

from sleeve.engine.fonts import role_faces
from sleeve.engine.styles.cover_parts.onset_marks import Sheet, busiest

Box = tuple[float, float, float, float]
STEP = 0.22  # the weakest hit that is a step
MOST = 7  # the most steps in one diagram (more crowd it at thumbnail size)
SOLID = 0.55  # a hit this hard prints solid, a softer one as an outline


def _oval(cu: float, cv: float, hu: float, hv: float, power: float, n: int = 24) -> np.ndarray:
    """A superellipse (u forward, v across the foot) round (cu, cv), as (n, 2) points."""
    t = np.linspace(0.0, 2 * np.pi, n, endpoint=False)
    c, s = np.cos(t), np.sin(t)
    return np.stack(
        [
            cu + hu * np.sign(c) * np.abs(c) ** (2 / power),
            cv + hv * np.sign(s) * np.abs(s) ** (2 / power),
        ],
        1,
    )


def sole(side: int) -> list[np.ndarray]:
    """A dance shoe's print in foot units (u from heel 0 to toe 1, v across; the big
    toe's side toward -v for a right foot, `side` +1, toward +v for a left): the sole
    under the ball of the foot, and apart from it the heel."""
    ball = _oval(0.67, -0.02 * side, 0.33, 0.19, 2.4)
    ball[:, 1] += 0.05 * side * (0.67 - ball[:, 0])  # the sole turns in toward the toe
    return [ball, _oval(0.12, 0.0, 0.12, 0.13, 3.2)]


def _steps(hits: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(sixteenth index, strength) of each step: the hits of the song's busiest bars in
    playing order, as many bars as give a full diagram, the softest dropped past MOST."""
    stream = np.roll(hits, -busiest(hits, 2), axis=0)
    for bars in range(1, len(stream) + 1):
        flat = stream[:bars].ravel()
        at = np.flatnonzero(flat >= STEP)
        if len(at) >= 5:
            break
    if len(at) > MOST:
        at = np.sort(at[np.argsort(-flat[at], kind="stable")[:MOST]])
    if len(at) < 3:  # a near-silent song: its three hardest sixteenths, however soft
        at = np.sort(np.argsort(-flat, kind="stable")[:3])
    return at, flat[at]


def _path(rng: np.random.Generator, near: float, far: float, swing: float) -> np.ndarray:
    """The dancer's path toward the viewer, a quadratic curve (its three control points)
    across the frame from just outside the title's band (y `far`) to past the frame's
    opposite edge (y `near`), swerving aside as far as the groove swings (0 a straight
    diagonal, 1 a hook)."""
    x0, x1 = float(rng.uniform(0.08, 0.3)), float(rng.uniform(0.6, 0.85))
    depth = float(rng.uniform(0.35, 0.6))
    bend = x0 + depth * (x1 - x0) + 0.8 * swing
    return np.array([[x0, far], [bend, far + depth * (near - far)], [x1, near]])


def _along(curve: np.ndarray, t: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Points and headings (radians) on the quadratic curve at parameters t."""
    p0, p1, p2 = curve
    u = t[:, None]
    points = (1 - u) ** 2 * p0 + 2 * (1 - u) * u * p1 + u**2 * p2
    tangent = 2 * (1 - u) * (p1 - p0) + 2 * u * (p2 - p1)
    return points, np.arctan2(tangent[:, 1], tangent[:, 0])


def footwork(sheet: Sheet, hits: np.ndarray, energy: np.ndarray) -> Box:
    """Big shoe prints along a path across the art's band, cropped by the frame's
    sides: each a step of the groove, placed along the path by its time (a rest a
    longer stride), the feet left and right of it in turn, an off-beat step turned
    out; solid or open by its strength, the downbeat in the accent; dashed arrows
    from print to print."""
    rng = sheet.rng
    y0, y1 = sheet.band
    at, strength = _steps(hits)
    loud = float(np.mean(energy))  # a loud song steps nearer: its last print giant, cropped
    foot = (0.3 + 0.14 * loud + float(rng.uniform(0.0, 0.04))) * (y1 - y0) / 0.64
    far = (y0 + 0.12) if sheet.top else (y1 - 0.12)
    near = 1.0 + 0.1 if sheet.top else -0.1
    swing = float(np.mean(at % 2 == 1))  # the share of steps off the eighths
    curve = _path(rng, near, far, swing)
    stride = np.concatenate([[0.0], np.clip(np.diff(at), 1.5, 4.0)])  # a rest, a long stride
    t = (np.cumsum(stride) / stride.sum() * 0.94 + 0.06) ** 1.7  # longer as they near
    centres, headings = _along(curve, t)
    scale = foot * (0.35 + 0.65 * t)  # nearer, bigger: the walk comes toward the viewer
    side = np.where(np.arange(len(at)) % 2, 1, -1)
    across = headings + np.pi / 2
    offset = 0.3 * scale * side
    centres = centres + offset[:, None] * np.stack([np.cos(across), np.sin(across)], 1)
    headings = headings + np.where(at % 2 == 1, 0.45, 0.1) * side  # an off-beat step turns out
    if sheet.mirrored:  # the walk mirrored, its numbers still read: a right foot a left
        centres[:, 0] = 1.0 - centres[:, 0]
        headings, side = np.pi - headings, -side
    line = max(1.0, 0.006 * sheet.size)
    for k in range(len(centres) - 1):  # the arrows first, the prints over them
        _arrow(sheet, centres[k], centres[k + 1], 0.5 * scale[k], 0.5 * scale[k + 1], line)
    for k, ((cx, cy), heading) in enumerate(zip(centres, headings, strict=True)):
        v = float(strength[k])
        length = scale[k] * (0.5 + 0.6 * v)
        colour = sheet.colour(int(at[k]) % 16, v, sheet.ink)
        turn = np.array([[np.cos(heading), np.sin(heading)], [-np.sin(heading), np.cos(heading)]])
        for part in sole(int(side[k])):
            pts = np.array([cx, cy]) + ((part - [0.5, 0.0]) * length) @ turn
            if v >= SOLID:
                sheet.poly(pts, colour)
            else:
                pen = aggdraw.Pen(colour, max(1.0, 0.012 * sheet.size))
                sheet.draw.polygon((pts * sheet.size).ravel().tolist(), pen)
    for k, ((cx, cy), heading) in enumerate(zip(centres, headings, strict=True)):
        away = heading + np.pi / 2
        gap = 0.42 * scale[k] * side[k]  # the step's number, beside its print's outer edge
        _number(sheet, k + 1, cx + gap * np.cos(away), cy + gap * np.sin(away), 0.3 * scale[k])
    return (0.0, y0, 1.0, y1)


def _number(sheet: Sheet, n: int, x: float, y: float, height: float) -> None:
    """The step's number, as a dance diagram counts them, centred on (x, y), `height`
    tall (fractions), in the ink."""
    px = max(6, round(max(height, 0.02) * sheet.size))
    font = aggdraw.Font(sheet.ink, str(role_faces("mono")[0].path), px)
    w, h = sheet.draw.textsize(str(n), font)
    sheet.draw.text((x * sheet.size - w / 2, y * sheet.size - h / 2), str(n), font)


def _arrow(
    sheet: Sheet, a: np.ndarray, b: np.ndarray, clear_a: float, clear_b: float, width: float
) -> None:
    """A dashed arrow from `clear_a` past `a` to `clear_b` short of `b`."""
    gap = b - a
    far = float(np.hypot(*gap))
    if far < 1.2 * (clear_a + clear_b):
        return
    unit = gap / far
    start, end = a + unit * clear_a, b - unit * clear_b
    pen = aggdraw.Pen(sheet.ink, width)
    dash = 0.018
    run = float(np.hypot(*(end - start)))
    for d in np.arange(0.0, run - dash, 2 * dash):
        p, q = (start + unit * d) * sheet.size, (start + unit * (d + dash)) * sheet.size
        sheet.draw.line((*p, *q), pen)
    normal = np.array([-unit[1], unit[0]])
    head = 0.022
    tip = end
    sheet.poly(
        np.array(
            [
                tip,
                tip - unit * head + normal * head * 0.55,
                tip - unit * head - normal * head * 0.55,
            ]
        ),
        sheet.ink,
    )
