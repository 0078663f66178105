"""Paper-cut colours by mood: the field, the sheets (a lightness ramp through the
language's palette) and the colours of the accent, moon, torn cores and a window's
wall.

- bright (a happy song in a light language): clean white paper and clear,
  saturated sheets; warm hues stay light (lemon, orange, never ochre or brown);
- calm: a lightly tinted paper, sheets from pale to deep;
- sad (a light language, low valence): deep paper (ink blue, plum), the sheets
  lighter towards the front, warm hues turned to wine or teal rather than mud;
- dark (a dark palette): vivid paper (reggae, neon) or its own tones (bone and blood
  for death metal) on black; a night scene silhouettes under a deep sky;
- the sea: a summer song by the sea is white, Aegean blue and lemon; a sad one blue.
"""

from __future__ import annotations

import numpy as np

from sleeve.engine import raster
from sleeve.engine.color import hue_gap, oklch_to_rgb, rgb_to_oklch
from sleeve.engine.direction import ArtDirection
from sleeve.engine.languages import TONES
from sleeve.engine.raster import RGB
from sleeve.engine.styles.cover_parts.paper_scenes import Scene

DARK_TONES = ("dark-mono", "dark", "dark-vivid", "mid-dark", "neon")
OWN_TONES = ("dark-mono", "dark")  # bone and dried blood are meant, not mud
LIGHT_TONES = ("light", "bright", "light-mono")  # classical, children's: never deep
AEGEAN = (
    oklch_to_rgb(0.86, 0.06, 228.0),  # sky
    oklch_to_rgb(0.62, 0.15, 250.0),  # Aegean blue
    oklch_to_rgb(0.46, 0.16, 260.0),  # deep water
)
LEMON = oklch_to_rgb(0.9, 0.17, 102.0)
# genres whose covers are vivid and ornamental: saturated paper, never muted
FESTIVE = (
    "bollywood", "afrobeats", "tropical", "reggaeton", "latin", "funk", "gospel",
    "psychedelic", "hyperpop", "edm", "house", "children", "mediterranean", "reggae",
)  # fmt: skip
# a festive song's coloured sky
SKIES = ("rays", "waves", "pond", "branch", "road", "bloom", "garland")
MARIGOLD = oklch_to_rgb(0.8, 0.17, 68.0)
MAGENTA = oklch_to_rgb(0.6, 0.24, 352.0)
TEAL = oklch_to_rgb(0.62, 0.12, 195.0)
GROUND_CHROMA = 0.08  # the least chroma of a colour laid as a bright song's field


def festive(direction: ArtDirection) -> bool:
    """A genre whose paper is saturated whatever the song's mood."""
    sub = direction.language.subgenre
    return sub in FESTIVE or direction.genre == "children"


def is_dark(direction: ArtDirection) -> bool:
    """A dark field: the palette's background is dark, unless the language is a
    sunny one and the song is happy (then the paper is light)."""
    light = rgb_to_oklch(direction.palette.background)[0]
    sunny = direction.language.tone not in DARK_TONES and direction.valence > 0.66
    return light < 0.45 and not sunny


def mood(direction: ArtDirection) -> str:
    """ "dark", "sad", "bright" or "calm": how deep and how clean the paper is."""
    if is_dark(direction):
        return "dark"
    tone = direction.language.tone
    if direction.valence < 0.38 and tone not in LIGHT_TONES:
        return "sad"
    return "bright" if direction.valence >= 0.6 or tone == "bright" else "calm"


def colors(
    direction: ArtDirection, scene: Scene, sea: bool
) -> tuple[RGB, dict[str, RGB], list[RGB]]:
    """The field, a colour per role and the ground sheets' colours (back to front)."""
    pal, v, e = direction.palette, direction.valence, direction.energy
    tone = TONES[direction.language.tone]
    feel = mood(direction)
    summer = sea and feel in ("bright", "calm") and v >= 0.5
    n = max(1, sum(layer.role == "ground" for layer in scene.layers))
    night = scene.night
    chroma = min(0.2, (0.06 + 0.1 * e) * tone.chroma)
    if tone.chroma >= 1.05 or feel == "bright":
        chroma = max(chroma, 0.13 * min(1.0, tone.chroma))
    party = festive(direction)
    if party:
        chroma = max(chroma, 0.17)
        feel = "bright" if feel == "calm" else feel
    if night and feel != "dark":  # a night scene in a light palette: its deepest colour
        deep = min((*pal.colors, pal.accent), key=lambda c: rgb_to_oklch(c)[0])
        sky = raster.tone(deep, 0.25, 0.07)
    elif feel == "dark":
        sky = raster.tone(pal.background, (0.3 if night else 0.19) + 0.06 * v)
    elif feel == "sad":
        sky = _deep(pal.background, *pal.colors)
    elif feel == "bright" and not summer and _coloured_ground(direction, scene):
        sky = _ground_colour(direction)
        feel = "bright-ground"
    elif party and feel == "bright" and scene.shape in SKIES:
        sky = _festive_sky(direction, scene.shape)  # a festive scene under a coloured sky
    elif scene.shape in ("pond", "branch") and feel in ("bright", "calm"):
        sky = oklch_to_rgb(0.91, 0.045, 228.0)  # a pale blue sky: the yellow duck shows
    elif summer or feel == "bright":
        lit, ch, hue = rgb_to_oklch(pal.background)
        sky = oklch_to_rgb(0.965, 0.012 if ch > 0.02 else 0.006, hue if ch > 0.02 else 95.0)
    else:
        sky = _warmed(raster.ground(pal.background, 0.93, 0.035), v, 0.3)
    if night and rgb_to_oklch(sky)[1] < 0.035 and direction.language.tone != "dark-mono":
        hue = _night_hue(direction)  # the genre's own night (navy only where it has none)
        sky = oklch_to_rgb(max(0.24, rgb_to_oklch(sky)[0]), 0.06, hue)
    ramp = _ramp(direction, n, feel, night, sea, summer, chroma)
    deepest = min(ramp, key=lambda c: rgb_to_oklch(c)[0])
    if summer or (feel == "bright-ground" and hue_gap(pal.accent, sky) < 60):
        motif = LEMON
    elif feel == "bright-ground":
        motif = raster.vivid(pal.accent, 0.82, max(0.14, chroma))
    else:
        motif = raster.vivid(pal.accent, 0.72 if feel == "bright" else 0.66, max(0.14, chroma))
        motif = _clean(motif, feel)
    roles = {
        "moon": oklch_to_rgb(0.95, 0.04, 95.0),
        "light": oklch_to_rgb(0.97, 0.012, 90.0),
        "motif": motif,
        "frame": raster.tone(
            pal.colors[0], 0.3 if feel in ("dark", "sad") or night else 0.92, 0.05
        ),
    }
    lit, _, hue = rgb_to_oklch(sky)
    m_lit, _, m_hue = rgb_to_oklch(roles["motif"])
    if abs(lit - m_lit) < 0.2 and abs(((hue - m_hue + 180) % 360) - 180) < 40:
        sky = oklch_to_rgb(0.9, 0.05, 235.0)  # a yellow motif in a yellow sky: a blue sky
    _scene_roles(direction, scene, roles, sky, feel, party)
    roles["tree"] = raster.tone(deepest, max(0.12, rgb_to_oklch(deepest)[0] - 0.08))
    if scene.shape in ("tree", "collage"):  # a few papers, not a rainbow of the ramp
        few = _ramp(direction, 3, feel, night, sea, summer, chroma)
        roles.update(r0=few[0], r1=few[1], r2=few[2])
        if scene.shape == "tree":  # a tree's tiers: one paper in two close tones
            lit = rgb_to_oklch(few[2])[0]
            roles["r1"] = raster.tone(few[2], lit + (0.09 if lit < 0.6 else -0.09))
    if scene.shape == "hearts":
        m_lit, m_ch, m_hue = rgb_to_oklch(roles["motif"])
        if direction.language.tone not in OWN_TONES and (m_ch < 0.1 or 60.0 < m_hue < 300.0):
            roles["motif"] = oklch_to_rgb(0.6, 0.21, 22.0)  # a heart is red (or pink) paper
    if scene.shape.startswith("figure-"):
        sky = _card(direction, roles["motif"], feel, scene.night)
        lit = rgb_to_oklch(sky)[0]
        roles["disc"] = raster.tone(sky, lit + (0.1 if lit < 0.6 else -0.09))
    lit, sky_ch, sky_hue = rgb_to_oklch(sky)
    roles["sky_top"] = raster.tone(sky, min(1.0, lit + 0.04))  # the sky pales a little
    # a window's front sheet: the field's own paper, a shade off the sky behind the cut
    roles["front"] = oklch_to_rgb(lit + (0.05 if lit < 0.5 else -0.05), max(sky_ch, 0.02), sky_hue)
    # a garland's strings: the field's own paper, much deeper (or, on a dark field, paler)
    roles["cord"] = raster.tone(sky, lit - 0.35 if lit > 0.5 else lit + 0.3, 0.04)
    return sky, roles, ramp


def _scene_roles(
    direction: ArtDirection,
    scene: Scene,
    roles: dict[str, RGB],
    sky: RGB,
    feel: str,
    party: bool,
) -> None:
    """The dioramas' colours: a warm sun and its pale halo (the moon's halo at
    night), white clouds, lamp-lit windows, a red boat, a raised figure's backing
    sheet and the toy town's three papers."""
    sky_lit = rgb_to_oklch(sky)[0]
    if party or feel.startswith("bright"):
        sun = oklch_to_rgb(0.8, 0.17, 62.0)
    elif feel == "sad":
        sun = oklch_to_rgb(0.82, 0.13, 60.0)
    else:
        sun = oklch_to_rgb(0.86, 0.14, 78.0)
    roles["sun"] = sun  # a sun is warm and bright, whatever the palette: never grey
    dark_sky = sky_lit < 0.5
    if scene.night or dark_sky:
        roles["halo"] = raster.tone(sky, min(0.9, sky_lit + 0.12))
    else:
        roles["halo"] = oklch_to_rgb(0.93, 0.06, 80.0)
    roles["sunhalo"] = (
        oklch_to_rgb(0.66, 0.17, 40.0) if dark_sky else oklch_to_rgb(0.92, 0.08, 82.0)
    )
    roles["sunring"] = oklch_to_rgb(0.74, 0.17, 52.0)
    roles.update(_flowers(direction, dark_sky))
    roles["rock"] = oklch_to_rgb(0.5 if dark_sky else 0.42, 0.03, 250.0)
    roles["tower"] = oklch_to_rgb(0.97, 0.012, 90.0)
    roles["pier"] = oklch_to_rgb(0.56 if dark_sky else 0.42, 0.07, 45.0)
    roles["gull"] = roles["tower"] if dark_sky else oklch_to_rgb(0.34, 0.03, 250.0)
    roles["cloud"] = oklch_to_rgb(0.975, 0.008, 90.0)
    roles["glow"] = oklch_to_rgb(0.86, 0.15, 82.0)
    roles["boat"] = roles["light"] if scene.night else oklch_to_rgb(0.6, 0.2, 28.0)
    m_lit, m_ch, m_hue = rgb_to_oklch(roles["motif"])
    if abs(m_lit - sky_lit) < 0.18 and m_ch < 0.1:  # a raised figure must stand out
        roles["motif"] = oklch_to_rgb(0.62, 0.2, 28.0 if sky_lit > 0.5 else 62.0)
        m_hue = rgb_to_oklch(roles["motif"])[2]
    kind = scene.shape.removeprefix("figure-")
    if scene.shape.startswith("figure-") and direction.language.tone in OWN_TONES:
        accent = direction.palette.accent  # a dark genre: blood red or bone, nothing bright
        own = rgb_to_oklch(accent)
        bone = oklch_to_rgb(0.86, 0.02, 85.0)
        roles["motif"] = raster.tone(accent, max(own[0], 0.42)) if own[1] > 0.1 else bone
        m_ch = 0.0 if own[1] <= 0.1 else own[1]
        kind = ""
    if kind == "heart" and not (m_hue > 330.0 or m_hue < 40.0) or kind == "heart" and m_ch < 0.12:
        roles["motif"] = oklch_to_rgb(0.6, 0.21, 22.0)  # a heart is red paper
    elif kind == "star" and m_ch < 0.1:
        roles["motif"] = oklch_to_rgb(0.84, 0.16, 82.0)  # a gold star
    elif kind == "bird" and m_ch < 0.1:
        roles["motif"] = oklch_to_rgb(0.62, 0.14, 235.0)  # a blue bird
    m_hue = rgb_to_oklch(roles["motif"])[2]
    roles["card"] = _clean(oklch_to_rgb(0.4, 0.1, m_hue), "dark")
    roles["bud"] = oklch_to_rgb(0.93, 0.05, 85.0)
    roles["crane"] = roles["motif"]  # an origami crane: the motif, red for a green one
    if 90.0 <= m_hue <= 170.0:
        roles["crane"] = oklch_to_rgb(0.6, 0.19, 28.0)
    lit = rgb_to_oklch(roles["crane"])[0]
    roles["crane2"] = raster.tone(roles["crane"], max(0.22, lit - 0.15))  # its folds deeper
    if scene.shape in ("pond", "branch"):
        roles.update(_pond(feel, scene.night, sky_lit))
    roles.update(p0=MARIGOLD, p1=MAGENTA, p2=TEAL)


def _flowers(direction: ArtDirection, dark_sky: bool) -> dict[str, RGB]:
    """A flower's papers: a cherry's two pinks, its deep-pink heart and brown bough; a
    bloom's petals in the palette's warmest pink, red or yellow (pink where it has
    none), never a grey-blue blob, round a golden or deep-red heart."""
    warm = [
        lch
        for lch in (rgb_to_oklch(c) for c in (direction.palette.accent, *direction.palette.colors))
        if lch[1] > 0.06 and (lch[2] > 330.0 or lch[2] < 100.0)
    ]
    hue = max(warm, key=lambda lch: lch[1])[2] if warm else 355.0
    yellow = 60.0 < hue < 100.0
    return {
        "petal": oklch_to_rgb(0.88, 0.07, 355.0),
        "petal2": oklch_to_rgb(0.76, 0.12, 358.0),
        "stamen": oklch_to_rgb(0.56, 0.18, 8.0),
        "bough": oklch_to_rgb(0.42 if dark_sky else 0.34, 0.05, 35.0),
        "bloom0": oklch_to_rgb(0.66 if not yellow else 0.8, 0.18, hue),
        "bloom1": oklch_to_rgb(0.8 if not yellow else 0.9, 0.13, hue),
        "pistil": oklch_to_rgb(0.5, 0.17, 20.0) if yellow else oklch_to_rgb(0.86, 0.15, 88.0),
    }


def _pond(feel: str, night: bool, sky_lit: float) -> dict[str, RGB]:
    """A pond's papers: a yellow duck with a yolk wing and an orange beak (a duck
    title wants a yellow duck, whatever the mood), green banks, reeds and lily pads
    (deep at night or on a sad song), pale paper ripples."""
    deep = night or feel in ("dark", "sad") or sky_lit < 0.5
    greens = (0.36, 0.3, 0.26, 0.42) if deep else (0.8, 0.7, 0.52, 0.64)
    chroma = 0.08 if deep else 0.16
    return {
        "duck": oklch_to_rgb(0.87, 0.17, 96.0),
        "wing": oklch_to_rgb(0.79, 0.16, 78.0),
        "beak": oklch_to_rgb(0.68, 0.19, 48.0),
        "eye": oklch_to_rgb(0.22, 0.03, 260.0),
        "blush": oklch_to_rgb(0.76, 0.12, 15.0),
        "bank0": oklch_to_rgb(greens[0], chroma, 132.0),
        "bank1": oklch_to_rgb(greens[1], chroma, 140.0),
        "reed": oklch_to_rgb(greens[2], chroma * 0.9, 148.0),
        "cattail": oklch_to_rgb(0.42 if deep else 0.5, 0.1, 38.0),
        "lily": oklch_to_rgb(greens[3], chroma, 138.0),
        "lilyflower": oklch_to_rgb(0.8, 0.12, 350.0),
        "ripple": oklch_to_rgb(0.95 if not deep else 0.7, 0.02, 220.0),
        "bird": oklch_to_rgb(0.6, 0.15, 245.0),  # a bluebird with a robin's breast
        "breast": oklch_to_rgb(0.74, 0.16, 52.0),
        "feathers": oklch_to_rgb(0.46, 0.14, 255.0),
        "bough": oklch_to_rgb(0.3 if deep else 0.38, 0.05, 20.0),
        "legs": oklch_to_rgb(0.45, 0.08, 40.0),
    }


def _festive_sky(direction: ArtDirection, shape: str) -> RGB:
    """A festive song's sky: light, clearly coloured paper in the palette's most
    coloured hue away from the sun's orange (turquoise, pink, sky blue); behind a
    bloom, the palette's most coloured hue away from the petals' (afrobeats' marigold
    behind a red flower, not a teal every festive genre shared)."""
    pal = direction.palette
    if shape == "bloom":
        petal = _flowers(direction, False)["bloom0"]
        away = [
            c for c in (*pal.colors, pal.accent)
            if rgb_to_oklch(c)[1] > 0.08 and hue_gap(c, petal) > 50.0
        ]  # fmt: skip
        if away:
            hue = rgb_to_oklch(max(away, key=lambda c: rgb_to_oklch(c)[1]))[2]
            return oklch_to_rgb(0.86 if 70.0 <= hue <= 115.0 else 0.8, 0.13, hue)
    far = [
        lch
        for lch in (rgb_to_oklch(c) for c in (*pal.colors, pal.accent))
        if lch[1] > 0.05 and not 30.0 <= lch[2] <= 130.0
    ]
    hue = max(far, key=lambda lch: lch[1])[2] if far else 200.0
    return oklch_to_rgb(0.84, 0.1, hue)


def _card(direction: ArtDirection, motif: RGB, feel: str, night: bool) -> RGB:
    """A raised figure's card: the palette's most coloured hue well away from the
    figure's (else its complement), light on a light song, deep on a dark one."""
    m_hue = rgb_to_oklch(motif)[2]
    pal = direction.palette
    far = [
        lch
        for lch in (rgb_to_oklch(c) for c in (*pal.colors, pal.accent, pal.background))
        if lch[1] > 0.05 and abs(((lch[2] - m_hue + 180.0) % 360.0) - 180.0) > 55.0
    ]
    hue = max(far, key=lambda lch: lch[1])[2] if far else (m_hue + 180.0) % 360.0
    if direction.language.tone in DARK_TONES and not festive(direction):
        return raster.tone(pal.background, 0.2)  # a dark genre keeps its own dark card
    if feel in ("dark", "sad") or night:
        return _clean(oklch_to_rgb(0.32, 0.09, hue), "dark")
    if 75.0 <= hue <= 130.0:
        return oklch_to_rgb(0.9, 0.11, hue)  # a light yellow, never khaki
    return _clean(oklch_to_rgb(0.8, 0.1, hue), "calm")


def _coloured_ground(direction: ArtDirection, scene: Scene) -> bool:
    """Whether a bright song is laid on a field of saturated paper (Matisse's blue
    ground) rather than white: a third of them, where the language has colour and the
    field shows round a few big shapes (not behind a landscape, a window or rays)."""
    shows = scene.shape.startswith("cut-") or scene.shape in ("bloom", "hearts")
    chroma = TONES[direction.language.tone].chroma
    coloured = _ground_options(direction)
    lucky = raster.rng_for(direction, "paper-ground").random() < 0.35
    return shows and bool(coloured) and chroma >= 0.8 and lucky


def _ground_colour(direction: ArtDirection) -> RGB:
    """A bright song's coloured field: the palette's most saturated colour that is not
    a yellow (a yellow field is left to the sheets), as clean mid-light paper."""
    best = max(_ground_options(direction), key=lambda c: rgb_to_oklch(c)[1])
    return raster.tone(best, 0.64, max(0.13, rgb_to_oklch(best)[1]))


def _ground_options(direction: ArtDirection) -> list[RGB]:
    """The palette's colours (its background too) that can be a bright field: clearly
    coloured (a grey accent made hyperpop's field mid-grey) and not yellow."""
    pal = direction.palette
    return [
        c
        for c in (*pal.colors, pal.accent, pal.background)
        if rgb_to_oklch(c)[1] >= GROUND_CHROMA and not 75.0 <= rgb_to_oklch(c)[2] <= 130.0
    ]


def _deep(*candidates: RGB) -> RGB:
    """A sad song's field: deep paper in the most coloured of the palette's hues,
    leaned cool (ink blue, plum, bottle green), never brown."""
    hue = max((rgb_to_oklch(c) for c in candidates), key=lambda lch: lch[1])[2]
    warm = 0.0 <= hue < 60.0 or hue > 300.0
    hue = _lean(hue, 350.0, 0.5) if warm else _lean(hue, 255.0, 0.12)  # wine, or its own
    return _clean(oklch_to_rgb(0.3, 0.08, hue), "sad")


def _night_hue(direction: ArtDirection) -> float:
    """The hue of a night sky: the palette's most coloured colour away from olive
    (a mud), navy where it has none."""
    pal = direction.palette
    hues = [
        lch
        for lch in (rgb_to_oklch(c) for c in (*pal.colors, pal.accent, pal.background))
        if lch[1] > 0.05 and not 60.0 <= lch[2] <= 115.0
    ]
    return max(hues, key=lambda lch: lch[1])[2] if hues else 262.0


def _clean(color: RGB, feel: str) -> RGB:
    """A colour without mud: a warm hue (orange to olive) that is too dark reads as
    brown, so a bright song lifts it to ochre-free light paper and any other turns it
    to wine (oranges) or teal (olives); greys stay grey."""
    lit, ch, hue = rgb_to_oklch(color)
    if ch < 0.03 or not 25.0 <= hue <= 115.0 or lit >= 0.7:
        return color
    if feel.startswith("bright"):
        return oklch_to_rgb(max(lit, 0.76 if hue < 75.0 else 0.84), max(ch, 0.12), hue)
    if hue < 75.0:  # a red with enough colour is barn red or wine, not brown
        return oklch_to_rgb(lit, max(ch, 0.12), _lean(hue, 22.0, 0.85))
    return oklch_to_rgb(lit, max(ch, 0.08), _lean(hue, 175.0, 0.85))


def _warmed(color: RGB, valence: float, amount: float) -> RGB:
    """A colour's hue turned towards warm (valence high) or cool (low)."""
    lit, chroma, hue = rgb_to_oklch(color)
    target = 60.0 if valence >= 0.5 else 240.0
    d = ((target - hue + 180.0) % 360.0) - 180.0
    return oklch_to_rgb(lit, chroma, hue + d * amount * min(1.0, abs(valence - 0.5) * 2.5))


def _ramp(
    direction: ArtDirection,
    n: int,
    feel: str,
    night: bool,
    sea: bool,
    summer: bool,
    chroma: float,
) -> list[RGB]:
    """The ground sheets' colours, back to front: the palette's hues along a lightness
    ramp (pale to deep on a light field; vivid paper on a dark or deep one;
    silhouettes at night); a dark, muted language keeps its colours' own lightness
    (bone, blood)."""
    pal, v = direction.palette, direction.valence
    tone = direction.language.tone
    vivid = tone in ("dark-vivid", "neon", "vivid", "mid", "bright")
    dark = feel == "dark"
    if night:
        span = (0.46, 0.17)
    elif dark:
        span = (0.5, 0.74) if vivid else (0.3, 0.55)
    elif feel == "sad":
        span = (0.42, 0.74)  # deep at the back, lighter sheets in front
    elif feel == "bright":
        span = (0.88, 0.56)
    elif feel == "bright-ground":  # light sheets on the coloured field
        span = (0.96, 0.8)
    else:
        span = (0.84, 0.42 + 0.12 * v)
    stops = list(AEGEAN) if summer else [*pal.colors, pal.accent][:4]
    coloured = [c for c in stops if rgb_to_oklch(c)[1] > 0.04]
    if len(coloured) >= 2 and (feel != "dark" or tone not in OWN_TONES):
        stops = coloured  # a grey in a colourful palette made grey sheets
    hues = raster.color_lut(stops, n=max(n, 2))
    ramp = []
    for k in range(n):
        t = k / max(n - 1, 1)
        lit = span[0] + (span[1] - span[0]) * t
        hue_of = tuple(int(x) for x in hues[k])
        if dark and not night and not vivid:  # bone stays bone, blood stays blood
            own = stops[k % len(stops)]
            lit = 0.5 * lit + 0.5 * float(np.clip(rgb_to_oklch(own)[0], 0.2, 0.8))
            c = raster.tone(own, lit)
        elif dark and not night:
            c = raster.vivid(hue_of, lit, max(chroma, 0.13))
        elif feel.startswith("bright") and not night:  # vivid lifted a night's yellows
            c = raster.vivid(hue_of, lit, max(chroma, 0.12))
        else:
            c = raster.tone(hue_of, lit, max(chroma, 0.07) if feel == "sad" else chroma)
        if feel == "sad":
            c = _warmed(c, v, 0.3)
        elif feel == "calm":
            c = _warmed(c, v, 0.2)
        if sea and not summer:  # the sea is blue whatever the palette says
            lit, ch, hue = rgb_to_oklch(c)
            c = oklch_to_rgb(lit, max(ch, 0.07), _lean(hue, 225.0, 0.75))
        ramp.append(c if dark and tone in OWN_TONES else _clean(c, "night" if night else feel))
    return ramp


def _lean(hue: float, target: float, share: float) -> float:
    """A hue moved `share` of the way to `target` (the short way round)."""
    return hue + (((target - hue + 180.0) % 360.0) - 180.0) * share
