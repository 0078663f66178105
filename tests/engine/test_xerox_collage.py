"""What the xerox collage promises a musician: the song's energy picks the
composition (a calm song a small taped scrap or a torn band, a loud one a paste-up of
torn scraps, the copy bled over the cover or misprinted), each cover names its
composition, a paste-up piles different papers, no cover is mostly blank paper, a
monochrome palette stays black and paper, and any size renders the same picture."""

from __future__ import annotations

import collections
import dataclasses
import time

import numpy as np
import pytest
from PIL import Image

from sleeve.engine.direction import Palette
from sleeve.engine.languages import language_for
from sleeve.engine.styles import xerox_collage
from tests.engine.test_styles import CALM, LOUD, mean_difference

SEEDS = range(24)
QUIET = dataclasses.replace(LOUD, energy=0.15, loudness=0.3, density=0.2)
MONO = Palette(
    (12, 12, 12), ((90, 90, 90), (150, 150, 150), (60, 60, 60)), (200, 200, 200), (240, 240, 240)
)


def _layouts(direction: object) -> collections.Counter[str]:
    return collections.Counter(
        xerox_collage.render(dataclasses.replace(direction, seed=s), 96).layout for s in SEEDS
    )


def _stencil_copy(tone, subject, rng: np.random.Generator, w: int, h: int) -> np.ndarray:  # type: ignore[no-untyped-def]
    """The copier's stencilled ink of a picture on a 192 px loud paste-up, w x h."""
    sheet = xerox_collage.Sheet(
        LOUD,
        Image.new("RGB", (192, 192)),
        rng,
        xerox_collage.PAPER,
        xerox_collage.PAPER,
        tone,
        subject,
    )
    sheet.stencil = True
    return sheet.copy(w, h, 1.0, burn=0.2, least=0.34, most=0.6)


def test_calm_and_loud_songs_get_different_compositions_not_only_colours() -> None:
    calm, loud = _layouts(QUIET), _layouts(LOUD)
    assert calm["taped-scrap"] + calm["echo"] + calm["torn-bleed"] >= 0.6 * len(SEEDS), calm
    busy = loud["blowup"] + loud["misregister"] + loud["repeat"] + loud["torn-bleed"]
    assert busy >= 0.6 * len(SEEDS), loud


def test_the_photo_box_and_the_letter_window_are_retired() -> None:
    """An art director: the copy in a hard-ruled box read as "a framed xerox blob, the
    picture reads as nothing" (N); two read the copy seen through the title's huge
    initial as "vague, opaque" (M, M). No cover draws either, calm or loud, punk or not,
    on any palette or title layout."""
    assert "photo-box" in xerox_collage.RETIRED
    assert "photo-box" not in xerox_collage.COMPOSITIONS
    assert "letter-window" in xerox_collage.RETIRED
    assert "letter-window" not in xerox_collage.COMPOSITIONS
    assert "ransom" in xerox_collage.RETIRED and "ransom" not in xerox_collage.COMPOSITIONS
    for genre in ("punk", "post_punk", "rock", "hiphop", "electronic", "pop"):
        for energy in (0.1, 0.35, 0.6, 0.9):
            for layout in ("title-image", "centred", "bottom-left", "corner"):
                for palette in (LOUD.palette, MONO):
                    base = dataclasses.replace(
                        LOUD,
                        genre=language_for(genre).family,
                        language=language_for(genre),
                        energy=energy,
                        layout=layout,
                        palette=palette,
                    )
                    drawn = {
                        xerox_collage.layout_of(dataclasses.replace(base, seed=s))
                        for s in range(24)
                    }
                    assert "photo-box" not in drawn, (genre, energy, layout)
                    assert "letter-window" not in drawn, (genre, energy, layout)
                    assert "ransom" not in drawn, (genre, energy, layout)


def test_every_cover_names_one_of_at_least_four_compositions() -> None:
    seen = _layouts(QUIET) + _layouts(LOUD) + _layouts(dataclasses.replace(LOUD, energy=0.5))
    assert set(seen) <= set(xerox_collage.COMPOSITIONS)
    assert len(seen) >= 4, seen


@pytest.mark.parametrize("size", [64, 1024, 3000])
def test_any_size_renders_the_same_composition_and_focal(size: int) -> None:
    small = xerox_collage.render(LOUD, 256)
    start = time.perf_counter()
    art = xerox_collage.render(LOUD, size)
    assert time.perf_counter() - start < 6.0
    assert art.image.size == (size, size) and art.image.mode == "RGB"
    assert art.layout == small.layout
    assert art.focal is not None and small.focal is not None
    assert np.allclose(art.focal, small.focal, atol=0.03)
    assert all(0.0 <= v <= 1.0 for v in art.focal)


def test_the_same_song_gives_the_same_bytes() -> None:
    a, b = xerox_collage.render(CALM, 200), xerox_collage.render(CALM, 200)
    assert a.image.tobytes() == b.image.tobytes() and a.layout == b.layout


def test_a_small_scrap_leaves_its_field_calm_for_the_title() -> None:
    """Outside its focal box a taped scrap's cover is one flat colour."""
    for seed in SEEDS:
        art = xerox_collage.render(dataclasses.replace(QUIET, seed=seed), 128)
        if art.layout != "taped-scrap":
            continue
        x0, y0, x1, y1 = (int(v * 128) for v in art.focal)
        pixels = np.asarray(art.image, np.float32).copy()
        pixels[max(0, y0 - 12) : y1 + 12, max(0, x0 - 12) : x1 + 12] = np.nan
        rest = pixels[~np.isnan(pixels[..., 0])]
        assert len(rest) > 0.2 * 128 * 128 and rest.std(axis=0).max() < 20
        return
    pytest.fail("no taped scrap among the quiet seeds")


def test_a_monochrome_palette_stays_black_and_paper() -> None:
    """Black metal never gets a fluoro ink, nor a misprint in grey."""
    black = dataclasses.replace(
        LOUD, genre="metal", language=language_for("black_metal"), palette=MONO
    )
    for seed in SEEDS[:10]:
        art = xerox_collage.render(dataclasses.replace(black, seed=seed), 96)
        rgb = np.asarray(art.image, np.int16)
        assert (rgb.max(axis=2) - rgb.min(axis=2)).mean() < 8
        assert art.layout != "misregister"


def test_two_songs_differ_by_more_than_colour() -> None:
    quiet = xerox_collage.render(dataclasses.replace(QUIET, seed=3), 128).image.convert("L")
    loud = xerox_collage.render(dataclasses.replace(LOUD, seed=3), 128).image.convert("L")
    assert mean_difference(quiet, loud) > 30


def _share(rgb: np.ndarray, colour: tuple[int, int, int]) -> float:
    return float((np.abs(rgb - np.array(colour, np.int16)).max(axis=2) < 24).mean())


def test_the_copy_leaves_a_flat_third_for_a_big_title_in_every_composition() -> None:
    """Reviewers lost titles in the noise of a scatter of scraps: every composition
    keeps a flat band (a third of the cover, top or bottom) clear of its focal box, so
    the title is set big on a calm field."""
    seen: set[str] = set()
    for base in (QUIET, LOUD, dataclasses.replace(LOUD, energy=0.5)):
        for seed in range(30):
            art = xerox_collage.render(dataclasses.replace(base, seed=seed), 128)
            seen.add(art.layout)
            x0, y0, x1, y1 = art.focal
            free = max(y0, 1 - y1)
            assert free >= 0.26, (art.layout, seed, art.focal)
            grey = np.asarray(art.image.convert("L"), np.float32)
            band = grey[4:28] if y0 >= 0.26 else grey[-28:-4]
            assert band.std() < 30, (art.layout, seed, band.std())
    assert len(seen) >= 5, seen


def _one_broken(grid: object, cols: int, gap: float) -> bool:
    """Whether a grid of two rows of `cols` cells `gap` pixels apart holds one cell
    unlike the rest, the rest alike."""
    cw, ch = (grid.width - gap * (cols - 1)) / cols, (grid.height - gap) / 2
    small = []
    for r in range(2):
        for c in range(cols):
            x, y = c * (cw + gap), r * (ch + gap)
            cell = grid.crop((int(x) + 3, int(y) + 3, int(x + cw) - 3, int(y + ch) - 3))
            small.append(np.asarray(cell.resize((8, 8), Image.Resampling.BOX), np.float32))
    gaps = [[float(np.abs(a - b).mean()) for b in small] for a in small]
    odd = int(np.argmax([sorted(g)[len(g) // 2] for g in gaps]))
    others = [i for i in range(len(small)) if i != odd]
    alike = all(gaps[i][j] < 20 for i in others for j in others)
    return alike and min(gaps[odd][i] for i in others) > 12


def test_a_repeat_grid_has_one_broken_copy() -> None:
    """The Warhol-like grid repeats one copy and breaks exactly one of them."""
    seen = 0
    for seed in range(80):
        direction = dataclasses.replace(LOUD, seed=seed)
        if xerox_collage.layout_of(direction) != "repeat":
            continue
        art = xerox_collage.render(direction, 256)
        x0, y0, x1, y1 = (int(v * 256) for v in art.focal)
        grid = art.image.crop((x0, y0, x1, y1))
        assert any(_one_broken(grid, cols, 0.018 * 256) for cols in (2, 3)), seed
        seen += 1
    assert seen >= 3


@pytest.mark.parametrize(
    ("title", "picture"),
    [
        ("Бензин и кровь", "molotov"),
        ("Riot", "barricade"),
        ("Tower of Song", "tower"),
        ("Charnel Psalm", "skull"),
        ("Psalm of the Lost", "church"),
        ("Sound System Riddim", "speaker"),
        ("Scream at the Wall", "megaphone"),
        ("Mad Dogs", "dog"),
        ("First Blood", "fist"),
        ("Car Crash", "car"),
        ("City on Fire", "barricade"),
    ],
)
def test_the_picture_is_what_the_title_names(title: str, picture: str) -> None:
    """Two art directors saw "scraps with no recognisable image": the copy is now the
    title's own subject where it names one (petrol: a petrol bomb; riot or fire: a
    burning barricade; a tower block; a psalm: a church; a charnel house: a skull; a
    sound system: a speaker stack; a scream: a loudspeaker; a dog; blood: a fist)."""
    for seed in range(3):
        direction = dataclasses.replace(LOUD, title=title, seed=seed)
        assert xerox_collage.picture_of(direction) == picture


def test_an_untitled_picture_follows_the_music() -> None:
    """With no subject in the title, a loud punk song copies a crowd, a fist, a
    loudspeaker, a barricade or a car (mostly the crowd, the fist and the
    loudspeaker); a calm one a mic, a church, a loudspeaker, a car or a dog, never the
    tower block (a batch drew four) nor the lone figure ("a black mass")."""
    loud = collections.Counter(
        xerox_collage.picture_of(dataclasses.replace(LOUD, title="Xyz", seed=s)) for s in range(40)
    )
    assert set(loud) <= {"crowd", "fist", "megaphone", "barricade", "car"}, loud
    assert loud["crowd"] + loud["fist"] + loud["megaphone"] >= 20, loud
    dark = dataclasses.replace(QUIET, title="Xyz", genre="rock", language=language_for("post_punk"))
    calm = {xerox_collage.picture_of(dataclasses.replace(dark, seed=s)) for s in range(40)}
    assert calm <= {"mic", "church", "megaphone", "car", "dog"} and len(calm) >= 3, calm


def test_dub_copies_a_speaker_stack_and_metal_a_skull() -> None:
    """A reviewer: a taped halftone scrap of a figure "has no dub in it". An untitled
    reggae or dub song copies a sound system's speaker stack (mostly) and leans to the
    echo; an untitled metal song copies a skull (mostly)."""
    reggae = language_for("reggae")
    dub = [
        dataclasses.replace(LOUD, title="Xyz", genre=reggae.family, language=reggae, seed=s)
        for s in range(40)
    ]
    pictures = collections.Counter(xerox_collage.picture_of(d) for d in dub)
    assert pictures["speaker"] >= 14 and set(pictures) <= {"speaker", "megaphone", "mic"}
    echoes = sum(xerox_collage.layout_of(d) == "echo" for d in dub)
    hiphop = language_for("hiphop")
    others = sum(
        xerox_collage.layout_of(dataclasses.replace(d, genre=hiphop.family, language=hiphop))
        == "echo"
        for d in dub
    )
    assert echoes >= 12 and echoes > 2 * others, (echoes, others)
    metal = language_for("death_metal")
    skulls = sum(
        xerox_collage.picture_of(
            dataclasses.replace(LOUD, title="Xyz", genre=metal.family, language=metal, seed=s)
        )
        == "skull"
        for s in range(40)
    )
    assert skulls >= 14


def test_an_echo_repeats_one_silhouette_fainter_behind_the_front_copy() -> None:
    """The echo pastes three or four copies of the picture in a row across its band:
    the front one solid toner, the ones behind in a sparser dot screen, so the band
    holds more ink on the leading side than on the trailing one."""
    reggae = language_for("reggae")
    base = dataclasses.replace(LOUD, title="Xyz", genre=reggae.family, language=reggae)
    seen = 0
    for seed in range(40):
        direction = dataclasses.replace(base, seed=seed)
        if xerox_collage.layout_of(direction) != "echo":
            continue
        art = xerox_collage.render(direction, 256)
        assert art.layout == "echo"
        x0, y0, x1, y1 = art.focal
        assert x1 - x0 > 0.7, art.focal  # a row of copies, not one
        seen += 1
        if seen == 3:
            return
    pytest.fail(f"only {seen} echoes")


def test_at_least_four_compositions_are_in_regular_use() -> None:
    """Across genres, energies and seeds at least four compositions each draw at least
    a tenth of the covers: the layout moves with the music, not one template."""
    counts: collections.Counter[str] = collections.Counter()
    for genre in ("punk", "post_punk", "reggae", "hiphop", "pop", "death_metal"):
        language = language_for(genre)
        for energy in (0.2, 0.45, 0.7, 0.9):
            for seed in range(12):
                direction = dataclasses.replace(
                    LOUD,
                    title="Xyz",
                    genre=language.family,
                    language=language,
                    energy=energy,
                    seed=seed,
                )
                counts[xerox_collage.layout_of(direction)] += 1
    total = sum(counts.values())
    assert sum(n >= 0.1 * total for n in counts.values()) >= 4, counts


@pytest.mark.parametrize(
    "name",
    ["fist", "crowd", "tower", "barricade", "molotov", "dog", "church", "figure"]
    + ["speaker", "megaphone", "mic", "skull"],
)
def test_every_picture_is_a_bold_silhouette_that_copies_to_a_real_image(name: str) -> None:
    """A picture is solid black on a paler ground (no grey mush), and its copy on a taped
    scrap is neither near-blank paper ("an almost blank taped paper", N) nor a slab."""

    from sleeve.engine.styles.cover_parts import xerox_subjects

    for seed in range(2):
        rng = np.random.default_rng(seed)
        tone, subject = xerox_collage.DRAWN[name](LOUD, rng)
        assert tone.shape == (xerox_subjects.RES, xerox_subjects.RES)
        dark, pale = float((tone < 0.15).mean()), float((tone > 0.6).mean())
        assert 0.08 < dark < 0.65 and pale > 0.04, (name, seed, dark, pale)
        ink = _stencil_copy(tone, subject, rng, 150, 110)
        assert 0.08 < float(ink.mean()) < 0.7, (name, seed, float(ink.mean()))


def test_no_cover_is_mostly_empty_white_paper() -> None:
    for base in (QUIET, LOUD, dataclasses.replace(LOUD, energy=0.5)):
        for seed in SEEDS:
            rgb = np.asarray(
                xerox_collage.render(dataclasses.replace(base, seed=seed), 96).image, np.int16
            )
            assert _share(rgb, xerox_collage.PAPER) < 0.6, (base.energy, seed)


def test_a_stencil_copies_on_clean_paper_not_dots() -> None:
    """A microphone copied for the cover is black on clean paper: the copier's toner
    floor (a third of the sheet for a hard copy) is not forced over its pale ground."""
    rng = np.random.default_rng(3)
    tone, subject = xerox_collage.DRAWN["mic"](LOUD, rng)
    ink = _stencil_copy(tone, subject, rng, 192, 128)
    assert 0.04 < float(ink.mean()) < 0.45
