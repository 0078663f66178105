"""What Swiss geometry and the typographic poster promise: several compositions across
tracks, a shape-free title zone (Swiss), quiet type for ambient, rounded faces for
children, the repeated rows only for loud dance and punk, every script set; the
poster's composition follows the title (words, length, script) and never stresses a
stop word."""

from __future__ import annotations

import dataclasses
import itertools
from collections import Counter

import numpy as np
import pytest

from sleeve.engine import raster
from sleeve.engine.color import rgb_to_oklch
from sleeve.engine.languages import language_for
from sleeve.engine.measures import title_contrast
from sleeve.engine.raster import rng_for, srgb_to_oklab
from sleeve.engine.styles import swiss_geometry, typographic_poster
from sleeve.engine.styles.cover_parts import title_words

from .test_styles import CALM, LOUD


def _swiss_kind(direction) -> str:
    return swiss_geometry.composition(direction, rng_for(direction, "swiss-composition"))


def _poster_kind(direction) -> str:
    return typographic_poster.composition(
        direction, rng_for(direction, "typographic_poster-composition")
    )


def _as(base, genre: str, **changes):
    """`base` in another genre's design language."""
    language = language_for(genre)
    return dataclasses.replace(base, genre=language.family, language=language, **changes)


# the compositions a Latin title may get: every music one but the huge initial
LATIN = set(swiss_geometry.MUSIC) - {"glyph"}


def test_swiss_draws_every_music_composition_across_tracks() -> None:
    for base in (_as(CALM, "jazz"), _as(LOUD, "jazz", energy=0.8)):  # jazz has them all
        plain = dataclasses.replace(base, title="Velvet")  # it names no subject
        # 150 seeds: with seven compositions the rarest takes about one in ten
        kinds = {_swiss_kind(dataclasses.replace(plain, seed=seed)) for seed in range(150)}
        assert kinds == LATIN
        kanji = dataclasses.replace(base, title="東京")
        kinds = {_swiss_kind(dataclasses.replace(kanji, seed=seed)) for seed in range(150)}
        assert kinds == set(swiss_geometry.MUSIC)


def test_swiss_spreads_its_music_compositions() -> None:
    """A title that names nothing: each of the six music compositions a Latin title
    may get has a fair share, none past 27% nor under a twenty-fifth (the tempo
    leans them: a slow song draws the lamella more than a quick one)."""
    for base in (_as(CALM, "jazz"), _as(LOUD, "jazz", energy=0.8)):
        plain = dataclasses.replace(base, title="Velvet")
        kinds = Counter(_swiss_kind(dataclasses.replace(plain, seed=seed)) for seed in range(300))
        assert set(kinds) == LATIN, kinds
        assert max(kinds.values()) < 0.27 * 300, kinds
        assert min(kinds.values()) > 0.04 * 300, kinds


def test_swiss_draws_no_chart_or_interface() -> None:
    """Bars from a baseline, steps, barcodes and tables are gone (reviewers read them
    as a bar chart, a loading screen or a table; the bands and the module field bleed
    off the canvas like print, never a chart); dream pop gets no hard diagonal; dream
    pop and children's songs still vary across tracks."""
    retired = {"bars", "barcode", "grid", "steps", "stripes", "field", "diagonal", "bands"}
    assert not retired & set(swiss_geometry.COMPOSITIONS)
    for genre in ("dream_pop", "shoegaze", "children"):
        base = _as(LOUD, genre, valence=0.8, title="Velvet")
        kinds = {_swiss_kind(dataclasses.replace(base, seed=seed)) for seed in range(60)}
        assert len(kinds) >= 2, (genre, kinds)  # the arcs and the letter at least


def _edge_of(direction) -> str:
    """The edge the swiss cover keeps for its title (drawn as render draws it)."""
    rng = rng_for(direction, "swiss")
    swiss_geometry._colors(direction, rng)
    return swiss_geometry.title_zone(direction, rng)[0]


def _inked(direction) -> np.ndarray:
    """Where the swiss cover at 128 px is drawn away from its paper."""
    image = swiss_geometry.render(direction, 128).image
    paper = swiss_geometry._colors(direction, rng_for(direction, "swiss"))[0]
    lab = srgb_to_oklab(np.asarray(image, float))
    return np.linalg.norm(lab - srgb_to_oklab(np.asarray(paper, float)), axis=-1) > 0.08


def test_swiss_stair_is_never_drawn() -> None:
    """The staircase of level bars read as a horizontal bar chart and came out as the
    same picture on two tracks: it is retired, for every genre, title, energy, rhythm
    (a busy one had drawn it more) and seed, and the other skeletons still spread."""
    assert "stair" not in swiss_geometry.COMPOSITIONS
    busy = tuple([0.9] * 32)
    drawn = Counter()
    genres = ("techno", "electronic", "jazz", "classical", "dream_pop", "children", "rock")
    titles = ("Riot", "Slow Tide", "Pulse Width", "Thunderstruck Highway of the Night")
    for k, (genre, title) in enumerate(itertools.product(genres, titles)):
        for seed in range(12):
            energy = (0.1, 0.5, 0.95)[(k + seed) % 3]
            onsets = busy if seed % 2 else LOUD.onsets
            track = _as(LOUD, genre, title=title, energy=energy, onsets=onsets, seed=seed)
            kind = swiss_geometry.layout_of(track)
            assert kind != "stair", (genre, title, seed)
            drawn[kind] += 1
    # the four music compositions and the scenes the titles name (sea, mountain, night)
    assert len(drawn) >= 5, drawn


def test_swiss_retired_turns_and_squares_are_never_drawn() -> None:
    """The nested turned squares read as an app icon (the same badge on Hall of Kings,
    Back Porch and Quiet Snow) and the overlapping translucent squares as a corporate
    slide: both are retired, for calm and loud, long and short titles, grey palettes
    and busy rhythms, and named in RETIRED."""
    assert {"turns", "squares"} <= set(swiss_geometry.RETIRED)
    assert not set(swiss_geometry.RETIRED) & set(swiss_geometry.COMPOSITIONS)
    busy = dataclasses.replace(LOUD, onsets=tuple([0.9] * 32))
    long = dataclasses.replace(CALM, title="Thunderstruck Anthem of the Burning Golden Age")
    plain = dataclasses.replace(CALM, title="Velvet")  # CALM's "Slow Tide" is always the sea
    for base in (plain, LOUD, busy, long, _as(LOUD, "techno", energy=0.95)):
        drawn = {swiss_geometry.layout_of(dataclasses.replace(base, seed=s)) for s in range(150)}
        assert not drawn & {"turns", "squares"}, (base.title, drawn)
        assert len(drawn) >= 2, (base.title, drawn)


def test_swiss_retired_bands_are_never_drawn() -> None:
    """The beam of bands read as sportswear race stripes on quiet songs and as beach
    towels when level: it is retired, for calm and loud, sad and busy songs alike."""
    assert "bands" not in swiss_geometry.COMPOSITIONS
    busy = dataclasses.replace(LOUD, onsets=tuple([0.9] * 32))
    for base in (CALM, LOUD, busy, _as(LOUD, "techno", energy=0.95)):
        drawn = {swiss_geometry.layout_of(dataclasses.replace(base, seed=s)) for s in range(120)}
        assert "bands" not in drawn, base.title


def test_swiss_colours_follow_the_mood() -> None:
    """A sad, quiet song's colours are muted; a happy, loud one's are brighter (its
    shapes, or the colour field it prints on)."""
    rng = lambda: np.random.default_rng(0)  # noqa: E731
    sad = dataclasses.replace(LOUD, valence=0.15, energy=0.2)
    happy = dataclasses.replace(LOUD, valence=0.9, energy=0.9)
    chroma = []
    for d in (sad, happy):
        paper, _, flats, _ = swiss_geometry._colors(d, rng())
        chroma.append(max(rgb_to_oklch(c)[1] for c in (paper, *flats)))
    assert chroma[1] > chroma[0] * 1.5, chroma


def test_swiss_leaves_a_calm_title_zone_outside_its_focal_box() -> None:
    for seed in range(10):
        for base in (CALM, LOUD):
            direction = dataclasses.replace(base, seed=seed)
            artwork = swiss_geometry.render(direction, 256)
            grey = np.asarray(artwork.image.convert("L"), float)
            x0, y0, x1, y1 = artwork.focal
            strips = {"top": grey[:40], "bottom": grey[-40:], "right": grey[:, -40:]}
            clear = {"top": y0 >= 40 / 256, "bottom": y1 <= 1 - 40 / 256, "right": x1 <= 0.84}
            calm = [name for name, strip in strips.items() if strip.std() < 7 and clear[name]]
            assert calm, f"seed {seed}: no shape-free strip beside the focal box"


# the poster's sheets open to a loud pop song (the slab, the sigil and the tiles are not)
OPEN = (
    "spine", "stack", "tower", "meter", "lens", "crop", "headline", "wave",
)  # fmt: skip


def test_poster_draws_two_compositions_and_never_the_echoed_rows() -> None:
    pop = _as(LOUD, "pop", energy=0.8)
    kinds = [_poster_kind(dataclasses.replace(pop, seed=seed)) for seed in range(60)]
    # every open sheet (the justified block and the diagonal retired)
    assert set(kinds) == {*OPEN} and "rows" not in kinds
    punk = [_poster_kind(dataclasses.replace(LOUD, seed=seed)) for seed in range(60)]
    # punk keeps to its crooked slab or its fanzine front page (a tidy spine read
    # "anti-punk", the diagonal's pink band "mod, not punk", the tiles piano keys)
    assert set(punk) == {"slab", "headline"}


def test_ambient_posters_are_quiet_and_children_get_a_rounded_face() -> None:
    for seed in range(8):
        direction = dataclasses.replace(CALM, seed=seed)
        image, _ = typographic_poster.render_with_title(direction, 256)
        lab = srgb_to_oklab(np.asarray(image, float)).reshape(-1, 3)
        coloured = float((np.hypot(lab[:, 1], lab[:, 2]) > 0.08).mean())
        # a quarter at most in colour: the retired column's strip alone was 22% (an ECM page's
        # photographic field is toned, not coloured); letter tiles were 46%
        assert coloured < 0.25, f"seed {seed}: {coloured:.0%} of an ambient poster is colour"
    kids = _as(LOUD, "children", title="The Little Yellow Duck")
    poster = typographic_poster._poster(kids, 256, rng_for(kids, "typographic_poster"))
    assert poster.face.role == "rounded"


TITLES = (
    "東京の夜",
    "حبيبي Habibi",
    "ฝนตกที่กรุงเทพ",
    "दिल की धड़कन",
    "שיר של אהבה",
    "Бензин и кровь",
    "Καλοκαίρι στη θάλασσα",
)


@pytest.mark.parametrize("kind", typographic_poster.COMPOSITIONS)
def test_every_poster_composition_sets_every_script(kind: str, monkeypatch) -> None:
    monkeypatch.setattr(typographic_poster, "composition", lambda direction, rng: kind)
    for title in TITLES:
        direction = dataclasses.replace(LOUD, title=title)
        image, layout = typographic_poster.render_with_title(direction, 256)
        assert image.size == (256, 256) and layout.mask.getbbox() is not None, title
        assert all(-8 <= b[0] < b[2] <= 264 and -8 <= b[1] < b[3] <= 264 for b in layout.boxes)


def test_swiss_glyph_is_the_title_never_the_tempo(monkeypatch) -> None:
    monkeypatch.setattr(swiss_geometry, "composition", lambda direction, rng: "glyph")
    for seed in range(8):
        track = dataclasses.replace(CALM, title="Pulse Width", seed=seed)
        fast = swiss_geometry.render(dataclasses.replace(track, tempo_bpm=129.0), 128).image
        slow = swiss_geometry.render(dataclasses.replace(track, tempo_bpm=87.0), 128).image
        assert fast.tobytes() == slow.tobytes(), f"seed {seed}: the tempo changed the glyph"


def test_children_posters_set_the_title_big() -> None:
    kids = _as(LOUD, "children", title="The Little Yellow Duck")
    kinds = {_poster_kind(dataclasses.replace(kids, seed=seed)) for seed in range(40)}
    # the alphabet blocks and the stack (the diagonal, the wallpaper and the name cut
    # out onto hills retired); never a title turned small up an edge
    assert kinds == {"tiles", "stack"}, kinds


def test_the_poster_composition_follows_the_title_and_the_music() -> None:
    pop = _as(LOUD, "pop", energy=0.8)
    titles = ("Sunny Days", "Riot", "The Little Yellow Duck", "東京の夜", "حبيبي Habibi")
    kinds = {
        _poster_kind(dataclasses.replace(pop, title=title, seed=seed))
        for title in titles
        for seed in range(30)
    }
    assert kinds <= set(OPEN) and len(kinds) >= 8, kinds  # no slab, no tiles
    quiet = {_poster_kind(dataclasses.replace(CALM, seed=seed)) for seed in range(40)}
    assert "spine" in quiet and "tiles" not in quiet  # no loud letter tiles for ambient


def test_the_poster_never_stresses_a_stop_word() -> None:
    assert title_words.lead_word("The Little Yellow Duck") == "Little"
    assert title_words.lead_word("Lágrimas en la lluvia") == "Lágrimas"
    assert title_words.lead_word("يا ليل يا عين") == "ليل"  # not the vocative particle
    assert title_words.lead_word("שיר של אהבה") == "שיר"


NEW = tuple(k for k in swiss_geometry.COMPOSITIONS if k != "glyph")


@pytest.mark.parametrize("kind", NEW)
def test_swiss_compositions_render_exactly_at_every_size(kind: str, monkeypatch) -> None:
    """Each new skeleton renders at 64, 1024 and 3000 px, the same bytes twice, with
    the layout name `layout_of` gives and its focal box clear of the title zone."""
    monkeypatch.setattr(swiss_geometry, "composition", lambda direction, rng: kind)
    for seed, base in enumerate((CALM, LOUD)):
        direction = dataclasses.replace(base, seed=seed + 3)
        for size in (64, 1024, 3000):
            artwork = swiss_geometry.render(direction, size)
            assert artwork.image.size == (size, size) and artwork.layout == kind
        again = swiss_geometry.render(direction, 256)
        assert again.image.tobytes() == swiss_geometry.render(direction, 256).image.tobytes()
        assert swiss_geometry.layout_of(direction) == kind
        rng = rng_for(direction, "swiss")
        swiss_geometry._colors(direction, rng)  # render draws the colours first
        edge, depth = swiss_geometry.title_zone(direction, rng)
        x0, y0, x1, y1 = again.focal
        assert x0 < x1 and y0 < y1
        clear = {"top": y0 >= depth, "bottom": y1 <= 1 - depth, "right": x1 <= 1 - depth}
        assert clear[edge], (kind, edge, depth, again.focal)


def _skeleton(kind: str, seed: int, monkeypatch) -> tuple[np.ndarray, np.ndarray]:
    """Where a composition puts its ink on a coarse 6x6 grid, and which way its edges
    run (level, upright, the two diagonals, weighted by strength)."""
    monkeypatch.setattr(swiss_geometry, "composition", lambda direction, rng: kind)
    direction = dataclasses.replace(CALM, seed=seed)
    grey = np.asarray(swiss_geometry.render(direction, 96).image.convert("L"), float)
    inked = np.abs(grey - np.median(grey)) > 25
    mass = inked.reshape(6, 16, 6, 16).mean(axis=(1, 3)) > 0.2
    gy, gx = np.gradient(grey)
    strength = np.hypot(gx, gy)
    angle = (np.degrees(np.arctan2(gy, gx)) + 22.5) % 180.0 // 45.0
    hist = np.bincount(angle.astype(int).ravel(), strength.ravel(), minlength=4)[:4]
    return mass, hist / max(float(hist.sum()), 1e-6)


def test_swiss_compositions_differ_in_skeleton(monkeypatch) -> None:
    """The same track drawn in each composition puts its mass in different places or
    builds it of differently running edges (rings against a grid of squares): they are
    different skeletons, not one picture in other shapes. Each composition moves its
    mass with the seed (a corner, a side), so two may meet on one seed; on average
    over four they stay apart."""
    seeds = (1, 2, 3, 4)
    marks = {(kind, seed): _skeleton(kind, seed, monkeypatch) for kind in NEW for seed in seeds}
    for a, b in itertools.combinations(NEW, 2):
        apart = []
        for seed in seeds:
            (ma, ha), (mb, hb) = marks[a, seed], marks[b, seed]
            mass = float((ma != mb).sum() / max((ma | mb).sum(), 1))
            apart.append(max(mass, float(np.abs(ha - hb).sum())))
        assert np.mean(apart) > 0.35 and min(apart) > 0.1, (a, b, apart)


def test_swiss_happy_song_gets_bright_tinted_paper_not_grey() -> None:
    """A sweet pop song on a grey palette background gets a tinted light paper and
    bright flats (a lone red square on grey had read as the wrong mood)."""
    grey = dataclasses.replace(LOUD.palette, background=(200, 200, 200), accent=(255, 120, 170))
    candy = _as(LOUD, "pop", title="Candyfloss", valence=0.9, energy=0.7, palette=grey)
    paper, _, flats, _ = swiss_geometry._colors(candy, np.random.default_rng(0))
    for seed in range(12):
        paper, _, flats, _ = swiss_geometry._colors(candy, np.random.default_rng(seed))
        lightness, chroma, _ = rgb_to_oklch(paper)
        if chroma > 0.12:  # a full colour field, not grey
            continue
        assert lightness > 0.9 and chroma > 0.02, (lightness, chroma)
        assert min(rgb_to_oklch(c)[1] for c in flats) > 0.12


def test_swiss_lively_songs_often_print_on_a_colour_field() -> None:
    """Pale paper with one shape read as generic: a lively pop song prints on a full
    colour field of its palette on a good share of seeds, a sad one or a night title
    never."""
    pop = _as(LOUD, "pop", valence=0.8, energy=0.9)
    fields = 0
    for seed in range(40):
        paper, ink, _, _ = swiss_geometry._colors(pop, np.random.default_rng(seed))
        if rgb_to_oklch(paper)[1] > 0.12:
            fields += 1
            assert abs(rgb_to_oklch(paper)[0] - rgb_to_oklch(ink)[0]) > 0.4  # black on it
    assert 8 <= fields <= 32, fields
    for quiet in (
        dataclasses.replace(pop, valence=0.2, energy=0.3),
        dataclasses.replace(pop, night=True),
    ):
        for seed in range(20):
            paper = swiss_geometry._colors(quiet, np.random.default_rng(seed))[0]
            assert rgb_to_oklch(paper)[1] < 0.08


def test_swiss_children_ink_is_never_olive_or_maroon() -> None:
    """A children's palette led by a lime gets a blue ink (a deepened lime printed
    olive, a deepened red maroon)."""
    palette = dataclasses.replace(
        LOUD.palette,
        background=(206, 233, 255),
        colors=((255, 89, 96), (255, 202, 66), (139, 201, 0)),
        accent=(0, 130, 200),
        ink=(0, 106, 165),
    )
    kids = _as(LOUD, "children", valence=0.87, palette=palette)
    _, ink, _, _ = swiss_geometry._colors(kids, np.random.default_rng(0))
    lightness, chroma, hue = rgb_to_oklch(ink)
    assert 200 <= hue <= 300 and chroma > 0.08 and lightness < 0.55, (lightness, chroma, hue)


@pytest.mark.parametrize("kind", swiss_geometry.COMPOSITIONS)
def test_swiss_focal_box_is_where_the_picture_is(kind: str, monkeypatch) -> None:
    """The focal box the style reports holds nearly all the drawn ink (so the title is
    set in the calm paper beside it, not over the picture), and the title zone none."""
    monkeypatch.setattr(swiss_geometry, "composition", lambda direction, rng: kind)
    for seed in range(4):
        for base in (CALM, LOUD):
            direction = dataclasses.replace(base, seed=seed)
            artwork = swiss_geometry.render(direction, 128)
            rng = rng_for(direction, "swiss")
            paper = swiss_geometry._colors(direction, rng)[0]
            lab = raster.srgb_to_oklab(np.asarray(artwork.image, float))
            inked = np.linalg.norm(lab - raster.srgb_to_oklab(np.asarray(paper, float)), axis=-1)
            inked = inked > 0.08
            x0, y0, x1, y1 = (int(round(v * 128)) for v in artwork.focal)
            inside = inked[y0:y1, x0:x1].sum() / max(int(inked.sum()), 1)
            assert inside > 0.8, (kind, seed, inside)


def test_the_spines_mark_never_covers_its_title(monkeypatch) -> None:
    """Tresor 0400's spine painted its huge "40" in a tint of the block over the title
    running up it, and the title read at 2.2:1 (graded N): the mark lies under the
    block and the title."""
    monkeypatch.setattr(typographic_poster, "composition", lambda d, r: "spine")
    for title, genre in (("Tresor 0400", "techno"), ("Riot", "punk"), ("東京の夜", "pop")):
        for seed in range(6):
            direction = dataclasses.replace(_as(LOUD, genre, title=title), seed=seed)
            image, layout = typographic_poster.render_with_title(direction, 256)
            assert title_contrast(image, layout, 256) >= 3.0, (title, seed)


def test_swiss_huge_letter_needs_most_of_the_page() -> None:
    """Under a deep title block the glyph shrank to a small letter in a strip (a lone
    T, an H, a cut-off F): a title that takes much of the page never gets the glyph,
    a short one still may."""
    long = dataclasses.replace(LOUD, title="Thunderstruck Highway, Burning Night Sky Forever")
    assert swiss_geometry._title_depth(long) + swiss_geometry.GAP > swiss_geometry.SHALLOW
    drawn = {swiss_geometry.layout_of(dataclasses.replace(long, seed=s)) for s in range(200)}
    assert "glyph" not in drawn
    short = dataclasses.replace(LOUD, title="東京")
    drawn = {swiss_geometry.layout_of(dataclasses.replace(short, seed=s)) for s in range(200)}
    assert "glyph" in drawn


def _drawn_as(kind: str, direction, size: int, monkeypatch) -> tuple[np.ndarray, object]:
    """Where the swiss cover drawn as `kind` is inked away from its paper, and the art."""
    monkeypatch.setattr(swiss_geometry, "composition", lambda direction, rng: kind)
    artwork = swiss_geometry.render(direction, size)
    paper = swiss_geometry._colors(direction, rng_for(direction, "swiss"))[0]
    lab = srgb_to_oklab(np.asarray(artwork.image, float))
    inked = np.linalg.norm(lab - srgb_to_oklab(np.asarray(paper, float)), axis=-1) > 0.08
    return inked, artwork


def test_swiss_arcs_reach_across_the_art_not_a_corner(monkeypatch) -> None:
    """The arcs sat as a small quarter of rings in one corner under a big title (a
    dozen bench covers, one template): they now sweep across the whole art, under a
    long title as under a short one, inked in nearly every column of the cover."""
    long = "Thunderstruck Highway of the Burning Night Sky"
    wide = 0
    for seed in range(8):
        for base in (CALM, dataclasses.replace(LOUD, title=long)):
            direction = dataclasses.replace(base, seed=seed)
            inked, artwork = _drawn_as("arcs", direction, 128, monkeypatch)
            if _edge_of(direction) == "right":
                continue
            columns = inked.mean(axis=0) > 0.01
            wide += float(columns.mean()) > 0.85
    assert wide >= 13, wide


def test_swiss_retires_the_placeholder_templates() -> None:
    """Two art directors read the split field, the beat's staircase squares, the
    quarter-disc tiles, the big cropped circle and (a second pair) the cropped sun or
    moon with one rule as placeholders that said nothing of the song: none is drawn,
    for any genre, energy or seed."""
    gone = {"circle", "split", "beat", "modules", "orb"}
    assert gone <= set(swiss_geometry.RETIRED)
    assert not gone & set(swiss_geometry.COMPOSITIONS)
    for genre in ("techno", "jazz", "rnb", "children", "dream_pop"):
        for energy in (0.1, 0.9):
            for title in ("Velvet", "Sunny Days", "Midnight"):
                base = _as(LOUD, genre, title=title, energy=energy)
                seeds = range(30)
                drawn = {swiss_geometry.layout_of(dataclasses.replace(base, seed=s)) for s in seeds}
                assert not drawn & gone, (genre, title, drawn)


@pytest.mark.parametrize(
    ("title", "scene"),
    [
        ("Mountain Song", "peaks"),
        ("My Heart", "heart"),
    ],
)
def test_swiss_always_draws_what_the_title_names(title: str, scene: str) -> None:
    """A title that names a mountain or a heart gets it drawn (Mountain Song had got a
    black square on a red ring) on most seeds, the rest a music composition so the
    service has more than one picture, and the style declares exactly those subjects."""
    assert set(swiss_geometry.STYLE.subjects) == {w for w, _ in swiss_geometry.SUBJECTS}
    for base in (CALM, LOUD):
        drawn = [
            swiss_geometry.layout_of(dataclasses.replace(base, title=title, seed=seed))
            for seed in range(40)
        ]
        assert drawn.count(scene) >= 16, (title, drawn)
        seed = drawn.index(scene)
        track = dataclasses.replace(base, title=title, seed=seed)
        assert swiss_geometry.render(track, 96).layout == scene


@pytest.mark.parametrize("genre", ["rnb", "gospel", "reggaeton", "funk"])
def test_swiss_warm_genres_print_warm_not_cold_grey(genre: str) -> None:
    """R&B, gospel, funk and reggaeton had got cold lavender and grey blocks: their
    paper and ink are warm (cream or cocoa) and no flat is grey or lavender."""
    cold = dataclasses.replace(
        LOUD.palette,
        background=(200, 200, 210),
        colors=((150, 140, 220), (120, 120, 130), (198, 139, 89)),
        accent=(140, 130, 230),
    )
    for valence in (0.2, 0.8):
        track = _as(LOUD, genre, title="Velvet", valence=valence, palette=cold)
        for seed in range(6):
            paper, ink, flats, accent = swiss_geometry._colors(track, np.random.default_rng(seed))
            for colour in (paper, ink):
                _, chroma, hue = rgb_to_oklch(colour)
                assert chroma > 0.02 and 20 <= hue <= 100, (genre, colour)
            for colour in (*flats, accent):
                _, chroma, hue = rgb_to_oklch(colour)
                assert chroma >= 0.05 and not 150 <= hue <= 320, (genre, colour)
