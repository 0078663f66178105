"""The engine's entry point: a music task in, two encoded covers out."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

import imagecodecs
import numpy as np
from PIL import Image

from sleeve.engine.direction import ArtDirection, direct_from_music
from sleeve.engine.measures import dhash, hamming, ssim
from sleeve.engine.music import INVISIBLE_TITLE, MusicInput, visible_title
from sleeve.engine.signals import synthesized_note
from sleeve.engine.styles.registry import choose_styles, get_style, ranked_styles
from sleeve.engine.title_layout import TitleLayout
from sleeve.engine.typography import set_title

ENGINE_VERSION = "4"
MIN_SIZE, MAX_SIZE = 64, 3000
PAIR_MIN_BITS, PAIR_MAX_SSIM = 20, 0.5
TRIES = 6  # second styles tried before settling for the most different one
PREVIEW = 192  # side of the cheap renders the pair check compares
RECHECK = 384  # side of the probes tried when the chosen pair fails the bar at full size
# previews have less detail than the covers, so they must clear the bar with a margin
PREVIEW_BITS, PREVIEW_SSIM = PAIR_MIN_BITS + 3, PAIR_MAX_SSIM - 0.05


@dataclass(frozen=True)
class RenderedCover:
    """One encoded cover."""

    style: str
    png: bytes
    width: int
    height: int


@dataclass(frozen=True)
class CoverSet:
    """The covers of one track, the direction they came from, and notes (such as why
    the audio could not be used, or which title characters no font draws)."""

    direction: ArtDirection
    covers: tuple[RenderedCover, ...]
    notes: tuple[str, ...]


def render_one(direction: ArtDirection, style: str, size: int) -> Image.Image:
    """One cover as an image, the title set."""
    return render_with_layout(direction, style, size)[0]


def render_with_layout(
    direction: ArtDirection,
    style: str,
    size: int,
    avoid_band: int | None = None,
    *,
    tags: bool = False,
) -> tuple[Image.Image, TitleLayout | None]:
    """One cover as an image, with the title set (and where it went); `avoid_band` is
    the title band of the track's other cover; `tags` prints the genre tags."""
    if not MIN_SIZE <= size <= MAX_SIZE:
        raise ValueError(f"size must be between {MIN_SIZE} and {MAX_SIZE} pixels, not {size}")
    module = get_style(style)
    if not direction.title:  # nothing visible to set (music.visible_title): the art alone
        return module.render(direction, size).image.convert("RGB"), None
    if module.STYLE.draws_title:
        image, layout = module.render_with_title(direction, size)
        return image.convert("RGB"), layout
    artwork = module.render(direction, size)
    return set_title(artwork.image.convert("RGB"), direction, artwork.focal, avoid_band, tags=tags)


def render_pair(
    direction: ArtDirection, size: int, styles: Sequence[str] | None = None, *, tags: bool = False
) -> list[tuple[str, Image.Image, TitleLayout | None]]:
    """The track's two covers. Unless styles are given, the second style is the best
    ranked one of the other family whose cover differs clearly from the first (64-bit
    difference hash >= 20 bits apart and SSIM <= 0.5, with a margin on the previews),
    trying at most TRIES on small previews; the chosen pair is checked again at full
    size, and if the previews misjudged it up to three more second styles are tried on
    RECHECK-sized probes, with the previews' margin (only the one that passes is drawn
    at full size)."""
    names = list(styles) if styles else choose_pair(direction)
    for name in names:
        get_style(name)
    first = render_with_layout(direction, names[0], size, tags=tags)
    band = _band(first[1])
    second = render_with_layout(direction, names[1], size, band, tags=tags)
    if not styles and not _distinct(first[0], second[0]):
        # previews can misjudge (grain averages out at full size): try the next ones on
        # mid-size probes, and draw only the one that clears the bar at full size
        side = min(size, RECHECK)
        shown = first[0].resize((side, side), Image.Resampling.BOX)
        for name in [n for n in _second_styles(direction, names[0]) if n != names[1]][:3]:
            probe = render_with_layout(direction, name, side, band, tags=tags)[0]
            if _distinct(shown, probe, margin=True):
                names[1] = name
                second = render_with_layout(direction, name, size, band, tags=tags)
                break
    return [(names[0], *first), (names[1], *second)]


def _distinct(a: Image.Image, b: Image.Image, margin: bool = False) -> bool:
    """Two covers of one track clear the pair bar at their own size (with the previews'
    margin for a probe smaller than the cover: a probe at 21 bits drew 18 at 512 px)."""
    bits, most = (PREVIEW_BITS, PREVIEW_SSIM) if margin else (PAIR_MIN_BITS, PAIR_MAX_SSIM)
    return hamming(dhash(a), dhash(b)) >= bits and ssim(a, b) <= most


def _second_styles(direction: ArtDirection, first_name: str) -> list[str]:
    """The styles of the other family, best ranked first."""
    family = get_style(first_name).STYLE.family
    return [name for name in ranked_styles(direction) if get_style(name).STYLE.family != family]


def choose_pair(direction: ArtDirection) -> list[str]:
    """The two styles of a track, checked on PREVIEW-sized covers (titles included,
    the second avoiding the first's title band, as at full size)."""
    first_name = choose_styles(direction)[0]
    others = _second_styles(direction, first_name)
    first, layout = render_with_layout(direction, first_name, PREVIEW)
    best: tuple[float, str] | None = None
    for name in others[:TRIES]:
        second = render_with_layout(direction, name, PREVIEW, _band(layout))[0]
        bits = hamming(dhash(first), dhash(second))
        similarity = ssim(first, second)
        if bits >= PREVIEW_BITS and similarity <= PREVIEW_SSIM:
            return [first_name, name]
        score = bits / 64 - similarity
        if best is None or score > best[0]:
            best = (score, name)
    assert best is not None
    return [first_name, best[1]]


def _band(layout: TitleLayout | None) -> int | None:
    return layout.band if layout is not None else None


def encode_png(image: Image.Image) -> bytes:
    """PNG bytes, fast and deterministic (same pixels, same bytes): zlib level 1 with
    libpng's Sub filter on every row. Measured on 1024 px covers (bench.style_speed):
    Pillow's level 1 tries every filter per row and takes about twice as long for the
    same size; level 6 is four times slower for files 5% smaller."""
    return bytes(
        imagecodecs.png_encode(
            np.asarray(image.convert("RGB")),
            level=imagecodecs.PNG.COMPRESSION.SPEED,
            filter=imagecodecs.PNG.FILTER.SUB,
        )
    )


def render_covers(
    music: MusicInput,
    *,
    size: int = 1024,
    styles: Sequence[str] | None = None,
    tags_on_cover: bool = False,
) -> CoverSet:
    """Two covers of a track in two different styles (or the styles asked for); the
    genre tags are printed on them only with `tags_on_cover`."""
    if not MIN_SIZE <= size <= MAX_SIZE:
        raise ValueError(f"size must be between {MIN_SIZE} and {MAX_SIZE} pixels, not {size}")
    title = visible_title(music.title)
    direction, audio_error = direct_from_music(replace(music, title=title))
    if not title:
        styles = styles or _untitled_pair(direction)
    pair = render_pair(direction, size, styles, tags=tags_on_cover)
    covers = [RenderedCover(name, encode_png(image), size, size) for name, image, _ in pair]
    notes = [] if title else [INVISIBLE_TITLE]
    if audio_error:
        notes.append(f"audio unreadable ({audio_error}); cover made from text")
    for cover in covers:
        if get_style(cover.style).STYLE.music:
            note = synthesized_note(direction, cover.style)
            if note:
                notes.append(note)
    notes += dict.fromkeys(note for *_, layout in pair if layout for note in layout.notes)
    return CoverSet(direction, tuple(covers), tuple(notes))


def _untitled_pair(direction: ArtDirection) -> list[str]:
    """The two best fitting styles of two families among those that can go without a
    title (a typographic poster is its title)."""
    ranked = [name for name in ranked_styles(direction) if not get_style(name).STYLE.draws_title]
    first = get_style(ranked[0]).STYLE.family
    return [ranked[0], next(n for n in ranked if get_style(n).STYLE.family != first)]
