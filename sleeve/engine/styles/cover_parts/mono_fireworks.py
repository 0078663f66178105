"""Mono grain's fireworks print, for a title that names fireworks: a long-exposure
photograph of a night display. Each burst is a sphere of thin trails radiating from a
bright core, bending slightly as the stars slow and drooping at their ends, lit smoke
hanging round it; below, a black skyline (roofs, or a hill of trees) or still water
that carries a broken reflection.

Three framings: a volley (several bursts of different sizes across the sky, their
launch streaks rising from the skyline), a bloom (one huge burst cropped by the frame,
two small ones behind it) and a willow (a few bursts whose trails hang down in long
weeping curves). The song's strongest onsets place the bursts along the width in
order of time, its energy curve sets their heights, its loudness and the onset their
sizes, its energy and density how many there are. The title's band stays black."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PIL import Image, ImageDraw, ImageFilter

from sleeve.engine import raster, signals
from sleeve.engine.direction import ArtDirection
from sleeve.engine.styles.cover_parts.mono_scenes import RES, Grid

Print = tuple[np.ndarray, tuple[float, float, float, float], np.ndarray | None]
FRAMINGS = ("volley", "bloom", "willow")
BIG = RES * 2  # trails are drawn at twice the grid and reduced: fine, even lines


@dataclass(frozen=True)
class Burst:
    """One shell: its centre and radius (fractions of the side), trail count, how far
    its trails droop (share of the radius) and its brightness."""

    x: float
    y: float
    r: float
    trails: int
    droop: float
    shine: float


def framing(direction: ArtDirection, rng: np.random.Generator) -> str:
    """The framing, leaning by the music: loud, busy songs to the volley, calm ones to
    the willow; the seed decides."""
    e = direction.energy
    weights = np.array([0.6 + 1.2 * e, 0.9, 1.3 - 0.8 * e])
    return FRAMINGS[int(rng.choice(3, p=weights / weights.sum()))]


def _times(direction: ArtDirection, count: int) -> list[tuple[float, float]]:
    """The `count` strongest onsets, kept apart: (time 0..1, strength 0..1), in time order."""
    steps = 48
    strength = signals.onsets(direction, steps)
    picked: list[int] = []
    for i in np.argsort(-strength, kind="stable"):
        if all(abs(int(i) - j) >= steps // (count + 2) for j in picked):
            picked.append(int(i))
        if len(picked) == count:
            break
    return sorted(((i + 0.5) / steps, float(strength[i])) for i in picked)


def _bursts(
    direction: ArtDirection, rng: np.random.Generator, kind: str, lo: float, hi: float
) -> list[Burst]:
    """The shells of a framing inside the rows lo..hi (the sky the title leaves)."""
    h = hi - lo
    song = signals.smooth(signals.energy(direction, 64), 3)
    loud = 0.6 + 0.4 * direction.loudness
    if kind == "bloom":
        x = float(rng.uniform(0.3, 0.7))
        big = Burst(x, lo + h * float(rng.uniform(0.42, 0.55)), h * 0.62 * loud, 110, 0.1, 1.0)
        small = [
            Burst(
                float(x + s * rng.uniform(0.3, 0.42)),
                lo + h * float(rng.uniform(0.2, 0.45)),
                h * float(rng.uniform(0.1, 0.16)),
                40,
                0.12,
                0.55,
            )  # fmt: skip
            for s in (-1, 1)
        ]
        return [*small, big]
    count = 2 + round(2 * direction.energy + 1.5 * direction.density)
    if kind == "volley":
        count += 1
    times = _times(direction, count)
    lead = max(range(len(times)), key=lambda i: times[i][1])
    out = []
    for i, (t, strength) in enumerate(times):
        spread = 0.5 * t + 0.5 * (i + 0.5) / len(times)  # in time order, kept apart
        x = float(np.clip(0.1 + 0.8 * spread + rng.uniform(-0.05, 0.05), 0.08, 0.92))
        level = float(song[min(int(t * 64), 63)])
        r = h * (0.14 + 0.14 * strength * loud) * float(rng.uniform(0.75, 1.25))
        r *= (1.5 if i == lead else 1.0) * (1.15 if kind == "willow" else 1.0)
        up = float(np.clip(0.2 + 0.6 * level + rng.uniform(-0.3, 0.3), 0.0, 1.0))
        y = float(
            np.clip(hi - r * 0.5 - (h - 1.6 * r) * up, lo + r * 1.02, max(hi - r * 0.4, lo + r))
        )
        droop = float(rng.uniform(0.7, 1.0)) if kind == "willow" else float(rng.uniform(0.04, 0.14))
        trails = int(
            (26 if kind == "willow" else 44)
            + (24 if kind == "willow" else 40) * strength * (1.3 if i == lead else 1)
        )
        out.append(Burst(x, y, r, trails, droop, 0.6 + 0.4 * strength))
    return sorted(out, key=lambda b: b.r)


def _trails(draw: ImageDraw.ImageDraw, rng: np.random.Generator, b: Burst) -> None:
    """One burst's trails: each leaves a small gap round the core, runs out slowing
    (slightly curved) and droops at its end; a peony's burn brightest at the tip, a
    willow's fall long and burn out."""
    s = np.linspace(0.0, 1.0, 16)
    weeping = b.droop > 0.3
    for k in range(b.trails):
        a = 2 * np.pi * (k + rng.uniform(-0.3, 0.3)) / b.trails
        reach = b.r * float(rng.uniform(0.75, 1.05))
        drag = 1.0 if weeping else 2.6  # a willow's stars keep their way as they fall
        run = reach * (1 - np.exp(-drag * s)) / (1 - np.exp(-drag))
        bend = float(rng.uniform(-0.08, 0.08)) * s**2  # a star's wobble as it slows
        fall = b.droop * b.r * s**2.2 * (1.0 + 0.6 * float(rng.random()))
        xs = b.x + run * np.cos(a + bend)
        ys = b.y + run * np.sin(a + bend) + fall
        shine = b.shine * float(rng.uniform(0.6, 1.0))
        burn = 0.75 - 0.65 * s**1.2 if weeping else 0.35 + 0.65 * s**1.4
        pts = [(float(px) * BIG, float(py) * BIG) for px, py in zip(xs, ys, strict=True)]
        for j in range(2, len(pts) - 1):  # the gap round the core: the first segments dark
            draw.line(
                (pts[j], pts[j + 1]),
                fill=int(255 * shine * burn[j]),
                width=2 if j < 10 or weeping else 3,
            )
        if not weeping:
            tx, ty = pts[-1]
            draw.ellipse((tx - 2.5, ty - 2.5, tx + 2.5, ty + 2.5), fill=int(255 * shine))


def _streaks(
    draw: ImageDraw.ImageDraw, rng: np.random.Generator, bursts: list[Burst], hz: float, lo: float
) -> None:
    """A volley's shells still rising: one to three thin wavering streaks climbing
    from the skyline between the bursts, each ending in a bright head."""
    for _ in range(1 + int(rng.integers(3))):
        x0 = float(rng.uniform(0.1, 0.9))
        if any(abs(x0 - b.x) < b.r * 0.8 for b in bursts):
            continue
        top = float(rng.uniform(lo + 0.1, hz - 0.12))
        ys = np.linspace(hz, top, 24)
        xs = (
            x0 + 0.003 * np.sin(ys * 120 + rng.uniform(0, 6)) + (hz - ys) * rng.uniform(-0.08, 0.08)
        )
        pts = [(float(x) * BIG, float(y) * BIG) for x, y in zip(xs, ys, strict=True)]
        for j in range(len(pts) - 1):
            draw.line((pts[j], pts[j + 1]), fill=int(60 + 150 * j / len(pts)), width=2)
        hx, hy = pts[-1]
        draw.ellipse((hx - 3, hy - 3, hx + 3, hy + 3), fill=255)


def _blur(field: np.ndarray, radius: float) -> np.ndarray:
    """A float field blurred by `radius` RES pixels."""
    return raster.from_image(raster.fast_blur(raster.to_image(np.clip(field, 0, 1)), radius))


def _skyline(rng: np.random.Generator, hz: float) -> np.ndarray:
    """A black skyline standing on the horizon: low roofs and a few towers, or a
    wooded hill; 1 where it stands."""
    img = Image.new("L", (RES, RES), 0)
    draw = ImageDraw.Draw(img)
    base = hz * RES
    draw.rectangle((0, base, RES, RES), fill=255)
    if rng.random() < 0.55:  # roofs
        x = 0.0
        while x < RES:
            w = float(rng.uniform(0.025, 0.08)) * RES
            top = base - float(rng.uniform(0.01, 0.045)) * RES * (2.5 if rng.random() < 0.12 else 1)
            draw.rectangle((x, top, x + w, base), fill=255)
            x += w
    else:  # a hill of trees, bumpy
        xs = np.arange(0, RES + 8, 8, dtype=np.float32)
        hill = 0.03 * np.sin(xs / RES * np.pi * rng.uniform(0.8, 1.6) + rng.uniform(0, 3)) + 0.03
        bumps = hill + 0.008 * rng.random(len(xs))
        draw.polygon([*((float(x), base - float(b) * RES) for x, b in zip(xs, bumps, strict=True)),
                      (RES, RES), (0, RES)], fill=255)  # fmt: skip
    return raster.from_image(img.filter(ImageFilter.BoxBlur(0.5)))


def fireworks(
    direction: ArtDirection, rng: np.random.Generator, g: Grid, side: str, light: bool
) -> Print:
    """A long exposure of a firework display in the frame the title leaves: bursts of
    thin drooping trails with bright cores, lit smoke, a black skyline or water with
    the lights' reflection below. Always a night print (`light` is ignored)."""
    kind = framing(direction, rng)
    hz = (0.86 if side == "top" else 0.6) + float(rng.uniform(-0.02, 0.02))
    lo, hi = (0.4, hz - 0.03) if side == "top" else (0.04, hz - 0.03)
    bursts = _bursts(direction, rng, kind, lo, hi)
    layers = [Image.new("L", (BIG, BIG), 0) for _ in range(2)]  # the biggest, the rest
    for i, b in enumerate(bursts):
        _trails(ImageDraw.Draw(layers[int(i < len(bursts) - 1)]), rng, b)
    if kind == "volley":
        _streaks(ImageDraw.Draw(layers[1]), rng, bursts, hz, lo)
    lead, rest = (raster.from_image(im.resize((RES, RES), Image.Resampling.BOX)) for im in layers)
    lines = np.clip(lead + rest, 0, 1)
    cores = sum(
        b.shine * np.exp(-((g.x - b.x) ** 2 + (g.y - b.y) ** 2) / (0.09 * b.r) ** 2) for b in bursts
    )
    glow = _blur(lines, 16)
    smoke = 1.3 * glow * (0.3 + 1.4 * g.fog) + 0.05 * g.fog * (g.y > lo)
    sky = 0.02 + 0.05 * np.exp(-(((g.y - hz) / 0.15) ** 2))
    tone = sky + 1.1 * lines + 0.9 * _blur(lines, 3) + smoke + cores
    water = rng.random() < 0.5
    below = g.y > hz
    if water:  # the display mirrored, smeared and broken by ripples
        rows = np.clip(2 * hz * RES - np.arange(RES), 0, RES - 1).astype(np.intp)
        flip = tone[rows]
        ripple = 0.5 + 0.5 * np.sin(g.y * RES * 0.9 + 6 * g.fog)
        fade = np.clip((0.66 - g.y) / 0.05, 0, 1) if side == "bottom" else 1.0
        mirror = 0.45 * _blur(np.clip(flip, 0, 1), 2) * ripple * fade
        tone = np.where(below, 0.02 + mirror, tone)
    else:
        stand = _skyline(rng, hz)
        tone = tone * (1 - stand) + 0.01 * stand
    if side == "top":  # the title's band: black sky, no smoke
        tone = tone * np.clip((g.y - 0.37) / 0.04, 0, 1)
    elif not water:
        tone = np.where(below, np.minimum(tone, 0.02), tone)
    x0 = min(b.x - b.r for b in bursts)
    x1 = max(b.x + b.r for b in bursts)
    y0 = min(b.y - b.r for b in bursts)
    y1 = max(b.y + b.r * (1 + max(b.droop, 0.2)) for b in bursts)
    focal = (max(x0, 0.0), max(y0, lo - 0.02), min(x1, 1.0), min(y1, hz + 0.02))
    return tone.astype(np.float32), focal, np.clip(lead * 1.5, 0, 1)
