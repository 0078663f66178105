"""The papers of the pictures with colours of their own (paper_heart, paper_room,
paper_sky): flames are red, orange and yellow, a heart red and pink, a lo-fi room
lamp amber on dusk navy, a moon cream with deeper craters, whatever the palette;
the rest keep paper_colors' roles.
"""

from __future__ import annotations

from sleeve.engine import raster
from sleeve.engine.color import oklch_to_rgb, rgb_to_oklch
from sleeve.engine.direction import ArtDirection
from sleeve.engine.raster import RGB
from sleeve.engine.styles.cover_parts import paper_colors as pc
from sleeve.engine.styles.cover_parts.paper_scenes import Scene

FIRE = {
    "flame0": oklch_to_rgb(0.54, 0.2, 28.0),
    "flame1": oklch_to_rgb(0.71, 0.18, 50.0),
    "flame2": oklch_to_rgb(0.9, 0.15, 95.0),
}
HEARTS = {
    "dot0": oklch_to_rgb(0.6, 0.21, 22.0),
    "dot1": oklch_to_rgb(0.8, 0.11, 355.0),
    "dot2": oklch_to_rgb(0.82, 0.14, 62.0),
    "heart": oklch_to_rgb(0.6, 0.21, 24.0),
    "heart1": oklch_to_rgb(0.46, 0.18, 22.0),  # a split heart's sheets behind the front
    "heart0": oklch_to_rgb(0.33, 0.12, 18.0),
}
ROOM = {
    "city": oklch_to_rgb(0.2, 0.04, 270.0),
    "glow": oklch_to_rgb(0.84, 0.15, 80.0),
    "bokeh": oklch_to_rgb(0.72, 0.12, 55.0),
    "rain": oklch_to_rgb(0.78, 0.035, 235.0),
    "wall": oklch_to_rgb(0.34, 0.05, 272.0),
    "desk": oklch_to_rgb(0.27, 0.04, 275.0),
    "pool": oklch_to_rgb(0.72, 0.13, 62.0),
    "sill": oklch_to_rgb(0.44, 0.05, 268.0),
    "silhouette": oklch_to_rgb(0.16, 0.03, 275.0),
    "lamp": oklch_to_rgb(0.8, 0.15, 68.0),
}
CUP = {
    "cup": oklch_to_rgb(0.94, 0.018, 85.0),
    "cupshade": oklch_to_rgb(0.8, 0.025, 80.0),
    "coffee": oklch_to_rgb(0.3, 0.05, 50.0),
}
GOLD = oklch_to_rgb(0.84, 0.16, 82.0)
RED = oklch_to_rgb(0.6, 0.2, 32.0)
NAVY = 268.0
NIGHT_SKY = oklch_to_rgb(0.23, 0.06, NAVY)  # dusk navy behind the glass
EMBERS = oklch_to_rgb(0.22, 0.07, 25.0)  # the dark behind the flames
MOON = {
    "moonshade": oklch_to_rgb(0.7, 0.04, 80.0),
    "star": oklch_to_rgb(0.93, 0.04, 95.0),
    "ring": oklch_to_rgb(0.78, 0.11, 62.0),
}


def night_hue(direction: ArtDirection) -> float:
    """The hue of the genre's night: its palette's most coloured deep colour (a
    bolero's wine, a bossa's green), dusk navy where the palette has none."""
    pal = direction.palette
    deep = [
        lch
        for lch in (rgb_to_oklch(c) for c in (pal.background, *pal.colors))
        if lch[1] > 0.035 and lch[0] < 0.7 and not 60.0 <= lch[2] <= 115.0
    ]
    return max(deep, key=lambda lch: lch[1])[2] if deep else NAVY


NIGHT_HUES = (180.0, 340.0)  # a night sky's hues (teal to magenta): others turn brown


def _city_papers(hue: float) -> dict[str, RGB]:
    """The city's night: a deep sky, its rows from a pale far one to a near-black
    front one, the river a shade under the sky, the moon's halo a shade over it, all
    in the night's hue (dusk navy for a warm or green one: a brown sky read as "a
    flat brown field", round 18)."""
    if not NIGHT_HUES[0] <= hue <= NIGHT_HUES[1]:
        hue = NAVY
    papers = {"sky": oklch_to_rgb(0.25, 0.06, hue), "water": oklch_to_rgb(0.2, 0.05, hue)}
    papers["halo"] = oklch_to_rgb(0.33, 0.05, hue)
    for k, lit in enumerate((0.46, 0.36, 0.26, 0.15)):
        papers[f"city{k}"] = oklch_to_rgb(lit, 0.05 - 0.008 * k, hue)
    return papers


def _rehued(papers: dict[str, RGB], hue: float) -> dict[str, RGB]:
    """The night papers (the room's walls, desk and city, the sky) turned to `hue`,
    each keeping its lightness; the lamp's warm papers stay as they are."""
    out = {}
    for role, color in papers.items():
        lit, chroma, own = rgb_to_oklch(color)
        cool = 200.0 <= own <= 300.0 and chroma < 0.08
        out[role] = oklch_to_rgb(lit, max(chroma, 0.04), hue) if cool else color
    return out


def _deep_wall(color: RGB) -> RGB:
    """A front sheet of deep paper in the colour's hue: never brown (a dark orange or
    olive is taken to near-black)."""
    _, chroma, hue = rgb_to_oklch(color)
    if 25.0 <= hue <= 115.0 or chroma < 0.03:
        return oklch_to_rgb(0.2, 0.015, 30.0)
    return oklch_to_rgb(0.25, 0.07, hue)


def relief_ramp(ramp: list[RGB], sky: RGB) -> list[RGB]:
    """A relief's sheets, back to front, in the ramp's two most colourful papers
    taking turns, stepping in value away from the field (a rainbow of every ramp
    colour read as a children's rainbow)."""
    two = sorted(ramp, key=lambda c: -rgb_to_oklch(c)[1])[:2]
    dark = rgb_to_oklch(sky)[0] < 0.5
    out = []
    for k in range(len(ramp)):
        t = k / max(1, len(ramp) - 1)
        color = two[k % len(two)]
        lit = 0.4 + 0.38 * t if dark else 0.84 - 0.4 * t
        out.append(raster.tone(color, lit, min(0.16, rgb_to_oklch(color)[1])))
    return out


def well_ramp(ramp: list[RGB], sky: RGB) -> list[RGB]:
    """A cut well's sheets (the tunnel, the waveform), back to front: the field's own
    paper in front, taking turns with the ramp's most colourful one, stepping away
    from the field's lightness the deeper they lie (a dark field opens to light, a
    light one deepens), so the genre's field colour leads the cover."""
    sky_lit, sky_ch, _ = rgb_to_oklch(sky)
    two = [sky, max(ramp, key=lambda c: rgb_to_oklch(c)[1])]
    dark = sky_lit < 0.5
    near, far = (max(0.24, sky_lit + 0.04), 0.74) if dark else (min(0.93, sky_lit), 0.46)
    out = []
    n = len(ramp)
    for k in range(n):
        t = k / max(1, n - 1)  # 0 at the back, 1 in front
        color = two[(n - 1 - k) % 2] if n > 1 else two[1]  # a lone strip: the colour
        chroma = max(0.05, min(0.16, rgb_to_oklch(color)[1]))
        out.append(raster.tone(color, far + (near - far) * t, chroma))
    return out


def window_papers(direction: ArtDirection, sky: RGB) -> dict[str, RGB]:
    """The window's mat: the genre's accent (deep red where the accent is grey); the
    front sheet is paper_colors' "front", the field's own paper."""
    lit = rgb_to_oklch(sky)[0]
    accent = direction.palette.accent
    vivid = rgb_to_oklch(accent)[1] >= 0.06
    return {"motif": raster.vivid(accent, 0.6 if lit > 0.5 else 0.68, 0.17) if vivid else RED}


PULSE = {
    "pulse0": oklch_to_rgb(0.8, 0.14, 62.0),  # the far sheets: marigold, then orange
    "pulse1": oklch_to_rgb(0.69, 0.18, 42.0),
}


def _pulse_field(direction: ArtDirection, sky: RGB, roles: dict[str, RGB]) -> RGB:
    """A heartbeat's field and sheets: marigold and orange far, deep red and red near;
    a festive song (Bollywood) on saffron paper, a light one on warm cream, a dark one
    keeps its night (the beat on flat grey read as "not Bollywood")."""
    roles.update(PULSE)
    lit = rgb_to_oklch(sky)[0]
    if lit < 0.5:
        return sky
    if pc.festive(direction):
        return oklch_to_rgb(0.88, 0.11, 88.0)
    return oklch_to_rgb(0.94, 0.035, 75.0)


def own_colors(
    direction: ArtDirection, scene: Scene, sky: RGB, roles: dict[str, RGB], feel: str
) -> RGB:
    """The field for the scene (sky as given unless the picture needs its own), the
    picture's papers set in `roles`."""
    shape = scene.shape
    if shape in ("heart-fire", "hearth"):
        roles.update(FIRE, wall=_deep_wall(direction.palette.accent))
        return EMBERS
    if shape in ("heart-dots", "heart-split", "heart-beat"):
        roles.update(HEARTS)
        if shape == "heart-beat":
            return _pulse_field(direction, sky, roles)
        return sky
    if shape in ("room", "street"):
        hue = night_hue(direction)
        roles.update(_rehued(ROOM, hue))
        roles["umbrella"] = raster.vivid(direction.palette.accent, 0.58, 0.16)
        return _rehued({"sky": NIGHT_SKY}, hue)["sky"]
    if shape == "city":  # the genre's night (navy where it has none, never brown)
        roles.update(_city_papers(night_hue(direction)))
        roles.update(MOON)
        return roles.pop("sky")
    if shape in ("planet", "stars"):
        roles.update(MOON)
        if shape == "stars":
            roles["motif"] = GOLD  # the parade's head star
        return sky
    if shape == "cup":  # a cream cup of black coffee on the song's own field
        roles.update(CUP)
        roles["motif"] = raster.vivid(direction.palette.accent, 0.62, 0.16)
        return sky
    if shape == "umbrella":  # the genre's accent paper, its panels in turn deeper
        accent = direction.palette.accent
        vivid = rgb_to_oklch(accent)[1] >= 0.06
        roles["motif"] = raster.vivid(accent, 0.6, 0.18) if vivid else RED
        lit = rgb_to_oklch(roles["motif"])[0]
        roles["canopy"] = raster.tone(roles["motif"], lit - 0.14)
        sky_lit = rgb_to_oklch(sky)[0]
        roles["rain"] = raster.tone(sky, sky_lit + (0.18 if sky_lit < 0.6 else -0.2), 0.03)
        return sky
    if shape.startswith("aperture-"):
        roles.update(window_papers(direction, sky))
        return sky
    if shape.startswith("relief-"):  # one bar or ring of vivid paper among the palette's
        accent = direction.palette.accent
        vivid = rgb_to_oklch(accent)[1] >= 0.06
        roles["motif"] = raster.vivid(accent, 0.62, 0.19) if vivid else RED
        return sky
    return sky
