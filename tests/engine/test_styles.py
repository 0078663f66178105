"""Every registered style: shape at 64 to 3000 px, determinism, personalisation (the
music moves the composition, not only the colour), its focal region, and size
independence; plus what particular styles promise."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest
from PIL import Image, ImageFilter

from sleeve.engine.direction import ArtDirection, Palette
from sleeve.engine.languages import language_for
from sleeve.engine.measures import dhash, hamming
from sleeve.engine.styles.registry import all_styles, get_style

STYLES = tuple(all_styles())


def _curve(phase: float, level: float, swing: float = 0.3) -> tuple[float, ...]:
    x = np.linspace(0, 1, 64)
    return tuple(float(v) for v in np.clip(level + swing * np.sin(6 * x + phase) * x, 0, 1))


CALM = ArtDirection(
    seed=11,
    title="Slow Tide",
    subtitle="ambient",
    genre="ambient",
    valence=0.7,
    energy=0.2,
    tempo_bpm=78.0,
    density=0.2,
    turbulence=0.2,
    brightness=0.6,
    loudness=0.3,
    energy_curve=_curve(0.0, 0.3),
    palette=Palette(
        (150, 190, 230),
        ((90, 140, 220), (170, 210, 240), (120, 110, 200)),
        (240, 150, 120),
        (20, 30, 50),
    ),
    font_role="serif",
    language=language_for("ambient"),
    layout="bottom-left",
    texture="grain",
)
LOUD = ArtDirection(
    seed=987654321,
    title="Riot Tape",
    subtitle="punk",
    genre="punk",
    valence=0.25,
    energy=0.9,
    tempo_bpm=172.0,
    density=0.85,
    turbulence=0.8,
    brightness=0.4,
    loudness=0.9,
    energy_curve=_curve(2.0, 0.7),
    palette=Palette(
        (40, 0, 30), ((230, 40, 60), (250, 170, 30), (120, 20, 90)), (40, 220, 200), (250, 240, 240)
    ),
    font_role="condensed",
    language=language_for("punk"),
    layout="top-left",
    texture="grain",
    era="80s",
)


def render(name: str, direction: ArtDirection, size: int) -> Image.Image:
    return get_style(name).render(direction, size).image


def mean_difference(a: Image.Image, b: Image.Image) -> float:
    return float(np.abs(np.asarray(a, np.int16) - np.asarray(b, np.int16)).mean())


def edges(image: Image.Image) -> Image.Image:
    """The drawing without its colours: a grey edge map, so that only the composition
    (shapes, lines, their places) is compared."""
    grey = image.convert("L").resize((128, 128), Image.Resampling.BOX)
    return grey.filter(ImageFilter.FIND_EDGES).filter(ImageFilter.BoxBlur(2))


def with_music_of(direction: ArtDirection, other: ArtDirection) -> ArtDirection:
    """`direction` (same seed, palette, genre and title) with `other`'s music."""
    fields = ("energy", "tempo_bpm", "density", "turbulence", "brightness", "loudness")
    music = {field: getattr(other, field) for field in fields}
    return dataclasses.replace(direction, energy_curve=other.energy_curve, **music)


def test_the_catalogue_has_at_least_eighteen_styles_in_both_families() -> None:
    assert len(STYLES) >= 18
    families = [all_styles()[name].STYLE.family for name in STYLES]
    assert families.count("image") >= 6 and families.count("graphic") >= 6
    assert len([name for name in STYLES if get_style(name).STYLE.music]) >= 4


def test_retired_styles_are_gone() -> None:
    assert not {"vinyl", "aura", "glitch"} & set(STYLES)


@pytest.mark.parametrize("name", STYLES)
def test_style_declares_itself(name: str) -> None:
    style = get_style(name).STYLE
    assert style.name == name and style.family in ("image", "graphic") and style.fits


@pytest.mark.parametrize("name", STYLES)
@pytest.mark.parametrize("size", [64, 1024])
def test_output_is_an_rgb_square(name: str, size: int) -> None:
    image = render(name, LOUD, size)
    assert image.mode == "RGB" and image.size == (size, size)


@pytest.mark.parametrize("name", STYLES)
def test_same_direction_same_bytes(name: str) -> None:
    assert render(name, CALM, 320).tobytes() == render(name, CALM, 320).tobytes()


@pytest.mark.parametrize("name", STYLES)
def test_different_music_moves_the_composition_not_only_the_colour(name: str) -> None:
    # same seed, palette and title; only the music differs, and the edge maps must too
    calm, loud = CALM, with_music_of(CALM, LOUD)
    a, b = edges(render(name, calm, 256)), edges(render(name, loud, 256))
    assert hamming(dhash(a), dhash(b)) >= 6 or mean_difference(a, b) > 6


@pytest.mark.parametrize("name", STYLES)
def test_the_seed_alone_moves_the_layout(name: str) -> None:
    others = [dataclasses.replace(CALM, seed=seed) for seed in (424242, 77, 5150)]
    base = edges(render(name, CALM, 192))
    moved = [hamming(dhash(base), dhash(edges(render(name, o, 192)))) for o in others]
    assert max(moved) >= 8


@pytest.mark.parametrize("name", STYLES)
def test_the_focal_region_is_a_box_and_holds_the_subject(name: str) -> None:
    if get_style(name).STYLE.draws_title:
        pytest.skip("the title is the subject")
    for direction in (CALM, LOUD, dataclasses.replace(CALM, seed=31337)):
        artwork = get_style(name).render(direction, 256)
        if artwork.focal is None:
            continue
        x0, y0, x1, y1 = artwork.focal
        assert 0.0 <= x0 < x1 <= 1.0 and 0.0 <= y0 < y1 <= 1.0
        if (x1 - x0) * (y1 - y0) > 0.5:
            continue  # a box over most of the cover is the field itself
        # the subject stands out: inside the focal box the pixels are further from the
        # cover's median colour, or carry more drawing (edges), than outside it
        pixels = np.asarray(artwork.image.resize((64, 64), Image.Resampling.BOX), np.float64)
        away = np.linalg.norm(pixels - np.median(pixels.reshape(-1, 3), axis=0), axis=2)
        drawing = np.asarray(edges(artwork.image).resize((64, 64)), np.float64)
        mask = np.zeros((64, 64), bool)
        mask[int(y0 * 64) : int(np.ceil(y1 * 64)), int(x0 * 64) : int(np.ceil(x1 * 64))] = True
        assert (
            away[mask].mean() > away[~mask].mean() or drawing[mask].mean() > drawing[~mask].mean()
        ), artwork.focal


def composition(image: Image.Image) -> np.ndarray:
    """The cover at 32 px, grain averaged away: where the masses and colours sit."""
    return np.asarray(image.resize((32, 32), Image.Resampling.BOX), np.float64)


def assert_thumbnail_matches(name: str, seeds: int = 4, limit: float = 14) -> None:
    """The style drawn at 64 px shows the composition of its 1024 px cover (box-scaled),
    on calm and loud tracks: a phone shows the same picture the musician chose."""
    for seed in range(seeds):
        d = dataclasses.replace((CALM, LOUD)[seed % 2], seed=seed)
        big = get_style(name).render(d, 1024).image.resize((64, 64), Image.Resampling.BOX)
        small = get_style(name).render(d, 64).image
        diff = np.abs(np.asarray(big, np.float64) - np.asarray(small, np.float64)).mean()
        assert diff < limit, (name, seed, diff)


@pytest.mark.parametrize("name", STYLES)
def test_the_composition_does_not_depend_on_size(name: str) -> None:
    small, big = composition(render(name, LOUD, 256)), composition(render(name, LOUD, 1024))
    # type is hinted per pixel size, so rows of repeated words drift a little
    limit = 14 if get_style(name).STYLE.draws_title else 8
    assert np.abs(small - big).mean() < limit


@pytest.mark.parametrize("name", STYLES)
def test_a_3000_px_export_keeps_the_composition(name: str) -> None:
    small = composition(render(name, LOUD, 1024))
    big = render(name, LOUD, 3000)
    assert big.mode == "RGB" and big.size == (3000, 3000)
    limit = 14 if get_style(name).STYLE.draws_title else 8
    assert np.abs(small - composition(big)).mean() < limit


def test_wood_type_prints_the_title_as_its_bill_and_other_music_another_bill() -> None:
    # the bill is the track's own title (no invented show-bill words): another title
    # prints other letters in the same composition; other music (seed and energy)
    # prints another bill
    for base in (CALM, LOUD):
        art = get_style("wood_type").render(base, 256)
        crop = tuple(int(v * 256) for v in art.focal)
        retitled = get_style("wood_type").render(dataclasses.replace(base, title="Quiet Zone"), 256)
        assert retitled.layout == art.layout
        assert mean_difference(art.image.crop(crop), retitled.image.crop(crop)) > 2
        other = dataclasses.replace(base, seed=base.seed + 1, energy=1 - base.energy)
        assert mean_difference(art.image, render("wood_type", other, 256)) > 2


def test_the_ridgeline_follows_the_energy_curve() -> None:
    other = dataclasses.replace(LOUD, energy_curve=_curve(5.0, 0.3))
    assert mean_difference(render("ridgeline", LOUD, 256), render("ridgeline", other, 256)) > 2


def test_the_spectrum_when_given_is_what_the_spectrogram_draws() -> None:
    low = tuple(tuple(1.0 if b < 4 else 0.05 for b in range(24)) for _ in range(32))
    high = tuple(tuple(1.0 if b > 19 else 0.05 for b in range(24)) for _ in range(32))
    a = render("spectrogram", dataclasses.replace(LOUD, spectrum=low, has_audio=True), 192)
    b = render("spectrogram", dataclasses.replace(LOUD, spectrum=high, has_audio=True), 192)
    assert mean_difference(a, b) > 4


def test_onsets_when_given_set_the_onset_grid() -> None:
    """Every step played lights the whole print (stripes, tiles, chips); one hit a bar
    lights little: measured as how far each cover moves from a silent song's."""

    for seed in range(6):
        song = dataclasses.replace(LOUD, seed=seed, has_audio=True)
        sparse = dataclasses.replace(song, onsets=tuple([1.0] + [0.0] * 15) * 16)
        busy = dataclasses.replace(song, onsets=tuple([1.0] * 256))
        silent = dataclasses.replace(song, onsets=tuple([0.0] * 256))
        grey = [
            np.asarray(render("onset_grid", d, 256).convert("L"), float)
            for d in (sparse, busy, silent)
        ]
        lit = [float(np.abs(cover - grey[2]).mean()) for cover in grey[:2]]
        assert lit[1] > 3 * lit[0], (seed, lit)


def test_paper_cut_follows_the_mood() -> None:
    # a title that names nothing (a sea stays blue) in a pop language: a happy song is
    # cut from light paper, a sad one from deep, cooler paper, over seeds, as one seed's
    # picture (a porthole onto a dusk, a sea under the moon) may be dark for either
    pop = dataclasses.replace(CALM, title="Slow Hours", language=language_for("pop"))

    def covers(valence: float) -> list[np.ndarray]:
        songs = (dataclasses.replace(pop, valence=valence, seed=seed) for seed in range(6))
        return [np.asarray(render("paper_cut", song, 96), float) for song in songs]

    def warmth(pixels: np.ndarray) -> float:
        return float(pixels[..., 0].mean() - pixels[..., 2].mean()) / float(pixels.mean())

    happy, sad = covers(0.9), covers(0.1)
    assert np.mean([c.mean() for c in happy]) > np.mean([c.mean() for c in sad]) + 60
    assert np.mean([warmth(c) for c in happy]) > np.mean([warmth(c) for c in sad]) + 0.2
