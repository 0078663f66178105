"""The crown, for a title that names a king, a queen, a kingdom, a throne or a crown: a
royal crown engraved as a heraldic plate, large in the frame, in a glory of rays. A
jewelled band curving round the head, five slender points rising from it and four
low ones between (pearls on them, a cross on the tallest), modelled as a cylinder
by upright rules that swell into its shade; the jewels cut dark into the band, a
highlight scraped down the lit side. It rests on a tasselled cushion, or floats in its glory.

The song's loudness is how far the rays reach, its energy how many there are, its
density the jewels on the band."""

from __future__ import annotations

import numpy as np

from sleeve.engine.styles.cover_parts.engrave_gothic import Points, cover, ink_of
from sleeve.engine.styles.cover_parts.engrave_hatch import Plate, rules, stroke
from sleeve.engine.styles.cover_parts.engrave_sky import spacing, vignette

Box = tuple[float, float, float, float]


def _curve(cx: float, y: float, half: float, sag: float, n: int = 24) -> Points:
    """A level edge of the crown seen a little from above: an arc sagging toward
    the viewer by `sag` at the middle."""
    t = np.linspace(-1.0, 1.0, n)
    return [(cx + half * float(u), y + sag * float(1 - u * u)) for u in t]


def _glory(plate: Plate, cx: float, cy: float, reach: float) -> None:
    """Rays round the crown: alternate wedges of fine level rules fading outward."""
    d = plate.direction
    x, y = plate.grid()
    count = 18 + 2 * round(8 * d.energy)
    angle = np.arctan2(y - cy, x - cx)
    r = np.hypot(x - cx, (y - cy) * 1.1)
    wedge = np.clip(np.cos(angle * count / 2) * 3.0, 0.0, 1.0)
    fade = np.clip(1.0 - r / reach, 0.0, 1.0) ** 0.8
    tone = (0.5 if plate.inks.dark else 0.35) * wedge * fade
    plate.ink(rules(plate, tone, spacing(plate) * 0.8, 0.0))


def _points(
    cx: float, half: float, band_top: float, tips: float, sag: float, h: float
) -> list[tuple[float, float, float, float, float]]:
    """The crown's points (x, foot, tip, half-width at the foot, pearl radius): five
    slender tall ones, the middle one under the cross, and four low ones between them,
    each pearled (broad feet read as a row of tents)."""
    found = []
    for k in range(9):
        u = -1.0 + 2.0 * k / 8
        base = band_top + sag * (1 - u * u) + 0.005
        tall = tips + (0.1 * h) * abs(u) ** 1.5 + sag * (1 - u * u)
        if k % 2:  # a low point
            tall = base + (tall - base) * 0.42
            found.append((cx + half * u * 0.92, base, tall, half * 0.1, 0.016 * h))
        else:
            pearl = 0.0 if k == 4 else 0.022 * h
            found.append((cx + half * u * 0.92, base, tall, half * 0.15, pearl))
    return found


def draw(plate: Plate) -> Box:
    """The glory, the cushion and the crown; returns the crown's box (fractions)."""
    rng = plate.rng
    d = plate.direction
    side = plate.side
    y0, y1 = plate.art_span()
    h = y1 - y0
    s = spacing(plate)
    cx = 0.5 + float(rng.uniform(-0.05, 0.05))
    half = float(rng.uniform(0.3, 0.36))
    cushion = rng.random() < 0.55
    band_low = y0 + h * (0.72 if cushion else 0.78)
    band_top = band_low - 0.11 * h
    tips = band_top - 0.34 * h
    sag = 0.035 * h
    light = 1.0 if rng.random() < 0.5 else -1.0
    plate.focus((0.0, y0, 1.0, y1))  # the title's band is left alone
    _glory(plate, cx, band_top - 0.1 * h, (0.45 + 0.4 * d.loudness) * h + half)
    # the crown's body: the band, five tall points and four low ones between them
    shapes: list[Points] = [_curve(cx, band_top, half, sag) + _curve(cx, band_low, half, sag)[::-1]]
    peaks = _points(cx, half, band_top, tips, sag, h)
    for px, base, tall, wide, _ in peaks:
        t = np.linspace(0.0, 1.0, 12)  # a spike with a concave taper from its foot
        ys = base + (tall - base) * t
        left = [(px - wide * float((1 - v) ** 1.8), float(y)) for v, y in zip(t, ys, strict=True)]
        right = [(2 * px - x, y) for x, y in reversed(left[:-1])]
        shapes.append([*left, *right])
    body = cover(plate, shapes)
    x, y = plate.grid()
    pearls = np.zeros_like(body)
    for px, _, tall, _, rad in peaks:
        if rad:
            pearls = np.maximum(
                pearls, np.clip((rad - np.hypot(x - px, y - tall + rad)) * side, 0, 1)
            )
    mid = cx + 0.0
    cross = cover(plate, [
        [(mid - 0.008, tips + 0.01), (mid + 0.008, tips + 0.01), (mid + 0.008, tips - 0.09 * h),
         (mid - 0.008, tips - 0.09 * h)],
        [(mid - 0.035, tips - 0.06 * h), (mid + 0.035, tips - 0.06 * h),
         (mid + 0.035, tips - 0.06 * h + 0.016), (mid - 0.035, tips - 0.06 * h + 0.016)],
    ])  # fmt: skip
    gold = np.maximum(np.maximum(body, pearls), cross)
    if cushion:
        upper = _curve(cx, band_low - 0.05 * h, half * 1.35, 0.04 * h)
        lower = _curve(cx, band_low + 0.1 * h, half * 1.45, 0.03 * h)
        pillow = cover(plate, [upper + lower[::-1]])
        plate.erase(pillow)
        curve = (x - cx) ** 2 * 0.9
        plate.ink(rules(plate, ink_of(plate, 0.55) * pillow * (1 - gold), s * 0.9, 0.0, curve))
        plate.ink(stroke(pillow - 0.5, side, 1.6 / side))
        for end in (-1, 1):  # the tassels
            tx = cx + end * half * 1.4
            ya, yb = band_low + 0.07 * h, band_low + 0.16 * h
            tassel = cover(
                plate, [[(tx - 0.012, ya), (tx + 0.012, ya), (tx + 0.02, yb), (tx - 0.02, yb)]]
            )
            plate.ink(rules(plate, ink_of(plate, 0.7) * tassel, s * 0.6, np.pi / 2))
    plate.erase(gold)
    # modelled as a cylinder: upright rules swelling into the shade side, a scraped highlight
    u = np.clip((x - cx) / half, -1.0, 1.0)
    shade = 0.5 + 0.5 * np.sin(light * u * np.pi / 2 - 0.35 * light)
    darkness = 0.12 + 0.7 * shade
    plate.ink(rules(plate, ink_of(plate, darkness) * gold, s * 0.75, np.pi / 2))
    deep = np.clip((darkness - 0.55) * 3.0, 0.0, 1.0)
    plate.ink(rules(plate, ink_of(plate, 0.5) * deep * gold, s * 0.85, 0.0, -0.3 * (x - cx) ** 2))
    # the band's jewels: dark ovals and a lozenge at the front
    jewels = 3 + round(4 * d.density)
    gem = np.zeros_like(gold)
    yb = (band_top + band_low) / 2
    for k in range(jewels):
        u = -0.85 + 1.7 * (k + 0.5) / jewels
        jx, jy = cx + half * u, yb + sag * (1 - u * u)
        rx, ry = 0.022 * (1 - 0.4 * abs(u)), 0.03 * h
        gem = np.maximum(gem, np.clip((1 - ((x - jx) / rx) ** 2 - ((y - jy) / ry) ** 2) * 6, 0, 1))
    gem = gem * gold
    plate.erase(gem)
    plate.ink(ink_of(plate, 0.9) * gem)
    spark = np.clip(1.0 - np.abs(u + 0.45 * light) * half * side / 3.0, 0, 1) * gold * (1 - gem)
    if plate.inks.dark:
        plate.ink(spark)
    else:
        plate.erase(0.9 * spark)
    plate.ink(stroke(gold - 0.5, side, 1.8 / side))
    plate.ink(stroke(y - (band_top + sag * (1 - u * u)), side, 2.0 / side) * gold)
    plate.ink(stroke(y - (band_low - 0.012 * h + sag * (1 - u * u)), side, 1.5 / side) * gold)
    vignette(plate)
    plate.focus(None)
    top = tips - 0.1 * h
    return (
        max(0.0, cx - half * 1.45),
        max(y0, top),
        min(1.0, cx + half * 1.45),
        min(y1, band_low + 0.17 * h),
    )
