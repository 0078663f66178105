"""The loudness horizon by genre, mood and song (two art directors scored it 3 and 4 of
10): a metal track never gets a pastel field, a classical one never a beach; each family
draws its own few pictures (doom a blood moon over black hills, bare ridges under a red
sun; classical a snowfield, a night, misty ranges; country and lo-fi a night, ranges;
afrobeats and city pop sunlit pictures); a dark mood keeps a dark sky and metal's light
is never pink; the butte, the linocut, the fields, the lake and the storm are retired;
the song, not only its colour, moves where the horizon sits and how big the landmark is."""

from __future__ import annotations

import dataclasses
from collections import Counter

import numpy as np
import pytest
from PIL import Image

from sleeve.engine.color import rgb_to_oklch
from sleeve.engine.direction import ArtDirection, Palette, direct_from_music
from sleeve.engine.languages import language_for
from sleeve.engine.looks import turned
from sleeve.engine.music import MusicInput
from sleeve.engine.styles import loudness_horizon
from sleeve.engine.styles.base import Artwork
from tests.engine.test_styles import CALM, LOUD

PASTEL = Palette((247, 200, 218), ((250, 228, 200), (200, 226, 246)), (255, 170, 190), (60, 40, 50))
PINK_NIGHT = Palette((22, 18, 40), ((150, 60, 90), (60, 90, 150)), (230, 120, 190), (236, 232, 222))


def _drawn(tags: str, tracks: int = 4, turns: int = 30) -> Counter[str]:
    """The compositions a few tracks with `tags` get over many turns (no drawing)."""
    seen: Counter[str] = Counter()
    for index in range(tracks):
        music = MusicInput(task_id=f"horizon-genre-{tags}-{index}", title="Song", tags=tags)
        direction = direct_from_music(music)[0]
        for turn in range(turns):
            seen[loudness_horizon.layout_of(turned(direction, turn))] += 1
    return seen


@pytest.mark.parametrize(
    "tags",
    (
        "doom metal, heavy, slow",
        "funeral doom metal, crushing",
        "black metal, raw, atmospheric",
        "death metal, brutal",
        "heavy metal, power",
    ),
)
def test_metal_never_gets_a_pastel_field_or_a_beach(tags: str) -> None:
    seen = _drawn(tags)
    assert not {"fields", "coast", "lake", "storm"} & set(seen), seen
    assert {"night", "ranges"} <= set(seen), seen  # a blood moon, ridges under a red sun


@pytest.mark.parametrize(
    "tags",
    (
        "classical piano, romantic era, chopin, nocturne",
        "orchestral, modern classical, strings",
        "ecm, chamber jazz, nordic, piano trio",
        "ambient piano, calm, winter",
    ),
)
def test_classical_and_ambient_never_get_a_beach_or_fields(tags: str) -> None:
    seen = _drawn(tags)
    assert not {"coast", "fields", "lake", "storm"} & set(seen), seen
    assert {"snowfield", "ranges"} <= set(seen), seen  # a snowfield, misty ranges


def test_country_and_lofi_get_a_night_or_ranges_never_a_coast() -> None:
    """A reviewer read the aerial coast on a title naming no sea as an abstract,
    unfinished wave edge: lo-fi (whose family drew it) no longer gets it."""
    country = _drawn("country, americana, bluegrass, banjo")
    assert set(country) == {"night", "ranges"}, country  # the fields and the lake retired
    lofi = _drawn("lo-fi, chillhop, jazzy beats, rain")
    assert set(lofi) == {"night", "ranges"}, lofi


def test_other_genres_get_a_night_or_ranges() -> None:
    seen = _drawn("synthwave, outrun", tracks=6, turns=40) + _drawn("pop, radio", 6, 40)
    assert set(seen) == {"night", "ranges"}, seen


# a band floating in a void; a textile swatch; pastel wavy bands read as stock
RETIRED_NOW = ("mesa", "linocut", "fields", "lake", "storm")


@pytest.mark.parametrize(
    "tags", ("country, americana", "doom metal", "pop, radio", "reggaeton", "folk, acoustic")
)
def test_the_butte_and_the_linocut_are_never_drawn(tags: str) -> None:
    """Reviewers read the butte (one slab of rock cropped by the frame) as a pink or red
    band floating in a void and the linocut as a textile swatch: no genre gets them."""
    seen = _drawn(tags, tracks=3, turns=30)
    assert not set(RETIRED_NOW) & set(seen), seen
    assert set(RETIRED_NOW) <= set(loudness_horizon.RETIRED)
    assert not set(loudness_horizon.RETIRED) & set(loudness_horizon.LAYOUTS)


@pytest.mark.parametrize(
    "tags", ("afrobeats, highlife, dance", "city pop, japanese, 80s", "cumbia, tropical")
)
def test_sunny_genres_get_sunlit_pictures_never_a_storm(tags: str) -> None:
    """A reviewer read afrobeats and city pop under a grey storm or on a lone slab as the
    wrong record: they get a city night or ranges under a huge sun (the beach only for a
    title naming the sea)."""
    seen = _drawn(tags, tracks=3, turns=30)
    assert set(seen) == {"night", "ranges"}, seen


def _forced(
    monkeypatch: pytest.MonkeyPatch, layout: str, band: str, direction: ArtDirection, size: int
) -> Artwork:
    monkeypatch.setattr(loudness_horizon, "_plan", lambda _d: (layout, band))
    return loudness_horizon._draw(direction, size)[0]


def _luma(img: Image.Image) -> np.ndarray:
    return np.asarray(img.convert("L"), np.float64)


def test_a_dark_mood_keeps_a_dark_sky_even_on_a_pastel_palette(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A sad song on a pastel palette, and any doom track, is never a pink daylight."""
    sad = dataclasses.replace(CALM, genre="pop", language=language_for("pop"), valence=0.15)
    doom = dataclasses.replace(
        CALM, genre="metal", language=language_for("doom_metal"), valence=0.4
    )
    for base in (sad, doom):
        for layout in ("night", "ranges"):
            for seed in range(2):
                direction = dataclasses.replace(base, palette=PASTEL, seed=seed)
                art = _forced(monkeypatch, layout, "bottom", direction, 96)
                sky = np.percentile(_luma(art.image)[:20], 30)  # a huge moon may rise into it
                assert sky < 90, (base.genre, layout, seed, sky)


def test_metal_light_is_grey_or_ember_never_pink(monkeypatch: pytest.MonkeyPatch) -> None:
    """Metal's sky and land are grey; its one colour is the red of its sun or moon
    (the old storm glowed pink)."""
    doom = dataclasses.replace(
        LOUD, genre="metal", language=language_for("doom_metal"), palette=PINK_NIGHT
    )
    for layout in ("night", "ranges"):
        art = _forced(monkeypatch, layout, "top", doom, 96)
        pixels = np.asarray(art.image).reshape(-1, 3)[::7]
        lch = np.array([rgb_to_oklch(tuple(int(v) for v in p)) for p in pixels])
        assert np.percentile(lch[:, 1], 75) < 0.05, layout
        hues = lch[lch[:, 1] > 0.05, 2]
        assert ((hues < 80.0) | (hues > 350.0)).all(), (layout, hues)  # red to ember, no pink


QUIET = dict(energy=0.15, density=0.15, turbulence=0.15, tempo_bpm=70.0)
BUSY = dict(energy=0.9, density=0.9, turbulence=0.9, tempo_bpm=170.0)


@pytest.mark.parametrize("layout", ("night", "snowfield"))
def test_the_song_moves_the_horizon_and_the_landmark(
    monkeypatch: pytest.MonkeyPatch, layout: str
) -> None:
    """Two songs with the same seed, palette and curve but different music (a quiet
    sparse one, a loud dense turbulent one) put the horizon or the landmark in clearly
    different places (the old compositions drew them from the seed alone)."""
    for seed in range(3):
        boxes = []
        for music in (QUIET, BUSY):
            direction = dataclasses.replace(CALM, genre="pop", seed=seed, **music)
            direction = dataclasses.replace(direction, language=language_for("pop"))
            boxes.append(np.array(_forced(monkeypatch, layout, "top", direction, 64).focal))
        assert np.abs(boxes[0] - boxes[1]).max() > 0.05, (layout, seed, boxes)


def test_a_lofi_coast_is_at_dusk_with_lamps_lit_along_the_shore(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Lo-fi's coast is a dusk coast (the old one was a bright midday beach): the cover
    dim, warm lamps lit along the shore."""
    lofi = dataclasses.replace(CALM, genre="lofi", language=language_for("lofi"))
    for seed in range(3):
        art = _forced(monkeypatch, "coast", "bottom", dataclasses.replace(lofi, seed=seed), 256)
        rgb = np.asarray(art.image, np.float64)
        assert np.median(rgb.mean(axis=2)) < 110, seed
        warm = (rgb.mean(axis=2) > 140) & (rgb[..., 0] > rgb[..., 2] + 40)
        assert warm.sum() > 20, (seed, warm.sum())


def test_afrobeats_gets_a_golden_hour_not_a_green_sky_over_brown_hills(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A reviewer read afrobeats as mud (a green sky over brown hills): the sunny family
    is lit at golden hour, its sky warm and vivid (red to amber), even on a green
    palette."""
    green = Palette((30, 110, 60), ((120, 70, 40), (200, 190, 150)), (230, 60, 50), (245, 240, 230))
    afro = dataclasses.replace(
        CALM, genre="world", language=language_for("afrobeats"), palette=green, valence=0.7
    )
    for layout in ("ranges",):
        art = _forced(monkeypatch, layout, "bottom", afro, 96)
        sky = np.asarray(art.image, np.float64)[4:30].reshape(-1, 3).mean(axis=0)
        lightness, chroma, hue = rgb_to_oklch(tuple(int(v) for v in sky))
        assert chroma > 0.08 and (hue < 100.0 or hue > 350.0), (layout, lightness, chroma, hue)


@pytest.mark.parametrize(
    "tags", ("happy summer pop, upbeat", "children, nursery, fun", "k-pop, idol, bright")
)
def test_a_happy_song_never_gets_a_black_storm(tags: str) -> None:
    """Reviewers read a storm over Candyfloss, a children's song and k-pop as the wrong
    record: a happy song draws its family's other pictures (a children's song the
    sunny family's: a city night, ranges under a huge sun)."""
    seen: Counter[str] = Counter()
    for index in range(3):
        music = MusicInput(task_id=f"horizon-happy-{tags}-{index}", title="Song", tags=tags)
        direction = dataclasses.replace(direct_from_music(music)[0], valence=0.8)
        for turn in range(30):
            seen[loudness_horizon.layout_of(turned(direction, turn))] += 1
    assert not {"storm", "lake"} & set(seen), seen


GREY_NIGHT = Palette(
    (20, 20, 22), ((70, 70, 74), (120, 120, 124)), (150, 150, 150), (230, 230, 230)
)


@pytest.mark.parametrize("layout", ("ranges", "night", "snowfield"))
def test_a_grey_dark_print_gets_one_red_sun_or_moon(
    monkeypatch: pytest.MonkeyPatch, layout: str
) -> None:
    """Reviewers read doom and dark ambient in grey bands as cheap and empty: a grey
    print of a dark record prints its sun or moon in one strong red ink (a small
    patch, not a red cover); a bright pop song on the same grey keeps a pale light."""
    monkeypatch.setattr(loudness_horizon, "finish", lambda img, *_: img)
    monkeypatch.setattr(loudness_horizon, "_plan", lambda _d: (layout, "bottom"))
    doom = dataclasses.replace(
        CALM, genre="metal", language=language_for("doom_metal"), palette=GREY_NIGHT
    )
    pop = dataclasses.replace(
        CALM, genre="pop", language=language_for("pop"), palette=GREY_NIGHT, valence=0.7
    )
    for base, wanted in ((doom, True), (pop, False)):
        for seed in range(3):
            art = loudness_horizon.render(dataclasses.replace(base, seed=seed), 128)
            px = np.asarray(art.image, np.int64).reshape(-1, 3)
            red = (
                (px[:, 0] > 150) & (px[:, 0] > px[:, 1] + 90) & (px[:, 0] > px[:, 2] + 90)
            ).mean()
            assert (0.004 < red < 0.25) if wanted else red < 0.001, (base.genre, seed, red)
