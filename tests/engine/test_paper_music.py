"""Paper cut made from the music (round 7): the stock vignettes (the lit-window paper
city, the pine forest, hills through a porthole) are retired; a tunnel of cut rings
counts the tempo, the carved waveform follows the song, a coffee title gets its cup, a
fire title its flames, and a night field takes the genre's hue, not navy."""

from __future__ import annotations

import dataclasses

import numpy as np

from sleeve.engine import raster
from sleeve.engine.color import rgb_to_oklch
from sleeve.engine.direction import Palette
from sleeve.engine.languages import language_for
from sleeve.engine.styles import paper_cut
from tests.engine.test_styles import CALM, LOUD

RETIRED = {"skyline", "forest", "porthole", "squares"}
# a bolero's palette: wine, rose and gold on a dark field
BOLERO = Palette(
    (40, 16, 22), ((122, 30, 44), (200, 90, 100), (214, 170, 90)), (190, 40, 60), (240, 230, 220)
)


def _direction(title: str, genre: str, seed: int, base=CALM):  # noqa: ANN001, ANN202
    language = language_for(genre)
    return dataclasses.replace(
        base, title=title, seed=seed, language=language, genre=language.family
    )


def _scene(d):  # noqa: ANN001, ANN202
    rng = raster.rng_for(d, "paper_cut")
    chosen = paper_cut.plan(d, rng)
    return chosen, paper_cut._scene(d, rng, chosen)


def test_the_stock_vignettes_are_never_drawn() -> None:
    """A city title, city music, a dark song or folk never get the paper city of lit
    windows (four styles drew that skyline), the pine forest or the porthole hills."""
    titles = ("Glass City", "Ночной город", "Song", "coffee & notebooks", "Back Porch")
    genres = ("pop", "hiphop", "folk", "post_punk", "lofi", "reggaeton", "jpop", "rnb", "jazz")
    for seed in range(10):
        for base in (CALM, LOUD):
            for genre in genres:
                for title in titles:
                    name = paper_cut.layout_of(_direction(title, genre, seed, base))
                    assert name not in RETIRED, (title, genre, name)


def test_the_tunnel_counts_the_tempo() -> None:
    """The tunnel of cut rings has one ring per stretch of tempo: a drum-and-bass
    track's tunnel holds more rings than a ballad's, whatever the seed."""
    for seed in range(6):
        d = dataclasses.replace(_direction("Song", "folk", seed), energy=0.5)
        rng = np.random.default_rng(seed)
        slow = paper_cut._scene(
            dataclasses.replace(d, tempo_bpm=66.0), rng, paper_cut.Plan("portal")
        )
        rng = np.random.default_rng(seed)
        fast = paper_cut._scene(
            dataclasses.replace(d, tempo_bpm=174.0), rng, paper_cut.Plan("portal")
        )
        assert len(fast.layers) >= len(slow.layers) + 5, (len(slow.layers), len(fast.layers))


def test_the_waveform_follows_the_song() -> None:
    """The carved waveform's opening is the song's loudness: a song that swells from
    quiet to loud opens wider on its loud side than on its quiet side."""
    rising = tuple(np.linspace(0.05, 1.0, 64).tolist())
    d = dataclasses.replace(_direction("Song", "folk", 3), energy_curve=rising, energy=0.5)
    scene = paper_cut._scene(d, np.random.default_rng(3), paper_cut.Plan("waveform"))
    front = scene.layers[-1].shapes[1][0]  # the front sheet's cut
    xs = np.array([x for x, _ in front])
    ys = np.array([y for _, y in front])
    left, right = xs < 0.25, xs > 0.75
    spans = [float(ys[side].max() - ys[side].min()) for side in (left, right)]
    assert max(spans) > 2.5 * min(spans), spans


def test_coffee_and_fire_titles_get_their_subject() -> None:
    """Reviewers: "a red pine forest, with no coffee or notebook"; "an ocean wave, not
    a burn". A coffee title gets its cup of coffee, a fire title its flames: through a
    hearth's arch, or through a heart where the title names one too (three paper hearts
    on one sheet read as a template)."""
    for seed in range(12):
        assert paper_cut.layout_of(_direction("coffee & notebooks", "lofi", seed)) == "cup"
        assert paper_cut.layout_of(_direction("Slow Burn", "rnb", seed)) == "hearth"
        heart = _direction("Corazón de fuego", "reggaeton", seed)
        assert paper_cut.layout_of(heart) == "heart-fire"


def test_gospel_gets_rays_or_a_tunnel_to_the_light_never_squares() -> None:
    """Lift Every Hand's stacked squares read "no praise, not gospel": gospel gets its
    rays of light or a tunnel of rings with light at its end."""
    names = {paper_cut.layout_of(_direction("Lift Every Hand", "gospel", s)) for s in range(24)}
    assert names == {"rays", "portal"}, names


def test_a_night_room_takes_the_genre_s_hue_not_navy() -> None:
    """Every rainy room was dusk navy whatever the genre: a bolero's night room is cut
    from its wine papers."""
    for seed in range(40):
        d = dataclasses.replace(_direction("Lágrimas en la lluvia", "latin", seed), palette=BOLERO)
        if paper_cut.layout_of(d) == "room":
            break
    px = np.asarray(paper_cut.render(d, 96).image, float)[:30].mean(axis=(0, 1))
    _, chroma, hue = rgb_to_oklch(tuple(int(v) for v in px))
    assert chroma > 0.02 and not 200.0 < hue < 300.0, (chroma, hue)


def test_a_rain_title_now_and_then_gets_a_huge_umbrella_in_a_rain_of_the_tempo() -> None:
    """Two rain songs got the room twice: a rain title's third picture is one huge
    umbrella from above, cropped by the frame, over rain slivers as many as the song
    is fast."""
    names = {paper_cut.layout_of(_direction("Chuva de Verão", "pop", s)) for s in range(40)}
    assert {"room", "street", "umbrella"} <= names, names
    d = _direction("Chuva de Verão", "pop", 0)
    slow = paper_cut._scene(
        dataclasses.replace(d, tempo_bpm=70.0), np.random.default_rng(1), paper_cut.Plan("umbrella")
    )
    fast = paper_cut._scene(
        dataclasses.replace(d, tempo_bpm=170.0),
        np.random.default_rng(1),
        paper_cut.Plan("umbrella"),
    )
    drops = [len(s.layers[0].shapes) for s in (slow, fast)]
    assert drops[1] > 1.8 * drops[0], drops
    canopy = [p[0] for pts, _ in fast.layers[1].shapes for p in pts]
    assert max(canopy) > 1.0 or min(canopy) < 0.0  # cropped by the frame


def test_a_sun_title_always_gets_the_sun() -> None:
    """Солнечный день ("sunny day") drew a tunnel of rings: a title naming the sun
    gets its rays or a sun seen through a window cut in the front sheet, whatever the
    seed."""
    for seed in range(40):
        name = paper_cut.layout_of(_direction("Солнечный день", "pop", seed))
        assert name in ("rays", "aperture-sun"), (seed, name)


def test_the_quilled_coil_counts_the_tempo_and_leaves_the_top_to_the_title() -> None:
    """The coil has more turns for a faster song, and its focal box leaves the top
    fifth of the cover to the title."""
    d = _direction("Song", "folk", 2)
    coils = [
        paper_cut._scene(
            dataclasses.replace(d, tempo_bpm=bpm), np.random.default_rng(2), paper_cut.Plan("coil")
        )
        for bpm in (70.0, 170.0)
    ]
    strips = [np.asarray(scene.layers[0].shapes[0][0]) for scene in coils]
    centre = [np.asarray(scene.layers[1].shapes[0][0]).mean(axis=0) for scene in coils]
    laps = []
    for strip, (cx, cy) in zip(strips, centre, strict=True):
        half = strip[: len(strip) // 2]
        angle = np.unwrap(np.arctan2(half[:, 1] - cy, half[:, 0] - cx))
        laps.append(abs(angle[-1] - angle[0]) / (2 * np.pi))
    assert laps[1] >= laps[0] + 4, laps
    assert all(scene.focal is not None and scene.focal[1] >= 0.2 for scene in coils)
