"""The poster keeps words whole: the spine ran "OF TH / E OLD". (The justified block,
which broke a letter-spaced title at its letters, "Neve / r Sent", and the giant word,
once cropped to stray letters, "H  E", are retired.)"""

from __future__ import annotations

import dataclasses

import numpy as np

from sleeve.engine.languages import language_for
from sleeve.engine.styles import typographic_poster
from sleeve.engine.styles.cover_parts import poster_spine
from tests.engine.test_styles import CALM


def _as(base, genre: str, **changes):
    language = language_for(genre)
    return dataclasses.replace(base, genre=language.family, language=language, **changes)


def _assert_title_inside(track, size: int, *context) -> None:
    """Every box of the title the poster sets at size lies within the frame (1 px slack)."""
    _, layout = typographic_poster.render_with_title(track, size)
    for x0, y0, x1, y1 in layout.boxes:
        assert x0 >= -1 and y0 >= -1 and x1 <= size + 1 and y1 <= size + 1, context


def test_a_spare_tile_is_plain_colour_not_a_domino(monkeypatch) -> None:
    monkeypatch.setattr(typographic_poster, "composition", lambda direction, rng: "tiles")
    for seed in range(6):
        track = _as(CALM, "rock", title="No Mercy", energy=0.8, seed=seed)
        image = np.asarray(typographic_poster.render(track, 256).image, np.float32)
        for col in (2, 3, 4):  # "NO" fills two of the five tiles of its row
            cx, cy = int(256 * (col + 0.5) / 5), int(256 * 0.25)
            patch = image[cy - 6 : cy + 7, cx - 6 : cx + 7].reshape(-1, 3)
            off = np.abs(patch - np.median(patch, axis=0)).max(axis=1) > 40
            assert off.mean() < 0.05, (seed, col)  # no dot in the middle


def test_the_frame_is_retired() -> None:
    """The title repeated round the edges about a colour block was graded N on every
    track it drew (Blue Smoke, Postcode Winter, Concrete Lullaby): no track draws it."""
    from sleeve.engine.styles.cover_parts import poster_grid

    assert "frame" in typographic_poster.RETIRED and not hasattr(poster_grid, "frame")
    kinds = []
    for title in ("Concrete Lullaby", "Back Porch", "Velvet", "Blue Smoke"):
        for seed in range(60):
            track = _as(CALM, "folk", title=title, energy=0.25, seed=seed)
            kinds.append(typographic_poster.layout_of(track))
    assert "frame" not in kinds


def test_the_spine_breaks_a_spaced_title_at_its_words(monkeypatch) -> None:
    monkeypatch.setattr(typographic_poster, "composition", lambda direction, rng: "spine")
    set_lines: list[str] = []
    drawn = poster_spine.line_mask

    def spy(text, *args, **kwargs):
        set_lines.append(text)
        return drawn(text, *args, **kwargs)

    monkeypatch.setattr(poster_spine, "line_mask", spy)
    for title in ("Ashes of the Old World", "Letters I Never Sent", "Hall of Kings"):
        words = title.split()
        runs = {
            "".join(words[i:j]).lower()
            for i in range(len(words))
            for j in range(i + 1, len(words) + 1)
        }
        for genre in ("ambient", "classical"):
            set_lines.clear()
            typographic_poster.render_with_title(_as(CALM, genre, title=title), 256)
            lines = [text for text in set_lines if len(text) > 1]  # not the one-letter mark
            assert lines, (title, genre)
            for text in lines:  # "ASHES OF TH / E OLD WORLD" was broken inside "THE"
                assert "".join(text.split()).lower() in runs, (title, genre, text)


def test_the_spine_is_chosen_only_where_the_title_it_draws_fits_the_frame() -> None:
    """spine_fits had measured the title letter-spaced and broken at its letters into
    two lines, where the spine draws a one-word title in one spaced line: "L I C H T E N
    B E R G" ran off the frame. Wherever the poster picks the spine, the title stays in."""
    drawn = 0
    for title in ("Lichtenberg", "Glasperlenspiel", "Kaleidoscope", "Still Water"):
        for genre in ("ambient", "classical"):
            for seed in range(4):
                track = _as(CALM, genre, title=title, seed=seed)
                if typographic_poster.layout_of(track) != "spine":
                    continue
                drawn += 1
                _assert_title_inside(track, 128, title, seed)
    assert drawn  # the short two-word title still gets the spine


def test_spine_fits_measures_the_lines_the_spine_draws() -> None:
    """A long quiet title the poster draws unspaced is measured unspaced, and a spaced
    one-word title as one spaced line, as drawn."""
    from sleeve.engine.fonts import title_face

    face = title_face("LICHTENBERG", "geometric", 400.0)
    shown = "L I C H T E N B E R G"
    assert poster_spine.spine_lines("LICHTENBERG", shown, face, 1000) == [shown]
    assert not poster_spine.spine_fits("LICHTENBERG", shown, face)
    assert poster_spine.spine_fits("QUIET SNOW", "Q U I E T   S N O W", face)


def test_a_title_too_long_to_stand_six_and_a_half_px_up_the_spine_takes_another_page() -> None:
    """Two reviewers could not read the spine titles of Gravel Road Home and Καλοκαίρι
    στη θάλασσα at 64 px, their letters 5.5 px tall: a title that cannot stand 6.5 px
    up the spine takes another composition; short ones keep the spine."""
    kinds = {}
    for title, genre in (("Gravel Road Home", "folk"), ("Καλοκαίρι στη θάλασσα", "world")):
        for genre_ in (genre, "ambient"):
            for seed in range(12):
                track = _as(CALM, genre_, title=title, seed=seed)
                kinds.setdefault(title, set()).add(typographic_poster.layout_of(track))
    for title in ("Hide", "Still Water"):
        for seed in range(40):
            track = _as(CALM, "ambient", title=title, seed=seed)
            kinds.setdefault(title, set()).add(typographic_poster.layout_of(track))
    assert "spine" not in kinds["Gravel Road Home"] | kinds["Καλοκαίρι στη θάλασσα"], kinds
    assert "spine" in kinds["Hide"] | kinds["Still Water"], kinds


def test_a_stacked_title_never_runs_off_the_frame() -> None:
    """ΣΤΗ ΘΑΛΑΣΣΑ ran off the right edge of the retired diagonal bar (a reviewer's N):
    the stack that took its place keeps the title inside the frame."""
    from sleeve.engine.direction import direct_from_music
    from sleeve.engine.music import MusicInput

    songs = (
        ("Καλοκαίρι στη θάλασσα", "mediterranean"),
        ("Neon Dreams of a City That Never Sleeps", "vaporwave"),
        ("Thunderstruck Highway", "hard rock"),
    )
    drawn = 0
    for index in range(24):
        title, tags = songs[index % 3]
        music = MusicInput(task_id=f"stack-{index}", title=title, tags=tags)
        track = direct_from_music(music)[0]
        if typographic_poster.layout_of(track) != "stack":
            continue
        drawn += 1
        _assert_title_inside(track, 256, title, index)
    assert drawn
