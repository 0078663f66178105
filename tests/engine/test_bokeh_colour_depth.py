"""What bokeh promises about colour and depth: pop, disco and hyperpop saturated and
bright (never a pale wash or mud), a grey palette photographed at night, foreground
lights against far ones, glitter only where the genre sparkles, flares that do not
land in the same place twice."""

from __future__ import annotations

import dataclasses

import numpy as np

from sleeve.engine.direction import Palette
from sleeve.engine.languages import language_for
from sleeve.engine.measures import colourfulness
from sleeve.engine.styles import bokeh
from sleeve.engine.styles.cover_parts import bokeh_depth, bokeh_scenes

from .test_styles import CALM, LOUD

HYPERPOP = Palette(
    (244, 0, 235), ((255, 245, 0), (197, 251, 0), (11, 11, 11)), (228, 225, 236), (11, 11, 11)
)
DISCO = Palette(
    (219, 172, 0), ((42, 42, 42), (255, 10, 153), (168, 231, 255)), (162, 233, 255), (42, 42, 42)
)
POP = Palette(
    (242, 238, 232), ((255, 77, 102), (255, 158, 58), (31, 48, 80)), (255, 200, 77), (31, 48, 80)
)
GREY = Palette((229, 229, 228), ((52, 52, 52), (129, 129, 129), (1, 1, 1)), (27, 27, 27), (1, 1, 1))


def _bright_tracks() -> list:  # type: ignore[type-arg]
    tracks = []
    for sub, genre, palette in (
        ("hyperpop", "pop", HYPERPOP),
        ("funk", "rnb", DISCO),
        ("pop", "pop", POP),
    ):
        for seed in range(4):
            base = LOUD if seed % 2 else CALM
            tracks.append(
                dataclasses.replace(
                    base,
                    seed=seed,
                    genre=genre,
                    language=language_for(sub),
                    palette=palette,
                    valence=0.75,
                )
            )
    return tracks


def test_pop_disco_and_hyperpop_are_saturated_never_pale_or_muddy() -> None:
    for d in _bright_tracks():
        image = bokeh.render(d, 96).image
        grey = float(np.asarray(image.convert("L"), np.float64).mean())
        assert colourfulness(image) > 30, (d.language.subgenre, d.seed)
        assert grey < 215, (d.language.subgenre, d.seed)  # not a white-out wash


def test_a_grey_palette_is_photographed_at_night_not_washed_out() -> None:
    grey = dataclasses.replace(CALM, palette=GREY, valence=0.8)
    assert not bokeh.is_light(grey)
    lit = np.asarray(bokeh.render(grey, 64).image.convert("L"), np.float64).mean()
    assert lit < 110


def test_near_lights_are_huge_and_cut_by_the_frame_against_small_far_ones() -> None:
    for seed in range(6):
        rows, _ = bokeh_depth.near(np.random.default_rng(seed), 30, 3, "top")
        big = rows[rows[:, 2] > 0.15]
        assert len(big) >= 1
        cut = (big[:, 0] - big[:, 2] < 0) | (big[:, 0] + big[:, 2] > 1)
        cut |= (big[:, 1] - big[:, 2] < 0) | (big[:, 1] + big[:, 2] > 1)
        assert cut.any(), seed  # a foreground light runs off the frame
        assert (rows[:, 2] < 0.02).sum() >= 15  # and a line of far, small lights


def test_a_tunnel_of_lights_only_where_the_genre_goes_out() -> None:
    jazz = dataclasses.replace(LOUD, genre="jazz", language=language_for("jazz"))
    assert all(bokeh.layout_of(dataclasses.replace(jazz, seed=s)) != "tunnel" for s in range(40))
    hyper = dataclasses.replace(_bright_tracks()[0], title="gl1tt3r h3art")
    layouts = [bokeh.layout_of(dataclasses.replace(hyper, seed=s)) for s in range(30)]
    assert layouts.count("tunnel") > len(layouts) / 3


def test_a_tunnel_converges_off_centre_and_leaves_the_title_band_dark() -> None:
    for seed in range(6):
        for band in ("top", "bottom"):
            rows, box = bokeh_depth.tunnel(np.random.default_rng(seed), 40, 3, band)
            pins = rows[rows[:, 2] < 0.009]  # the far end's pinpoints
            cx, cy = float(np.median(pins[:, 0])), float(np.median(pins[:, 1]))
            assert box[0] < cx < box[2] and box[1] < cy < box[3]
            assert abs(cx - 0.5) > 0.15  # the vanishing point is off-centre
            assert (cy > 0.5) == (band == "top")  # and away from the title
            dist = np.hypot(rows[:, 0] - cx, rows[:, 1] - cy)
            near, far = rows[dist > 0.3, 2], rows[dist < 0.1, 2]
            assert near.mean() > 4 * far.mean(), seed  # bigger toward the lens
            calm = rows[:, 1] < 0.25 if band == "top" else rows[:, 1] > 0.75
            assert calm.sum() < 0.1 * len(rows), (seed, band)


def test_a_cocoa_night_is_turned_to_wine_never_brown() -> None:
    from sleeve.engine.color import rgb_to_oklch

    cocoa = Palette(
        (59, 36, 24),
        ((198, 139, 89), (233, 216, 196), (176, 141, 87)),
        (198, 139, 89),
        (233, 216, 196),
    )
    velvet = dataclasses.replace(CALM, genre="rnb", language=language_for("rnb"), palette=cocoa)
    for seed in range(4):
        d = dataclasses.replace(velvet, seed=seed, valence=0.3)
        field = bokeh.bc.ground(d, "lamp", False, np.random.default_rng(seed))
        mean = tuple(int(v) for v in (field.reshape(-1, 3).mean(0) * 255))
        hue = rgb_to_oklch(mean)[2]
        assert not 30.0 <= hue <= 110.0, (seed, hue)  # not brown, not olive
        assert mean[0] >= mean[1]  # still warm: a wine, not a blue
        lamp = tuple(int(v) for v in bokeh.bc.colours(d, "lamp", False)[0] * 255)
        assert not 40.0 <= rgb_to_oklch(lamp)[2] <= 110.0  # a rose gold, its halo no brown


def test_flares_do_not_land_in_the_same_place() -> None:
    centres = set()
    for seed in range(10):
        box = bokeh_scenes.flare(np.random.default_rng(seed), 3, "top", "corner", 0.5)[1]
        centres.add((round((box[0] + box[2]) * 10), round((box[1] + box[3]) * 10)))
    assert len(centres) >= 6
    assert len({x < 10 for x, _ in centres}) == 2  # on both sides


def test_a_tunnel_renders_the_same_bytes_at_thumbnail_and_print_sizes() -> None:
    hyper = dataclasses.replace(_bright_tracks()[0], title="gl1tt3r h3art")
    d = next(
        dataclasses.replace(hyper, seed=s)
        for s in range(30)
        if bokeh.layout_of(dataclasses.replace(hyper, seed=s)) == "tunnel"
    )
    small = bokeh.render(d, 64)
    assert small.layout == "tunnel" and small.image.size == (64, 64)
    assert small.image.tobytes() == bokeh.render(d, 64).image.tobytes()
    assert bokeh.render(d, 3000).image.size == (3000, 3000)
