"""The grain gradient's pictures made of one light: a lens flare across a dark field
(a white-hot star with an anamorphic streak and a chain of tinted ghosts), and a
soft-focus head-and-shoulders silhouette against a glowing halo, rim-lit, its edge
dissolving into grain. Each takes the Plane and the seed's generator and returns a
Scene; the light keeps out of the title's band (v < 0.34).
"""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageDraw, ImageFilter

from sleeve.engine.styles.cover_parts.grain_lights import rain
from sleeve.engine.styles.cover_parts.grain_scenes import BAND, Plane, Scene, smooth

F32 = np.float32


def _u(rng: np.random.Generator, a: float, b: float) -> float:
    return float(rng.uniform(a, b))


def flare(pl: Plane, rng: np.random.Generator) -> Scene:
    """A lens flare: a small white-hot source off the middle, high in the art's part
    of the frame, with a six-point star, a long thin anamorphic streak across the
    frame, and three to five ghosts (soft-rimmed discs in the second colour) strung
    along the line from the source through the frame's centre. A lively song's
    streak is longer and its ghosts more."""
    us, vs = _u(rng, 0.2, 0.32), _u(rng, 0.7, 0.8)
    spin = _u(rng, 0, np.pi / 3)
    ghosts = 3 + int(rng.integers(2)) + int(pl.energy > 0.6)
    reach = _u(rng, 0.35, 0.5) + 0.3 * pl.energy
    dots = pl.dots(rng)
    u, v = pl.u, pl.v
    du, dv = u - us, v - vs
    d = np.hypot(du, dv)
    star = np.abs(np.cos(3 * (np.arctan2(dv, du) + spin))) ** 60 * np.exp(-d / 0.12)
    streak = np.exp(-((dv / 0.0045) ** 2)) * np.exp(-np.abs(du) / reach)
    glow = np.exp(-d / 0.08) + 0.5 * np.exp(-d / 0.25)
    field = 0.13 + 0.08 * v + 0.1 * np.exp(-d / 0.45)
    light = field + 0.55 * pl.grainy(np.clip(glow, 0, 1), dots, 0.4)
    light = light + 0.5 * star + 0.6 * streak + pl.edge(0.012 - d, 1.5)
    mix = np.zeros_like(light)
    cu, cv = 0.8, _u(rng, 0.46, 0.54)  # the ghosts' axis runs towards here
    spots = np.sort(rng.uniform(0.4, 1.3, ghosts))
    sizes = rng.permutation((0.012, 0.022, 0.035, 0.05, 0.085)[: ghosts - 1] + (0.11,))
    for t, gr in zip(spots, sizes, strict=True):
        gu, gv = us + t * (cu - us), vs + t * (cv - vs)
        dg = np.hypot(u - gu, v - gv)
        disc = pl.edge(gr - dg, 2.5)
        rim = np.exp(-(((dg - gr) / 0.006) ** 2))
        faint = 0.12 / (0.12 + gr)  # the large ghosts are faint
        ghost = faint * ((0.12 + 0.22 * (dg / gr) ** 2) * disc + 0.3 * rim)
        far = smooth(0.2, 0.42, gv)  # a ghost in the title's band stays faint
        light = light + ghost * far
        mix = np.maximum(mix, np.clip(disc + rim, 0, 1) * far)
    box = (max(0.0, us - 0.18), max(0.36, vs - 0.18), min(1.0, us + 0.22), min(1.0, vs + 0.2))
    return Scene(np.clip(light, 0, 1).astype(F32), mix.astype(F32), box)


# a head in profile facing right (x right, y down, the head's height 1 from the crown
# to the chin), its neck and one shoulder running out of the frame: a smooth curve
# runs through these points
PROFILE = (
    (0.02, 0.0), (0.2, 0.03), (0.33, 0.12), (0.4, 0.24), (0.42, 0.35), (0.395, 0.41),
    (0.43, 0.47), (0.5, 0.565), (0.45, 0.6), (0.445, 0.645), (0.415, 0.675),
    (0.435, 0.72), (0.395, 0.775), (0.41, 0.84), (0.34, 0.9), (0.22, 0.93), (0.2, 1.08),
    (0.36, 1.22), (0.48, 1.5), (0.5, 2.4), (-0.95, 2.4), (-0.9, 1.4), (-0.6, 1.2),
    (-0.25, 1.08), (-0.18, 0.86), (-0.3, 0.66), (-0.36, 0.4), (-0.28, 0.14),
)  # fmt: skip


def figure(pl: Plane, rng: np.random.Generator) -> Scene:
    """A soft-focus head in profile, dark against a great glowing halo behind it (in
    the second colour), a rim of light along the face; the edge dissolves into grain,
    and the neck and shoulder run out of the frame's far edge. A title that names
    rain has it falling through the halo's light."""
    height = _u(rng, 0.3, 0.36) + 0.04 * pl.energy
    halo_r = height * _u(rng, 0.78, 0.95)
    x0 = _u(rng, 0.3, 0.4)  # the crown, across the frame
    yc = _u(rng, 0.46, 0.52) if pl.top else _u(rng, 0.06, 0.12)  # clear of the calm band
    hu, hy = x0 + _u(rng, 0.06, 0.14) * height, yc + height * _u(rng, 0.3, 0.45)
    if pl.top:  # the halo clear of the title's band
        hy = max(hy, BAND + 0.02 + halo_r)
    soft = _u(rng, 1.5, 3.5) * pl.res / 512  # the focus blur, in pixels
    dots = pl.dots(rng)
    cover = _profile(pl, x0, yc, height, soft)
    u, y = pl.u, pl.y
    dh = np.hypot(u - hu, y - hy)
    halo = pl.edge(halo_r - dh, 5.0) * (0.6 + 0.3 * np.exp(-dh / (0.5 * halo_r)))
    bloom = np.exp(-np.maximum(dh - halo_r, 0) / 0.08)
    back = 0.17 + 0.05 * pl.v + 0.3 * pl.grainy(bloom, dots, 0.3)
    back = np.maximum(back, pl.grainy(halo, dots, 0.15))
    if "rain" in pl.motifs:  # rain falling through the halo's light behind the head
        back = back + (0.06 + 0.3 * bloom) * rain(pl, rng)
    step = max(1, round(3 * pl.res / 512)) * (1 if pl.flip else -1)  # towards the face
    rim = cover * (1 - np.roll(cover, step, axis=1)) * (halo > 0.05)
    fade = smooth(1.2, 2.2, (y - yc) / height)
    dark = 0.06 + 0.1 * fade + 0.55 * rim
    grainy = (dots < cover).astype(F32) * 0.4 + 0.6 * cover  # the edge breaks into grain
    light = back * (1 - grainy) + dark * grainy
    mix = 0.85 * pl.edge(halo_r - dh, 5.0) * (1 - cover)
    box = (hu - halo_r, hy - halo_r, hu + halo_r, max(hy + halo_r, yc + 1.1 * height))
    return Scene(light.astype(F32), mix.astype(F32), pl.ybox(*box))


def _profile(pl: Plane, x0: float, y0: float, height: float, soft: float) -> np.ndarray:
    """The profile's coverage (0..1) with its crown at (x0, y0) (across, down the
    frame), `height` the crown to the chin, blurred by `soft` pixels; mirrored with
    the plane."""
    pts = np.array(PROFILE, dtype=np.float64)
    loop = _spline(pts)
    xs = (x0 + loop[:, 0] * height) * pl.res * 2
    if pl.flip:
        xs = pl.res * 2 - xs
    ys = (y0 + loop[:, 1] * height) * pl.res * 2
    mask = Image.new("L", (pl.res * 2, pl.res * 2), 0)
    ImageDraw.Draw(mask).polygon(list(zip(xs.tolist(), ys.tolist(), strict=True)), fill=255)
    mask = mask.resize((pl.res, pl.res), Image.Resampling.BOX)
    mask = mask.filter(ImageFilter.GaussianBlur(soft))
    return np.asarray(mask, F32) / 255.0


def _spline(pts: np.ndarray, steps: int = 8) -> np.ndarray:
    """A closed Catmull-Rom curve through the points."""
    p0, p1 = np.roll(pts, 1, 0), pts
    p2, p3 = np.roll(pts, -1, 0), np.roll(pts, -2, 0)
    t = np.linspace(0, 1, steps, endpoint=False)[:, None, None]
    curve = 0.5 * (
        2 * p1
        + (p2 - p0) * t
        + (2 * p0 - 5 * p1 + 4 * p2 - p3) * t**2
        + (3 * p1 - p0 - 3 * p2 + p3) * t**3
    )
    return curve.transpose(1, 0, 2).reshape(-1, 2)
