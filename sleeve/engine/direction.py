"""Art direction: one value per track that every style renders from."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

import numpy as np

from sleeve.engine.color import oklch_to_rgb, readable_ink, relative_luminance
from sleeve.engine.features import AudioFeatures, TextFeatures
from sleeve.engine.features.audio import AudioUnreadable, audio_features
from sleeve.engine.features.lexicon import PHRASES
from sleeve.engine.features.text import text_features
from sleeve.engine.languages import DesignLanguage, language_for
from sleeve.engine.music import MusicInput

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
    font_role: the face role of the title (one of languages.FACE_ROLES).
    language: the genre's design language; layout and texture are the title layout
    and surface finish chosen from it by the seed. artist: the artist name, when the
    music task has one.
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
    language: DesignLanguage
    layout: str
    texture: str
    artist: str = ""
    era: str = ""
    key: int | None = None
    mode: str | None = None
    has_audio: bool = False
    # Optional finer views of the audio for the music-driven styles; empty when there
    # is no audio (the styles then synthesize them from energy_curve and the seed).
    # spectrum: frames over time, each a coarse log-frequency band profile in 0..1
    # (low bands first); chroma: 12 pitch-class energies in 0..1 from C; onsets:
    # onset strength in 0..1 per sixteenth note, in time order.
    spectrum: tuple[tuple[float, ...], ...] = ()
    chroma: tuple[float, ...] = ()
    onsets: tuple[float, ...] = ()


# --- deriving a direction from features -------------------------------------------

_MONO_WORDS = frozenset({"glitch", "glitchy", "techno", "industrial", "idm", "8-bit", "chiptune"})
_GEOMETRIC_WORDS = frozenset({"house", "disco", "kpop", "k-pop", "hyperpop"})
CURVE_POINTS = 64


def _clip(x: float, lo: float = 0.0, hi: float = 1.0) -> float:
    return lo if x < lo else hi if x > hi else float(x)


def task_seed(task_id: str) -> int:
    """A stable 63-bit seed from a music task id (blake2b, not Python's salted hash)."""
    digest = hashlib.blake2b(task_id.encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(digest, "big") >> 1


def _hue_blend(a: float, b: float, t: float) -> float:
    d = ((b - a + 180.0) % 360.0) - 180.0
    return (a + d * t) % 360.0


def _palette(
    valence: float,
    energy: float,
    hints: tuple[float, ...],
    key: int | None,
    mode: str | None,
    rng: np.random.Generator,
) -> Palette:
    """OKLCH palette: lightness follows valence, chroma energy, hue cool -> warm."""
    hue = (250.0 + 180.0 * valence) % 360.0  # blue -> magenta -> red -> orange-yellow
    if hints:
        hue = _hue_blend(hue, hints[0], 0.7)
    hue = (hue + rng.uniform(-18.0, 18.0)) % 360.0
    light = _clip(0.16 + 0.62 * valence - 0.12 * energy + rng.uniform(-0.05, 0.05), 0.1, 0.9)
    chroma = _clip(0.03 + 0.16 * energy + 0.03 * valence + rng.uniform(-0.02, 0.02), 0.01, 0.3)
    background = oklch_to_rgb(light, chroma, hue)
    dark = relative_luminance(background) < 0.18
    spread = 20.0 + 40.0 * energy
    colors = [
        oklch_to_rgb(_clip(light + (0.22 if dark else -0.22)), chroma * 1.3, hue + spread),
        oklch_to_rgb(_clip(light + (0.38 if dark else -0.34)), chroma * 1.1, hue - spread),
        oklch_to_rgb(_clip(light + (0.1 if dark else -0.1)), chroma * 0.8, hue + 2 * spread),
    ]
    if len(hints) > 1:
        colors.append(oklch_to_rgb(_clip(light + (0.3 if dark else -0.3)), chroma * 1.2, hints[1]))
    if key is not None:
        fifths = (key * 7) % 12  # circle of fifths position -> colour wheel
        accent_hue = (30.0 + 30.0 * fifths + (15.0 if mode == "minor" else 0.0)) % 360.0
    else:
        accent_hue = (hue + 150.0 + rng.uniform(-30.0, 30.0)) % 360.0
    accent_light = _clip(0.72 if dark else 0.45 + 0.1 * valence, 0.3, 0.85)
    accent = oklch_to_rgb(accent_light, 0.12 + 0.12 * energy, accent_hue)
    preferred = oklch_to_rgb(0.97, 0.02, hue) if dark else oklch_to_rgb(0.16, 0.03, hue)
    ink = readable_ink(background, preferred, 4.5)
    return Palette(background=background, colors=tuple(colors), accent=accent, ink=ink)


def synth_energy_curve(seed: int, energy: float, points: int = CURVE_POINTS) -> tuple[float, ...]:
    """A plausible song arc (intro, verses, choruses, outro) from the seed and energy."""
    rng = np.random.default_rng(seed ^ 0x5EED)
    sections = int(rng.integers(4, 8))
    bounds = np.sort(rng.uniform(0.1, 0.9, sections - 1))
    base = 0.25 + 0.45 * energy
    levels = [base + rng.uniform(-0.1, 0.25) * (1 if i % 2 else 0.5) for i in range(sections)]
    x = np.linspace(0.0, 1.0, points)
    curve = np.array([levels[int(np.searchsorted(bounds, v))] for v in x])
    curve *= np.clip(np.minimum(x / 0.12, (1.0 - x) / 0.1), 0.25, 1.0)  # fade in and out
    curve += rng.normal(0.0, 0.03, points)
    curve = np.convolve(np.pad(curve, 2, mode="edge"), np.ones(5) / 5, mode="valid")
    return tuple(round(_clip(float(v)), 4) for v in curve)


def _subtitle(tags: str) -> str:
    parts = [p.strip() for p in re.split(r"[,;/|\n]", tags) if p.strip()]
    if len(parts) <= 1:
        joined = " ".join(tags.lower().split())
        for phrase in PHRASES:  # keep "hip hop", "lo fi", ... together
            joined = joined.replace(phrase, phrase.replace(" ", "\u00a0"))
        parts = [w.replace("\u00a0", " ") for w in joined.split(" ")][:3]
    text = " · ".join(parts[:3]).lower()
    return text if len(text) <= 40 else text[:39].rstrip(" ·") + "…"


def _font_role(language: DesignLanguage, keywords: tuple[str, ...]) -> str:
    words = set(keywords)
    if words & _MONO_WORDS:
        return "mono"
    if words & _GEOMETRIC_WORDS:
        return "geometric"
    return language.faces[0]


def direct(music: MusicInput, text: TextFeatures, audio: AudioFeatures | None) -> ArtDirection:
    """One track's art direction from its text and (optionally) audio features."""
    seed = task_seed(music.task_id)
    rng = np.random.default_rng(seed)
    valence = text.valence
    energy = text.energy
    if audio is not None:
        valence = _clip(valence + (0.05 if audio.mode == "major" else -0.05))
        tempo_n = _clip((audio.tempo_bpm - 60.0) / 120.0)
        onset_n = _clip(audio.onset_density / 6.0)
        arousal = 0.3 * tempo_n + 0.35 * audio.loudness + 0.2 * onset_n + 0.15 * audio.brightness
        energy = _clip(0.35 * text.energy + 0.65 * arousal)
        brightness, loudness, tempo = audio.brightness, audio.loudness, audio.tempo_bpm
        density = _clip(0.7 * onset_n + 0.3 * energy)
        curve = tuple(audio.energy_curve) or synth_energy_curve(seed, energy)
        key, mode = audio.key, audio.mode
    else:
        brightness = _clip(0.3 + 0.4 * valence + rng.uniform(-0.05, 0.05))
        loudness = _clip(0.25 + 0.6 * energy)
        tempo = round(70.0 + 90.0 * energy + rng.uniform(-6.0, 6.0), 1)
        density = _clip(0.15 + 0.7 * energy + rng.uniform(-0.08, 0.08))
        curve = synth_energy_curve(seed, energy)
        key, mode = None, None
    turbulence = _clip(0.6 * energy + 0.3 * brightness + rng.uniform(-0.08, 0.08))
    palette = _palette(valence, energy, text.palette_hints, key, mode, rng)
    language = language_for(text.genre)
    return ArtDirection(
        seed=seed,
        title=music.title.strip(),
        subtitle=_subtitle(music.tags or ""),
        genre=text.genre,
        valence=round(valence, 4),
        energy=round(energy, 4),
        tempo_bpm=float(tempo),
        density=round(density, 4),
        turbulence=round(turbulence, 4),
        brightness=round(float(brightness), 4),
        loudness=round(float(loudness), 4),
        energy_curve=curve,
        palette=palette,
        font_role=_font_role(language, text.keywords),
        language=language,
        layout=language.layouts[seed % len(language.layouts)],
        texture=language.textures[(seed >> 8) % len(language.textures)],
        era=text.era,
        key=key,
        mode=mode,
        has_audio=audio is not None,
    )


def direct_from_music(music: MusicInput) -> tuple[ArtDirection, str | None]:
    """Read the track's words and (when there is a file) its audio, then direct.

    Returns the direction and, when the audio could not be read, the reason (the
    cover is then directed from the words alone)."""
    text = text_features(music.title, music.tags, music.lyrics, music.instrumental)
    audio: AudioFeatures | None = None
    reason: str | None = None
    if music.audio_path:
        try:
            audio = audio_features(music.audio_path)
        except AudioUnreadable as exc:
            reason = str(exc)
    return direct(music, text, audio), reason
