"""A kite in the wind: one diamond kite high on a bright sky, its long ribbon tails
streaming and twisting downwind, its string falling away out of the frame. Flat
screenprint inks, the ribbons' backs a shade deeper where they twist over.

The song moves it: the energy how hard the tails flutter and how far they stream, the
tempo how many waves run along them, the density how many tails (two to four); the
seed the kite's place, its tilt and which way the wind blows. The title's band stays
calm: the kite flies in the room the title leaves and the tails stream across it,
never into the band.
"""

from __future__ import annotations

import aggdraw
import numpy as np
from PIL import Image

from sleeve.engine import compose, raster, signals
from sleeve.engine.color import rgb_to_oklch
from sleeve.engine.direction import ArtDirection
from sleeve.engine.raster import RGB
from sleeve.engine.styles.cover_parts import calm_zone
from sleeve.engine.styles.cover_parts.flow_scene import GAP

Box = tuple[float, float, float, float]
POINTS = 64  # points along one tail


def _ribbon(
    draw: aggdraw.Draw,
    centre: np.ndarray,
    half: np.ndarray,
    twist: np.ndarray,
    front: RGB,
    back: RGB,
) -> None:
    """One flat ribbon along `centre` (m, 2 px): its width `half` (m,) times the cosine
    of its `twist` (m,), the front ink where it faces us, the back ink where it has
    turned over (each segment one quad)."""
    d = np.gradient(centre, axis=0)
    normal = np.stack([-d[:, 1], d[:, 0]], axis=1)
    normal /= np.maximum(np.linalg.norm(normal, axis=1, keepdims=True), 1e-6)
    face = np.cos(twist)
    w = (half * (0.25 + 0.75 * np.abs(face)))[:, None]
    left, right = centre + normal * w, centre - normal * w
    brushes = {True: aggdraw.Brush(front, 255), False: aggdraw.Brush(back, 255)}
    for k in range(len(centre) - 1):
        quad = (left[k], left[k + 1], right[k + 1], right[k])
        draw.polygon([float(v) for p in quad for v in p], brushes[bool(face[k] >= 0)])


def kite(
    img: Image.Image,
    direction: ArtDirection,
    rng: np.random.Generator,
    inks: list[RGB],
    band: str,
) -> Box:
    """A kite and its streaming tails (inks: the sail's two inks, the tails' inks, the
    spars and string); returns the focal box (the kite and its tails)."""
    size = img.size[0]
    energy = float(np.clip(direction.energy, 0.0, 1.0))
    pace = signals.pace(direction)
    depth = calm_zone.title_reach(direction) + GAP  # clear of the title's block
    top, low = (max(0.36, depth), 0.97) if band == "top" else (0.04, min(0.66, 1.0 - depth))
    wind = float(rng.choice((-1.0, 1.0)))  # which way the tails stream
    span = 0.22 + 0.08 * energy  # the kite's height (fraction of the side)
    kx = float(0.5 - wind * rng.uniform(0.1, 0.2))  # upwind: the tails have room
    span = float(np.clip(low - top - 0.04, 0.1, span))  # a deep title: a smaller kite, whole
    ky = top + span * 0.62 + rng.uniform(0.0, 0.12) * max(0.0, low - top - span)
    tilt = float(np.radians(wind * rng.uniform(10.0, 28.0)))
    # the diamond: nose, right, tail, left (the cross spar a third down)
    shape = np.array([[0.0, -0.62], [0.4, -0.2], [0.0, 0.38], [-0.4, -0.2]]) * span
    rot = np.array([[np.cos(tilt), -np.sin(tilt)], [np.sin(tilt), np.cos(tilt)]])
    corners = shape @ rot.T + np.array([kx, ky])
    hub = np.array([0.0, -0.2 * span]) @ rot.T + np.array([kx, ky])
    foot = corners[2]
    # the string: a slack curve from the hub down out of the frame, away from the wind
    t = np.linspace(0.0, 1.0, 40)[:, None]
    end = np.array([kx - wind * 0.35, 1.08])
    sag = np.array([wind * 0.06, 0.0])
    string = hub + (end - hub) * t + sag * np.sin(np.pi * t)
    if band == "bottom":  # the string never crosses a bottom title: it leaves at the side
        end = np.array([-0.08 if wind > 0 else 1.08, low])
        string = hub + (end - hub) * t + np.array([0.0, 0.05]) * np.sin(np.pi * t)
    draw = aggdraw.Draw(img)
    draw.line((string * size).ravel().tolist(), raster.pen(inks[4], size * 0.003, 200))
    # the tails: from the kite's foot downwind, waving (tempo) and fluttering (energy)
    tails = 2 + int(round(2 * direction.density))
    reach = 0.5 + 0.25 * energy
    waves = 1.2 + 2.0 * pace
    t = np.linspace(0.0, 1.0, POINTS)
    boxes = [corners]
    for j in range(tails):
        spread = (j - (tails - 1) / 2) * 0.07
        along = wind * reach * t * (0.85 + 0.3 * rng.random())
        droop = (0.1 + 0.2 * (1.0 - energy) + spread) * t**1.4
        amp = (0.03 + 0.05 * energy) * t**0.8
        phase = float(rng.uniform(0, 2 * np.pi))
        wave = amp * np.sin(2 * np.pi * waves * t + phase)
        x = foot[0] + along + 0.3 * wave * wind
        y = foot[1] + droop + wave
        y = np.clip(y, top - 0.02, low) if band == "bottom" else np.maximum(y, top)
        centre = np.stack([x, y], axis=1) * size
        half = size * (0.016 + 0.014 * energy) * (1.0 - 0.6 * t) * (0.8 + 0.4 * np.sqrt(t))
        twist = 2 * np.pi * (0.8 + 1.5 * energy) * t + float(rng.uniform(0, np.pi))
        front = (inks[0], inks[2], inks[1], inks[3])[j % 4]
        back = raster.tone(front, max(0.2, rgb_to_oklch(front)[0] - 0.18))
        _ribbon(draw, centre, half, twist, front, back)
        boxes.append(np.stack([x, y], axis=1))
    # the sail: four panels in two inks, the spars over it
    panels = ((0, 1), (1, 2), (2, 3), (3, 0))
    for k, (a, b) in enumerate(panels):
        tri = np.array([hub, corners[a], corners[b]]) * size
        colour = inks[k % 2]
        draw.polygon(tri.ravel().tolist(), aggdraw.Brush(colour, 255))
    spar = raster.pen(inks[4], size * 0.005, 255)
    for a, b in ((0, 2), (1, 3)):
        draw.line((*(corners[a] * size), *(corners[b] * size)), spar)
    draw.flush()
    pts = np.concatenate(boxes)
    lo, hi = np.clip(pts.min(axis=0), 0, 1), np.clip(pts.max(axis=0), 0, 1)
    return compose.clip_box((float(lo[0]), float(lo[1]), float(hi[0]), float(hi[1])))
