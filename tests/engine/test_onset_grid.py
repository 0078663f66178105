"""What the onset grid promises a listener: each cover is one print of art made of the
song's onsets (Riley stripes, Memphis tiles, terrazzo chips), set over the whole frame
but the title's band.

Its marks keep out of the title's band, the retired compositions (the charts among
them) never come back and every kept one is drawn for some music (the track's genre
leaning to its own print), the downbeats carry the accent colour, a strong hit is
drawn bigger than a weak one, another rhythm moves the shapes, and a thumbnail shows
the same composition as the full-size cover."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest
from PIL import Image

from sleeve.engine import raster
from sleeve.engine.direction import ArtDirection
from sleeve.engine.styles import onset_grid
from sleeve.engine.styles.registry import get_style
from tests.engine.test_styles import CALM, LOUD, assert_thumbnail_matches


def title_spill(name: str, direction: ArtDirection, layout: str) -> tuple[float, float]:
    """(share of the title's place, share of the rest) that departs from the place's
    own median colour: the place the flush-left title takes (the left half of its
    band) should be flat field and the rest should hold the art."""
    image = get_style(name).render(dataclasses.replace(direction, layout=layout), 128).image
    rgb = np.asarray(image, np.float64) / 255
    place, rest = (
        (rgb[4:26, 4:68], rgb[44:])
        if layout == "top-left"
        else (
            rgb[-26:-4, 4:68],
            rgb[:-44],
        )
    )
    field = np.median(place.reshape(-1, 3), axis=0)
    away = [float((np.linalg.norm(part - field, axis=2) > 0.15).mean()) for part in (place, rest)]
    return away[0], away[1]


@pytest.mark.parametrize("layout", ["top-left", "bottom-left"])
def test_the_marks_keep_out_of_the_title_place(layout: str) -> None:
    for base in (CALM, LOUD):
        for seed in range(10):
            place, rest = title_spill("onset_grid", dataclasses.replace(base, seed=seed), layout)
            assert place < 0.02 and rest > 0.02, (seed, place, rest)


def _accent_share(base: ArtDirection, onsets: tuple[float, ...]) -> float:
    """The share of the cover in the accent colour (the sheet's own accent, so the
    mass colour, itself saturated, does not count)."""
    d = dataclasses.replace(base, onsets=onsets, has_audio=True)
    rng = raster.rng_for(d, "onsets")
    hot = onset_grid._sheet(d, Image.new("RGB", (8, 8)), rng).hot
    rgb = np.asarray(get_style("onset_grid").render(d, 256).image, np.float64)
    return float((np.abs(rgb - np.asarray(hot, np.float64)).sum(axis=2) < 60).mean())


def test_the_downbeats_carry_the_accent() -> None:
    for seed in range(12):
        layout = onset_grid.layout_of(_loud(seed))
        downbeats = _accent_share(_loud(seed), ((1.0,) + (0.0,) * 15) * 16)
        offbeats = _accent_share(_loud(seed), ((0.0,) * 2 + (1.0,) + (0.0,) * 13) * 16)
        assert downbeats > 0.002 and offbeats < downbeats / 2, (layout, downbeats, offbeats)


def _loud(seed: int) -> ArtDirection:
    return dataclasses.replace(LOUD, seed=seed)


def test_the_covers_are_several_compositions() -> None:
    names = {
        onset_grid.layout_of(dataclasses.replace(b, seed=s))
        for b in (CALM, LOUD)
        for s in range(16)
    }
    names |= {onset_grid.layout_of(_genre("funk", s)) for s in range(16)}  # the tiles' own
    names |= {onset_grid.layout_of(_genre("idm", s)) for s in range(16)}  # the stripes' own
    names |= {onset_grid.layout_of(_genre("trap", s)) for s in range(16)}  # the chips' own
    assert len(names) >= 3 and names == set(onset_grid.CALM_TO_LOUD), names


def _ink(onsets: tuple[float, ...], seed: int) -> float:
    """The share of the cover that differs from the same cover with every step a rest
    (the marks, not the mass they may sit on)."""
    covers = [
        np.asarray(
            get_style("onset_grid")
            .render(dataclasses.replace(LOUD, onsets=o, has_audio=True, seed=seed), 256)
            .image.convert("L"),
            np.float64,
        )
        for o in (onsets, (0.0,) * len(onsets))
    ]
    return float((np.abs(covers[0] - covers[1]) > 40).mean())


def test_a_strong_hit_is_drawn_bigger_than_a_weak_one() -> None:
    for seed in range(10):
        layout = onset_grid.layout_of(_loud(seed))
        strong = _ink((0.0, 0.0, 1.0, 0.0) * 64, seed)
        weak = _ink((0.0, 0.0, 1.0, 0.0) * 63 + (0.0, 0.0, 0.0, 4.0), seed)  # all others 0.25
        assert strong > 1.8 * weak, (layout, strong, weak)


def test_a_thumbnail_shows_the_same_composition_as_the_cover() -> None:
    assert_thumbnail_matches("onset_grid")


@pytest.fixture(params=onset_grid.CALM_TO_LOUD)
def forced(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Every composition in turn, whatever the seed would pick."""
    monkeypatch.setattr(onset_grid, "_plan", lambda d: request.param)
    return str(request.param)


def test_every_composition_keeps_the_title_place_calm(forced: str) -> None:
    for layout in ("top-left", "bottom-left"):
        for base in (CALM, LOUD):
            for seed in range(4):
                d = dataclasses.replace(base, seed=seed)
                place, rest = title_spill("onset_grid", d, layout)
                assert place < 0.02 and rest > 0.01, (forced, layout, seed, place, rest)


def test_every_composition_is_deterministic_and_reports_itself(forced: str) -> None:
    for base in (CALM, LOUD):
        a, b = (get_style("onset_grid").render(base, 256) for _ in range(2))
        assert a.image.tobytes() == b.image.tobytes()
        assert a.layout == forced == onset_grid.layout_of(base)


def test_every_composition_draws_at_64_and_3000_px(forced: str) -> None:
    for size in (64, 3000):
        image = get_style("onset_grid").render(LOUD, size).image
        assert image.size == (size, size) and image.mode == "RGB"


def _blocks(forced: str, base: ArtDirection, seed: int) -> np.ndarray:
    """Which 16 px blocks (at 128 px) outside the title's band hold ink."""
    d = dataclasses.replace(base, seed=seed)
    rgb = np.asarray(get_style("onset_grid").render(d, 128).image, np.float64)
    band, art = (rgb[:40], rgb[48:]) if d.layout == "top-left" else (rgb[-40:], rgb[:80])
    field = np.median(band.reshape(-1, 3), axis=0)
    ink = np.abs(art - field).sum(axis=2) > 60
    return ink.reshape(5, 16, 8, 16).any(axis=(1, 3))


def test_the_figures_fill_the_frame_below_the_title(forced: str) -> None:
    """Outside the title's band the print (stripes, tiles, chips) reaches much of the
    frame: at least 30% of the 16 px blocks hold ink, so it is no small figure stuck
    in a corner."""
    for base in (CALM, LOUD):
        for seed in range(4):
            assert _blocks(forced, base, seed).mean() >= 0.3, (forced, seed)


def test_the_retired_compositions_are_never_drawn_and_the_others_are() -> None:
    """Round 19's review read every print before the stripes, tiles and chips as a data
    plot (the drum clip's envelope, the numbered footprints, the arcs, the pads), and
    earlier reviews the moire, halftone, mirror ball, dot poster and the rest as test
    cards, clip-art or bare grids: no track draws them, and every kept composition is
    drawn for some music."""
    names = {
        onset_grid.layout_of(dataclasses.replace(b, seed=s, energy=e))
        for b in (CALM, LOUD)
        for e in (0.1, 0.5, 0.9)
        for s in range(24)
    }
    for genre in ("funk", "idm", "trap", "afrobeats"):
        names |= {onset_grid.layout_of(_genre(genre, s)) for s in range(24)}
    retired = set(onset_grid.RETIRED)
    assert {"score", "loop", "onebar", "footwork", "arcs", "burst"} <= retired
    assert {"target", "moire", "halftone", "matrix", "ball", "pads", "chart"} <= retired
    assert not names & retired, names
    assert names == set(onset_grid.CALM_TO_LOUD), names


def test_every_composition_prints_two_inks_and_an_accent_on_the_field(forced: str) -> None:
    """A screen print: at least 70% of the cover is within reach of the sheet's field,
    its ink, its mass colour or its accent (grain and antialiased edges are the rest),
    and no faint ghost ink for the rests covers more than 1.5%."""
    for base in (CALM, LOUD):
        for seed in range(4):
            d = dataclasses.replace(base, seed=seed)
            sheet = onset_grid._sheet(d, Image.new("RGB", (8, 8)), raster.rng_for(d, "x"))
            rgb = np.asarray(get_style("onset_grid").render(d, 256).image, np.float64)
            inks = (sheet.field, sheet.ink, sheet.mass, sheet.hot)
            near = np.min([np.abs(rgb - np.asarray(c, float)).sum(axis=2) for c in inks], axis=0)
            assert (near < 45).mean() > 0.7, (forced, seed, (near < 45).mean())
            ghost = tuple(0.7 * p + 0.3 * i for p, i in zip(sheet.field, sheet.ink, strict=True))
            faint = (np.abs(rgb - np.asarray(ghost, float)).sum(axis=2) < 25).mean()
            assert faint < 0.015 or ghost in inks, (forced, faint)


def test_the_focal_box_holds_the_art(forced: str) -> None:
    """Most of what differs from the field lies in the reported focal box, so the
    title, kept out of it, lands on calm field."""
    for base in (CALM, LOUD):
        for seed in range(3):
            d = dataclasses.replace(base, seed=seed)
            art = get_style("onset_grid").render(d, 128)
            rgb = np.asarray(art.image, np.float64)
            field = onset_grid._sheet(d, Image.new("RGB", (8, 8)), raster.rng_for(d, "x")).field
            ink = np.abs(rgb - np.asarray(field, float)).sum(axis=2) > 60
            x0, y0, x1, y1 = (round(v * 128) for v in art.focal)
            inside = ink[y0:y1, x0:x1].sum() / max(int(ink.sum()), 1)
            assert inside > 0.85, (forced, seed, art.focal, inside)


def test_different_music_gives_a_different_picture() -> None:
    """The same seed and composition with another rhythm draws another cover."""
    d = dataclasses.replace(LOUD, has_audio=True)
    straight = get_style("onset_grid").render(
        dataclasses.replace(d, onsets=(1.0, 0.0, 0.0, 0.0) * 64), 128
    )
    broken = get_style("onset_grid").render(
        dataclasses.replace(d, onsets=(0.0, 0.6, 0.0, 1.0, 0.3, 0.0, 0.9, 0.0) * 32), 128
    )
    diff = np.abs(np.asarray(straight.image, float) - np.asarray(broken.image, float)).mean()
    assert diff > 4, diff


def test_every_composition_draws_a_strong_hit_bigger(forced: str) -> None:
    """Whatever the composition (a ring, a lit tile, a facet, a ray), the same rhythm
    hit hard inks more of the cover than hit softly."""
    for seed in range(3):
        strong = _ink((0.0, 0.0, 1.0, 0.0) * 64, seed)
        weak = _ink((0.0, 0.0, 1.0, 0.0) * 63 + (0.0, 0.0, 0.0, 4.0), seed)
        assert strong > 1.3 * weak, (forced, seed, strong, weak)


def test_every_composition_draws_another_rhythm_differently(forced: str) -> None:
    d = dataclasses.replace(LOUD, has_audio=True)
    straight, broken = (
        np.asarray(
            get_style("onset_grid").render(dataclasses.replace(d, onsets=o), 128).image, float
        )
        for o in ((1.0, 0.0, 0.0, 0.0) * 64, (0.0, 0.6, 0.0, 1.0, 0.3, 0.0, 0.9, 0.0) * 32)
    )
    assert np.abs(straight - broken).mean() > 4, forced


def test_every_composition_arranges_another_rhythm_differently(forced: str) -> None:
    """Another rhythm moves the shapes, not only their colours: where the cover is
    inked at all (against its field) changes."""
    for seed in range(3):
        masks = []
        for onsets in ((1.0, 0.0, 0.0, 0.0) * 64, (0.0, 0.6, 0.0, 1.0, 0.3, 0.0, 0.9, 0.0) * 32):
            d = dataclasses.replace(LOUD, onsets=onsets, has_audio=True, seed=seed)
            rgb = np.asarray(get_style("onset_grid").render(d, 128).image, np.float64)
            field = np.median(rgb.reshape(-1, 3), axis=0)
            masks.append(np.abs(rgb - field).sum(axis=2) > 60)
        assert (masks[0] != masks[1]).mean() > 0.03, (forced, seed)


def test_the_genre_leans_to_its_own_print() -> None:
    """Machine music (techno, IDM, DnB, ambient) draws the Riley stripes, the bright
    and glossy (house, pop, hyperpop, funk) the Memphis tiles, the beat makers and
    dance music without a club floor (hip-hop, trap, drill, lo-fi, afrobeats,
    reggaeton) the terrazzo, more often than any other print (the seed still draws
    the others now and then)."""
    from sleeve.engine.languages import language_for

    for genre, scene in (
        ("dnb", "current"),
        ("techno", "current"),
        ("idm", "current"),
        ("afrobeats", "terrazzo"),
        ("hiphop", "terrazzo"),
        ("trap", "terrazzo"),
        ("drill", "terrazzo"),
        ("reggaeton", "terrazzo"),
        ("lofi", "terrazzo"),
        ("pop", "memphis"),
        ("hyperpop", "memphis"),
        ("funk", "memphis"),
        ("house", "memphis"),
    ):
        base = dataclasses.replace(
            CALM, title="Untitled", energy=0.5, genre=genre, language=language_for(genre)
        )
        names = [onset_grid.layout_of(dataclasses.replace(base, seed=s)) for s in range(40)]
        counts = {n: names.count(n) for n in onset_grid.CALM_TO_LOUD}
        assert max(counts, key=counts.get) == scene, (genre, counts)  # type: ignore[arg-type]


def test_a_silent_song_lights_nothing(forced: str) -> None:
    """A print of rests is at most a scaffold (a dark floor, a bare stone, stubs),
    but the song's hits set it: a groove inks far more of the cover than the same print
    with every step a rest."""
    for seed in range(3):
        groove = _ink((1.0, 0.0, 0.6, 0.0, 0.9, 0.3, 0.7, 0.0) * 32, seed)
        assert groove > 0.04, (forced, seed, groove)


def test_every_print_is_one_big_object(forced: str) -> None:
    """Set big, like a label's print: the marks span most of the width and most of the
    depth the title leaves, so the print carries the cover at thumbnail size."""
    for base in (CALM, LOUD):
        for seed in range(4):
            for layout in ("top-left", "bottom-left"):
                d = dataclasses.replace(base, seed=seed, layout=layout)
                sheet = onset_grid._sheet(d, Image.new("RGB", (8, 8)), raster.rng_for(d, "x"))
                rgb = np.asarray(get_style("onset_grid").render(d, 128).image, np.float64)
                ink = np.abs(rgb - np.asarray(sheet.field, float)).sum(axis=2) > 90
                art = ink[48:] if layout == "top-left" else ink[:80]
                cols, rows = np.flatnonzero(art.any(axis=0)), np.flatnonzero(art.any(axis=1))
                wide = (cols[-1] - cols[0]) / 128 if len(cols) else 0.0
                deep = (rows[-1] - rows[0]) / len(art) if len(rows) else 0.0
                assert wide > 0.55 and deep > 0.5, (forced, layout, seed, wide, deep)


def test_a_ballad_is_not_offered_the_sound_system() -> None:
    """The onset grid draws club prints (dancefloors, diamonds, mirror balls): three art
    directors read its club pictures on a j-pop or Thai pop ballad as pasted on.
    Calm music is not offered it, nor is pop; techno or EDM with some drive still is."""
    from sleeve.engine.direction import direct_from_music
    from sleeve.engine.music import MusicInput
    from sleeve.engine.styles.registry import fitting

    def offered(title: str, tags: str) -> bool:
        music = MusicInput(task_id=f"onsets-{title}", title=title, tags=tags)
        return "onset_grid" in fitting(direct_from_music(music)[0])

    assert not offered("桜の散る頃", "j-pop ballad, melancholic")
    assert not offered("ฝนตกที่กรุงเทพ", "thai pop, t-pop, ballad")
    assert offered("Tresor 0400", "techno, warehouse, hard")
    assert offered("Hands Up Tonight", "edm, festival, big room")
    assert not offered("Candyfloss", "bubblegum pop, upbeat")  # pop: not offered at all


def _genre(genre: str, seed: int) -> ArtDirection:
    from sleeve.engine.languages import language_for

    return dataclasses.replace(LOUD, genre=genre, language=language_for(genre), seed=seed)


def test_a_drill_cover_prints_no_colour() -> None:
    """Drill's art direction is night and cold, no colour ("a doily, not drill"): every
    drill cover is greys on a dark field, whatever the palette."""
    for seed in range(4):
        d = _genre("drill", seed)
        rgb = np.asarray(get_style("onset_grid").render(d, 96).image, np.float64)
        spread = rgb.max(axis=2) - rgb.min(axis=2)
        assert np.percentile(spread, 99) < 24 and rgb.mean() < 90, (seed, spread.max())


def test_house_and_funk_print_on_a_vivid_field() -> None:
    """House is brash and funk glossy: their instrument sits on a flat field of the
    palette's most colourful colour, not on a grey or cream paper."""
    from sleeve.engine.color import rgb_to_oklch

    for genre in ("house", "funk"):
        for seed in range(3):
            field = onset_grid._paper(_genre(genre, seed))
            assert rgb_to_oklch(field)[1] > 0.08, (genre, seed, field)


def test_funk_prints_its_tiles_in_gold() -> None:
    """Funk and disco want gold (their art direction): a funk track leans to the
    Memphis tiles, and the loud rows' quarter discs are gold."""
    from sleeve.engine.color import rgb_to_oklch

    names = [onset_grid.layout_of(_genre("funk", s)) for s in range(40)]
    assert max(set(names), key=names.count) == "memphis", names
    golden = 0
    for seed in range(6):
        d = dataclasses.replace(_genre("funk", seed), layout="top-left")
        d = dataclasses.replace(d, onsets=(1.0, 0.0, 0.6, 0.3) * 64, has_audio=True)
        if onset_grid.layout_of(d) != "memphis":
            continue
        sheet = onset_grid._sheet(d, Image.new("RGB", (8, 8)), raster.rng_for(d, "x"))
        lit, chroma, hue = rgb_to_oklch(sheet.mass)
        assert lit > 0.75 and chroma > 0.1 and 75 <= hue <= 110, sheet.mass
        rgb = np.asarray(get_style("onset_grid").render(d, 256).image, np.float64)
        gold = (np.abs(rgb - np.asarray(sheet.mass, float)).sum(axis=2) < 60).mean()
        golden += gold > 0.03
    assert golden >= 2, golden
