"""Paper cut fits the genre and the title (two art directors: "a surf wave for IDM, a
crane for jazz, a forest and moon for a Chopin nocturne", "a broken heart for
'heartbeat'", "a lone crescent: no stars, no parade", "the same bloom twice", "the
umbrella floats off the head")."""

from __future__ import annotations

import dataclasses

import numpy as np

from sleeve.engine import raster
from sleeve.engine.color import oklch_to_rgb, rgb_to_oklch
from sleeve.engine.languages import language_for
from sleeve.engine.styles import paper_cut
from sleeve.engine.styles.cover_parts import paper_inks, paper_room
from tests.engine.test_styles import CALM

# the pictures of sun, sea, flowers, birds and toys a relief genre must never get
SUNNY = ("bloom", "rays", "swell", "blossom", "pond", "branch", "crane", "parade")
SUNNY += ("diorama", "forest", "road", "porthole")


def _direction(title: str, genre: str, seed: int, energy: float = 0.5):  # noqa: ANN202
    language = language_for(genre)
    return dataclasses.replace(
        CALM, title=title, seed=seed, energy=energy, language=language, genre=language.family
    )


def test_idm_jazz_classical_and_gospel_never_get_a_sunny_picture() -> None:
    """Whatever the title names (a flower, the sun, the sea, a bird) and whatever the
    seed, these genres get abstract relief or a night subject, and the relief moves
    between rings at three anchors, the tunnel, the coil, the waveform and rows of bars."""
    names = set()
    for genre in ("idm", "techno", "edm", "jazz", "classical", "chamber", "gospel"):
        for title in ("Static Bloom", "Sunny Side", "The Sea", "Blue Bird", "Lift Every Hand"):
            for seed in range(6):
                name = paper_cut.layout_of(_direction(title, genre, seed, 0.2 + 0.12 * seed))
                names.add(name)
                rays = genre == "gospel" and name == "rays"  # gospel's own rays of light
                assert rays or not name.startswith(SUNNY) and name != "waves", (genre, title, name)
    assert {"columns", "coil", "portal", "waveform"} <= names, names
    assert any(name.startswith("orbit-") for name in names), names


def test_a_heartbeat_title_gets_a_beating_heart_never_a_split_one() -> None:
    """दिल की धड़कन (heartbeat) got a broken heart: a heartbeat title's heart beats,
    even for a sad song."""
    for title in ("दिल की धड़कन", "Heartbeat", "Latido"):
        for seed in range(8):
            d = dataclasses.replace(_direction(title, "bollywood", seed), valence=0.2)
            assert paper_cut.layout_of(d) == "heart-beat", (title, seed)


def test_a_star_parade_gets_a_parade_of_stars_and_a_star_title_never_a_lone_moon() -> None:
    """별빛 Parade got a lone crescent: its title names stars and a parade."""
    for seed in range(8):
        assert paper_cut.layout_of(_direction("별빛 Parade", "kpop", seed)) == "stars"
        assert paper_cut.layout_of(_direction("Star Song", "pop", seed)) != "crescent"


def test_the_bloom_moves_between_songs() -> None:
    """Солнечный день and Perreo got the same cropped flower: a bloom's anchor (a
    corner, the foot, a side) moves with the seed and the tempo, and its focal box
    with it."""
    names, boxes = set(), set()
    for seed in range(12):
        d = dataclasses.replace(_direction("Flower", "pop", seed), tempo_bpm=70.0 + 9 * seed)
        rng = raster.rng_for(d, "paper_cut")
        chosen = paper_cut.plan(d, rng)
        if chosen.look != "bloom":
            continue
        names.add(chosen.name)
        scene = paper_cut._scene(d, rng, chosen)
        boxes.add(tuple(round(v, 1) for v in scene.focal))
    assert {"bloom", "bloom-foot", "bloom-side"} <= names, names
    assert len(boxes) >= 4, boxes


def test_reggaeton_never_gets_a_flower() -> None:
    """Perreo en la Azotea got a pink bloom: reggaeton is night club music."""
    for seed in range(10):
        name = paper_cut.layout_of(_direction("Perreo en la Azotea", "reggaeton", seed))
        assert not name.startswith(("bloom", "rays", "diorama", "waves")), (seed, name)


def test_the_umbrella_rests_over_the_walkers_head() -> None:
    """The canopy's rim sits on the walker's head, not a head above it."""
    for seed in range(12):
        rng = np.random.default_rng(seed)
        canopy, parts = paper_room._walker(0.5, 0.92, 0.36 + 0.01 * seed, rng)
        head = min(parts, key=lambda pts: abs(len(pts) - 24))
        head_top = min(y for _, y in head)
        hx0, hx1 = min(x for x, _ in head), max(x for x, _ in head)
        rim = [y for x, y in canopy if hx0 <= x <= hx1]
        assert max(rim) >= head_top - 0.008, (seed, max(rim), head_top)


def test_a_relief_is_cut_from_two_papers_stepping_in_value() -> None:
    """Lift Every Hand's rings took every ramp colour, a children's rainbow: a relief's
    sheets take the ramp's two most colourful papers in turn, stepping in value away
    from the field."""
    rainbow = [oklch_to_rgb(0.7, 0.14, hue) for hue in (20.0, 80.0, 140.0, 200.0, 260.0, 320.0)]
    for sky, step in ((oklch_to_rgb(0.95, 0.01, 90.0), -1), (oklch_to_rgb(0.2, 0.02, 270.0), 1)):
        ramp = paper_inks.relief_ramp(rainbow, sky)
        hues = {round(rgb_to_oklch(c)[2] / 30) for c in ramp}
        lit = [rgb_to_oklch(c)[0] for c in ramp]
        assert len(ramp) == len(rainbow) and len(hues) <= 2, hues
        assert all(step * (b - a) > 0 for a, b in zip(lit, lit[1:], strict=False)), lit


def test_a_lofi_song_gets_its_rooms_and_walks_never_the_sea() -> None:
    """coffee & notebooks drew a curling surf wave: a lo-fi song whose title names no
    subject gets the rainy window or the street outside it, mostly, else a cup of coffee
    or its waveform; the room and the street alone made a lo-fi album one template."""
    names = [paper_cut.layout_of(_direction("Study Hours", "lofi", seed)) for seed in range(40)]
    assert set(names) <= {"room", "street", "cup", "waveform"}, set(names)
    assert {"room", "street"} <= set(names), set(names)
    assert len(set(names)) >= 3, set(names)
    assert sum(n in ("room", "street") for n in names) > len(names) / 2, names


def test_idm_gets_rings_or_squares_never_bars() -> None:
    """Static Bloom's paper bars read as its other cover's pixel-sort bar code."""
    names = {paper_cut.layout_of(_direction("Static", "idm", s, 0.9)) for s in range(16)}
    orbits = {"orbit-corner", "orbit-foot", "orbit-side"}
    assert names <= orbits | {"portal", "waveform", "coil", "aperture"}, names
    assert len(names) >= 3, names


def test_club_metal_punk_and_trap_tracks_are_never_offered_paper_cut() -> None:
    """A surf wave on IDM and a flower on perreo read as the wrong record: the registry
    never offers paper cut to club music, synthwave, metal, punk, trap, drill or
    reggaeton, whatever the title names; lo-fi and children's songs keep it."""
    from sleeve.engine.styles.registry import candidates

    for genre in ("idm", "techno", "edm", "synthwave", "death_metal", "punk", "trap", "reggaeton"):
        for title in ("Static Bloom", "Sunny Side", "The Sea"):
            assert "paper_cut" not in candidates(_direction(title, genre, 0)), (genre, title)
    for genre in ("lofi", "children", "folk"):
        assert "paper_cut" in candidates(_direction("Static Bloom", genre, 0)), genre
