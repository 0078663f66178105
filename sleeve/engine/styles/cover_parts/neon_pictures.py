"""Neon as a picture, the title set beside it: a trace (the song's loudness as upright
tubes), a macro (a fat tube and its electrode) and a roadside motel sign. Retired
(round-10 reviewers): the market's wall of small signs ("sticker-pack clip-art
icons") and the stripe, one tube across a black frame under nine titles alike.

Each draws on a square sheet of `res` px, leaves the title's band calm and returns
the float RGB picture and the light's box (fractions, clear of the title's band)."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from PIL import Image, ImageDraw, ImageFilter

from sleeve.engine import raster, signals
from sleeve.engine.styles.cover_parts import neon_scenes as scenes
from sleeve.engine.styles.cover_parts import neon_shapes as shapes
from sleeve.engine.styles.cover_parts import neon_tubes as tubes
from sleeve.engine.styles.cover_parts.neon_scenes import Box, Scene
from sleeve.engine.styles.cover_parts.neon_scenes import _room as _sign_room

GAP = 0.06  # the dark kept between the title's band and the light
LOUD = 0.62  # a louder song's trace or ring runs off the frame's edges
QUIET_TRACE = 0.38  # a quieter song's trace is a short row in the dark


def _room(scene: Scene) -> Box:
    """The free part less GAP on the title's side (Perreo en la Azotea's last line
    touched a palm's fronds and took a grey scrim): the scenes' room, reaching no
    further than the frame."""
    return _sign_room(scene, 0.0, (0.0, 0.0), GAP)


def _across(scene: Scene) -> bool:
    """Whether a long tube runs across the frame (the title above or below it) rather
    than down it (the title in a right column)."""
    return scene.zone != "right"


def _line_box(points: np.ndarray, width: float) -> Box:
    pad = width / 2 + 0.01
    return (
        float(points[:, 0].min() - pad),
        float(points[:, 1].min() - pad),
        float(points[:, 0].max() + pad),
        float(points[:, 1].max() + pad),
    )


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
    colour; a busy song bends more and thinner bars, a loud one fatter bars off the
    frame's edges, a quiet one a short row in the dark (_trace_span)."""
    x0, y0, x1, y1 = _room(scene)
    across = _across(scene)
    lo, hi = (x0, x1) if across else (y0, y1)
    a, b = (y0, y1) if across else (x0, x1)
    start, end, n, tall = _trace_span(scene, lo, hi)
    mid, half = (a + b) / 2, min(tall * (b - a), 0.5 * (b - a) - 0.04)
    env = _envelope(scene.curve, n, scene.energy)
    peak = np.quantile(env, 0.8)
    along = np.linspace(start, end, n)
    strokes = []
    for s_, e in zip(along, env, strict=True):
        ends = ((s_, mid - half * e), (s_, mid + half * e))
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


def macro_scene(scene: Scene) -> tuple[np.ndarray, Box]:
    """A fat glass tube close up: it bends in from the frame's edge and ends in its
    electrode (a metal cap and a lead wire), glass catching a highlight, the far end
    and the title's side out of focus, far lights as soft discs behind."""
    res, rng = scene.res, scene.rng
    x0, y0, x1, y1 = _room(scene)
    width = float(rng.uniform(0.07, 0.1))
    # the tube rises from the frame's edge away from the title and bends over (a U, or
    # further round) so its electrode end hangs inside the free part
    r = float(np.clip(0.3 * min(x1 - x0, y1 - y0), 0.12, 0.2))
    sweep = float(rng.choice([150.0, 200.0, 270.0]))
    local = np.concatenate([[(-r, 1.6), (-r, 0.0)], shapes.arc(0, 0, r, 180, 180 + sweep, 60)])
    if rng.random() < 0.5:
        local = local * [-1.0, 1.0]
    lean = float(rng.uniform(-0.5, 0.5))  # the tube leans off upright
    c, s_ = np.cos(lean), np.sin(lean)
    local = local @ np.array([[c, s_], [-s_, c]])
    away = {"bottom": 2, "right": 1}.get(scene.zone, 0)  # quarter turns from "down"
    for _ in range(away):
        local = np.stack([-local[:, 1], local[:, 0]], 1)
    cx = x0 + (x1 - x0) * float(rng.uniform(0.35, 0.65))
    cy = y0 + (y1 - y0) * float(rng.uniform(0.4, 0.6))
    tube = local + [cx, cy]
    bend = tube[2:]
    end, back = bend[-1], bend[-1] - bend[-2]
    back /= np.linalg.norm(back)
    t = tubes.Tubes(res, scene.hues)
    tubes.draw_sign(t, [shapes.Stroke(tube)], (0.0, 0.0), 1.0, width, mounts=False)
    lit = tubes.light(t, reach=0.25, bloom=1.1, strength=1.0)
    wall = scenes._albedo(scene, 3.0) * 0.4
    out = tubes.expose(wall, lit, ambient=0.03)
    out = out + scenes._bokeh(scene, 14, (0.03, 0.09), 0.16) + _far_tube(scene, cx, cy, r)
    out = _electrode(out, end, back, width, res)
    out = _highlight(out, tube, width, res)
    soft = raster.from_image(
        raster.to_image(np.clip(out, 0, 1)).filter(ImageFilter.GaussianBlur(res / 70))
    )
    xx, yy = raster.pixel_grid(res)
    focus = np.hypot(xx - end[0], yy - end[1])  # sharp at the electrode
    ramp = np.clip((focus - 0.18) / 0.3, 0, 1)[..., None]
    out = out * (1 - ramp) + soft * ramp
    box = _line_box(np.concatenate([bend, [end + back * 0.12]]), width)
    return scenes._calm(scene, out, 0.75), scenes._in_free(scene, box)


def _far_tube(scene: Scene, cx: float, cy: float, r: float) -> np.ndarray:
    """A second bend behind, in the next tube colour, far out of focus (float RGB)."""
    res = scene.res
    t = tubes.Tubes(res, scene.hues)
    a0 = float(scene.rng.uniform(0, 360))
    dx, dy = scene.rng.uniform(-0.35, 0.35, 2)
    bend = shapes.arc(cx + dx, cy + dy, r * 1.6, a0, a0 + 200, 40)
    tubes.draw_sign(t, [shapes.Stroke(bend, 1)], (0.0, 0.0), 1.0, 0.06, mounts=False)
    far = raster.fast_blur(t.rgb, res / 40)
    return raster.from_image(far) * 0.55


def _electrode(
    out: np.ndarray, end: np.ndarray, back: np.ndarray, width: float, res: int
) -> np.ndarray:
    """The tube's end: a dull metal cap a little narrower than the glass, its lead
    wire running on, drawn over the picture (float RGB)."""
    layer = Image.new("L", (res, res), 0)
    shine = Image.new("L", (res, res), 0)
    d, s = ImageDraw.Draw(layer), ImageDraw.Draw(shine)
    side = np.array([-back[1], back[0]])
    cap = [end + side * width * 0.42, end + side * width * 0.42 + back * width * 1.3,
           end - side * width * 0.42 + back * width * 1.3, end - side * width * 0.42]  # fmt: skip
    d.polygon([tuple(p * res) for p in cap], fill=255)
    lead = [end + back * width * 1.3, end + back * (width * 1.3 + 0.2) + side * 0.05]
    d.line([tuple(p * res) for p in lead], fill=255, width=max(1, round(res * 0.006)))
    s.line(
        [tuple((end + side * width * 0.22 + back * width * k) * res) for k in (0.15, 1.15)],
        fill=255,
        width=max(1, round(res * width * 0.12)),
    )
    mask = raster.from_image(layer.filter(ImageFilter.GaussianBlur(res / 500)))[..., None]
    gleam = raster.from_image(shine.filter(ImageFilter.GaussianBlur(res / 300)))[..., None]
    metal = np.array([0.09, 0.09, 0.1], np.float32) + 0.25 * out * 0.5
    return out * (1 - mask) + (metal * mask) + 0.45 * gleam * mask


def _highlight(out: np.ndarray, tube: np.ndarray, width: float, res: int) -> np.ndarray:
    """A thin white gleam along the glass's upper edge."""
    layer = Image.new("L", (res, res), 0)
    pts = [(x * res, (y - width * 0.33) * res) for x, y in tube]
    ImageDraw.Draw(layer).line(pts, fill=255, width=max(1, round(res * width * 0.08)))
    gleam = raster.from_image(layer.filter(ImageFilter.GaussianBlur(res / 400)))[..., None]
    return tubes.roll_off(out + 0.35 * gleam)


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
    "macro": macro_scene,
    "roadside": roadside_scene,
}
