"""Every title line of the poster reads at 4.5:1 against what is behind it: the
stack's words (the lit one in the accent or on its bar), the crop's small title beside
its giant word, the meter's title beside its bars, and the spine's title (its huge mark
ran under a title set beside the block: 東京の夜 pink on pink, 2.3:1)."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest
from PIL import ImageFilter

from sleeve.engine.color import contrast_ratio
from sleeve.engine.languages import language_for
from sleeve.engine.styles import typographic_poster
from tests.engine.test_styles import CALM, LOUD

S = 192


def _worst_line(image, layout) -> float:
    """The lowest contrast of a line's ink (the median inside its letters) against the
    median of what rings them."""
    a = np.asarray(image, float)
    mask = layout.mask
    inner = np.asarray(mask.filter(ImageFilter.MinFilter(3))) > 200
    ring = (np.asarray(mask.filter(ImageFilter.MaxFilter(5))) > 0) & ~(np.asarray(mask) > 0)
    worst = 99.0
    for x0, y0, x1, y1 in layout.boxes:
        x0, y0, x1, y1 = max(0, x0), max(0, y0), min(S, x1), min(S, y1)
        ins, rg = inner[y0:y1, x0:x1], ring[y0:y1, x0:x1]
        if ins.sum() < 5 or rg.sum() < 5:
            continue
        ink = tuple(int(v) for v in np.median(a[y0:y1, x0:x1][ins], axis=0))
        behind = tuple(int(v) for v in np.median(a[y0:y1, x0:x1][rg], axis=0))
        worst = min(worst, contrast_ratio(ink, behind))
    return worst


@pytest.mark.parametrize(
    ("kind", "genre", "title", "base"),
    [
        ("spine", "city_pop", "東京の夜", LOUD),
        ("spine", "folk", "Back Porch", CALM),
        ("stack", "lofi", "rainy window, 3am", CALM),
        ("stack", "chamber", "Fjord, Early Light", CALM),
        ("stack", "house", "Golden Hour", LOUD),
        ("crop", "lofi", "Slow Burn", CALM),
        ("meter", "techno", "Pulse Width", LOUD),
        ("crop", "jazz", "Blue Smoke", CALM),
    ],
)
def test_every_title_line_reads_on_what_is_behind_it(monkeypatch, kind, genre, title, base):
    monkeypatch.setattr(typographic_poster, "composition", lambda direction, rng: kind)
    language = language_for(genre)
    worst = []
    for seed in range(8):
        direction = dataclasses.replace(
            base, genre=language.family, language=language, title=title, seed=seed
        )
        image, layout = typographic_poster.render_with_title(direction, S)
        worst.append(_worst_line(image, layout))
    assert min(worst) >= 4.3, worst  # 4.5 less the film grain and anti-aliasing
