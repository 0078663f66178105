"""Vinyl / cassette: the record (or tape) as an object, on a worn printed sleeve.

The energy curve -> groove banding (louder passages catch more light; quiet dips
become the gaps between tracks) or, on a cassette, the level meter printed on
its label and the tape wound on each reel; era "70s"/"80s" or lofi -> cassette;
seed -> layout (centred, bleeding off the edge, sliding out of its sleeve),
place, size, angle, label design; era and loudness -> wear.
"""

from __future__ import annotations

import aggdraw
import numpy as np
from PIL import Image, ImageChops

from sleeve.engine import raster
from sleeve.engine.cassette import draw_cassette
from sleeve.engine.direction import ArtDirection
from sleeve.engine.styles.base import Artwork, StyleInfo

STYLE = StyleInfo(
    name="vinyl",
    family="graphic",
    fits=("jazz", "lofi", "rnb", "folk", "hiphop", "classical", "world"),
)

PROFILE = 2048  # samples of the groove profile along the radius
LAYOUTS = ("centred", "bleed", "sleeve")


def _curve(direction: ArtDirection, n: int) -> np.ndarray:
    curve = np.asarray(direction.energy_curve or (0.5,), dtype=np.float64)
    return np.interp(np.linspace(0, 1, n), np.linspace(0, 1, len(curve)), curve)


def _background(direction: ArtDirection, rng: np.random.Generator, size: int) -> Image.Image:
    pal = direction.palette
    light = direction.valence >= 0.5
    top = raster.tone(pal.background, 0.9 if light else 0.3, 0.05)
    low = raster.tone(pal.colors[0], 0.72 if light else 0.12, 0.08)
    return raster.linear_gradient(size, [top, low], rng.uniform(60, 120))


# ---------------------------------------------------------------- the record


def _groove_profile(direction: ArtDirection, rng: np.random.Generator) -> np.ndarray:
    """Lightness of the bare vinyl along the radius (0 centre .. 1 rim), PROFILE samples."""
    rho = np.linspace(0, 1, PROFILE)
    inner, outer = 0.4, 0.965
    t = np.clip((outer - rho) / (outer - inner), 0, 1)  # song time: rim = start
    energy = np.interp(t, np.linspace(0, 1, 64), _curve(direction, 64))
    prof = 0.16 + 0.22 * energy
    # gaps between tracks at the song's quiet dips (and a few from the seed)
    curve = _curve(direction, 64)
    dips = [i for i in range(3, 61) if curve[i] <= curve[i - 3 : i + 4].min() + 1e-6]
    dips = sorted(set(dips[:5] + list(rng.integers(6, 58, 2))))
    for d in dips:
        prof = np.where(np.abs(t - d / 63) < 0.006, 0.07, prof)
    fine = 0.04 * np.sin(rho * 2 * np.pi * 140) ** 2
    micro = raster.rng_for(direction, "vinyl-grooves").normal(0.0, 1.0, PROFILE)
    fine += 0.018 * np.convolve(micro, np.ones(3) / 3, mode="same")  # the cut's texture
    groove = (rho > inner) & (rho < outer)
    prof = np.where(groove, prof + fine, 0.1)
    prof = np.where((rho >= outer) & (rho < 0.99), 0.2, prof)  # lead-in, smooth
    return prof.astype(np.float32)


def _record(
    direction: ArtDirection,
    rng: np.random.Generator,
    size: int,
    cx: float,
    cy: float,
    r: float,
    col: dict,
) -> tuple[Image.Image, Image.Image, tuple[int, int]]:
    """The disc cropped to the canvas: (RGB patch, L mask, top-left) at full size."""
    x0, y0 = max(0, int((cx - r) * size) - 2), max(0, int((cy - r) * size) - 2)
    x1, y1 = min(size, int((cx + r) * size) + 3), min(size, int((cy + r) * size) + 3)
    w, h = max(1, x1 - x0), max(1, y1 - y0)
    xs = (np.arange(x0, x0 + w, dtype=np.float32) + 0.5 - cx * size) / (r * size)
    ys = (np.arange(y0, y0 + h, dtype=np.float32) + 0.5 - cy * size) / (r * size)
    rho = np.sqrt(xs[None, :] ** 2 + ys[:, None] ** 2)
    prof = _groove_profile(direction, rng)
    idx = np.minimum((rho * (PROFILE - 1)).astype(np.intp), PROFILE - 1)
    # the sheen: a bow tie of reflected light, computed small, scaled up
    res = 192
    sx = np.linspace(xs[0], xs[-1], res, dtype=np.float32)
    sy = np.linspace(ys[0], ys[-1], res, dtype=np.float32)
    theta = np.arctan2(sy[:, None], sx[None, :])
    a0 = col["sheen_angle"]
    sheen = np.abs(np.cos(theta - a0)) ** 10 + 0.35 * np.abs(np.cos(theta - a0 - 0.5)) ** 24
    sheen = sheen.astype(np.float32)
    sheen_full = np.asarray(
        Image.fromarray(sheen, "F").resize((w, h), Image.Resampling.BILINEAR), dtype=np.float32
    )
    groove_gain = np.where(prof > 0.12, 1.0, 0.45).astype(np.float32)
    light = prof[idx] + sheen_full * groove_gain[idx] * np.float32(0.55)
    lut = raster.color_lut([col["vinyl_dark"], col["vinyl"], col["vinyl_light"]], [0, 0.25, 1])
    patch = Image.fromarray(raster.apply_lut(light, lut), "RGB")
    edge = np.clip((1.0 - rho) * np.float32(r * size) + 0.5, 0, 1)
    mask = Image.fromarray((edge * 255).astype(np.uint8), "L")
    return patch, mask, (x0, y0)


def _label(
    draw: aggdraw.Draw, direction: ArtDirection, rng: np.random.Generator, size: int, geo: tuple
) -> None:
    cx, cy, r = (v * size for v in geo)
    pal = direction.palette
    lr = r * 0.34
    main = raster.vivid(pal.colors[int(rng.integers(len(pal.colors)))], 0.62, 0.15)
    second = raster.vivid(pal.accent, 0.8, 0.12)
    draw.ellipse((cx - lr, cy - lr, cx + lr, cy + lr), aggdraw.Brush(main))
    design = int(rng.integers(3))
    if design == 0:  # split label
        a = rng.uniform(0, 360)
        draw.pieslice((cx - lr, cy - lr, cx + lr, cy + lr), a, a + 180, aggdraw.Brush(second))
    elif design == 1:  # a ring
        for k, f in enumerate((0.82, 0.7)):
            b = aggdraw.Brush(second if k == 0 else main)
            draw.ellipse((cx - lr * f, cy - lr * f, cx + lr * f, cy + lr * f), b)
    else:  # a band with printed lines
        draw.rectangle((cx - lr, cy + lr * 0.25, cx + lr, cy + lr * 0.5), aggdraw.Brush(second))
    ink = aggdraw.Pen(raster.tone(main, 0.25, 0.05), size * 0.0025, 170)
    for k in range(int(rng.integers(2, 5))):
        yy = cy - lr * (0.55 - 0.13 * k)
        half = lr * rng.uniform(0.25, 0.5) * (1 - 0.15 * k)
        draw.line((cx - half, yy, cx + half, yy), ink)
    hole = r * 0.028
    draw.ellipse((cx - hole, cy - hole, cx + hole, cy + hole), aggdraw.Brush((20, 18, 16)))


def _draw_record(
    img: Image.Image, direction: ArtDirection, rng: np.random.Generator, size: int
) -> Image.Image:
    pal = direction.palette
    layout = LAYOUTS[int(rng.integers(len(LAYOUTS)))]
    calm_top = rng.random() < 0.5
    side = float(rng.choice((-1.0, 1.0)))
    if layout == "centred":
        r = rng.uniform(0.32, 0.38)
        cx = 0.5 + side * rng.uniform(0.0, 0.08)
        cy = (0.62 if calm_top else 0.38) + rng.uniform(-0.03, 0.03)
    elif layout == "bleed":
        r = rng.uniform(0.5, 0.62)
        cx = 0.5 + side * rng.uniform(0.25, 0.4)
        cy = (0.78 if calm_top else 0.22) + rng.uniform(-0.05, 0.05)
    else:
        r = rng.uniform(0.27, 0.32)
        cx = 0.5 + side * rng.uniform(0.16, 0.22)
        cy = (0.63 if calm_top else 0.37) + rng.uniform(-0.02, 0.02)
    coloured = rng.random() < 0.3
    base = raster.tone(pal.colors[1], 0.3, 0.12) if coloured else (22, 21, 24)
    col = {
        "sheen_angle": rng.uniform(0, np.pi),
        "vinyl_dark": raster.tone(base, 0.08 if not coloured else 0.22, 0.02),
        "vinyl": base,
        "vinyl_light": raster.tone(pal.background, 0.9, 0.03),
    }
    # soft shadow
    shadow = Image.new("L", (256, 256), 0)
    sd = aggdraw.Draw(shadow)
    off = 0.012
    sd.ellipse(
        tuple(
            256 * v for v in (cx - r + off, cy - r + off * 1.5, cx + r + off, cy + r + off * 1.5)
        ),
        aggdraw.Brush(150),
    )
    sd.flush()
    shadow = raster.fast_blur(shadow, 6).resize((size, size), Image.Resampling.BILINEAR)
    img = ImageChops.subtract(img, Image.merge("RGB", (shadow, shadow, shadow)))
    patch, mask, at = _record(direction, rng, size, cx, cy, r, col)
    img.paste(patch, at, mask)
    draw = aggdraw.Draw(img)
    _label(draw, direction, rng, size, (cx, cy, r))
    if layout == "sleeve":  # the sleeve, the record sliding out of it
        s = 0.66
        sx0 = cx - side * 0.34 - s / 2
        sy0 = cy - s / 2
        box = [v * size for v in (sx0, sy0, sx0 + s, sy0 + s)]
        sleeve = raster.vivid(pal.colors[0], 0.55 if direction.valence < 0.5 else 0.7, 0.13)
        draw.rectangle(box, aggdraw.Brush(sleeve))
        stripe = raster.tone(pal.accent, 0.85, 0.1)
        n = int(rng.integers(2, 6))
        for k in range(n):
            yy = sy0 + s * (0.55 + 0.08 * k)
            draw.rectangle(
                [v * size for v in (sx0, yy, sx0 + s, yy + s * 0.035)], aggdraw.Brush(stripe)
            )
        ring = aggdraw.Pen(raster.tone(sleeve, 0.35, 0.08), size * 0.004)
        rr = s * rng.uniform(0.18, 0.28)
        ccx, ccy = sx0 + s * rng.uniform(0.3, 0.7), sy0 + s * 0.3
        draw.ellipse([v * size for v in (ccx - rr, ccy - rr, ccx + rr, ccy + rr)], ring)
    draw.flush()
    return img


# ---------------------------------------------------------------- wear


def _wear(img: Image.Image, direction: ArtDirection, amount: float, tape: bool) -> Image.Image:
    """A worn print: ring wear on a record sleeve (the record inside has rubbed a pale
    circle into it), rubbed edges, sparse scuffs, paper texture, vignette and grain.
    Computed at 384 px and scaled up, so it lands in the same place at any size."""
    rng = raster.rng_for(direction, "vinyl-wear")
    res = 384
    c = (np.arange(res, dtype=np.float32) + 0.5) / res
    ox, oy = rng.uniform(0.47, 0.53, 2)
    d = np.sqrt((c[None, :] - ox) ** 2 + (c[:, None] - oy) ** 2)
    radius, width = rng.uniform(0.44, 0.47), rng.uniform(0.012, 0.02)
    ring = np.exp(-(((d - radius) / width) ** 2))
    ring += 0.5 * np.exp(-(((d - radius * 0.32) / (width * 0.8)) ** 2))  # the label's ring
    ring *= 0.0 if tape else 1.0
    edge = np.minimum(
        np.minimum(c[None, :], 1 - c[None, :]), np.minimum(c[:, None], 1 - c[:, None])
    )
    ring += 0.8 * np.exp(-edge / 0.012)  # rubbed edges
    rubbed = np.clip((raster.fractal_noise(rng, cells=5, octaves=3, res=res) - 0.35) * 2.2, 0, 1)
    speck = (rng.random((res, res)) > 0.9975) * raster.fractal_noise(rng, 4, 2, res=res)
    rub = (ring * rubbed * (0.08 + 0.22 * amount) + speck * (0.25 + 0.35 * amount)).astype(
        np.float32
    )
    mask = raster.to_image(np.clip(rub, 0, 1)).resize(img.size, Image.Resampling.BILINEAR)
    paper_col = raster.tone(direction.palette.background, 0.93, 0.02)
    img = Image.composite(Image.new("RGB", img.size, paper_col), img, mask)
    tex = raster.paper(raster.rng_for(direction, "vinyl-paper"), 0.09)
    tex = tex * raster.upscale(raster.vignette_field(0.2), tex.shape[0])
    img = raster.multiply(img, tex)
    return raster.grain(img, raster.rng_for(direction, "vinyl-grain"), 0.03)


def render(direction: ArtDirection, size: int) -> Artwork:
    """Draw the vinyl or cassette cover (RGB, size x size)."""
    rng = raster.rng_for(direction, "vinyl")
    img = _background(direction, rng, size)
    tape = direction.era in ("70s", "80s") or direction.genre == "lofi"
    if tape:
        img = draw_cassette(img, direction, rng, size)
    else:
        img = _draw_record(img, direction, rng, size)
    wear = 0.3 + 0.4 * (direction.era in ("50s", "60s", "70s")) + 0.3 * direction.loudness
    return Artwork(_wear(img, direction, float(np.clip(wear, 0, 1)), tape), None)
