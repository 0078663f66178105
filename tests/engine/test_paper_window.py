"""Paper cut's round-11 fixes (two art directors, 4/10 and 6/10: "the same stack of
hills with a disc" on many tracks, "the subject figures clip-art cutouts centred in
the frame", "shadows all identical"): a window into layers that the song fills, the
subject cut huge and cropped, and paper that stands as high as the song is loud."""

from __future__ import annotations

import dataclasses

import numpy as np

from sleeve.engine import raster
from sleeve.engine.languages import language_for
from sleeve.engine.styles import paper_cut
from tests.engine.test_styles import CALM


def _direction(title: str, genre: str, seed: int, energy: float = 0.5, tempo: float = 110.0):  # noqa: ANN202
    language = language_for(genre)
    return dataclasses.replace(
        CALM,
        title=title,
        seed=seed,
        energy=energy,
        tempo_bpm=tempo,
        language=language,
        genre=language.family,
    )


def _scene(d):  # noqa: ANN001, ANN202 - a test helper
    rng = raster.rng_for(d, "paper_cut")
    chosen = paper_cut.plan(d, rng)
    return chosen, paper_cut._scene(d, rng, chosen)


def test_an_untitled_pop_or_folk_song_gets_no_tunnel_of_rings() -> None:
    """The tunnel of rings round a disc was the style's template (16 of 74 bench
    covers): a pop, folk or world song that names nothing gets the window into
    layers in its place, never the tunnel."""
    for genre in ("pop", "folk", "world"):
        names = [
            paper_cut.layout_of(_direction("Song", genre, s, 0.2 + 0.015 * s)) for s in range(40)
        ]
        assert "portal" not in names, (genre, names)
        assert any(n.startswith("aperture") for n in names), (genre, names)


def test_the_song_sets_how_many_sheets_the_window_shows() -> None:
    """A quiet ballad's window shows three sheets, a loud fast song's six or more."""
    counts = {}
    for label, energy, tempo in (("quiet", 0.1, 70.0), ("loud", 0.9, 160.0)):
        for seed in range(80):
            d = _direction("Mountain Song", "folk", seed, energy, tempo)
            chosen, scene = _scene(d)
            if chosen.look == "aperture":
                counts[label] = sum(layer.role == "ground" for layer in scene.layers)
                break
    assert counts["quiet"] <= 4 and counts["loud"] >= 7, counts


def test_a_heart_or_star_title_may_get_its_subject_cut_huge_and_cropped() -> None:
    """A heart or star title now and then gets its subject as the opening in a front
    sheet, so big the frame crops it, instead of a figure centred on the cover."""
    for title, subject in (("My Heart", "heart"), ("Lucky Star", "star")):
        crops = 0
        for seed in range(40):
            chosen, scene = _scene(_direction(title, "pop", seed))
            if chosen.name != f"aperture-{subject}":
                continue
            front = scene.layers[-1]
            hole = [p for pts, add in front.shapes if not add for p in pts]
            xs, ys = [p[0] for p in hole], [p[1] for p in hole]
            crops += min(xs) < 0.0 or max(xs) > 1.0 or max(ys) > 1.0
        assert crops >= 5, (title, crops)


def test_a_loud_song_casts_deeper_shadows_than_a_quiet_one() -> None:
    """Every cover had one shadow depth: now the sheets stand off each other as high
    as the song is loud, so a loud song's cut casts a wider shadow."""
    quiet = _direction("Song", "folk", 3, 0.1)
    loud = _direction("Song", "folk", 3, 0.9)
    assert paper_cut.depth(loud) > 1.8 * paper_cut.depth(quiet)
    _, scene = _scene(quiet)
    dark = []
    for d in (quiet, loud):
        lift = scene.lift * paper_cut.depth(d)
        reach = round(1.3 * lift)  # as _draw: the shadow falls as far as the sheets stand
        strength = 0.3 * min(1.5, lift**0.5)  # as _draw
        shade = paper_cut._shading(dataclasses.replace(scene, lift=lift), (reach, reach), strength)
        dark.append(float((1.0 - shade).mean()))
    assert dark[1] > 1.3 * dark[0], dark
    assert np.isfinite(dark).all()
