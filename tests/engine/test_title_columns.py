"""A CJK title set in columns, and the styles that cannot keep a column calm."""

from __future__ import annotations

from dataclasses import replace

from sleeve.engine.direction import direct_from_music
from sleeve.engine.looks import turned
from sleeve.engine.music import MusicInput
from sleeve.engine.pipeline import draw
from sleeve.engine.styles.registry import get_style

SAKURA = MusicInput(task_id="sakura", title="桜の散る頃", tags="j-pop ballad, melancholic")


def _columns() -> object:
    direction, _ = direct_from_music(SAKURA)
    return replace(direction, layout="vertical")


def _upright(boxes) -> bool:  # type: ignore[no-untyped-def]
    x0, y0 = min(b[0] for b in boxes), min(b[1] for b in boxes)
    x1, y1 = max(b[2] for b in boxes), max(b[3] for b in boxes)
    return y1 - y0 > x1 - x0


def test_flow_field_sets_a_column_title_across_and_keeps_its_picture_big() -> None:
    """The flow field's lines fade by rows: a vertical column of 桜の散る頃 left its
    bloom the bottom tenth of the frame (both of a day's reviewers' worst cover)."""
    direction = _columns()
    drawn = draw(direction, "flow_field", 256)
    assert drawn.title is not None and not _upright(drawn.title.boxes)
    assert drawn.look.layout.endswith("@top-left")
    art = get_style("flow_field").render(turned(direction, 0, columns=False), 256)
    assert art.focal is not None and art.focal[3] - art.focal[1] >= 0.3


def test_a_style_that_keeps_a_column_calm_still_sets_columns() -> None:
    direction = _columns()
    assert get_style("risograph").STYLE.columns
    drawn = draw(direction, "risograph", 256)
    assert drawn.title is not None and _upright(drawn.title.boxes)
    assert drawn.look.layout.endswith("@vertical")
