"""The vortex: two inks laid in bold stripes, their widths the song's energy curve,
stirred into one great whirl in the art's box; the ink's front toward the title is
curled in with them, and the title's side stays plain paper.

The song moves it: the stripes' widths (its energy curve), the whirl's place (its
loudest moment), its turn (its energy) and reach (its turbulence), the stripes'
direction (its key); the seed the rest.
"""

from __future__ import annotations

import numpy as np

from sleeve.engine import compose
from sleeve.engine.direction import RGB, ArtDirection
from sleeve.engine.styles.cover_parts import marble_field as mf
from sleeve.engine.styles.cover_parts import marbled_cut as cut
from sleeve.engine.styles.cover_parts import marbled_drops as drops
from sleeve.engine.styles.cover_parts import marbled_patterns as pat
from sleeve.engine.styles.cover_parts import marbled_sheet as sheet

F = np.float32
STRIPES = 9  # the stripes laid across the bath (each the energy at its place)


def stripe_bands(d: ArtDirection, inks: int) -> mf.Bands:
    """Stripes of the field and second inks by turns across the bath (-1.5..1.5),
    each as wide as the song is loud at its place, the loudest edged with the accent;
    on a dark ground the leading (palest) ink runs thinner: a dark whirl, not a pale one."""
    field, second, accent = pat.roles(inks)
    line = pat.energy_line(d, STRIPES)
    widths = 0.03 + 0.05 * (line - 0.3) / 1.3
    loudest = int(np.argmax(line))
    bounds, ink_list, at = [], [], -1.5
    for k in range(-8, STRIPES + 8):  # the stripes past the curve repeat its ends
        w = float(widths[int(np.clip(k, 0, STRIPES - 1))])
        if k % 2 == 0 and drops.dark_ground(d):
            w *= 0.55
        ink_list.append(field if k % 2 == 0 else second)
        at += w
        bounds.append(at)
        if k == loudest and accent != second:
            ink_list.append(accent)
            at += 0.018
            bounds.append(at)
    ink_list.append(field)
    shift = (bounds[0] + bounds[-1]) / 2
    return mf.Bands(np.array(bounds, F) - F(shift), np.array(ink_list))


def draw(
    d: ArtDirection,
    rng: np.random.Generator,
    size: int,
    coarse: int,
    colours: tuple[RGB, list[RGB]],
    side: str,
) -> tuple[np.ndarray, compose.Box]:
    """The whirl shaded at `size` (moves worked out on a `coarse` grid) on plain paper,
    and its focus."""
    ground, inks = colours
    box = sheet.art_box(d, side)
    start = cut.depth_of(box, side)
    loud = pat.peaks(pat.energy_line(d), 1)[0][0]
    a = 0.3 + 0.4 * loud + rng.uniform(-0.05, 0.05)  # along the title's edge
    b = start + (1 - start) * rng.uniform(0.5, 0.6)  # away from it
    c = (1 - b, a) if side == "right" else (a, 1 - b if side.startswith("bottom") else b)
    room = min(b - start, 1 - b + 0.1)
    reach = room * (0.45 + 0.25 * d.turbulence)
    turn = (8.0 + 6.0 * d.energy) * (1 if rng.random() < 0.5 else -1)
    f = mf.Field.grid(coarse)
    here = mf.Field(f.x.copy(), f.y.copy(), f.px)
    mf.breeze(f, rng, 0.004 + 0.008 * d.turbulence)
    mf.swirl(f, c, turn, reach)
    mf.swirl(f, c, -0.25 * turn, 2.5 * reach)  # the water round it drawn back a little
    angle = pat.comb_angle(d, rng)
    bands = stripe_bands(d, len(inks))
    u = mf.across(f, angle, float(mf.across(mf.Field(np.array(c[0]), np.array(c[1]), f.px), angle)))
    front = start + 0.04  # the ink's edge toward the title, before the whirl
    sd = np.maximum(
        F(front) - cut.away(side, f.x, f.y),  # where the ink was laid
        F(start) - cut.away(side, here.x, here.y),  # never past the art's box
    )
    art = cut.pattern(u, bands, size, ground, inks)
    alpha = cut.cover(mf.upscale(sd.astype(F), size))
    out = cut.lay(np.broadcast_to(np.asarray(ground, F), art.shape).copy(), art, alpha)
    focus = sheet_focus(c, 1.3 * reach, box)
    return out, focus


def sheet_focus(c: tuple[float, float], r: float, box: compose.Box) -> compose.Box:
    """A box of half-side `r` round `c`, within the art's `box`."""
    x0, y0, x1, y1 = compose.around(c[0], c[1], r)
    return compose.clip_box((max(x0, box[0]), max(y0, box[1]), min(x1, box[2]), min(y1, box[3])))
