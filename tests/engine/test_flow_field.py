"""Flow field: several compositions across songs, none of the retired ones (corner
fans, curtains, blocks, splits; the obstacle, the disc, the drift, the cut, the
ribbon; the strand scenes: smoke, the strand flame, the vortex, the kite); lines that
stand off a light field, and colours that keep to the genre. The streamline prints
are tested in test_flow_lines, the strokes in test_flow_paintings."""

from __future__ import annotations

import dataclasses
from collections import Counter

import numpy as np
from PIL import Image

from sleeve.engine.direction import Palette, direct_from_music
from sleeve.engine.languages import language_for
from sleeve.engine.looks import turned
from sleeve.engine.music import MusicInput
from sleeve.engine.styles import flow_field
from sleeve.engine.styles.cover_parts import flow_more
from tests.engine.test_styles import CALM, LOUD, render

RETIRED = ("corner", "curtain", "blocks", "split")  # read as strand wallpaper or scribble
# an art director read an empty hole repeated, a hairball and confetti
# and the cut's streaks as rain; the burst as a hyperspace screensaver, the silk as a
# blurred light streak
# blurred light streak; the strand scenes as amateur scribbles (and the kite as clip-art);
# the aurora as blurred bars on black; the parting, the dipole and the summit as repeats;
# the lee's archipelago as holes in the lines (Song Title, 2026-12-03); the lee's island
# as generic bands of lines (round 14)
REVIEWED_OUT = (
    "obstacle", "disc", "drift", "cut", "burst", "silk", "ribbon",
    "smoke", "flame", "kite", "vortex", "vortex-ball", "aurora", "parting", "dipole", "summit",
    "weave", "halves", "confluence", "eddy", "current", "gyre", "meander", "lee", "bloom",
    "lee-archipelago", "lee-island",
)  # fmt: skip
# the streamline forms by kind, and the gestures: each its own picture and name (the
# bare "gyre", "meander", "lee" and "bloom" named a whorl and a row of eddies alike)
STREAMS = (
    "gyre-corner", "gyre-row", "meander-loops", "meander-oxbow", "bloom-giant", "sweep",
    "funnel",
)  # fmt: skip
# the pictures drawn now (the parting and the dipole read as more lines round a disc,
# the summit as the same stripes over a hump; the weave, the halves, the confluence and
# the eddy as stripes with no subject)
SUBJECTS = (
    "swell",
    "range",
    "whirlpool",
    "strokes",
    *STREAMS,
)  # and carve-*
# the whirlpool leans to genres whose imagery is a swirl (flow_more.SWIRLS)
SWIRL = dataclasses.replace(CALM, genre="rock", language=language_for("psychedelic"))


def test_songs_get_several_compositions_none_dominating() -> None:
    forms = Counter()
    for seed in range(60):
        for base in (CALM, LOUD, SWIRL):
            direction = dataclasses.replace(base, seed=seed)
            forms[flow_more.choose(direction, np.random.default_rng(seed))] += 1
    assert len(forms) >= 3
    assert max(forms.values()) < 0.5 * sum(forms.values())
    assert not set(RETIRED + REVIEWED_OUT) & set(forms)


def test_wallpaper_and_scribble_compositions_are_retired() -> None:
    """Reviewers read strands fanned from a corner, bands of strokes and a patchwork
    of blocks as wallpaper or scribble: no song gets them; three compositions are."""
    drawn = {
        flow_field.layout_of(dataclasses.replace(b, seed=s))
        for s in range(80)
        for b in (CALM, LOUD, SWIRL)
    }
    assert not drawn & set(RETIRED)
    assert len(drawn) >= 3


def test_the_hole_the_hairball_the_confetti_and_the_rain_are_never_drawn() -> None:
    """An art director read the obstacle's empty hole as the same empty picture again
    and again, the disc's round window as a hairball, the drift's bold strokes as
    confetti, the cut's streaks as rain, the burst as a hyperspace screensaver and the
    silk as a blurred light streak, the ribbon as a paint swatch with no subject, the
    strand scenes as scribbles: no song of any genre gets them, at any turn, and the
    cover says so; the streamline prints and the strokes are drawn."""
    drawn = Counter()
    tags_list = (
        "ambient", "techno", "lofi", "metal", "jazz", "classical", "psychedelic", "children",
        "funk",
    )  # fmt: skip
    for index, tags in enumerate(tags_list):
        music = MusicInput(task_id=f"flow-{index}", title="Harbour Lights", tags=tags)
        direction = direct_from_music(music)[0]
        for turn in range(40):
            drawn[flow_field.layout_of(turned(direction, turn))] += 1
        assert flow_field.render(direction, 64).layout not in REVIEWED_OUT
    assert not set(REVIEWED_OUT) & set(drawn), drawn
    drawn_forms = {name.partition("-")[0] if name.startswith("carve-") else name for name in drawn}
    assert drawn_forms <= {*SUBJECTS, "carve"} and len(drawn) >= 4, drawn


def band_edges(image: Image.Image) -> np.ndarray:
    """Edge energy on a 32 px grey copy (the grain averaged away): 32 x 32."""
    small = image.convert("L").resize((32, 32), Image.Resampling.BOX)
    return np.hypot(*np.gradient(np.asarray(small, float)))


# the compositions drawn only for a title naming their subject, and such a title
NAMING = {
    "grass": "Meadow", "plume": "Smoke Rings", "snow": "Quiet Snow", "rain": "Slow Rain",
    "moonlit": "Midnight", "city": "Glass City", "fireworks": "Fireworks",
    "stone": "River Stone", "wave": "Ocean Wave", "feather": "Feather", "whirlpool": "Spiral",
    "carve-moon": "Moon Song",
}  # fmt: skip


def _drawing(name: str, base, start: int = 0):  # type: ignore[no-untyped-def]
    """A direction like `base` whose seed draws the composition `name` (titled for it
    where only a title brings it; calmed where only a calm song gets it: a loud song
    never gets the sweep since round 14)."""
    titled = dataclasses.replace(base, title=NAMING.get(name, base.title))
    calmed = dataclasses.replace(titled, energy=min(base.energy, 0.3), tempo_bpm=90.0)
    for look in (base, titled, calmed):
        for seed in range(start * 400, start * 400 + 400):
            d = dataclasses.replace(look, seed=seed)
            if flow_field.layout_of(d) == name:
                return d
    raise AssertionError(name)


def test_dark_strands_stand_off_a_light_vivid_field() -> None:
    yellow = Palette(
        (241, 214, 91), ((22, 22, 22), (251, 249, 242), (48, 48, 48)), (113, 43, 46), (22,) * 3
    )
    for seed in range(3):
        d = dataclasses.replace(CALM, palette=yellow, seed=seed)
        grey = np.asarray(render("flow_field", d, 128).convert("L"), float)
        field = np.median(grey)  # the art on it: dark ink on the light field (or a night's
        # light: an aurora and a flame bring their own deep field)
        ink, light = np.percentile(grey, 1), np.percentile(grey, 99.5)
        assert ink < field - 100 or light > field + 100, flow_field.layout_of(d)


def test_death_metal_is_dark_bone_and_blood_not_pink() -> None:
    death = dataclasses.replace(
        LOUD,
        genre="metal",
        language=language_for("death_metal"),
        palette=Palette(
            (2, 1, 1), ((175, 156, 130), (55, 0, 7), (71, 13, 11)), (117, 0, 32), (230, 220, 200)
        ),
        valence=0.1,
    )
    for seed in (1, 2, 3, 4):
        pixels = np.asarray(render("flow_field", dataclasses.replace(death, seed=seed), 128), float)
        r, g, b = pixels[..., 0], pixels[..., 1], pixels[..., 2]
        pink = (r > 140) & (r - g > 40) & (b > 70)  # blood red lifted to a pastel
        assert pixels.mean() < 110 and pink.mean() < 0.004


OLIVE = Palette(
    (235, 220, 90), ((120, 130, 40), (40, 150, 140), (200, 190, 70)), (90, 110, 30), (0, 0, 0)
)


def test_punk_is_heavy_bone_or_blood_strokes_on_black_not_pale_hairs() -> None:
    punk = dataclasses.replace(LOUD, genre="punk", language=language_for("punk"), palette=OLIVE)
    for seed in (1, 2, 3):
        image = render("flow_field", dataclasses.replace(punk, seed=seed), 128)
        rgb = np.asarray(image, float)
        # a black field, not pale paper (a loud vortex's strokes cover about half of it)
        assert np.percentile(rgb.max(axis=2), 40) < 60
        assert (rgb.max(axis=2) > 170).mean() > 0.01  # strokes that shout on it


def test_funk_is_gold_hot_pink_and_ice_not_olive_and_teal() -> None:
    funk = dataclasses.replace(LOUD, genre="rnb", language=language_for("funk"), palette=OLIVE)
    pinks = []
    for seed in (1, 2, 3, 4):
        image = render("flow_field", dataclasses.replace(funk, seed=seed), 128)
        rgb = np.asarray(image, float)
        r, g, b = rgb[..., 0], rgb[..., 1], rgb[..., 2]
        pinks.append(((r > 170) & (r - g > 70) & (b > 80)).mean())
        olive = (g > 90) & (b < 0.6 * g) & (np.abs(r - g) < 30)
        assert olive.mean() < 0.01
        assert np.median(np.asarray(image.convert("L"))) < 80  # a night, not a yellow field
    assert max(pinks) > 0.003
