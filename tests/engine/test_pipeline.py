"""The engine end to end: two clearly different, deterministic, personalised covers."""

from __future__ import annotations

import io
from pathlib import Path

import numpy as np
import pytest
import soundfile
from PIL import Image, ImageFilter

from sleeve.engine import styles as styles_package
from sleeve.engine.direction import direct_from_music, second_voice
from sleeve.engine.measures import dhash, hamming, letter_height, pair_similarity, palette_distance
from sleeve.engine.music import MusicInput
from sleeve.engine.pipeline import (
    PAIR_MAX_SSIM,
    PAIR_MIN_TONE,
    PREVIEW,
    RECHECK,
    choose_pair,
    draw,
    render_covers,
    render_pair,
)
from sleeve.engine.styles.registry import all_styles, candidates, get_style

TRACKS = [
    MusicInput(task_id="a1", title="Midnight Tide", tags="dark synthwave, night drive"),
    MusicInput(task_id="b2", title="Sunny Days", tags="happy summer pop"),
    MusicInput(task_id="c3", title="Hall of Kings", tags="epic orchestral"),
    MusicInput(task_id="d4", title="NO MERCY", tags="aggressive drill"),
    MusicInput(task_id="e5", title="Letters", tags="melancholic piano ballad"),
]


def images(cover_set) -> list[Image.Image]:  # type: ignore[no-untyped-def]
    return [Image.open(io.BytesIO(cover.png)) for cover in cover_set.covers]


def test_every_style_module_is_found() -> None:
    folder = Path(styles_package.__file__).parent
    modules = {p.stem for p in folder.glob("*.py")} - {"__init__", "base", "registry"}
    found = {module.__name__.rsplit(".", 1)[1] for module in all_styles().values()}
    assert found == modules
    assert len(found) >= 8
    assert {module.STYLE.family for module in all_styles().values()} == {"image", "graphic"}


def test_unknown_style_names_the_known_ones() -> None:
    with pytest.raises(ValueError, match="ridgeline"):
        get_style("no_such_style")


def test_style_choice_fits_and_is_stable() -> None:
    seen = set()
    for index in range(12):
        direction, _ = direct_from_music(MusicInput(task_id=f"s{index}", title="X", tags="techno"))
        pair = tuple(look.style for look in choose_pair(direction))
        assert pair == tuple(look.style for look in choose_pair(direction))
        assert get_style(pair[0]).STYLE.family != get_style(pair[1]).STYLE.family
        listed = dict(direction.language.styles)
        for name in pair:
            assert name in listed or direction.genre in get_style(name).STYLE.fits
        seen.add(pair)
    assert len(seen) >= 4  # the seed varies the choice among fitting styles


def test_genre_bound_styles_stay_in_their_genres() -> None:
    for index in range(60):
        for tags in ("happy summer pop", "aggressive drill", "folk ballad", "dark synthwave"):
            direction, _ = direct_from_music(MusicInput(task_id=f"g{index}", title="X", tags=tags))
            allowed = candidates(direction)
            if direction.genre != "synthwave":
                assert "retro_sun" not in allowed
            if direction.genre not in ("electronic", "pop"):
                assert "pixel_sort" not in allowed


def test_covers_of_different_tracks_are_not_near_copies() -> None:
    # the composition (grey edge map) of every cover differs from every other track's
    tags = ("ambient drone", "techno", "punk", "folk", "jazz", "k-pop", "doom metal", "lo-fi")
    covers = []
    for index, words in enumerate(tags):
        direction, _ = direct_from_music(MusicInput(task_id=f"n{index}", title="Same", tags=words))
        for look in choose_pair(direction):
            image = get_style(look.style).render(direction, 128).image.convert("L")
            edges = image.filter(ImageFilter.FIND_EDGES).filter(ImageFilter.BoxBlur(2))
            covers.append((index, dhash(edges)))
    for i, (track, bits) in enumerate(covers):
        for other, other_bits in covers[i + 1 :]:
            if other != track:
                assert hamming(bits, other_bits) >= 8


def test_a_music_driven_cover_without_audio_says_so() -> None:
    names = [name for name in all_styles() if get_style(name).STYLE.music]
    cover_set = render_covers(TRACKS[0], size=64, styles=(names[0], "grain_gradient"))
    assert any(names[0] in note and "no audio" in note for note in cover_set.notes)
    plain = render_covers(TRACKS[0], size=64, styles=("grain_gradient", "swiss_geometry"))
    assert plain.notes == ()


def test_same_track_same_bytes() -> None:
    first = render_covers(TRACKS[0], size=256)
    again = render_covers(TRACKS[0], size=256)
    assert [c.png for c in first.covers] == [c.png for c in again.covers]


@pytest.mark.parametrize("music", TRACKS, ids=lambda m: m.title)
def test_the_two_covers_of_a_track_differ_widely(music: MusicInput) -> None:
    """Measured as the sheets show covers (RECHECK px at most, as the pipeline does):
    the difference hash of a large cover flips bits on its grain."""
    cover_set = render_covers(music, size=512)
    a, b = images(cover_set)
    families = {all_styles()[cover.style].STYLE.family for cover in cover_set.covers}
    assert len(families) == 2
    assert a.format == "PNG" and a.size == (512, 512)
    a, b = (im.convert("RGB").resize((RECHECK, RECHECK), Image.Resampling.BOX) for im in (a, b))
    assert hamming(dhash(a), dhash(b)) >= 20
    assert pair_similarity(a, b) <= PAIR_MAX_SSIM


@pytest.mark.parametrize(
    "title", ["Ashes of the Old World", "NO MERCY", "Under a Leaden Sky", "wrk_047b"]
)
def test_a_tracks_two_covers_differ_in_tone_at_a_thumbnail(title: str) -> None:
    """A reviewer took Ashes of the Old World's two black covers for one cover twice at
    64 px, their shapes apart but their mean colours 4 ΔE apart; these bench tracks'
    pairs were all under 8. The second cover now differs in tone too."""
    from tests.engine.bench_tracks import bench_directions

    direction = next(d for d in bench_directions() if d.title == title)
    first, second = render_pair(direction, PREVIEW)
    assert palette_distance(first.image, second.image) >= PAIR_MIN_TONE


def test_different_tracks_look_different() -> None:
    rendered = [images(render_covers(music, size=256))[0] for music in TRACKS]
    for i, first in enumerate(rendered):
        for second in rendered[i + 1 :]:
            assert (
                hamming(dhash(first), dhash(second)) >= 12 or palette_distance(first, second) >= 15
            )


def test_any_size_up_to_3000_renders_the_same_composition() -> None:
    small = images(render_covers(TRACKS[1], size=1024))
    big = images(render_covers(TRACKS[1], size=3000))
    assert big[0].size == (3000, 3000)
    for a, b in zip(small, big, strict=True):
        # the same picture at 64 px (a difference hash flips bits on the noise of a
        # flat sky: a ringed planet on a plain field drew 9 bits apart at 0.8 of 255)
        shrunk = [
            np.asarray(im.convert("L").resize((64, 64), Image.Resampling.BOX), float)
            for im in (a, b)
        ]
        assert np.abs(shrunk[0] - shrunk[1]).mean() < 4


def test_sizes_out_of_range_are_refused() -> None:
    for size in (10, 3001):
        with pytest.raises(ValueError, match="size"):
            render_covers(TRACKS[0], size=size)


def _tone(path: Path, bpm: float, loud: float) -> str:
    rate = 22050
    t = np.arange(rate * 20) / rate
    beat = (np.sin(2 * np.pi * bpm / 60 * t) > 0.95).astype(float)
    signal = loud * (
        0.6 * np.sin(2 * np.pi * 220 * t) * (0.3 + beat)
        + 0.4 * beat * np.random.default_rng(1).normal(size=t.size)
    )
    soundfile.write(path, np.clip(signal, -1, 1), rate)
    return str(path)


def test_audio_changes_the_cover(tmp_path: Path) -> None:
    base = dict(task_id="audio-1", title="Same Words", tags="indie")
    quiet = render_covers(
        MusicInput(**base, audio_path=_tone(tmp_path / "q.wav", 60, 0.05)), size=256
    )
    loud = render_covers(
        MusicInput(**base, audio_path=_tone(tmp_path / "l.wav", 170, 0.9)), size=256
    )
    assert quiet.direction.energy < loud.direction.energy
    assert quiet.direction.has_audio and loud.direction.has_audio
    assert [c.png for c in quiet.covers] != [c.png for c in loud.covers]


def test_corrupt_audio_falls_back_to_text_with_a_note(tmp_path: Path) -> None:
    broken = tmp_path / "broken.mp3"
    broken.write_bytes(b"ID3" + b"\x00garbage" * 100)
    with_bad = render_covers(
        MusicInput(task_id="x9", title="T", tags="pop", audio_path=str(broken)), size=256
    )
    without = render_covers(MusicInput(task_id="x9", title="T", tags="pop"), size=256)
    assert with_bad.notes and "audio" in with_bad.notes[0]
    assert not with_bad.direction.has_audio
    assert [c.png for c in with_bad.covers] == [c.png for c in without.covers]


def test_previews_predict_the_pair_check_at_full_size() -> None:
    """The pair's likeness is judged at thumbnail size, so a 192 px preview pair and
    the 1024 px covers measure alike and the pair check need not draw a cover twice
    (judged at 256 px, grain averaged out at full size and previews missed by 0.39)."""
    for music in TRACKS:
        direction, _ = direct_from_music(music)
        looks = choose_pair(direction)
        measured = []
        for size in (PREVIEW, 1024):
            first = draw(direction, looks[0].style, size, turn=looks[0].turn)
            band = first.title.band if first.title else None
            second = draw(second_voice(direction), looks[1].style, size, band, turn=looks[1].turn)
            measured.append(pair_similarity(first.image, second.image))
        assert abs(measured[0] - measured[1]) < 0.1, (music.title, looks, measured)


def _title_shape(drawn) -> np.ndarray:  # type: ignore[no-untyped-def]
    """The title's glyphs cropped to their box and scaled to 96x32, as booleans."""
    mask = drawn.title.mask
    return np.asarray(mask.crop(mask.getbbox()).resize((96, 32))) > 127


def test_the_second_cover_sets_its_title_in_another_face_or_slot() -> None:
    """Two covers of one track are two title treatments (the language's next face and
    title layout), not one title block over two pictures."""
    tried = apart = 0
    for music in TRACKS:
        direction, _ = direct_from_music(music)
        if len(direction.language.faces) < 2 or not direction.title:
            continue
        voice = second_voice(direction)
        assert voice.font_role != direction.font_role
        assert voice.palette == direction.palette and voice.seed == direction.seed
        first, second = render_pair(direction, 256)
        a, b = _title_shape(first), _title_shape(second)
        tried += 1
        apart += (a & b).sum() / (a | b).sum() < 0.8
    assert tried >= 4 and apart >= tried - 1, (tried, apart)


def test_a_quiet_language_sets_both_titles_small_but_readable_at_a_thumbnail() -> None:
    """Two reviews found both covers of ambient and lo-fi pairs (Quiet Snow, Salt Flats,
    Lo-fi Rain) unreadable at 64 px, and two later ones read the second cover's medium
    title as far too big for ambient and IDM: where the language sets titles tiny, both
    covers set them small, their letters standing 4.5 to 6 px at 64 px."""
    checked = 0
    for title, tags in (("Quiet Snow", "ambient, drone"), ("Static Bloom", "idm")):
        direction, _ = direct_from_music(MusicInput(f"quiet-{title}", title, tags))
        if direction.language.title_scale != "tiny":
            continue
        for cover in render_pair(direction, 512):
            assert 4.5 <= letter_height(cover.title) < 6.0, (title, cover.look.style)
        checked += 1
    assert checked == 2
