"""The grain gradient's backlit silhouette: a soft-focus flower on a curving stem,
dark against a great glowing halo behind it (in the second colour), its edge
dissolving into grain. It takes the Plane and the seed's generator and returns a
Scene; the shape keeps out of the title's band (v < 0.34). (The head in profile that
stood here is retired: every reviewer read it as a stock head.)
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PIL import Image, ImageDraw, ImageFilter

from sleeve.engine.styles.cover_parts.grain_lights import rain
from sleeve.engine.styles.cover_parts.grain_scenes import BAND, Plane, Scene, smooth

F32 = np.float32
HALO = 1.4  # a flower's halo radius, in petal radii


def _u(rng: np.random.Generator, a: float, b: float) -> float:
    return float(rng.uniform(a, b))


@dataclass(frozen=True)
class Halo:
    """The disc of light behind a silhouette: its centre (across, down the frame) and
    radius, and how far down the frame the silhouette sinks into the field (from
    `fade` to `fade` + `depth`)."""

    u: float
    y: float
    r: float
    fade: float
    depth: float


def flower(pl: Plane, rng: np.random.Generator) -> Scene:
    """A soft-focus flower against its halo: a head of five to eight round petals,
    tilted, on a thin stem curving down out of the frame's far edge with one leaf
    (hanging from the top edge when the title sits at the bottom)."""
    r = _u(rng, 0.17, 0.21) + 0.03 * pl.energy
    cu = _u(rng, 0.36, 0.46)
    clear = BAND + 0.02 + HALO * r  # the halo clear of the title's band
    cy = max(_u(rng, 0.6, 0.66), clear) if pl.top else min(_u(rng, 0.34, 0.4), 1 - clear)
    petals, turn = int(rng.integers(6, 11)), _u(rng, 0, 2 * np.pi)
    reach = rng.uniform(0.85, 1.1, petals)  # each petal its own length
    squash = _u(rng, 0.7, 0.9)  # the head tilted away: an ellipse of petals
    ang = np.linspace(0, 2 * np.pi, 360, endpoint=False)
    lobe = np.floor((ang + turn) * petals / (2 * np.pi) + 0.5).astype(np.intp) % petals
    rad = r * (0.4 + 0.6 * np.abs(np.cos(petals * (ang + turn) / 2)) ** 0.6) * reach[lobe]
    head = list(zip(cu + rad * np.cos(ang), cy + squash * rad * np.sin(ang), strict=True))
    end = 1.05 if pl.top else -0.05  # the stem leaves by the frame's far edge
    bend = _u(rng, -0.12, 0.12)
    t = np.linspace(0, 1, 40)
    stem_u = cu + bend * np.sin(np.pi * t) + _u(rng, -0.06, 0.06) * t
    stem_y = cy + (end - cy) * t
    stem = list(zip(stem_u, stem_y, strict=True))
    at = int(rng.integers(20, 30))  # the leaf's joint on the stem
    side = float(rng.choice((-1.0, 1.0)))
    leaf = _leaf(stem[at], side, 0.8 * r, np.sign(end - cy))
    soft = _u(rng, 3.0, 6.0)
    cover = outline_mask(pl, [head, leaf], [(stem, 0.018)], soft)
    centre = np.hypot(pl.u - cu, (pl.y - cy) / squash) < 0.2 * r  # the lit heart
    halo = Halo(cu + _u(rng, -0.03, 0.03), cy, HALO * r, 9.0, 1.0)  # no fade
    scene = _backlit(pl, rng, cover, halo)
    light = scene.light + 0.1 * centre * cover
    box = (cu - halo.r, cy - halo.r, cu + halo.r, cy + halo.r)
    return Scene(light.astype(F32), scene.mix, pl.ybox(*box))


def _leaf(
    joint: tuple[float, float], side: float, length: float, down: float
) -> list[tuple[float, float]]:
    """A pointed leaf growing from the stem's joint out to `side`, tilted up."""
    t = np.linspace(0, np.pi, 24)
    along = np.concatenate([t, t[::-1]]) / np.pi * length
    width = 0.28 * length * np.sin(np.concatenate([t, t[::-1]]))
    width[len(t) :] *= -1
    lift = -0.5 * down  # the leaf points away from the stem's foot
    ux, uy = side * 0.9, lift
    norm = float(np.hypot(ux, uy))
    ux, uy = ux / norm, uy / norm
    xs = joint[0] + along * ux - width * uy
    ys = joint[1] + along * uy + width * ux
    return list(zip(xs, ys, strict=True))


def _backlit(pl: Plane, rng: np.random.Generator, cover: np.ndarray, halo: Halo) -> Scene:
    """The silhouette's coverage drawn dark against its halo and the halo's bloom on
    the field, a rim of light on the side it faces, its edge broken into grain; below
    the halo's fade line it sinks into the field. Rain falls through the light for a
    rain title. The box is the caller's."""
    dots = pl.dots(rng)
    dh = np.hypot(pl.u - halo.u, pl.y - halo.y)
    disc = pl.edge(halo.r - dh, 5.0)
    bloom = np.exp(-np.maximum(dh - halo.r, 0) / 0.08)
    back = 0.17 + 0.05 * pl.v + 0.3 * pl.grainy(bloom, dots, 0.3)
    lit = disc * (0.6 + 0.3 * np.exp(-dh / (0.5 * halo.r)))
    back = np.maximum(back, pl.grainy(lit, dots, 0.15))
    if "rain" in pl.motifs:  # rain falling through the halo's light behind the shape
        back = back + (0.06 + 0.3 * bloom) * rain(pl, rng)
    step = max(1, round(3 * pl.res / 512)) * (1 if pl.flip else -1)  # towards the face
    rim = cover * (1 - np.roll(cover, step, axis=1)) * (disc > 0.05)
    fade = smooth(halo.fade, halo.fade + halo.depth, pl.y)
    dark = 0.06 + 0.1 * fade + 0.55 * rim
    grainy = (dots < cover).astype(F32) * 0.4 + 0.6 * cover  # the edge breaks into grain
    light = back * (1 - grainy) + dark * grainy
    mix = 0.85 * disc * (1 - cover)
    return Scene(light.astype(F32), mix.astype(F32), (0.0, 0.0, 1.0, 1.0))


def outline_mask(
    pl: Plane,
    shapes: list[list[tuple[float, float]]],
    lines: list[tuple[list[tuple[float, float]], float]],
    soft: float,
) -> np.ndarray:
    """Coverage (0..1) of filled outlines and stroked lines (width a frame fraction)
    given as (across, down the frame) fractions, mirrored with the plane and blurred
    by `soft` pixels at 512."""
    size = pl.res * 2

    def px(points: list[tuple[float, float]]) -> list[tuple[float, float]]:
        return [((1 - x if pl.flip else x) * size, y * size) for x, y in points]

    mask = Image.new("L", (size, size), 0)
    draw = ImageDraw.Draw(mask)
    for shape in shapes:
        draw.polygon(px(shape), fill=255)
    for line, width in lines:
        draw.line(px(line), fill=255, width=max(1, round(width * size)), joint="curve")
    mask = mask.resize((pl.res, pl.res), Image.Resampling.BOX)
    mask = mask.filter(ImageFilter.GaussianBlur(soft * pl.res / 512))
    return np.asarray(mask, F32) / 255.0
