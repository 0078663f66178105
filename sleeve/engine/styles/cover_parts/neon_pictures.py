"""Neon as a picture, the title set beside it: a trace (the song's loudness as upright
tubes, mirrored or standing as a meter) and a roadside motel sign. Retired in round 10:
the market's wall of small signs ("sticker-pack clip-art icons"), the stripe (one tube
across a black frame under nine bench titles alike) and the macro (one fat hooked tube,
the same hook on twelve).

Each draws on a square sheet of `res` px, leaves the title's band calm and returns
the float RGB picture and the light's box (fractions, clear of the title's band)."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from PIL import Image, ImageDraw

from sleeve.engine import raster, signals
from sleeve.engine.styles.cover_parts import neon_scenes as scenes
from sleeve.engine.styles.cover_parts import neon_shapes as shapes
from sleeve.engine.styles.cover_parts import neon_tubes as tubes
from sleeve.engine.styles.cover_parts.neon_scenes import Box, Scene
from sleeve.engine.styles.cover_parts.neon_scenes import _room as _sign_room

GAP = 0.06  # the dark kept between the title's band and the light
LOUD = 0.56  # a louder song's trace or ring runs off the frame's edges
QUIET_TRACE = 0.44  # a quieter song's trace is a short row in the dark
STAND = 0.5  # the share of seeds whose trace stands as a meter on the edge far from the title


def _room(scene: Scene) -> Box:
    """The free part less GAP on the title's side (Perreo en la Azotea's last line
    touched a palm's fronds and took a grey scrim): the scenes' room, reaching no
    further than the frame."""
    return _sign_room(scene, 0.0, (0.0, 0.0), GAP)


def _across(scene: Scene) -> bool:
    """Whether a long tube runs across the frame (the title above or below it) rather
    than down it (the title in a right column)."""
    return scene.zone != "right"


def _envelope(curve: np.ndarray, n: int, loud: float) -> np.ndarray:
    """The song's loudness over time as `n` bar heights (0..1), stretched to their
    full range, the first and last few fading in and out (a loud song's fades are
    shorter)."""
    env = signals.resample(np.asarray(curve, np.float64), n)
    span = float(env.max() - env.min())
    env = 0.2 + 0.8 * (env - env.min()) / max(span, 1e-6)
    fade = np.minimum(np.arange(n) + 1, np.arange(n)[::-1] + 1) / (3.5 - 2.0 * loud)
    return env * np.clip(fade, 0.25, 1.0)


def _trace_span(scene: Scene, lo: float, hi: float) -> tuple[float, float, int, float]:
    """Where the trace's bars run along the room (start, end), how many and how tall
    (a share of the room across): a loud song's few fat bars run off both edges of the
    frame, a quiet song's short row stands to one side of a wide dark field (its place
    the seed's), else a full row inside the room."""
    if scene.energy > LOUD:
        return lo - 0.04, hi + 0.04, 11 + int(8 * scene.density), 0.5
    if scene.energy < QUIET_TRACE:
        span = 0.55 * (hi - lo)
        start = lo + 0.06 + (hi - lo - 0.12 - span) * float(scene.rng.random())
        return start, start + span, 9 + int(8 * scene.density), 0.3
    return lo + 0.09, hi - 0.09, 13 + int(14 * scene.density), 0.4


def trace_scene(scene: Scene) -> tuple[np.ndarray, Box]:
    """The song's loudness bent as a row of upright tubes, a waveform as a sound
    editor draws it mirrored about its silence line, the loudest bars in a second
    colour, or on STAND of the seeds a meter standing on the edge far from the title;
    a busy song bends more and thinner bars, a loud one fatter bars off the frame's
    edges, a quiet one a short row in the dark (_trace_span)."""
    x0, y0, x1, y1 = _room(scene)
    across = _across(scene)
    lo, hi = (x0, x1) if across else (y0, y1)
    a, b = (y0, y1) if across else (x0, x1)
    start, end, n, tall = _trace_span(scene, lo, hi)
    mid, half = (a + b) / 2, min(tall * (b - a), 0.5 * (b - a) - 0.04)
    # a meter on some seeds: the bars stand on the room's far edge from the title
    # (up from the foot under a top title), not mirrored about the middle
    far = b if scene.zone == "top" else a
    stand = float(np.sign(far - mid)) if scene.rng.random() < STAND else 0.0
    base, reach = far - stand * 0.08, min(2.2 * half, b - a - 0.12)
    env = _envelope(scene.curve, n, scene.energy)
    peak = np.quantile(env, 0.8)
    along = np.linspace(start, end, n)
    strokes = []
    for s_, e in zip(along, env, strict=True):
        ends = ((s_, mid - half * e), (s_, mid + half * e))
        if stand:
            ends = ((s_, base), (s_, base - stand * reach * e))
        pts = np.array(ends if across else [p[::-1] for p in ends])
        strokes.append(shapes.Stroke(pts, 1 if e >= peak else 0))
    pitch = (end - start) / max(n - 1, 1)
    width = float(np.clip(0.45 * pitch, 0.012, 0.042))
    t = tubes.Tubes(scene.res, scene.hues)
    box = tubes.draw_sign(
        t, strokes, (0.0, 0.0), 1.0, width, mounts=True, flicker=scene.flicker(strokes)
    )
    lit = tubes.light(t, reach=0.2, bloom=1.0, strength=scenes.SPILL)
    out = tubes.expose(scenes._albedo(scene, 1.2), lit)
    return scenes._calm(scene, out, 0.4), scenes._in_free(scene, scenes._grow(box, 0.02))


def _arrow(ex: tuple[float, float, float, float], pad: float, side: float) -> list:
    """A motel arrow from the panel's side bending down to the road (sign units), and
    the chaser bulbs along it: the arrow's strokes."""
    x = ex[2] + pad if side > 0 else ex[0] - pad
    out = x + side * 0.45
    low = ex[3] + pad + 0.3
    shaft = np.array([(x, 0.0), (out, 0.0), (out, low)])
    head = np.array([(out - 0.22, low - 0.22), (out, low), (out + 0.22, low - 0.22)])
    strokes = [shapes.Stroke(shaft, 2), shapes.Stroke(head, 2)]
    for k in range(7):  # bulbs along the shaft's outside
        t = k / 6.0
        bx, by = (
            (x + side * 0.45 * t * 2, -0.15)
            if t < 0.5
            else (out + side * 0.15, low * (t - 0.5) * 2)
        )
        strokes.append(shapes.Stroke(shapes.arc(bx, by, 0.06, 0, 360, 10), 1, True))
    return strokes


def roadside_scene(scene: Scene) -> tuple[np.ndarray, Box]:
    """A motel sign on its pole seen from the road at night: the drawing on a dark
    panel rimmed in tube, an arrow of chaser bulbs pointing down to the road, the
    night sky behind and the tail lights of passing cars streaked along the road."""
    res, rng = scene.res, scene.rng
    x0, y0, x1, y1 = _room(scene)
    ground = y1 - 0.02 if scene.zone == "bottom" else float(rng.uniform(0.86, 0.9))
    draw = scene.strokes()
    ex = shapes.extent(draw)
    pad = 0.22 * max(ex[2] - ex[0], ex[3] - ex[1])
    rim = scenes._rounded(ex[0] - pad, ex[1] - pad, ex[2] + pad, ex[3] + pad, pad * 0.8)
    side = float(rng.choice([-1.0, 1.0]))
    sign = [*draw, shapes.Stroke(rim, 0, True), *_arrow(ex, pad, side)]
    room = (x0 + 0.04, y0 + 0.01, x1 - 0.04, ground - 0.04)
    u = 0.35 - 0.15 * side + float(rng.uniform(-0.1, 0.1))
    box, lit = scenes._hang(
        scene, sign, room, (u, 0.2), grow=1.5, keep=0.05, mounts=False, glow=(0.16, 1.1)
    )
    out = scenes._night_sky(scene, ground)
    shapes_l = Image.new("L", (res, res), 0)
    d = ImageDraw.Draw(shapes_l)
    panel = (ex[0] - pad, ex[1] - pad, ex[2] + pad, ex[3] + pad)
    scale = (box[2] - box[0]) / max(shapes.extent(sign)[2] - shapes.extent(sign)[0], 1e-3)
    px0 = box[0] + (panel[0] - shapes.extent(sign)[0]) * scale
    px1 = px0 + (panel[2] - panel[0]) * scale
    py1 = box[1] + (panel[3] - shapes.extent(sign)[1]) * scale
    pole = (px0 + px1) / 2
    pw = max(2.0, res * 0.02)
    d.rectangle((pole * res - pw / 2, py1 * res, pole * res + pw / 2, res), fill=255)
    d.rounded_rectangle(
        (px0 * res, box[1] * res, px1 * res, py1 * res), radius=res * 0.02, fill=255
    )
    _, yy = raster.pixel_grid(res)
    dark = np.maximum(raster.from_image(shapes_l), (yy >= ground).astype(np.float32))
    night = np.array([0.025, 0.025, 0.035], np.float32) * (0.4 + lit.spill)
    out = out * (1 - dark[..., None]) + night * dark[..., None]
    out = tubes.roll_off(out + lit.emit + _trails(scene, ground))
    return scenes._calm(scene, out, 0.5), scenes._in_free(scene, scenes._grow(box, 0.02))


def _trails(scene: Scene, ground: float) -> np.ndarray:
    """Tail lights and headlights streaked along the road by a long exposure, in a
    band just under the horizon (float RGB)."""
    res, rng = scene.res, scene.rng
    layer = Image.new("RGB", (res, res), 0)
    d = ImageDraw.Draw(layer)
    band = 0.06 if scene.zone == "bottom" else 0.12
    for _ in range(4 + int(4 * scene.energy)):
        y = (ground + 0.012 + band * rng.random() ** 1.5) * res
        a, b = sorted(rng.uniform(-0.1, 1.1, 2) * res)
        red = rng.random() < 0.6
        colour = (255, 40, 30) if red else (255, 225, 170)
        k = float(rng.uniform(0.4, 1.0))
        d.line((a, y, b, y + rng.uniform(-1, 1)), fill=tuple(int(c * k) for c in colour),
               width=max(1, round(res * 0.004)))  # fmt: skip
    glow = raster.fast_blur(layer, res / 150)
    return raster.from_image(layer) * 0.8 + raster.from_image(glow) * 1.2


SCENES: dict[str, Callable[[Scene], tuple[np.ndarray, Box]]] = {
    "trace": trace_scene,
    "roadside": roadside_scene,
}
