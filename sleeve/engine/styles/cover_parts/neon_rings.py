"""The ring: the song's loudness bent as a burst of radial tubes round a dark hub, one
round sign at poster scale (the trace's row of bars bent into a circle). A quiet song
hangs the whole ring in the free part, off centre by its seed; a loud one grows it past
the frame's far edge so the frame crops it into a rising half-burst."""

from __future__ import annotations

import numpy as np

from sleeve.engine.styles.cover_parts import neon_pictures as pictures
from sleeve.engine.styles.cover_parts import neon_scenes as scenes
from sleeve.engine.styles.cover_parts import neon_shapes as shapes
from sleeve.engine.styles.cover_parts import neon_tubes as tubes
from sleeve.engine.styles.cover_parts.neon_scenes import Box, Scene

HUB = 0.42  # the dark hub's radius, a share of the ring's
KEEP = 0.04  # the margin a whole ring keeps inside its room (its glow needs it too)


def _hub_and_radius(scene: Scene, room: Box) -> tuple[float, float, float, bool]:
    """The ring's centre (x, y), its outer radius and whether the frame crops it: whole
    and off centre in the room for a quiet song; for a loud one bigger, its centre on
    the frame's edge away from the title."""
    x0, y0, x1, y1 = room
    w, h = x1 - x0, y1 - y0
    cropped = scene.energy > pictures.LOUD
    if cropped:
        r = 0.92 * min(max(w, h), 2 * min(w, h))
        along = float(scene.rng.uniform(0.3, 0.7))
        if scene.zone == "right":  # the title in a right column: the ring on the left edge
            return 0.0, y0 + along * h, min(r, w * 0.95), True
        edge = 1.0 if scene.zone == "top" else 0.0  # away from the title's band
        return x0 + along * w, edge, min(r, h * 0.95), True
    r = 0.5 * min(w, h) - KEEP
    cx = x0 + r + KEEP + (w - 2 * r - 2 * KEEP) * float(scene.rng.random())
    cy = y0 + r + KEEP + (h - 2 * r - 2 * KEEP) * float(scene.rng.random())
    return cx, cy, r, False


def ring_scene(scene: Scene) -> tuple[np.ndarray, Box]:
    """The song's loudness as radial tubes round a hub, the loudest in a second colour,
    a thin ring tube round the hub; a busy song bends more and thinner spokes."""
    room = pictures._room(scene)
    cx, cy, r, cropped = _hub_and_radius(scene, room)
    n = 28 + int(20 * scene.density)
    turn = 180.0 if cropped else 360.0  # a cropped ring spends its spokes on what shows
    start = {"top": 180.0, "bottom": 0.0}.get(scene.zone, -90.0) if cropped else -90.0
    env = pictures._envelope(scene.curve, n, scene.energy)
    peak = np.quantile(env, 0.8)
    hub = HUB * r
    angles = np.radians(start + turn * (np.arange(n) + 0.5) / n)
    strokes = []
    for a, e in zip(angles, env, strict=True):
        tip = hub * 1.25 + (r - hub * 1.25) * e  # the quietest spoke still a stub of glass
        ray = np.array([(np.cos(a), np.sin(a))]) * [[hub * 1.12], [tip]] + (cx, cy)
        strokes.append(shapes.Stroke(ray, 1 if e >= peak else 0))
    strokes.append(shapes.Stroke(shapes.arc(cx, cy, hub, 0.0, 360.0, 96), 1, closed=True))
    pitch = np.radians(turn) * hub * 1.12 / n
    width = float(np.clip(0.5 * pitch, 0.01, 0.026))
    t = tubes.Tubes(scene.res, scene.hues)
    box = tubes.draw_sign(t, strokes, (0.0, 0.0), 1.0, width, mounts=False)
    lit = tubes.light(t, reach=0.2, bloom=1.0, strength=scenes.SPILL)
    out = tubes.expose(scenes._albedo(scene, 1.2), lit)
    return scenes._calm(scene, out, 0.4), scenes._in_free(scene, scenes._grow(box, 0.02))
