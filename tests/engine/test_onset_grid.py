"""What the onset grid promises a listener: each cover is one bold picture (a dance
diagram of shoe prints, a disco floor of lit tiles in perspective, a radial clock of
rays, a mirror ball, a cut diamond for a title naming one, a circular sequencer for
IDM and techno) whose marks are the song's onsets, set big.

Its marks keep out of the title's band, the retired compositions (the props among
them) never come back and every kept one is drawn for some music (the track's genre
leaning to its own print), the downbeats carry the accent colour, a strong hit is
drawn bigger than a weak one, another rhythm moves the shapes, and a thumbnail shows
the same composition as the full-size cover."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest
from PIL import Image
from scipy import ndimage

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
    names |= {onset_grid.layout_of(_genre("funk", s)) for s in range(16)}  # the arcs' own
    names |= {onset_grid.layout_of(_titled("Diamond Smoke", s)) for s in range(2)}
    names |= {onset_grid.layout_of(_genre("idm", s)) for s in range(16)}  # the diagram's own
    names |= {onset_grid.layout_of(_genre("dnb", s)) for s in range(16)}
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
    """Outside the title's band the picture (a diamond, a fan of rays)
    reaches much of the frame: at least 30% of the 16 px blocks hold ink, so it
    is no small figure stuck in a corner (the label prints keep an empty field)."""
    if forced in onset_grid.LABEL:
        return
    for base in (CALM, LOUD):
        for seed in range(4):
            assert _blocks(forced, base, seed).mean() >= 0.3, (forced, seed)


def test_the_retired_compositions_are_never_drawn_and_the_others_are() -> None:
    """The moire, tunnel, bulge and chevron read as a test card, a screen saver and an
    optical-illusion demo, the row of dots and the small barcode as plots, the small
    step grid as an app icon, the dot floor as a chart, the halftone sun as one small
    diamond of dots on every calm track, the target, small Truchet tiles and Riley
    bands as wallpaper, the mirror ball, drum machine, lighting rig and speaker stack
    as clip-art props, and the nested squares, flipped triangles and squares-on-dots
    grid as abstract block filler, the halftone dots, the barcode strip and the
    Truchet maze as filler and wallpaper, the pad bank and panel as hardware clip art,
    the wheel as mud, the dot poster, rhythm chart, blocks and step grid as bare
    grids and dot fields: no track draws them, and every kept composition is drawn for
    some music."""
    names = {
        onset_grid.layout_of(dataclasses.replace(b, seed=s, energy=e))
        for b in (CALM, LOUD)
        for e in (0.1, 0.5, 0.9)
        for s in range(24)
    }
    names |= {onset_grid.layout_of(_genre("funk", s)) for s in range(24)}  # the ball's own
    names |= {onset_grid.layout_of(_titled("Diamond Smoke", s)) for s in range(2)}
    names |= {onset_grid.layout_of(_genre("idm", s)) for s in range(24)}  # the diagram's own
    retired = set(onset_grid.RETIRED)
    assert {"dots", "bars", "maze"} <= retired
    assert {"target", "truchet", "riley", "moire", "halftone", "matrix"} <= retired
    assert {"ball", "machine", "rig", "speakers", "nested", "flips", "sequence"} <= retired
    assert {"numeral", "mosaic", "pianola", "pads", "panel", "wheel"} <= retired
    assert {"swell", "chart", "blocks", "sequencer"} <= retired
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
    """A house, hyperpop or pop track draws the one bar (techno as often as the loop),
    an IDM, jazz or ambient track the score, a latin or afrobeats track the dance
    diagram, a lo-fi, hip-hop, drum and bass, trap, drill or funk track the rhythm arcs
    (round 14: they took the retired piano roll's, lasers' and mirror ball's scenes)
    more often than any other print (the seed still draws the others now and then)."""
    from sleeve.engine.languages import language_for

    for genre, scene in (
        ("dnb", "arcs"),
        ("afrobeats", "footwork"),
        ("hiphop", "arcs"),
        ("trap", "arcs"),
        ("drill", "arcs"),
        ("rock", "burst"),
        ("pop", "onebar"),
        ("reggaeton", "footwork"),
        ("hyperpop", "onebar"),
        ("funk", "arcs"),
        ("jazz", "score"),
        ("lofi", "arcs"),
        ("idm", "score"),
        ("house", "onebar"),
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
    depth the title leaves (a figure) or, for the label prints, the width, so the
    object carries the cover at thumbnail size."""
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
                label = forced in onset_grid.LABEL
                span, tall = (0.75, 0.2) if label else (0.55, 0.5)
                assert wide > span and deep > tall, (forced, layout, seed, wide, deep)


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


def _titled(title: str, seed: int) -> ArtDirection:
    return dataclasses.replace(LOUD, title=title, seed=seed)


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


def test_funk_prints_its_arcs_in_gold() -> None:
    """Funk and disco want gold (their art direction): a funk track leans to the
    rhythm arcs (round 14 retired the mirror ball as an icon), and its cover holds a
    good share of gold arcs."""
    from sleeve.engine.color import rgb_to_oklch

    names = [onset_grid.layout_of(_genre("funk", s)) for s in range(40)]
    assert max(set(names), key=names.count) == "arcs", names
    for seed in range(3):
        d = dataclasses.replace(_genre("funk", seed), layout="top-left")
        d = dataclasses.replace(d, onsets=(1.0, 0.0, 0.4, 0.3) * 64, has_audio=True)
        if onset_grid.layout_of(d) != "arcs":
            continue
        sheet = onset_grid._sheet(d, Image.new("RGB", (8, 8)), raster.rng_for(d, "x"))
        lit, chroma, hue = rgb_to_oklch(sheet.mass)
        assert lit > 0.75 and chroma > 0.1 and 75 <= hue <= 110, sheet.mass
        rgb = np.asarray(get_style("onset_grid").render(d, 256).image, np.float64)
        gold = (np.abs(rgb - np.asarray(sheet.mass, float)).sum(axis=2) < 60).mean()
        assert gold > 0.05, (seed, gold)


def test_no_genre_draws_a_bare_grid_or_dot_field() -> None:
    """Both reviewers read the dot poster, the rhythm chart, the quadtree of blocks and
    the step grid as "generic square and dot fields" (a bare square grid, a grey bar
    chart): no track of the genres the style serves draws them any more."""
    names = {
        onset_grid.layout_of(dataclasses.replace(_genre(genre, seed), energy=energy))
        for genre in ("techno", "house", "hiphop", "drill", "funk", "afrobeats", "hyperpop")
        for energy in (0.5, 0.9)
        for seed in range(16)
    }
    grids = {"swell", "chart", "blocks", "sequencer", "dancefloor"}
    assert grids <= set(onset_grid.RETIRED) and not names & grids, names
    assert {"onebar", "score", "arcs", "footwork", "burst"} <= names, names


def _runs(row: np.ndarray) -> list[int]:
    """The lengths of the inked runs along one pixel row."""
    edges = np.diff(np.concatenate([[0], row.astype(int), [0]]))
    return list(np.flatnonzero(edges == -1) - np.flatnonzero(edges == 1))


def test_the_diamond_is_retired_even_for_a_title_naming_one() -> None:
    """Three reviewers of 2026-12-03 called the cut diamond clip-art (one named it the
    sheet's worst cover, Diamond Smoke): no track draws it, a title naming a diamond
    included, and the onset grid no longer claims a diamond as its subject."""
    for title in ("Diamond Smoke", "Diamante Negro", "💎", "Blue"):
        for genre in ("trap", "techno", "hiphop", "house"):
            d = dataclasses.replace(_genre(genre, 3), title=title)
            assert onset_grid.layout_of(d) != "gem", (title, genre)
    assert "gem" in onset_grid.RETIRED and "diamond" not in onset_grid.STYLE.subjects


def test_the_dance_diagram_swerves_with_the_swing(monkeypatch: pytest.MonkeyPatch) -> None:
    """The dance diagram's walk is the groove's: steps off the eighths (on the e and
    the a) turn the dancer, so a syncopated groove's trail of prints hooks across the
    frame where a straight one with as many hits walks a straight diagonal (how far
    the trail's middle, row by row, strays from a straight line)."""
    monkeypatch.setattr(onset_grid, "_plan", lambda _: "footwork")

    def bulge(onsets: tuple[float, ...], base: ArtDirection, seed: int) -> float:
        d = dataclasses.replace(base, seed=seed, onsets=onsets, has_audio=True)
        rgb = np.asarray(get_style("onset_grid").render(d, 128).image, np.float64)
        ink = np.abs(rgb - np.asarray(onset_grid._paper(d), float)).sum(axis=2) > 90
        rows = np.flatnonzero(ink.any(axis=1))
        middle = np.array([np.flatnonzero(ink[r]).mean() for r in rows])
        line = np.polyval(np.polyfit(rows, middle, 1), rows)
        return float(np.sqrt(((middle - line) ** 2).mean()))

    for base in (CALM, LOUD):
        for seed in range(4):
            straight = bulge((0.9, 0.0, 0.7, 0.0) * 64, base, seed)
            swung = bulge((0.0, 0.9, 0.0, 0.7) * 64, base, seed)
            assert swung > 2 * straight, (seed, straight, swung)


def test_a_dance_track_walks_the_dance_diagram() -> None:
    """Latin and afrobeats tracks (dance music without a club floor) draw the dance
    diagram of shoe prints more often than any other print."""
    for genre in ("reggaeton", "afrobeats", "latin"):
        names = [onset_grid.layout_of(_genre(genre, s)) for s in range(40)]
        assert max(set(names), key=names.count) == "footwork", (genre, names)


def test_the_sequencer_diagram_is_drawn_for_idm_and_techno_alone() -> None:
    """The circular step sequencer is a diagram: IDM's and techno's now and then;
    reviewers read it on jazz, lo-fi, ambient and pop tracks, a third of the sheet,
    as "an abstract diagram", so they never draw it."""
    for genre in ("jazz", "lofi", "ambient", "pop", "rnb", "arabic", "bollywood", "house"):
        names = {
            onset_grid.layout_of(dataclasses.replace(_genre(genre, s), energy=e))
            for s in range(30)
            for e in (0.2, 0.6)
        }
        assert "loop" not in names, (genre, names)
    idm = [onset_grid.layout_of(_genre("idm", s)) for s in range(40)]
    assert "loop" in idm, idm
    techno = [onset_grid.layout_of(_genre("techno", s)) for s in range(40)]
    top = sorted(set(techno), key=techno.count)[-2:]
    assert set(top) == {"loop", "onebar"}, techno


def test_the_ui_strip_and_the_club_icons_are_retired() -> None:
    """Round 14's art directors read the piano-roll lanes as "broken UI" (the sheet's
    worst cover, on drill) and the laser show and the mirror ball as icons: no genre,
    no energy and no title naming a mirror ball draws them."""
    icons = {"lanes", "lasers", "facets"}
    genres = ("drill", "dnb", "trap", "edm", "funk", "disco", "lofi", "hiphop", "techno")
    names = {
        onset_grid.layout_of(dataclasses.replace(_genre(genre, seed), energy=energy))
        for genre in genres
        for energy in (0.5, 0.95)
        for seed in range(20)
    }
    names |= {onset_grid.layout_of(_titled("Mirrorball Boogie", s)) for s in range(8)}
    assert icons <= set(onset_grid.RETIRED) and not names & icons, names


def _arcs(onsets: tuple[float, ...], seed: int) -> int:
    """How many separate marks the rhythm arcs print for a 16-step bar repeated."""
    from scipy import ndimage

    d = dataclasses.replace(LOUD, seed=seed, layout="top-left", has_audio=True)
    d = dataclasses.replace(d, onsets=onsets * 16)
    rgb = np.asarray(get_style("onset_grid").render(d, 512).image, np.float64)
    field = np.median(rgb[:120].reshape(-1, 3), axis=0)
    return int(ndimage.label(np.abs(rgb - field).sum(axis=2) > 90)[1])


def test_the_arcs_hold_each_hit_to_the_next(monkeypatch: pytest.MonkeyPatch) -> None:
    """The rhythm arcs cut a ring at every hit and hold it to the next: a roll of
    sixteenths prints several times as many separate arcs as four on the floor."""
    monkeypatch.setattr(onset_grid, "_plan", lambda d: "arcs")
    for seed in range(3):
        four = _arcs((1.0, 0.0, 0.0, 0.0) * 4, seed)
        roll = _arcs((1.0,) * 16, seed)
        assert roll > 2.5 * four, (seed, four, roll)


def test_no_sun_rises_on_a_childrens_song_or_a_jingle() -> None:
    """The radial flare (rays from a hub at the frame's edge) reads as the catalogue's
    old sun on a horizon: it stays loud music's emblem (rock, punk, metal lean to it)
    and a children's song, a jingle, gospel, folk or a ballad never draws it."""
    names = [onset_grid.layout_of(_genre("rock", s)) for s in range(40)]
    assert max(set(names), key=names.count) == "burst", names
    for genre in ("children", "jingle", "gospel", "folk", "classical", "kpop", "bossa"):
        names = {
            onset_grid.layout_of(dataclasses.replace(_genre(genre, s), energy=e))
            for s in range(30)
            for e in (0.5, 0.95)
        }
        assert "burst" not in names, (genre, names)


def test_a_mirrored_dance_diagram_still_reads_its_numbers() -> None:
    """The dance diagram numbers its steps, so it mirrors its walk itself rather than
    being flipped whole: the mirrored diagram is the other one's walk flipped (the
    same prints, the same place) with its numbers drawn the right way round, so a
    small share of the cover (the digits) differs from a plain flip."""
    import aggdraw

    from sleeve.engine.styles.cover_parts import onset_footwork
    from sleeve.engine.styles.cover_parts.onset_marks import Sheet

    hits = np.tile([1.0, 0.0, 0.6, 0.0, 0.9, 0.3, 0.7, 0.0] * 2, (4, 1))
    covers = []
    for mirrored in (False, True):
        img = Image.new("RGB", (512, 512), (240, 240, 240))
        colours = {"field": (240, 240, 240), "ink": (20, 20, 20), "mass": (20, 20, 20)}
        sheet = Sheet(
            draw=aggdraw.Draw(img),
            size=512,
            rng=np.random.default_rng(3),
            hot=(200, 30, 30),
            mirrored=mirrored,
            **colours,
        )
        onset_footwork.footwork(sheet, hits, np.full(64, 0.6))
        sheet.draw.flush()
        covers.append(np.asarray(img.convert("L"), np.float64))
    flipped = covers[1][:, ::-1]
    differs = float((np.abs(covers[0] - flipped) > 60).mean())
    inked = float((covers[0] < 128).mean())
    assert inked > 0.04 and 0.0005 < differs < 0.15 * inked, (inked, differs)


def _pads(tempo: float, onsets: tuple[float, ...]) -> tuple[np.ndarray, np.ndarray]:
    """The forced one-bar print's pads at 512 px, lit or not: the (row, column) centres of
    all of them and of the lit ones (pixels in connected squares, grain left out)."""
    d = dataclasses.replace(LOUD, tempo_bpm=tempo, layout="top-left", seed=1)
    d = dataclasses.replace(d, onsets=onsets, has_audio=True)
    rgb = np.asarray(get_style("onset_grid").render(d, 512).image, np.float64)
    away = np.abs(rgb - np.asarray(onset_grid._paper(d), float)).sum(axis=2)[200:]
    found = []
    for mask in (away > 40, away > 150):
        labels, count = ndimage.label(ndimage.binary_opening(mask, iterations=2))
        sizes = ndimage.sum(mask, labels, range(1, count + 1))
        keep = [k + 1 for k in range(count) if sizes[k] > 150]
        found.append(np.asarray(ndimage.center_of_mass(mask, labels, keep)))
    return found[0], found[1]


def _lines(centres: np.ndarray, axis: int) -> int:
    """How many distinct rows (axis 0) or columns (1) the centres fall in (8 px apart)."""
    return len(np.flatnonzero(np.diff(np.sort(centres[:, axis])) > 8)) + 1


def test_the_one_bar_is_a_page_of_pads_and_the_tempo_sets_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The one-bar print is the busiest bar on a step sequencer's page, one block of
    pads (no row of slabs, as thin as a barcode at 64 px): a slow song's bar in 8 eighths
    on 2 rows of 4, a club tempo's 16 sixteenths on 4 x 4, a drum-and-bass tempo's two
    bars on 4 rows of 8."""
    monkeypatch.setattr(onset_grid, "_plan", lambda _: "onebar")
    groove = (1.0, 0.0, 0.5, 0.0) * 64
    shapes = []
    for tempo in (80.0, 124.0, 174.0):
        pads = _pads(tempo, groove)[0]
        shapes.append((len(pads), _lines(pads, 0), _lines(pads, 1)))
    assert shapes == [(8, 2, 4), (16, 4, 4), (32, 4, 8)], shapes


def test_four_on_the_floor_lights_one_column_of_pads(monkeypatch: pytest.MonkeyPatch) -> None:
    """A kick on every beat lights the pads of one column, top to bottom (a beat a row),
    the musician's own picture of four-on-the-floor; the other twelve stay unlit."""
    monkeypatch.setattr(onset_grid, "_plan", lambda _: "onebar")
    pads, lit = _pads(124.0, (1.0, 0.0, 0.0, 0.0) * 64)
    assert len(pads) == 16 and len(lit) == 4, (len(pads), len(lit))
    assert _lines(lit, 0) == 4 and _lines(lit, 1) == 1, lit


def _clip(onsets: tuple[float, ...], seed: int = 2) -> tuple[np.ndarray, bool]:
    """The forced score's height of ink (the zero line's and the spikes') column by
    column below the title (512 px, a club tempo), and whether the clip sits whole
    between margins (else a close-up runs it off both edges)."""
    d = dataclasses.replace(LOUD, layout="top-left", seed=seed, onsets=onsets, has_audio=True)
    d = dataclasses.replace(d, tempo_bpm=124.0)
    art = get_style("onset_grid").render(d, 512)
    grey = np.asarray(art.image.convert("L"), float)
    ink = np.abs(grey - np.median(grey)) > 60
    return ink[200:].sum(axis=0), art.focal is not None and art.focal[0] > 0


def test_the_score_is_the_drum_clip(monkeypatch: pytest.MonkeyPatch) -> None:
    """The score is the busiest two bars' waveform, the clip a musician sees in the
    arrangement view: a spike where each hit falls (8 for a kick on each beat, 16 when
    the eighths are played too) and a hard hit's spike taller than a soft one's (no
    ruler of thin ticks under one square: "graph paper"). Round 14: a close-up (by the
    seed) runs the clip off both edges, showing fewer, fatter spikes of it."""
    monkeypatch.setattr(onset_grid, "_plan", lambda _: "score")

    def spikes(height: np.ndarray, share: float = 0.55) -> int:
        return len(_runs(height > share * height.max()))

    seen = {}
    for seed in range(8):
        (kick, whole), (eighths, _) = (
            _clip((1.0, 0.0, 0.0, 0.0) * 64, seed),
            _clip((1.0, 0.0, 0.8, 0.0) * 64, seed),
        )
        seen[whole] = seed
        if whole:
            assert spikes(kick) == 8 and spikes(eighths) == 16, seed
        else:
            assert 2 <= spikes(kick) < 8 and spikes(kick) < spikes(eighths) < 16, seed
    assert set(seen) == {True, False}
    loud_soft = _clip(((1.0,) + (0.0,) * 7 + (0.3,) + (0.0,) * 7) * 16, seen[True])[0]
    assert spikes(loud_soft) == 2 and spikes(loud_soft, 0.15) == 4
