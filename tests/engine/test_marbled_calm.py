"""The title sits on the marbling, not on a plate: behind the title the marbling keeps
running (softer), no pool of bare ground shaped round the title block, and the title
still reads."""

from __future__ import annotations

import numpy as np
import pytest

from sleeve.engine.color import contrast_ratio
from sleeve.engine.music import has_words
from sleeve.engine.styles import marbled_ink

from .bench_tracks import bench_directions

SIZE = 128


def _luma(image) -> np.ndarray:  # type: ignore[no-untyped-def]
    return np.asarray(image.convert("L"), np.float64)


def test_the_marbling_runs_on_behind_the_title_no_plate(monkeypatch: pytest.MonkeyPatch) -> None:
    """Behind most titles on the full-bleed sheet (the peacock) the marbling keeps a
    good share of its texture (a bare pool of ground kept under a fifth of it: a plate
    on 9 to 13 of 13 covers)."""
    monkeypatch.setattr(marbled_ink, "pick_composition", lambda d, rng: "peacock")
    kept = []
    for direction in bench_directions()[:40]:
        if not has_words(direction.title):
            continue
        art = _luma(marbled_ink.render(direction, SIZE).image)
        _, layout = marbled_ink.render_with_title(direction, SIZE)
        box = layout.mask.getbbox()
        if box is None:
            continue
        x0, y0, x1, y1 = box
        inside = art[y0:y1, x0:x1]
        kept.append(inside.std() / max(art.std(), 1.0))
    assert np.mean(np.array(kept) > 0.2) >= 0.6, np.round(kept, 2)


def test_the_title_stands_off_the_softened_marbling() -> None:
    """The title's colour stands at least 3:1 off the mean tone behind it."""
    for direction in bench_directions()[:16]:
        if not has_words(direction.title):
            continue
        image, layout = marbled_ink.render_with_title(direction, SIZE)
        mask = np.asarray(layout.mask) > 0
        box = layout.mask.getbbox()
        if box is None:
            continue
        x0, y0, x1, y1 = box
        rgb = np.asarray(image.convert("RGB"), np.float64)[y0:y1, x0:x1]
        behind = rgb[~mask[y0:y1, x0:x1]].mean(0)
        tone = (int(behind[0]), int(behind[1]), int(behind[2]))
        assert contrast_ratio(layout.color, tone) >= 3.0, (direction.title, tone)


def test_every_title_reads_at_4_5_to_1_against_what_is_behind_it() -> None:
    """The title stands at least 4.5:1 off the marbling behind it (the worst character,
    measured as the bench does; Kaleidoscope Garden's purple on green and orange
    marbling had read at 3.8:1), with no shaded scrim washed over the art."""
    from sleeve.engine.measures import title_contrast

    low = []
    for direction in bench_directions():
        if not has_words(direction.title):
            continue
        image, layout = marbled_ink.render_with_title(direction, SIZE)
        if title_contrast(image, layout, SIZE) < 4.5:
            low.append((direction.title, round(title_contrast(image, layout, SIZE), 2)))
    assert len(low) <= 2, low
