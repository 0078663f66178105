"""The ring: the song's loudness bent round a dark hub, one round sign at poster scale:
a burst of radial tubes (the trace's row of bars bent into a circle) or, for a sparse
song, concentric arcs each as long as its stretch of the song is loud. A quiet song
hangs the whole ring in the free part, off centre by its seed; a loud one grows
a burst past the frame's far edge so the frame crops it, the song spread over the
spokes it shows: its hub along that edge, sunk past it (a dome of spoke tips) or in
a corner (a quarter burst), by the seed (Sunny Days and Καλοκαίρι drew one half
burst)."""

from __future__ import annotations

import numpy as np

from sleeve.engine.styles.cover_parts import neon_pictures as pictures
from sleeve.engine.styles.cover_parts import neon_scenes as scenes
from sleeve.engine.styles.cover_parts import neon_shapes as shapes
from sleeve.engine.styles.cover_parts import neon_tubes as tubes
from sleeve.engine.styles.cover_parts.neon_scenes import Box, Scene

HUB = 0.42  # the dark hub's radius, a share of the ring's
KEEP = 0.04  # the margin a whole ring keeps inside its room (its glow needs it too)
SPARSE = 0.5  # a whole ring of a song sparser than this is concentric arcs, not spokes
CORNER = 0.35  # the share of cropped rings whose hub sits in a corner of the frame


def _hub_and_radius(scene: Scene, room: Box) -> tuple[float, float, float, bool]:
    """The ring's centre (x, y), its outer radius and whether the frame crops it: whole
    and off centre in the room for a quiet song; for a loud one bigger, its centre on
    the frame's edge away from the title."""
    x0, y0, x1, y1 = room
    w, h = x1 - x0, y1 - y0
    cropped = scene.energy > pictures.LOUD
    if cropped:
        r = 0.92 * min(max(w, h), 2 * min(w, h))
        along = float(scene.rng.uniform(0.25, 0.75))
        corner = scene.rng.random() < CORNER  # a quarter burst from a corner
        if corner:
            along = float(scene.rng.choice([0.0, 1.0]))
        # the hub sunk past the edge, by the seed and deeper for a louder song: a
        # shallow dome of spoke tips, or a fuller half burst
        sink = float(scene.rng.uniform(0.0, 0.35)) * (0.5 + scene.energy) * (not corner)
        if scene.zone == "right":  # the title in a right column: the ring on the left edge
            r = min(r, w * (0.95 + sink))
            return -sink * r, y0 + along * h, r, True
        r = min(r, h * (0.95 + sink))
        edge = 1.0 if scene.zone == "top" else 0.0  # away from the title's band
        return x0 + along * w, edge + (sink * r if edge else -sink * r), r, True
    r = 0.5 * min(w, h) - KEEP
    cx = x0 + r + KEEP + (w - 2 * r - 2 * KEEP) * float(scene.rng.random())
    cy = y0 + r + KEEP + (h - 2 * r - 2 * KEEP) * float(scene.rng.random())
    return cx, cy, r, False


def _spokes(scene: Scene, cx: float, cy: float, r: float, cropped: bool) -> list:
    """The loudness as radial tubes round the hub, the loudest in a second colour,
    a thin ring tube round the hub; a busy song bends more and thinner spokes."""
    n = (2 if cropped else 1) * (28 + int(20 * scene.density))  # the frame keeps some
    hub = HUB * r
    angles = np.radians(-90.0 + 360.0 * (np.arange(n) + 0.5) / n)
    if cropped:  # a cropped ring spends the song on the spokes the frame shows
        mid = np.stack([np.cos(angles), np.sin(angles)], 1) * (hub + r) / 2 + (cx, cy)
        angles = angles[((mid > -0.02) & (mid < 1.02)).all(axis=1)]
        if angles.size and np.ptp(angles) > np.pi * 1.5:  # the visible arc spans -90°
            angles = np.sort(np.where(angles < np.pi / 2, angles + 2 * np.pi, angles))
    env = pictures._envelope(scene.curve, len(angles), scene.energy)
    peak = np.quantile(env, 0.8)
    strokes = []
    for a, e in zip(angles, env, strict=True):
        tip = hub * 1.25 + (r - hub * 1.25) * e  # the quietest spoke still a stub of glass
        ray = np.array([(np.cos(a), np.sin(a))]) * [[hub * 1.12], [tip]] + (cx, cy)
        strokes.append(shapes.Stroke(ray, 1 if e >= peak else 0))
    strokes.append(shapes.Stroke(shapes.arc(cx, cy, hub, 0.0, 360.0, 96), 1, closed=True))
    pitch = np.radians(360.0) * hub * 1.12 / n
    return strokes, float(np.clip(0.5 * pitch, 0.01, 0.026))


def _arcs(scene: Scene, cx: float, cy: float, r: float) -> list:
    """The loudness as concentric arcs, the song's opening innermost: each ring's sweep
    how loud its stretch of the song is, starting where the seed turns it, the
    loudest in a second colour (a sparse song's gauge, not a burst of spokes)."""
    n = 5 + int(4 * scene.energy)
    env = pictures._envelope(scene.curve, n, scene.energy)
    peak = np.quantile(env, 0.8)
    pitch = (1.0 - HUB * 0.6) * r / n
    strokes = []
    for k, e in enumerate(env):
        radius = HUB * 0.6 * r + pitch * (k + 0.5)
        start = float(scene.rng.uniform(0.0, 360.0))
        sweep = 40.0 + 290.0 * float(e)
        points = max(12, int(sweep / 4))
        arc = shapes.arc(cx, cy, radius, start, start + sweep, points)
        strokes.append(shapes.Stroke(arc, 1 if e >= peak else 0))
    return strokes, float(np.clip(0.42 * pitch, 0.012, 0.03))


def ring_tubes(scene: Scene, cx: float, cy: float, r: float, cropped: bool) -> tuple:
    """The ring's strokes round (cx, cy) out to `r` and their tube width: concentric
    arcs for a whole ring of a song sparser than SPARSE, else spokes."""
    if scene.density < SPARSE and not cropped:
        return _arcs(scene, cx, cy, r)
    return _spokes(scene, cx, cy, r, cropped)


def ring_scene(scene: Scene) -> tuple[np.ndarray, Box]:
    """The song's loudness round a dark hub: radial spokes for a busy song, concentric
    arcs for a sparse one (SPARSE); whole in the dark or cropped by the frame."""
    room = pictures._room(scene)
    strokes, width = ring_tubes(scene, *_hub_and_radius(scene, room))
    t = tubes.Tubes(scene.res, scene.hues)
    box = tubes.draw_sign(t, strokes, (0.0, 0.0), 1.0, width, mounts=False)
    lit = tubes.light(t, reach=0.2, bloom=1.0, strength=scenes.SPILL)
    out = tubes.expose(scenes._albedo(scene, 1.2), lit)
    return scenes._calm(scene, out, 0.4), scenes._in_free(scene, scenes._grow(box, 0.02))
