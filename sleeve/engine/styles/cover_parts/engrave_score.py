"""The engraved score: one five-line staff (or a piano's two), huge and cropped by the
frame's sides, level or on a slant, whose notes are the song's loudest stretch: one
beat per four of its sixteenth-note onsets (left silent, a crotchet or minim, or two
beamed quavers by how many strike), pitched on the staff by the loudness curve with a
walk along the scale, sharps or flats where the key's signature has them; in the
accent ink, the stretch's dynamic (pp to ff, how loud it is heard) and a hairpin from
its quietest beat to its loudest."""

from __future__ import annotations

import importlib.util
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import aggdraw
import numpy as np
from PIL import Image, ImageDraw

from sleeve.engine import signals
from sleeve.engine.fonts import FontFace
from sleeve.engine.styles.cover_parts.engrave_hatch import Plate

Box = tuple[float, float, float, float]
LETTERS = "EFGABCD"  # staff step 0 is the treble staff's bottom line, E
SHARPS = "FCGDAEB"
FLATS = "BEADGCF"
STRIKE = 0.45  # an onset at least this strong is a note
REST = -99  # the step of a silent beat
SONG_BEATS = 96  # the song is read at this many beats, and its loudest stretch shown
GRAND = 0.35  # how often the score is a piano's two staves
DYNAMICS = ("pp", "p", "mp", "mf", "f", "ff")


@dataclass(frozen=True)
class Note:
    """One note: its x (px), its staff step (0 the bottom line, 8 the top), its
    accidental ("#", "b" or ""), its beam group (-1 for none) and whether its head is
    open (a minim)."""

    x: float
    step: int
    sign: str
    group: int
    open_head: bool = False


def signature(direction_key: int, minor: bool) -> tuple[str, str]:
    """The key's accidental ("#" or "b") and the letters it alters."""
    major = (direction_key + 3) % 12 if minor else direction_key
    fifths = (major * 7) % 12
    if fifths <= 6:
        return "#", SHARPS[:fifths]
    return "b", FLATS[: 12 - fifths]


def _beats(plate: Plate, count: int) -> np.ndarray:
    """The onsets as (count, 4) sixteenth strengths, one row per beat."""
    return signals.onsets(plate.direction, count * 4).reshape(count, 4)


def _melody(plate: Plate, curve: np.ndarray) -> np.ndarray:
    """A staff step per sixteenth: the loudness (`curve`, one value a sixteenth) high
    or low on the staff, with a walk along the scale."""
    rng = plate.rng
    walk = np.cumsum(rng.choice((-2, -1, -1, 0, 1, 1, 2), len(curve)))
    walk = walk - signals.smooth(walk.astype(float), 3)
    span = max(float(np.ptp(curve)), 0.2)
    level = (curve - curve.min()) / span
    return np.clip(np.round(1 + 6 * level + walk), -1, 9).astype(int)


def _notes(
    plate: Plate, x0: float, unit: float, strikes: np.ndarray, steps: np.ndarray
) -> list[Note]:
    """The notes of one system from its beats' onsets and steps (starting at x0 px,
    `unit` px a beat)."""
    accidental, altered = signature(*_key(plate))
    rng = plate.rng
    notes: list[Note] = []
    for b in range(len(strikes)):
        hits = int((strikes[b] >= STRIKE).sum())
        x = x0 + b * unit
        count = min(hits, 2)
        if count == 0:
            notes.append(Note(x, REST, "", -1))
            continue
        for k in range(count):
            step = int(steps[4 * b + k] + (k % 2) * rng.integers(-1, 2))
            # an accidental only before a beat's first note (no room between quavers)
            altered_here = LETTERS[step % 7] in altered and k == 0
            sign = accidental if altered_here and rng.random() < 0.3 else ""
            open_head = count == 1 and bool(rng.random() < 0.3)
            group = b if count == 2 else -1
            notes.append(Note(x + k * unit / count, step, sign, group, open_head))
    return notes


def _key(plate: Plate) -> tuple[int, bool]:
    chroma = signals.chroma(plate.direction)
    tonic = int(np.argmax(chroma))
    minor = plate.direction.mode == "minor" or (
        not plate.direction.mode and chroma[(tonic + 3) % 12] > chroma[(tonic + 4) % 12]
    )
    return tonic, minor


def _head(draw: aggdraw.Draw, cx: float, cy: float, gap: float, ink: int, hollow: bool) -> None:
    """A note head: a tilted ellipse a staff space tall (hollow for a minim)."""
    t = np.linspace(0, 2 * np.pi, 28, endpoint=False)
    turn = -0.35
    for rx, ry, fill in ((0.72, 0.53, ink), (0.52, 0.26, 0)) if hollow else ((0.72, 0.53, ink),):
        px = rx * gap * np.cos(t)
        py = ry * gap * np.sin(t)
        xs = cx + px * np.cos(turn) - py * np.sin(turn)
        ys = cy + px * np.sin(turn) + py * np.cos(turn)
        draw.polygon(list(np.column_stack([xs, ys]).ravel()), aggdraw.Brush(fill))


def _sign(draw: aggdraw.Draw, x: float, y: float, gap: float, kind: str) -> None:
    """A sharp (two strokes and two thick rising bars) or a flat before a note."""
    thin, thick = aggdraw.Pen(255, 0.12 * gap), aggdraw.Pen(255, 0.36 * gap)
    if kind == "#":
        for dx in (-0.2, 0.2):
            draw.line((x + dx * gap, y - 1.4 * gap, x + dx * gap, y + 1.4 * gap), thin)
        for dy in (-0.45, 0.45):
            draw.line(
                (x - 0.45 * gap, y + (dy + 0.15) * gap, x + 0.45 * gap, y + (dy - 0.15) * gap),
                thick,
            )
        return
    draw.line((x - 0.25 * gap, y - 2.0 * gap, x - 0.25 * gap, y + 0.5 * gap), thin)
    draw.ellipse(
        (x - 0.3 * gap, y - 0.35 * gap, x + 0.35 * gap, y + 0.5 * gap), aggdraw.Pen(255, 0.28 * gap)
    )


def draw(plate: Plate) -> Box:
    """One huge staff, or a piano's two, cropped by the frame's sides, the notes the
    loudest stretch of the song, its dynamic and hairpin in the accent ink; returns
    the picture's box (fractions)."""
    side = plate.side
    rng = plate.rng
    y0, y1 = plate.art_span()
    grand = bool(rng.random() < GRAND)
    # the block (stems above, the staves, the marks below or between) centred
    rows = 16.5 if grand else 9.2
    gap = (y1 - y0) * 0.87 / rows * float(rng.uniform(0.92, 1.08)) * side
    unit = gap * float(rng.uniform(2.8, 3.4))  # one beat
    canvas = Image.new("L", (side, side), 0)
    accent = Image.new("L", (side, side), 0)
    ink = aggdraw.Draw(canvas)
    spot = aggdraw.Draw(accent)
    top = (y0 + y1) / 2 * side - rows * gap / 2 + 1.5 * gap
    staves = [top, top + 9.5 * gap] if grand else [top]
    # a slant turns the staves about the picture's middle, clear of the band
    slant = float(rng.uniform(5.0, 9.0) * rng.choice((-1, 1))) if rng.random() < 0.5 else 0.0
    turn = _turn(np.radians(slant), side / 2, top + 2 * gap)
    ink.settransform(turn)
    spot.settransform(turn)
    line = aggdraw.Pen(255, max(1.0, 0.19 * gap))
    stem = aggdraw.Pen(255, max(1.0, 0.17 * gap))
    beats_per_bar = 3 if plate.direction.tempo_bpm < 84 else 4
    start = -float(rng.uniform(0.1, 0.6)) * unit
    shown = int(side / unit) + 2
    strikes, steps, level = _stretch(plate, shown)
    first = start + 0.6 * unit
    _system(ink, _notes(plate, first, unit, strikes, steps), top, gap, stem)
    if grand:  # the left hand: a note on each struck downbeat, low on its staff
        bass = np.zeros_like(strikes)
        bass[:, 0] = strikes[:, 0]
        low = np.clip(steps // 2 - 1, -1, 5)
        _system(ink, _notes(plate, first, unit, bass, low), staves[1], gap, stem)
    for b in range(0, shown + 1, beats_per_bar):
        x = start + (b + 0.25) * unit
        ink.line((x, top, x, staves[-1] + 4 * gap), stem)
    for staff in staves:
        for k in range(5):
            ink.line((-0.2 * side, staff + k * gap, 1.2 * side, staff + k * gap), line)
    ink.flush()
    spot.flush()
    _marks(accent, spot, plate, level, (first, unit, turn), top + 6.2 * gap, gap)
    cover = np.asarray(canvas, np.float32) / 255.0
    _clip_band(plate, cover)
    plate.ink(cover)
    plate.spot[:] = np.asarray(accent, np.float32) / 255.0
    _clip_band(plate, plate.spot)
    return (
        0.0,
        max(y0, top / side - 1.5 * gap / side),
        1.0,
        min(y1, (top + (rows - 1.5) * gap) / side),
    )


def _turn(angle: float, cx: float, cy: float) -> tuple[float, ...]:
    """The affine map (aggdraw's settransform) turning by `angle` about (cx, cy)."""
    c, s = float(np.cos(angle)), float(np.sin(angle))
    return (c, s, cx - c * cx - s * cy, -s, c, cy + s * cx - c * cy)


def _stretch(plate: Plate, shown: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The onsets (shown, 4), staff steps (shown * 4) and loudness (shown, 0..1 as
    heard) of the song's loudest stretch of `shown` beats, read from the song at
    SONG_BEATS beats."""
    strikes = _beats(plate, SONG_BEATS)
    level = signals.energy(plate.direction, SONG_BEATS * 4)
    heard = signals.energy(plate.direction, SONG_BEATS, stretch=False)
    sums = np.convolve(level[::4], np.ones(shown), "valid")
    lead = int(np.argmax(sums))
    window = signals.smooth(level[4 * lead : 4 * (lead + shown)], 2)
    return strikes[lead : lead + shown], _melody(plate, window), heard[lead : lead + shown]


def _clip_band(plate: Plate, layer: np.ndarray) -> None:
    """Clear the title's band (stems and slurs may reach into it)."""
    cut = round(plate.band * plate.side)
    if plate.top:
        layer[:cut] = 0.0
    else:
        layer[plate.side - cut :] = 0.0


def _y(top: float, gap: float, step: int) -> float:
    return top + 4 * gap - step * gap / 2


def _system(
    draw: aggdraw.Draw, notes: list[Note], top: float, gap: float, stem: aggdraw.Pen
) -> None:
    """Heads, stems, beams, ledger lines, accidentals and rests of one staff."""
    ledger = aggdraw.Pen(255, max(1.0, 0.14 * gap))
    groups: dict[int, list[tuple[float, float]]] = {}
    for note in notes:
        if note.step == REST:  # a silent beat is left open
            continue
        y = _y(top, gap, note.step)
        _head(draw, note.x, y, gap, 255, note.open_head)
        for s in range(10, note.step + 1, 2):
            draw.line((note.x - gap, _y(top, gap, s), note.x + gap, _y(top, gap, s)), ledger)
        for s in range(-2, note.step - 1, -2):
            draw.line((note.x - gap, _y(top, gap, s), note.x + gap, _y(top, gap, s)), ledger)
        if note.sign:
            _sign(draw, note.x - 1.5 * gap, y, gap, note.sign)
        up = note.step < 4
        sx = note.x + (0.6 if up else -0.6) * gap
        if note.group < 0:
            draw.line((sx, y, sx, y - 3.5 * gap if up else y + 3.5 * gap), stem)
        else:
            groups.setdefault(note.group, []).append((note.x, y))
    for members in groups.values():
        _beam(draw, members, top, gap, stem)


def _beam(
    draw: aggdraw.Draw,
    members: list[tuple[float, float]],
    top: float,
    gap: float,
    stem: aggdraw.Pen,
) -> None:
    """Beamed stems: up when the group sits low on the staff, the beam gently sloped."""
    ys = [y for _, y in members]
    up = float(np.mean(ys)) > top + 2 * gap
    xs = [x + (0.6 if up else -0.6) * gap for x, _ in members]
    edge = (min(ys) - 3.5 * gap) if up else (max(ys) + 3.5 * gap)
    slope = float(np.clip((ys[-1] - ys[0]) * 0.25, -gap, gap))
    width = max(xs[-1] - xs[0], 1.0)
    for sx, y in zip(xs, ys, strict=True):
        draw.line((sx, y, sx, edge + slope * ((sx - xs[0]) / width - 0.5)), stem)
    thick = aggdraw.Pen(255, 0.5 * gap)
    draw.line((xs[0], edge - slope / 2, xs[-1], edge + slope / 2), thick)


def _marks(
    image: Image.Image,
    draw: aggdraw.Draw,
    plate: Plate,
    level: np.ndarray,
    beats: tuple[float, float, tuple[float, ...]],
    y: float,
    gap: float,
) -> None:
    """Under the staff, in the accent ink: the stretch's dynamic (pp to ff, by how loud
    it is heard) and a hairpin from its quietest beat to its loudest (a crescendo
    where the loudest comes later, else a diminuendo)."""
    first, unit, turn = beats
    smooth = signals.smooth(level, 1)
    lo, hi = int(np.argmin(smooth)), int(np.argmax(smooth))
    if abs(hi - lo) < 2:  # too short a swell: over the whole stretch on screen
        lo, hi = (0, 3) if smooth[-1] >= smooth[0] else (3, 0)
    tip, mouth = first + lo * unit, first + hi * unit
    if min(tip, mouth) < 4.0 * gap:  # room for the dynamic before the hairpin
        shift = 4.0 * gap - min(tip, mouth)
        tip, mouth = tip + shift, mouth + shift
    pen = aggdraw.Pen(255, max(1.2, 0.2 * gap))
    for sign in (-1.0, 1.0):
        draw.line((tip, y, mouth, y + sign * 0.75 * gap), pen)
    draw.flush()
    face = _dynamic_face()
    if face is None:
        return
    mark = DYNAMICS[min(int(float(level.mean()) * len(DYNAMICS)), len(DYNAMICS) - 1)]
    font = face.sized(round(2.6 * gap))
    width = font.getlength(mark)
    x = max(min(tip, mouth) - 0.8 * gap - width, 0.8 * gap)  # inside the frame
    a, b, c, d, e, f = turn  # the letter sits where the turned staff puts it
    at = (a * x + b * (y + 0.7 * gap) + c, d * x + e * (y + 0.7 * gap) + f)
    ImageDraw.Draw(image).text(at, mark, fill=255, font=font, anchor="ls")


@lru_cache(maxsize=1)
def _dynamic_face() -> FontFace | None:
    """Bodoni Moda's bold italic for the dynamics (None where it is not installed)."""
    spec = importlib.util.find_spec("fontpkg_bodoni_moda")
    if spec is None or spec.origin is None:
        return None
    path = Path(spec.origin).parent / "files" / "BodoniModa-Italic[opsz,wght].ttf"
    return FontFace(path, weight=700.0, role="serif") if path.is_file() else None
