"""What the poster promises after the review of 74 tracks: the split and the cut are
retired; metal and punk get heavy light-on-black (or crooked newsprint) type, never
the frame, the rhythm, the justified block or the spine."""

from __future__ import annotations

import dataclasses

import numpy as np

from sleeve.engine.color import rgb_to_oklch
from sleeve.engine.languages import language_for
from sleeve.engine.raster import rng_for
from sleeve.engine.styles import typographic_poster
from sleeve.engine.styles.cover_parts import poster_grid
from tests.engine.test_styles import LOUD

HEAVY_TITLES = ("Under a Leaden Sky", "Frostgrave Hymn", "Charnel Psalm", "Riot", "Бензин и кровь")


def _as(base, genre: str, **changes):
    language = language_for(genre)
    return dataclasses.replace(base, genre=language.family, language=language, **changes)


def test_the_split_is_retired() -> None:
    """Frostgrave Hymn's grey-on-grey split was N four sessions running."""
    assert "split" in typographic_poster.RETIRED
    assert "split" not in typographic_poster.COMPOSITIONS
    for genre in ("pop", "metal", "children", "electronic"):
        for seed in range(30):
            track = _as(LOUD, genre, title="Morning Briefing", energy=0.5, seed=seed)
            assert typographic_poster.layout_of(track) != "split", (genre, seed)


CUT_TITLES = ("Mirrorball Boogie", "Frostgrave Hymn", "Morning Briefing", "Sunny Days", "Ночь")


def test_the_cut_is_never_drawn() -> None:
    """Art directors graded the title sliced by a diagonal N again and again ("the cut
    makes 'Boogie' illegible", "HYMN sliced"): no genre, energy, title or seed draws
    it, and the style has no cut left to draw."""
    assert "cut" in typographic_poster.RETIRED and "cut" not in typographic_poster.COMPOSITIONS
    assert not hasattr(poster_grid, "cut")
    drawn = set()
    for genre in ("pop", "disco", "metal", "punk", "folk", "children", "electronic"):
        for title in CUT_TITLES:
            for seed in range(16):
                energy = 0.2 + 0.05 * seed
                track = _as(LOUD, genre, title=title, energy=energy, seed=seed)
                drawn.add(typographic_poster.layout_of(track))
    assert "cut" not in drawn, drawn


def test_metal_draws_the_slab_and_its_own_two_pictures() -> None:
    """The slab alone repeated two tracks apart on the bench: metal draws the slab and
    the sigil (the pillar retired), and never a poster of another genre's."""
    kinds = set()
    for genre in ("doom_metal", "black_metal", "death_metal", "heavy_metal"):
        for title in HEAVY_TITLES:
            for seed in range(30):
                track = _as(LOUD, genre, title=title, energy=0.3 + 0.02 * seed, seed=seed)
                kinds.add(typographic_poster.layout_of(track))
    assert kinds == {"slab", "sigil"}, kinds


def test_metal_and_punk_never_get_the_book_or_swiss_pages() -> None:
    """Under a Leaden Sky as a beige poetry-book frame, Riot as a tidy Swiss spine."""
    kinds = set()
    for genre in ("doom_metal", "black_metal", "death_metal", "heavy_metal", "punk", "hardcore"):
        for title in HEAVY_TITLES:
            for seed in range(12):
                track = _as(LOUD, genre, title=title, energy=0.3 + 0.05 * seed, seed=seed)
                kinds.add(typographic_poster.layout_of(track))
    assert not kinds & {"frame", "rhythm", "justified", "spine"}, kinds
    assert "slab" in kinds


def test_metal_sets_light_type_on_black() -> None:
    """Bone (or bone on a blood bar) on a black field, never a grey or beige page."""
    for genre in ("doom_metal", "black_metal", "death_metal"):
        for seed in range(5):
            track = _as(LOUD, genre, title="Under a Leaden Sky", energy=0.6, seed=seed)
            image, layout = typographic_poster.render_with_title(track, 128)
            field = np.asarray(image, float).reshape(-1, 3)
            outside = field[(np.asarray(layout.mask) < 20).reshape(-1)]
            dark = np.mean(outside.mean(axis=1) < 90)
            assert dark > 0.45, (genre, seed, dark)
            assert rgb_to_oklch(layout.color)[0] > 0.75, (genre, seed, layout.color)


def test_a_metal_slab_takes_the_blackletter_the_track_was_given() -> None:
    """Three metal slabs in one condensed face read as one template: a metal track
    whose language chose the blackletter is set in it, and never in its capitals."""
    for genre in ("doom_metal", "black_metal", "death_metal"):
        track = _as(LOUD, genre, title="Iron Cathedral", energy=0.6, font_role="blackletter")
        poster = typographic_poster._poster(track, 256, rng_for(track, "typographic_poster"))
        assert poster.face.role == "blackletter", genre
        assert poster.face.path.name.startswith("Blankenburg")
    punk = _as(LOUD, "punk", title="Riot", font_role="blackletter")
    assert typographic_poster._poster(punk, 256, rng_for(punk, "x")).face.role == "condensed"
