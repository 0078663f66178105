"""Art direction: one value per track that every style renders from."""

from __future__ import annotations

from dataclasses import dataclass

RGB = tuple[int, int, int]


@dataclass(frozen=True)
class Palette:
    """Colours chosen for a track.

    background: the dominant field colour; colors: 3-5 main colours, most important
    first; accent: a sparing highlight; ink: a colour that reads on the background
    (for lines and text).
    """

    background: RGB
    colors: tuple[RGB, ...]
    accent: RGB
    ink: RGB


@dataclass(frozen=True)
class ArtDirection:
    """Everything a style needs to draw one track's cover; all values are derived
    deterministically from the music task (seed = hash of its id).

    Ranges: valence, energy, density, turbulence, brightness, loudness in 0..1;
    energy_curve has 64 values in 0..1 (from the audio, or synthesized from the
    text and seed when there is no audio).
    font_role: "condensed", "geometric", "serif", "mono" or "rounded".
    """

    seed: int
    title: str
    subtitle: str
    genre: str
    valence: float
    energy: float
    tempo_bpm: float
    density: float
    turbulence: float
    brightness: float
    loudness: float
    energy_curve: tuple[float, ...]
    palette: Palette
    font_role: str
    era: str = ""
    key: int | None = None
    mode: str | None = None
    has_audio: bool = False
