"""The risograph's figure arrangements, its calm road inks, its decluttered rain and
its ridges apart from its landscape (two art directors: "figure #2, #63, #68:
different subjects, same big shape plus halftone circle"; "riso landscape #9 and
riso ridges #44 read alike"; "garish pink stripes"; "rain cluttered")."""

from __future__ import annotations

import dataclasses

import numpy as np

from sleeve.engine import raster
from sleeve.engine.color import hue_distance, rgb_to_oklch
from sleeve.engine.languages import language_for
from sleeve.engine.styles import risograph
from sleeve.engine.styles.cover_parts import riso_posters
from sleeve.engine.styles.cover_parts.riso_inks import INKS
from sleeve.engine.styles.cover_parts.riso_motifs import MOTIFS
from sleeve.engine.styles.cover_parts.riso_shapes import Sheet
from tests.engine.test_styles import LOUD

TOP = Sheet((0.0, 0.36, 1.0, 1.0), "top", False)


def _as(genre: str, title: str, seed: int, **kw: float) -> object:
    return dataclasses.replace(
        LOUD, genre=genre, language=language_for(genre), title=title, seed=seed, **kw
    )


def test_the_figure_varies_its_arrangement_and_reports_it() -> None:
    """Figure songs draw all three arrangements (the crop, the row and the ticket are
    retired), each reported as its own layout (so the memory counts them apart), the
    same in layout_of and the render."""
    seen = set()
    for seed in range(40):
        track = _as("children", "Little Star", seed)
        if risograph.composition_of(track) == "figure":
            seen.add(risograph.layout_of(track))
    assert (
        seen == set(riso_posters.ARRANGEMENTS) == {"figure", "figure-shadow", "figure-halftone"}
    ), seen
    track = next(
        _as("children", "Little Star", s)
        for s in range(40)
        if risograph.layout_of(_as("children", "Little Star", s)) == "figure-shadow"
    )
    assert risograph.render(track, 96).layout == "figure-shadow"


def test_the_shadow_is_a_strong_offset_copy() -> None:
    """The second ink prints the figure's whole copy far off register, overlapping it."""
    track = _as("pop", "Little Star", 3)
    a, b, _, _ = riso_posters._shadow(track, raster.rng_for(track, "x"), TOP, "star")
    both = float(((a > 0.5) & (b > 0.5)).mean())
    only = float(((b > 0.5) & (a < 0.5)).mean())
    assert both > 0.01 and only > 0.01 and abs(float(a.sum()) - float(b.sum())) < 0.2 * a.sum()


def test_the_road_never_pairs_loud_inks_from_across_the_wheel() -> None:
    """Pink furrows round an aqua road (Midnight Tide) read garish: the road trades
    its ink for a neighbour of the furrows'."""
    inks = [INKS["fluoro_pink"], INKS["aqua"], INKS["fluoro_pink"]]
    for dark in (True, False):
        out = risograph.road_inks(inks, dark)
        assert hue_distance(rgb_to_oklch(out[0])[2], rgb_to_oklch(out[1])[2]) <= 70
    calm = [INKS["scarlet"], INKS["black"], INKS["scarlet"]]
    assert risograph.road_inks(calm, False) == calm


def test_ridges_mirror_in_a_lake_with_no_sun() -> None:
    """The ridges read apart from the landscape: ink below the range in ruled lines
    (many rows of bare paper between rows of ink), not a solid ground."""
    for seed in range(4):
        track = _as("ambient", "Salt Flats", seed)
        (a, b, _), _ = MOTIFS["ridges"](track, raster.rng_for(track, "riso"), TOP)
        ink = np.maximum(a, b)
        low = ink[-60:, :].mean(axis=1)  # the lake's rows
        assert (low < 0.05).sum() >= 15 and (low > 0.3).sum() >= 10, low


def test_the_rain_keeps_off_the_wall_and_the_street() -> None:
    """Decluttered rain: no screened street or gores (the third drum bare) and the
    strokes never cross the wall or the street."""
    for energy, valence in ((0.2, 0.3), (0.7, 0.3), (0.7, 0.8)):
        track = _as("lofi", "Rain", 1, energy=energy, valence=valence)
        (a, b, c), _ = MOTIFS["rain"](track, raster.rng_for(track, "riso"), TOP)
        assert float(c.max()) == 0.0
        assert float(((a > 0.5) & (b > 0.5)).mean()) < 0.01


def test_a_night_title_is_not_drawn_as_the_city() -> None:
    """The riso city on 🌙✨💔 read as an empty pink block to both end reviewers: a
    title naming the night counts the figure (a moon) and the landscape as drawing it,
    not the city, which a title naming a city keeps."""
    from sleeve.engine.direction import direct_from_music
    from sleeve.engine.music import MusicInput
    from sleeve.engine.styles.registry import draws_named

    night = direct_from_music(MusicInput(task_id="n", title="🌙✨💔", tags="bedroom pop"))[0]
    assert not draws_named(night, "risograph", "risograph/city@top-left")
    assert draws_named(night, "risograph", "risograph/figure@top-left")
    city = direct_from_music(MusicInput(task_id="c", title="Glass City", tags="dream pop"))[0]
    assert draws_named(city, "risograph", "risograph/city@top-left")
