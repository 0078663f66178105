"""Ridgeline's other night cities, so three city titles in a batch get three pictures.
Each draws onto the canvas and returns its focal box (the title keeps out of it):

city-window: a small window of the song's ridges on a big plain field, each crest
stepped into rooftops, lamps lit under the near ones where the song is loud;
city-beam: the skyline as one line of light over black (the beam's ridge stepped).
"""

from __future__ import annotations

from collections.abc import Callable

from sleeve.engine.styles.base import Box
from sleeve.engine.styles.cover_parts.ridge_frames import window
from sleeve.engine.styles.cover_parts.ridge_objects import beam
from sleeve.engine.styles.cover_parts.ridge_pictures import city
from sleeve.engine.styles.cover_parts.ridge_stack import Canvas


def city_window(c: Canvas) -> Box:
    """The song's ridges through a small window on a big plain field, each crest
    stepped into rooftops, lamps lit where the song is loud (ridge_frames.window)."""
    return window(c, city=True)


def city_beam(c: Canvas) -> Box:
    """The night city as one skyline of light over black: the beam's ridge stepped
    into blocks, the light falling away below it."""
    return beam(c, city=True)


CITIES: dict[str, Callable[[Canvas], Box]] = {
    "city": city,
    "city-window": city_window,
    "city-beam": city_beam,
}
