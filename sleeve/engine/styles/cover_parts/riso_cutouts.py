"""Cut-paper figures for the risograph, drawn only for a title that names them: a
flower, a moon, a wave, a mountain, a sun (one clean halftone disc), a star and a duck.

Each is three coverage fields at the plate resolution: the body (the lead ink,
solid), a detail (the third ink, overprinting it) and a hole (bare paper cut through
the body, as a knife would).

Every figure is drawn round a centre (cx, cy) at a scale s (about half its height)
and keeps within about 1.1 s of the centre, so a composition can size it to its
area; a figure with a stem runs it down off the area's edge (`down`
turns it to run up when the title sits below).
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from sleeve.engine.styles.cover_parts.paper_pond import duck_parts
from sleeve.engine.styles.cover_parts.riso_shapes import (
    RES,
    Rng,
    blank,
    disc,
    fill,
    grid,
    polygons,
    star,
    wobble,
)

Cut = tuple[np.ndarray, np.ndarray, np.ndarray]  # body, detail, hole


def capsule(ax: float, ay: float, bx: float, by: float, r: float) -> np.ndarray:
    """Signed distance of a round-ended bar from (ax, ay) to (bx, by), worked out only
    in the bar's box (a figure holds up to a dozen: the whole plate each time cost
    more than the print)."""
    out = np.full((RES, RES), -1.0, np.float32)
    pad = r + 2.0 / RES
    c0, c1 = (
        int(np.clip(np.floor(v * RES), 0, RES))
        for v in (min(ax, bx) - pad, max(ax, bx) + pad + 1 / RES)
    )
    r0, r1 = (
        int(np.clip(np.floor(v * RES), 0, RES))
        for v in (min(ay, by) - pad, max(ay, by) + pad + 1 / RES)
    )
    if c1 <= c0 or r1 <= r0:
        return out
    x = ((np.arange(c0, c1, dtype=np.float32) + 0.5) / RES)[None, :]
    y = ((np.arange(r0, r1, dtype=np.float32) + 0.5) / RES)[:, None]
    px, py, dx, dy = x - ax, y - ay, bx - ax, by - ay
    h = np.clip((px * dx + py * dy) / (dx * dx + dy * dy + 1e-9), 0, 1)
    out[r0:r1, c0:c1] = r - np.sqrt((px - h * dx) ** 2 + (py - h * dy) ** 2)
    return out


def _flip(sdf: np.ndarray, cy: float, down: bool) -> np.ndarray:
    """A field drawn upright round cy, turned upside down about cy when not `down`."""
    if down:
        return sdf
    rows = np.arange(sdf.shape[0])
    res = sdf.shape[0]
    src = np.clip(np.round(2 * cy * res - 1 - rows).astype(np.int32), 0, res - 1)
    return sdf[src]


def flower(cx: float, cy: float, s: float, rng: Rng, down: bool) -> Cut:
    """A daisy head of five to eight round petals, its heart in the third ink."""
    k = int(rng.integers(5, 9))
    t = np.linspace(0, 2 * np.pi, 360, endpoint=False)
    turn = rng.uniform(0, np.pi)
    r = s * (0.42 + 0.58 * np.abs(np.cos(k * (t + turn) / 2)) ** 0.55)
    head = polygons([list(zip(cx + r * np.cos(t), cy + r * np.sin(t), strict=True))])
    body = np.maximum(head, _flip(fill(capsule(cx, cy, cx + 0.1 * s, cy + 3 * s, 0.07 * s)),
                                  cy, down))  # fmt: skip
    centre = disc(cx, cy, 0.26 * s)
    return body, fill(centre), fill(centre - 0.17 * s)


def moon(cx: float, cy: float, s: float, rng: Rng, down: bool) -> Cut:
    """A crescent moon, a few stars in its hollow in the third ink."""
    side = float(rng.choice((-1, 1)))
    bite = disc(cx + side * 0.42 * s, cy - 0.2 * s, 0.84 * s)
    body = fill(np.minimum(disc(cx, cy, s), -bite) + wobble(rng, 0.003))
    stars = [star(cx + side * (0.3 + 0.25 * k) * s, cy - (0.55 - 0.45 * k) * s,
                  (0.16 - 0.04 * k) * s, 4, 0.35, 0.0) for k in range(3)]  # fmt: skip
    return body, polygons(stars), blank()


def wave(cx: float, cy: float, s: float, rng: Rng, down: bool) -> Cut:
    """A breaking wave: a swell high on one side whose lip curls over in a tapering
    spiral, foam lines in the third ink across its face."""
    x, y = grid()
    side = float(rng.choice((-1, 1)))
    u = (x - cx) * side
    r0, peak = 0.75 * s, 0.4 * s  # the curl leaves the swell's peak over its front
    ox, oy = cx + side * (peak - 0.36 * r0), cy - 0.25 * s
    low, top = cy + 0.9 * s, oy - 0.93 * r0
    spread = np.where(u < peak, 0.3 * s, 1.0 * s)
    crest = low - (low - top) * np.exp(-(((u - peak) / spread) ** 2))
    phi = np.linspace(1.2, 5.7, 90)
    t = (phi - phi[0]) / (phi[-1] - phi[0])
    outer = r0 * (1 - 0.6 * t)
    inner = outer - r0 * (0.42 * (1 - t) + 0.06)
    ring = [
        (ox + side * r * np.cos(f), oy - r * np.sin(f)) for r, f in zip(outer, phi, strict=True)
    ]
    ring += [(ox + side * r * np.cos(f), oy - r * np.sin(f))
             for r, f in zip(inner[::-1], phi[::-1], strict=True)]  # fmt: skip
    body = np.maximum(fill(y - crest + wobble(rng, 0.004)), polygons([ring]))
    foam = np.zeros_like(body)
    for k in range(4):  # foam lines across its face
        line = crest + (0.22 + 0.2 * k) * s
        foam = np.maximum(foam, fill(0.02 * s - np.abs(y - line)))
    return body, foam * body, blank()


def mountain(cx: float, cy: float, s: float, rng: Rng, down: bool) -> Cut:
    """Two peaks cut from one sheet, the high one capped with bare-paper snow."""
    tip = cx + rng.uniform(-0.2, 0.2) * s
    side = float(rng.choice((-1, 1)))
    ridge = ((-1.5, 1.4), (0.0, -0.95), (0.55, -0.2), (0.85, -0.45), (1.6, 1.4))
    peaks = [(tip + side * u * s, cy + v * s) for u, v in ridge]  # mirrored, never crossed
    body = polygons([peaks])
    cap, n = [(tip, cy - 0.95 * s)], 5
    for k in range(n + 1):  # the snow line, a zig-zag between the flanks
        f = k / n
        depth = 0.35 if k % 2 else 0.22
        cap.append((tip + (f - 0.5) * 0.95 * s * (1 + depth), cy - 0.95 * s + depth * 1.6 * s))
    return body, blank(), polygons([cap]) * body


def sun(cx: float, cy: float, s: float, rng: Rng, down: bool) -> Cut:
    """A sun as one clean disc (its cut rays and ringed core read as "a virus" and
    "a germ" to two reviewers): solid in the lead ink, a halftone in the third ink
    deepening across it from the side away from the light, so it reads round."""
    core = disc(cx, cy, s)
    light = rng.uniform(0, 2 * np.pi)
    x, y = grid()
    away = ((x - cx) * np.cos(light) + (y - cy) * np.sin(light)) / s  # -1 .. 1 across it
    shade = np.clip(0.5 * (away + 0.2), 0, 0.42)  # past 0.45 a screen reads as a checkerboard
    shade = shade * fill(core - 0.02 * s)
    return fill(core), shade.astype(np.float32), blank()


def bigstar(cx: float, cy: float, s: float, rng: Rng, down: bool) -> Cut:
    """One huge five-pointed star, a small one inside in the third ink."""
    turn = rng.uniform(-0.3, 0.3)
    return (
        polygons([star(cx, cy + 0.1 * s, 1.1 * s, 5, 0.45, turn)]),
        polygons([star(cx, cy + 0.1 * s, 0.35 * s, 5, 0.45, turn)]),
        blank(),
    )


def duck(cx: float, cy: float, s: float, rng: Rng, down: bool) -> Cut:
    """A duckling afloat (paper cut's duck, one silhouette): its body, head and raised
    tail in the lead ink; its beak, wing and two wavy water lines under it in the
    third ink, overprinting; its eye a ring of bare paper round a pupil of both inks."""
    side = float(rng.choice((-1, 1)))
    k = 1.38 * s
    bob = rng.uniform(-0.08, 0.06)
    c, si = np.cos(bob), np.sin(bob)

    def at(pts: list[tuple[float, float]]) -> list[tuple[float, float]]:
        out = []
        for u, v in pts:
            u, v = u - 0.08, v + 0.36  # the figure's middle
            out.append((cx + side * k * (u * c - v * si), cy + k * (u * si + v * c)))
        return out

    parts = duck_parts(rng.uniform(0.2, 0.8))
    body = polygons([at(p) for p, _ in parts["duck"]])
    eye_at = np.mean(np.array(at(parts["eye"][0][0])), axis=0)
    er = 0.11 * k
    pupil = disc(float(eye_at[0]) + side * 0.02 * k, float(eye_at[1]), 0.055 * k)
    ring = fill(disc(float(eye_at[0]), float(eye_at[1]), er)) * (1 - fill(pupil))
    x, y = grid()
    water = np.zeros_like(body)
    for j in range(2):  # two wavy water lines across its belly and below it
        line = cy + (0.47 + 0.14 * j) * k + 0.025 * k * np.sin((x - cx) / k * 9 + 1.7 * j)
        reach = fill(0.85 * k - np.abs(x - cx + side * 0.05 * k) + 0 * y)
        water = np.maximum(water, fill(0.028 * k - np.abs(y - line)) * reach)
    detail = np.maximum(polygons([at(parts["beak"][0][0]), at(parts["wing"][0][0])]), water)
    detail = np.maximum(detail, fill(pupil))  # the pupil overprinted: dark on a pale body
    return body, detail, ring


Figure = Callable[[float, float, float, Rng, bool], Cut]
FIGURES: dict[str, Figure] = {
    "flower": flower,
    "moon": moon,
    "wave": wave,
    "mountain": mountain,
    "sun": sun,
    "star": bigstar,
    "duck": duck,
}
