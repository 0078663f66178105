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
from sleeve.engine.direction import ArtDirection
from sleeve.engine.raster import RGB
from sleeve.engine.styles.base import StyleInfo

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


def _rgb(c: np.ndarray | tuple) -> RGB:
    return tuple(int(v) for v in c)  # type: ignore[return-value]


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


# ---------------------------------------------------------------- the cassette


def _cassette(direction: ArtDirection, rng: np.random.Generator, width: int) -> Image.Image:
    """An RGBA cassette, `width` px wide, drawn in its own frame."""
    pal = direction.palette
    w, h = width, int(width * 0.63)
    layer = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    d = aggdraw.Draw(layer)

    def box(x0: float, y0: float, x1: float, y1: float) -> tuple[float, ...]:
        return (x0 * w, y0 * h, x1 * w, y1 * h)

    shell_kind = int(rng.integers(3))
    shell = (
        raster.tone(pal.background, 0.22, 0.03),
        raster.tone(pal.background, 0.9, 0.015),
        raster.vivid(pal.colors[2 % len(pal.colors)], 0.5, 0.12),
    )[shell_kind]
    edge = raster.tone(shell, 0.15 if shell_kind != 1 else 0.7, 0.03)
    rad = 0.035 * w
    x0, y0, x1, y1 = 0, 0, w, h
    body = aggdraw.Brush(shell)
    d.rectangle((x0 + rad, y0, x1 - rad, y1), body)
    d.rectangle((x0, y0 + rad, x1, y1 - rad), body)
    for ex, ey in ((x0, y0), (x1 - 2 * rad, y0), (x0, y1 - 2 * rad), (x1 - 2 * rad, y1 - 2 * rad)):
        d.ellipse((ex, ey, ex + 2 * rad, ey + 2 * rad), body)
    # the bottom bridge
    bridge = raster.tone(shell, 0.3 if shell_kind != 1 else 0.8, 0.03)
    d.polygon((0.2 * w, h, 0.25 * w, 0.8 * h, 0.75 * w, 0.8 * h, 0.8 * w, h), aggdraw.Brush(bridge))
    for hx in (0.33, 0.43, 0.57, 0.67):
        rr = 0.012 * w
        d.ellipse((hx * w - rr, 0.9 * h - rr, hx * w + rr, 0.9 * h + rr), aggdraw.Brush(edge))
    # the label, with a window cut out
    paper = raster.tone(pal.background, 0.94, 0.03)
    lab = aggdraw.Brush(paper)
    lx0, ly0, lx1, ly1 = 0.06, 0.07, 0.94, 0.72
    wx0, wy0, wx1, wy1 = 0.26, 0.4, 0.74, 0.62
    # tape packs and window behind the label
    d.rectangle(box(wx0, wy0, wx1, wy1), aggdraw.Brush(raster.tone(shell, 0.12, 0.02)))
    played = float(np.clip(rng.uniform(0.15, 0.85), 0, 1))
    tape = aggdraw.Brush((70, 42, 30))
    hub_y = 0.51
    for hx, amount in ((0.34, 1 - played), (0.66, played)):
        pr = (0.05 + 0.08 * amount) * w
        d.ellipse((hx * w - pr, hub_y * h - pr, hx * w + pr, hub_y * h + pr), tape)
    d.rectangle(box(lx0, ly0, lx1, wy0), lab)
    d.rectangle(box(lx0, wy1, lx1, ly1), lab)
    d.rectangle(box(lx0, wy0, wx0, wy1), lab)
    d.rectangle(box(wx1, wy0, lx1, wy1), lab)
    # stripes across the label
    stripes = [raster.vivid(c, 0.62, 0.15) for c in (*pal.colors[:3], pal.accent)]
    order = rng.permutation(len(stripes))[: int(rng.integers(2, 5))]
    sy = 0.27
    for k in order:
        d.rectangle(box(lx0, sy, lx1, sy + 0.04), aggdraw.Brush(stripes[k]))
        sy += 0.04
    # the song's level meter, printed on the label
    curve = _curve(direction, 48)
    meter = aggdraw.Brush(raster.tone(pal.background, 0.28, 0.06))
    for i, v in enumerate(curve):
        bx = lx0 + 0.06 + (lx1 - lx0 - 0.12) * i / len(curve)
        d.rectangle(box(bx, 0.23 - 0.11 * v, bx + 0.008, 0.23), meter)
    # reel hubs
    hub = aggdraw.Brush((236, 232, 224))
    for hx in (0.34, 0.66):
        hr = 0.045 * w
        d.ellipse((hx * w - hr, hub_y * h - hr, hx * w + hr, hub_y * h + hr), hub)
        inner = 0.022 * w
        d.ellipse(
            (hx * w - inner, hub_y * h - inner, hx * w + inner, hub_y * h + inner),
            aggdraw.Brush(raster.tone(shell, 0.12, 0.02)),
        )
    # screws
    for sx, sy_ in ((0.03, 0.05), (0.97, 0.05), (0.03, 0.95), (0.97, 0.95), (0.5, 0.87)):
        sr = 0.011 * w
        d.ellipse((sx * w - sr, sy_ * h - sr, sx * w + sr, sy_ * h + sr), aggdraw.Brush(edge))
    d.flush()
    return layer


def _draw_cassette(
    img: Image.Image, direction: ArtDirection, rng: np.random.Generator, size: int
) -> Image.Image:
    cw = rng.uniform(0.74, 0.88)
    angle = rng.uniform(-14, 14)
    calm_top = rng.random() < 0.5
    cx = 0.5 + rng.uniform(-0.05, 0.05)
    cy = (0.6 if calm_top else 0.4) + rng.uniform(-0.03, 0.03)
    layer = _cassette(direction, rng, int(cw * size))
    layer = layer.rotate(angle, Image.Resampling.BICUBIC, expand=True)
    alpha = layer.getchannel("A")
    lw, lh = layer.size
    px, py = int(cx * size - lw / 2), int(cy * size - lh / 2)
    shadow = Image.new("L", (size, size), 0)
    off = int(0.014 * size)
    shadow.paste(alpha.point(lambda v: v * 0.6), (px + off, py + int(off * 1.5)))
    shadow = raster.fast_blur(shadow, size * 0.012)
    img = ImageChops.subtract(img, Image.merge("RGB", (shadow, shadow, shadow)))
    img.paste(layer.convert("RGB"), (px, py), alpha)
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


def render(direction: ArtDirection, size: int) -> Image.Image:
    """Draw the vinyl or cassette cover (RGB, size x size)."""
    rng = raster.rng_for(direction, "vinyl")
    img = _background(direction, rng, size)
    tape = direction.era in ("70s", "80s") or direction.genre == "lofi"
    if tape:
        img = _draw_cassette(img, direction, rng, size)
    else:
        img = _draw_record(img, direction, rng, size)
    wear = 0.3 + 0.4 * (direction.era in ("50s", "60s", "70s")) + 0.3 * direction.loudness
    return _wear(img, direction, float(np.clip(wear, 0, 1)), tape)
