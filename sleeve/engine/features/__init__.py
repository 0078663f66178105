"""Features of a track: what its words and its sound say about it."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class TextFeatures:
    """Mood and genre read from the title, style tags and lyrics.

    valence: 0 (sad, dark) .. 1 (happy, bright); energy: 0 (calm) .. 1 (intense).
    genre: the design language's family ("metal", "rock", "electronic", "pop", ...);
    subgenre: the design language itself ("black_metal", "drill", "kpop", ...), read
    from the tags (title and lyrics as weaker evidence), or chosen from the mood when
    the words name no genre (see sleeve.engine.languages).
    palette_hints: hue angles in degrees (0..360) suggested by the words
    ("ocean" -> blue, "fire" -> red); may be empty.
    era: a decade hint like "80s" or "" when none.
    night: the title or the tags name the night ("midnight", "夜", "ليل"): a dark field.
    scripts: Unicode scripts seen in the title ("latin", "cyrillic", "cjk", ...).
    """

    valence: float
    energy: float
    genre: str
    subgenre: str = ""
    palette_hints: tuple[float, ...] = ()
    era: str = ""
    scripts: tuple[str, ...] = ("latin",)
    keywords: tuple[str, ...] = field(default_factory=tuple)
    night: bool = False


@dataclass(frozen=True)
class AudioFeatures:
    """What the audio itself says, from a bounded excerpt of the file.

    pulse: how clear the beat is, 0 (a drone: the tempo means nothing) .. 1.
    loudness: 0 (very quiet) .. 1 (very loud), from RMS dBFS.
    brightness: 0 .. 1 from the spectral centroid.
    onset_density: onsets per second.
    key: pitch class 0 (C) .. 11 (B); mode "major" or "minor" (weigh lightly).
    energy_curve: 64 values in 0..1, the track's energy over time.
    spectrum: SPECTRUM_FRAMES frames over the analysed excerpt, each SPECTRUM_BANDS
    log-spaced band levels in 0..1 (low bands first); chroma: 12 pitch-class energies
    in 0..1 from C; onsets: onset strength in 0..1 per sixteenth note of the measured
    tempo over the excerpt, in time order.
    """

    tempo_bpm: float
    pulse: float
    loudness: float
    loudness_db: float
    brightness: float
    centroid_hz: float
    onset_density: float
    key: int
    mode: str
    energy_curve: tuple[float, ...]
    duration_s: float
    spectrum: tuple[tuple[float, ...], ...] = ()
    chroma: tuple[float, ...] = ()
    onsets: tuple[float, ...] = ()
