"""The spectrogram style's slices: a range of spectral ridges in perspective, one per
stretch of the song, each crest that moment's spectrum (smoothed at the display scale),
lit from above (a bright crest fading down its face), the near ridges large and bright,
the far ones small and dim in the air, receding to a vanishing point at one side. (The
plate and the banner, fine rows of the spectrum in a hairline frame with ticks, are
retired: a software screenshot, speckled on light paper.)"""

from __future__ import annotations

import numpy as np
from scipy import ndimage

from sleeve.engine.styles.cover_parts.spectro_layouts import MARGIN, Canvas, Ink, lit


def _room(c: Canvas) -> tuple[float, float, float, float]:
    fx0, fy0, fx1, fy1 = c.free
    return (
        fx0 + MARGIN if fx0 > 0.0 else 0.0,
        fy0 + MARGIN if fy0 > 0.0 else 0.0,
        fx1 - MARGIN if fx1 < 1.0 else 1.0,
        fy1 - MARGIN if fy1 < 1.0 else 1.0,
    )


CARDS = (7, 15)  # how many ridges the range stands (sparse to dense songs)
FAR = (0.0, 0.26)  # the far ridge's foot, down the free part


def slices(c: Canvas, rng: np.random.Generator) -> Ink:
    """A range of lit spectral slices in perspective (see the module): drawn back to
    front, each a ridge whose crest is one stretch of the song's spectrum (smoothed at
    the display scale: no speckle), falling to the foot of the whole range (no floating
    cards, no plot's floor lines), the far ridges dim in the air, the near ones lit."""
    raw = c.fine if c.fine is not None else c.spec
    spec = ndimage.gaussian_filter(raw.astype(np.float32), (2.0, raw.shape[1] * 0.018))
    spec = np.clip(spec / max(float(np.percentile(spec, 99.5)), 1e-6), 0.0, 1.0) ** 1.3
    frames = spec.shape[0]
    fx0, fy0, fx1, fy1 = _room(c)
    lo, hi = CARDS
    count = int(np.clip(round(lo + (hi - lo) * c.density + rng.uniform(-2, 2)), lo, hi))
    side = float(rng.choice((-1.0, 0.0, 1.0)))  # the vanishing point's side (0: ahead)
    w, h = fx1 - fx0, fy1 - fy0
    # seen straight on, the near ridges run off both sides of the frame
    near_w = w * float(rng.uniform(1.0, 1.35) if side == 0.0 else rng.uniform(0.85, 1.0))
    height = h * float(rng.uniform(0.4, 0.6))  # a ridge's tallest crest (near)
    persp = float(rng.uniform(1.2, 2.4))  # how fast the ridges shrink away
    far = fy0 + h * float(rng.uniform(*FAR))
    foot_all = fy1 if fy1 >= 1.0 else fy1 - h * 0.01  # the whole range's foot
    base0 = fy1 - h * float(rng.uniform(0.06, 0.16))  # the near ridge's crest line
    value = np.zeros((c.res, c.res), np.float32)
    cover = np.zeros((c.res, c.res), np.float32)
    xs, ys = c.x[0], c.y[:, 0]
    px = 1.0 / c.res
    bins = np.linspace(0, 1, spec.shape[1])
    for k in range(count - 1, -1, -1):  # far to near
        depth = k / max(count - 1, 1)
        scale = 1.0 / (1.0 + persp * depth)
        cw, ch = near_w * scale, height * scale
        cx0 = fx0 + (w - near_w) * (0.5 - 0.5 * side) + side * (w - near_w) * depth * 0.9
        cx0 += (near_w - cw) * (0.5 + 0.45 * side)
        foot = base0 - (base0 - far) * (1.0 - scale) / (1.0 - 1.0 / (1.0 + persp))
        frame = int(round((1.0 - depth) * (frames - 1)))  # the near ridge: the song's end
        t = np.clip((xs - cx0) / cw, 0.0, 1.0)
        crest = np.interp(t, bins, spec[frame]) * 0.85 + 0.15
        crest *= np.sin(np.pi * t).clip(0.0, 1.0) ** 0.6  # the ridge rises from its ends
        top = (foot - ch * crest).astype(np.float32)  # (res,) the ridge's crest
        inside_x = np.clip((xs - cx0) / px + 0.5, 0, 1) * np.clip((cx0 + cw - xs) / px + 0.5, 0, 1)
        cols = np.nonzero(inside_x)[0]
        if not len(cols):
            continue
        # drawn only over the ridge's own rows and columns
        i0, j0, j1 = max(int(top.min() * c.res) - 1, 0), cols[0], cols[-1] + 1
        yy, top, inside_x = ys[i0:, None], top[None, j0:j1], inside_x[None, j0:j1]
        below_top = np.clip((yy - top) / px + 0.5, 0.0, 1.0)
        above_foot = np.clip((foot_all - yy) / px + 0.5, 0.0, 1.0)
        card = below_top * above_foot * inside_x
        down = np.clip((yy - top) / max(ch, 1e-6), 0.0, 2.0)
        light = 0.25 + 0.75 * np.exp(-down * 4.0)  # lit from above: a bright crest
        light = np.maximum(light, 1.0 * (down * ch < 1.5 * px))  # the crest's rim
        shade = 0.35 + 0.65 * scale**1.5  # far ridges dim in the air
        card_value = np.clip(light * shade, 0.22, 1.0)
        view = value[i0:, j0:j1]
        value[i0:, j0:j1] = view * (1 - card) + card_value * card
        cover[i0:, j0:j1] = np.maximum(cover[i0:, j0:j1], card)
    box = (fx0, fy0, fx1, fy1)  # lit clips it to the ridges
    return lit(c, cover, np.where(cover > 0, value / np.maximum(cover, 1e-6), 0.0), box, 0.0)
