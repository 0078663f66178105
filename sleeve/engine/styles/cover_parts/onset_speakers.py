"""The onset grid's sound system: a wall of speaker cabinets stacked on the floor (a dub
or jungle sound system), bass bins at the foot, mid cabinets and horn tops above, in
uneven columns bled off one side. One cone a sixteenth, the bar starting in the bass
bins: a played step's cone pushed out,
its surround as thick and its dust cap as big as the hit is hard (a cone pumping), a
rest's cone sitting back thin and dark; each played downbeat's cone in the accent."""

from __future__ import annotations

import numpy as np

from sleeve.engine.raster import RGB
from sleeve.engine.styles.base import Box
from sleeve.engine.styles.cover_parts.onset_marks import REST, Sheet, busiest, steps_of

GAP = 0.012  # field between cabinets


def _colours(sheet: Sheet, dark: bool) -> tuple[RGB, RGB, RGB]:
    """(cabinet, cone hole, rings): on a dark field the cabinets in the mass colour with
    dark holes and light rings; on a light field black cabinets, cones in the mass
    colour, rings in the paper's colour. A grey palette's cabinets are a mid grey (light
    cabinets with black cones read as a sheet of targets)."""
    if dark:
        body = sheet.mass
        if body == sheet.ink:
            body = tuple(
                int(round(f * 0.55 + i * 0.45)) for f, i in zip(sheet.field, sheet.ink, strict=True)
            )
        return body, sheet.field, sheet.ink  # type: ignore[return-value]
    return sheet.ink, sheet.mass, sheet.field


def _cone(sheet: Sheet, x: float, y: float, r: float, v: float, step: int, inks: tuple) -> None:
    """One cone of radius r: its rim, the cone pushed out as far and its surround as
    thick as the hit (a rest's cone sits back, thin and small), and the dust cap; a
    played downbeat's cone is the accent's colour."""
    body, hole, ring = inks
    sheet.disc(x, y, r, sheet.colour(step, v, hole))
    sheet.ring(x, y, r * 0.93, r * 0.07, ring)  # the rim
    if v >= REST:
        sheet.ring(x, y, r * (0.5 + 0.18 * v), r * (0.07 + 0.22 * v), ring)
    cap = r * (0.12 + 0.2 * v)
    sheet.disc(x, y, cap, ring if v >= REST else body)


def _horn(sheet: Sheet, x0: float, y0: float, w: float, h: float, inks: tuple) -> None:
    """A horn top's mouth: a wide slot and its throat."""
    body, hole, ring = inks
    sheet.box(x0 + w * 0.1, y0 + h * 0.2, x0 + w * 0.9, y0 + h * 0.8, hole)
    sheet.box(x0 + w * 0.38, y0 + h * 0.4, x0 + w * 0.62, y0 + h * 0.6, ring)


def speakers(sheet: Sheet, hits: np.ndarray, dark: bool) -> Box:
    """The stack (module docstring), standing on the frame's foot under a title at the
    top, or on the title's band (the floor) and bled off the top for a low title.
    Returns the focal box (the wall's outline)."""
    rng = sheet.rng
    inks = _colours(sheet, dark)
    first, last = sheet.band
    cols = int(rng.choice((2, 3, 3)))
    width = float(rng.uniform(0.9, 1.15)) if cols > 2 else float(rng.uniform(0.72, 0.9))
    cw = min(width / cols, 0.33 if sheet.top else 0.5)  # three tiers under a title above
    width = cw * cols
    x0 = float(rng.uniform(-0.12, 0.04)) if cols == 3 else float(rng.uniform(0.02, 0.16))
    floor = 1.02 if sheet.top else last
    limit = first + 0.02 if sheet.top else -0.2
    cabinets: list[tuple[float, float, float, float, str]] = []  # x, y, w, h, kind
    for c in range(cols):
        y = floor
        x = x0 + c * cw
        kinds = ["bin"] + list(rng.choice(["mid", "mid", "bin"], size=4)) + ["horn"]
        if rng.random() < 0.4:
            kinds.insert(1, "bin")
        heights = {"bin": cw, "mid": cw * 0.52, "horn": cw * 0.36}
        step_down = float(rng.uniform(0.0, 0.5)) * cw * (c % 2)  # uneven columns
        y -= step_down * (not sheet.top)
        for kind in kinds:
            fits = [
                k for k in (str(kind), "mid", "horn") if not sheet.top or y - heights[k] >= limit
            ]
            if not fits:
                break
            h = heights[fits[0]]
            cabinets.append((x, y - h, cw, h, fits[0]))
            y -= h
            if y < limit:
                break
    cones: list[tuple[float, float, float]] = []
    for x, y, w, h, kind in cabinets:
        g = GAP / 2
        sheet.box(x + g, y + g, x + w - g, y + h - g, inks[0])
        corner = min(w, h) * 0.07  # the metal corners
        for cx, cy in ((x + g, y + g), (x + w - g - corner, y + g)):
            sheet.box(cx, cy, cx + corner, cy + corner, inks[2])
            sheet.box(cx, y + h - g - corner, cx + corner, y + h - g, inks[2])
        if kind == "bin":
            cones.append((x + w / 2, y + h / 2, w * 0.4))
        elif kind == "mid":
            cones += [(x + w * f, y + h / 2, w * 0.2) for f in (0.27, 0.73)]
        else:
            _horn(sheet, x + g * 4.2, y + g * 4.2, w - g * 8.4, h - g * 8.4, inks)
    # the bar starts in the bass bins (the kick's): big cones first, each size read
    # like text from the top left
    cones.sort(key=lambda c: (-round(c[2], 4), round(c[1], 3), c[0]))
    v = steps_of(hits, len(cones), busiest(hits, len(cones) // 16 + 1))
    for k, (x, y, r) in enumerate(cones):
        _cone(sheet, x, y, r, float(v[k]), k, inks)
    xs = [c[0] for c in cabinets] + [c[0] + c[2] for c in cabinets]
    ys = [c[1] for c in cabinets] + [c[1] + c[3] for c in cabinets]
    return (min(xs), max(min(ys), 0.0), max(xs), min(max(ys), 1.0))
