"""Art direction: one value per track that every style renders from."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, replace

import numpy as np

from sleeve.engine.features import AudioFeatures, TextFeatures
from sleeve.engine.features.audio import AudioUnreadable, audio_features
from sleeve.engine.features.lexicon import PHRASES
from sleeve.engine.features.text import text_features
from sleeve.engine.languages import DesignLanguage, language_for
from sleeve.engine.music import MusicInput
from sleeve.engine.palettes import RGB, Palette, build_palette

__all__ = ["RGB", "ArtDirection", "Palette", "direct", "direct_from_music", "task_seed"]


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
    music task has one. night: the title or tags name the night (the palette's field
    is dark; a style that lights its own ground keeps it a night scene).
    """

    seed: int
    title: str
    subtitle: str
    genre: str  # the design language's family ("metal", "pop", ...)
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
    night: bool = False
    # Optional finer views of the audio for the music-driven styles; empty when there
    # is no audio (the styles then synthesize them from energy_curve and the seed).
    # spectrum: frames over time, each a coarse log-frequency band profile in 0..1
    # (low bands first); chroma: 12 pitch-class energies in 0..1 from C; onsets:
    # onset strength in 0..1 per sixteenth note, in time order.
    spectrum: tuple[tuple[float, ...], ...] = ()
    chroma: tuple[float, ...] = ()
    onsets: tuple[float, ...] = ()


# --- deriving a direction from features -------------------------------------------

CURVE_POINTS = 64
CLEAR_PULSE = 0.5  # AudioFeatures.pulse from which the measured tempo is trusted


def _clip(x: float, lo: float = 0.0, hi: float = 1.0) -> float:
    return lo if x < lo else hi if x > hi else float(x)


def task_seed(task_id: str) -> int:
    """A stable 63-bit seed from a music task id (blake2b, not Python's salted hash)."""
    digest = hashlib.blake2b(task_id.encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(digest, "big") >> 1


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


def _weighted(options: tuple[str, ...], lead: float, rng: np.random.Generator) -> str:
    """One of the options: the first with probability `lead`, the others evenly."""
    if len(options) == 1 or rng.random() < lead:
        return options[0]
    return options[int(rng.integers(1, len(options)))]


def fold_tempo(bpm: float, usual: tuple[float, float] | None) -> float:
    """The measured tempo, moved by octaves into the range the genre is usually felt
    at when it lies outside it (drum and bass read as 87 BPM is 174)."""
    if usual is None or usual[0] <= bpm <= usual[1]:
        return bpm
    for octave in (2.0, 0.5, 4.0, 0.25):
        if usual[0] <= bpm * octave <= usual[1]:
            return bpm * octave
    return bpm


def direct(music: MusicInput, text: TextFeatures, audio: AudioFeatures | None) -> ArtDirection:
    """One track's art direction from its text and (optionally) audio features.

    The design language comes from the words; with audio, the sound weighs more than
    the words for energy (60:40), and loudness, onset density and tempo set the
    density (negative space is its complement) and, through the palette, chroma and
    contrast. Key and mode are weighed lightly (a small valence nudge, the accent's
    turn)."""
    seed = task_seed(music.task_id)
    rng = np.random.default_rng(seed)
    language = language_for(text.subgenre or text.genre)
    valence = text.valence
    energy = text.energy
    if audio is not None:
        valence = _clip(valence + (0.04 if audio.mode == "major" else -0.04))
        if audio.pulse >= CLEAR_PULSE:
            tempo = round(fold_tempo(audio.tempo_bpm, language.tempo), 2)
        else:  # no clear beat (a drone): the tempo is the words' and counts little
            tempo = round(60.0 + 50.0 * text.energy, 1)
        tempo_n = _clip((tempo - 60.0) / 120.0) * audio.pulse
        onset_n = _clip(audio.onset_density / 6.0)
        arousal = 0.25 * tempo_n + 0.4 * audio.loudness + 0.25 * onset_n + 0.1 * audio.brightness
        energy = _clip(0.4 * text.energy + 0.6 * arousal)
        brightness, loudness = audio.brightness, audio.loudness
        density = _clip(0.45 * onset_n + 0.25 * loudness + 0.15 * tempo_n + 0.15 * energy)
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
    palette = build_palette(
        language,
        valence=valence,
        energy=energy,
        loudness=loudness,
        rng=rng,
        hints=text.palette_hints,
        key=key,
        mode=mode,
        words_valence=text.valence,
        night=text.night,
    )
    return ArtDirection(
        seed=seed,
        title=music.title.strip(),
        subtitle=_subtitle(music.tags or ""),
        genre=language.family,
        valence=round(valence, 4),
        energy=round(energy, 4),
        tempo_bpm=float(tempo),
        density=round(density, 4),
        turbulence=round(turbulence, 4),
        brightness=round(float(brightness), 4),
        loudness=round(float(loudness), 4),
        energy_curve=curve,
        palette=palette,
        font_role=_weighted(language.faces, 0.6, rng),
        language=language,
        layout=_weighted(language.layouts, 0.5, rng),
        texture=_weighted(language.textures, 0.7, rng),
        era=text.era,
        key=key,
        mode=mode,
        has_audio=audio is not None,
        night=text.night,
        spectrum=audio.spectrum if audio is not None else (),
        chroma=audio.chroma if audio is not None else (),
        onsets=audio.onsets if audio is not None else (),
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


OPEN_SLOTS = ("bottom-left", "top-left")  # the plain slots a quiet language's second cover may add
QUIET_SCALES = ("tiny", "small")  # title scales that vanish at 64 px on both covers


def second_voice(direction: ArtDirection) -> ArtDirection:
    """The direction of a track's second cover: the language's next face and next
    title layout after the first cover's (where it has another), so the two covers
    offer two title treatments, not one title block over two pictures. Where the
    language sets titles tiny or small (ECM-like), the second sets it small and out
    of the corner slot (which keeps any title tiny): two reviews found both covers of
    such a pair unreadable at 64 px, and two later ones (2026-12-02) read a medium
    title there as far too big for ambient, chamber, IDM and lo-fi; the typography's
    reading floor keeps a small title's letters about 5 px tall at 64 px."""
    language = direction.language
    layout = _next(language.layouts, direction.layout)
    if language.title_scale in QUIET_SCALES:
        # the corner slot keeps any title small: out of the slots a turn may move to
        # too, and where that leaves one, a second (a style's next cover moves its title)
        open_slots = tuple(slot for slot in language.layouts if slot != "corner")
        if len(open_slots) < 2:
            open_slots += tuple(s for s in OPEN_SLOTS if s not in open_slots)[: 2 - len(open_slots)]
        language = replace(language, title_scale="small", layouts=open_slots)
        if layout == "corner":
            layout = open_slots[0]
    return replace(
        direction,
        language=language,
        font_role=_next(language.faces, direction.font_role),
        layout=layout,
    )


def _next(options: tuple[str, ...], current: str) -> str:
    if current not in options:
        return current
    return options[(options.index(current) + 1) % len(options)]
