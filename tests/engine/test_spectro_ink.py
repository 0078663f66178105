"""The spectrogram's inks and its choice of picture (round 11 reviews: 'a heat-map
screenshot', 'the same banded field on many tracks', colour maps of a scientific plot):
the tide kept for the sea, IDM and techno in one neutral ink, a paper palette that keeps
its paper; and (round 18) the slit retired, read as a render glitch by two reviews, its
share spread so that no picture takes over."""

from __future__ import annotations

import dataclasses

import numpy as np
from scipy import ndimage

from sleeve.engine import raster
from sleeve.engine.color import rgb_to_oklch
from sleeve.engine.direction import ArtDirection
from sleeve.engine.languages import language_for
from sleeve.engine.styles import spectrogram
from tests.engine.test_styles import CALM, LOUD


def _seeds(base: ArtDirection, n: int) -> list[ArtDirection]:
    plain = dataclasses.replace(base, title="Signal Path")
    return [dataclasses.replace(plain, seed=base.seed + 7919 * k) for k in range(n)]


def _in(base: ArtDirection, genre: str, background: tuple[int, int, int]) -> ArtDirection:
    """`base` in `genre`'s language, on its palette with the given background."""
    lang = language_for(genre)
    d = dataclasses.replace(base, language=lang, genre=genre)
    return dataclasses.replace(d, palette=dataclasses.replace(d.palette, background=background))


def test_a_title_naming_nothing_seldom_gets_the_tide() -> None:
    """'The same banded field on many tracks': the tide's rows of crests are the sea's,
    the night's and the city's picture; on techno, IDM and ambient with a title naming
    nothing they are rare."""
    for genre in ("techno", "idm", "ambient"):
        for background in ((12, 12, 14), (236, 236, 234)):
            drawn = [
                spectrogram.layout_of(_in(d, genre, background))
                for d in _seeds(LOUD, 30) + _seeds(CALM, 30)
            ]
            assert drawn.count("tide") <= 0.15 * len(drawn), (genre, background)


def test_idm_and_techno_print_in_one_neutral_ink_not_a_colour_map() -> None:
    """IDM and techno print their spectrum in greys, black and white (the genres' own
    language), never a cyan-to-white colour map; the field may keep techno's flat red."""
    for genre, background in (
        ("idm", (240, 240, 238)),
        ("idm", (14, 14, 16)),
        ("techno", (8, 8, 8)),
    ):
        for d in _seeds(LOUD, 4):
            d = _in(d, genre, background)
            pal = dataclasses.replace(d.palette, accent=(255, 59, 31), colors=((31, 111, 255),) * 3)
            d = dataclasses.replace(d, palette=pal)
            rgb = np.asarray(spectrogram.render(d, 96).image, np.float64)
            lab = raster.srgb_to_oklab(rgb).reshape(-1, 3)
            assert np.percentile(np.hypot(lab[:, 1], lab[:, 2]), 99.5) < 0.03, (genre, d.seed)


def test_a_paper_palette_keeps_its_paper_for_a_sad_song() -> None:
    """IDM's white and ambient's fog stay paper for a sad song (every cover had turned
    to night); only the night pictures (the aurora, the snow) take a dark field."""
    for genre in ("idm", "ambient"):
        for d in _seeds(dataclasses.replace(LOUD, valence=0.3), 8):
            d = _in(d, genre, (236, 236, 234))
            if spectrogram.layout_of(d) in spectrogram.NIGHT:
                continue
            assert rgb_to_oklch(spectrogram.field_colour(d))[0] > 0.8, (genre, d.seed)


FIELDS = {"night": (12, 12, 14), "paper": (236, 236, 234), "red": (196, 32, 40)}
GENRES = ("techno", "minimal", "idm", "dnb", "ambient", "house", "folk", "hiphop")


def test_the_slit_is_retired_for_every_genre_field_and_title_layout() -> None:
    """Round 18: two reviews read the slit (one narrow strip standing on a rule in an
    empty field) as a render glitch, even after it got its rule. It is not drawn for
    any genre, field or title layout (a title across the middle included, where the
    neutral-ink genres used to cross it)."""
    assert "slit" not in spectrogram.LAYOUTS and "slit" in spectrogram.RETIRED
    seeds = _seeds(LOUD, 12) + _seeds(CALM, 12)
    for genre in GENRES:
        for background in FIELDS.values():
            for layout in ("corner", "title-image", "vertical", "bottom-left"):
                drawn = {
                    spectrogram.layout_of(
                        _in(dataclasses.replace(d, layout=layout), genre, background)
                    )
                    for d in seeds
                }
                assert "slit" not in drawn, (genre, background, layout)


def test_a_title_across_the_middle_of_a_techno_cover_gets_the_stream_over_or_under_it() -> None:
    """Techno and IDM under a title across the middle (where the slit stood, the title
    crossing it) take the stream in the band over or under the title: the middle stays
    calm for the title, the art fills one band; shoegaze keeps its haze there."""
    for d in _seeds(LOUD, 6):
        d = dataclasses.replace(d, layout="title-image")
        for genre, background in (("techno", (8, 8, 8)), ("idm", (240, 240, 238))):
            g = _in(d, genre, background)
            assert spectrogram.layout_of(g) == "stream", (genre, d.seed)
            art = spectrogram.render(g, 96)
            rgb = np.asarray(art.image, np.float64)
            field = np.asarray(spectrogram.field_colour(g), np.float64)
            ink = ndimage.uniform_filter(np.abs(rgb - field).sum(-1), 3) > 60
            assert ink[int(0.34 * 96) : int(0.66 * 96)].mean() < 0.01, (genre, d.seed)
            assert max(ink[: int(0.33 * 96)].mean(), ink[int(0.67 * 96) :].mean()) > 0.3
        assert spectrogram.layout_of(_in(d, "shoegaze", (20, 10, 30))) == "haze", d.seed


def test_with_the_slit_gone_no_picture_takes_over_a_genre() -> None:
    """The slit's share went to the others, not to one of them: for a title naming
    nothing, on a night field, on paper and on a vivid one, every genre still reaches
    two pictures or more and none takes more than about half its covers; across all of
    them no picture takes much more than a third."""
    seeds = _seeds(LOUD, 30) + _seeds(CALM, 30)
    everything: list[str] = []
    for genre in GENRES:
        for name, background in FIELDS.items():
            drawn = [spectrogram.layout_of(_in(d, genre, background)) for d in seeds]
            everything += drawn
            assert len(set(drawn)) >= 2, (genre, name, drawn)
            top = max(drawn.count(n) for n in set(drawn))
            assert top <= 0.6 * len(drawn), (genre, name, sorted(drawn))
    for name in set(everything):
        assert everything.count(name) <= 0.42 * len(everything), (name, everything.count(name))
