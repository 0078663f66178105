"""The music as the few numbers a bokeh picture reads: energy, density, the tempo and
the onsets per sixteenth (synthesized from the energy curve without audio)."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from sleeve.engine import signals
from sleeve.engine.direction import ArtDirection


@dataclass(frozen=True)
class Music:
    """What a picture hears: energy and density 0..1, the tempo, onsets per sixteenth."""

    energy: float
    density: float
    tempo: float
    onsets: np.ndarray

    def pulse(self, count: int, offset: int = 0) -> np.ndarray:
        """`count` onset strengths (0..1) read round the song from `offset`."""
        idx = (offset + np.arange(count) * len(self.onsets) // max(count, 1)) % len(self.onsets)
        return self.onsets[idx]


def music_of(direction: ArtDirection) -> Music:
    """The direction's music (onsets synthesized from the energy curve without audio)."""
    return Music(
        float(direction.energy),
        float(direction.density),
        float(direction.tempo_bpm),
        signals.onsets(direction, 128),
    )
