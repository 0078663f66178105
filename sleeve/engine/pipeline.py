"""The engine's entry point: a music task in, two encoded covers out."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from types import ModuleType
from typing import NamedTuple

import imagecodecs
import numpy as np
from PIL import Image

from sleeve.engine.direction import ArtDirection, direct_from_music, second_voice
from sleeve.engine.looks import (
    TURNS,
    Look,
    capped,
    layout_key,
    overused,
    pair_seen,
    past_tenth,
    same_motif,
    share,
    slot_staleness,
    staleness,
    styles_paired,
    turned,
)
from sleeve.engine.measures import dhash, hamming, pair_similarity, palette_distance
from sleeve.engine.music import INVISIBLE_TITLE, MusicInput, visible_title
from sleeve.engine.replay import following, recording
from sleeve.engine.signals import synthesized_note
from sleeve.engine.styles.registry import draws_named, fitting, get_style, ranked_styles
from sleeve.engine.title_layout import TitleLayout
from sleeve.engine.typography import set_title

ENGINE_VERSION = "17"
MIN_SIZE, MAX_SIZE = 64, 3000
DELIVERED = 1024  # the side of the covers a task delivers
PAIR_MIN_BITS, PAIR_MAX_SSIM = 20, 0.45  # SSIM by measures.pair_similarity (64 px)
TRIES = 6  # second styles tried before settling for the most different one
FIRSTS = 6  # best ranked styles tried for the first cover when their layouts are recent
# a fitting style past its limit gives way to the other family's strangers only in a
# varied account (each fitting style made under this share of its covers): an account
# of one genre keeps its genre's styles (a xerox collage on a children's song is wrong)
VARIED_SHARE = 0.2
STRANGERS_FROM = 60  # covers remembered before then: a share of a few is no trend yet
PREVIEW = 192  # side of the cheap renders the pair check compares
RECHECK = 384  # side of the probes tried when the chosen pair fails the bar at full size
# previews have less detail than the covers, so they must clear the bar with a margin
PREVIEW_BITS, PREVIEW_SSIM = PAIR_MIN_BITS + 3, PAIR_MAX_SSIM - 0.05
# two covers whose mean colours lie closer (ΔE76) read as one at 64 px, however their
# shapes differ: Ashes of the Old World's two black covers (4 apart), Gravel Road Home's
# two grey ones (4); a reviewer took Nocturne's two dark slates for one cover twice
PAIR_MIN_TONE = 8.0


@dataclass(frozen=True)
class RenderedCover:
    """One encoded cover, its style, the turn of the seed it was drawn at and the
    layout key it drew (looks.layout_key)."""

    style: str
    png: bytes
    width: int
    height: int
    turn: int = 0
    layout: str = ""


@dataclass(frozen=True)
class CoverSet:
    """The covers of one track, the direction they came from, and notes (such as why
    the audio could not be used, or which title characters no font draws)."""

    direction: ArtDirection
    covers: tuple[RenderedCover, ...]
    notes: tuple[str, ...]


@dataclass(frozen=True)
class Drawn:
    """One cover drawn: the image (title set), where its title went, and its look."""

    image: Image.Image
    title: TitleLayout | None
    look: Look


def _sets_title(module: ModuleType, direction: ArtDirection) -> bool:
    """Whether the style sets this cover's title itself: all its covers
    (StyleInfo.draws_title) or, where the module says so, this composition's."""
    per_cover = getattr(module, "sets_title", None)
    return module.STYLE.draws_title or bool(per_cover and per_cover(direction))


def draw(
    direction: ArtDirection,
    style: str,
    size: int,
    avoid_band: int | None = None,
    *,
    tags: bool = False,
    turn: int = 0,
) -> Drawn:
    """One cover of `style` at `turn` of the seed (looks.turned), its title set;
    `avoid_band` is the title band of the track's other cover; `tags` prints the
    genre tags. Larger than DELIVERED (an export), the title takes the place and the
    treatment the delivered cover's was given (replay): measured on finer pixels, a
    print could get a scrim, a colour or a place its delivered cover has not."""
    if not MIN_SIZE <= size <= MAX_SIZE:
        raise ValueError(f"size must be between {MIN_SIZE} and {MAX_SIZE} pixels, not {size}")
    if size <= DELIVERED or not direction.title:
        return _draw_at(direction, style, size, avoid_band, tags=tags, turn=turn)
    with recording() as decisions:
        _draw_at(direction, style, DELIVERED, avoid_band, tags=tags, turn=turn)
    with following(decisions):
        return _draw_at(direction, style, size, avoid_band, tags=tags, turn=turn)


def _draw_at(
    direction: ArtDirection,
    style: str,
    size: int,
    avoid_band: int | None = None,
    *,
    tags: bool = False,
    turn: int = 0,
) -> Drawn:
    """draw, measuring the title's legibility on this size's pixels."""
    module = get_style(style)
    seeded = turned(direction, turn, columns=module.STYLE.columns)
    if _sets_title(module, seeded) and direction.title:
        image, title = module.render_with_title(seeded, size)
        look = Look(style, turn, layout_key(style, module.layout_of(seeded), seeded.layout))
        return Drawn(image.convert("RGB"), title, look)
    artwork = module.render(seeded, size)
    look = Look(style, turn, layout_key(style, artwork.layout, seeded.layout))
    if not direction.title:  # nothing visible to set (music.visible_title): the art alone
        return Drawn(artwork.image.convert("RGB"), None, look)
    image, title = set_title(
        artwork.image.convert("RGB"), seeded, artwork.focal, avoid_band, tags=tags
    )
    return Drawn(image, title, look)


def render_with_layout(
    direction: ArtDirection,
    style: str,
    size: int,
    avoid_band: int | None = None,
    *,
    tags: bool = False,
) -> tuple[Image.Image, TitleLayout | None]:
    """One cover at the seed's own turn, with the title set (and where it went)."""
    drawn = draw(direction, style, size, avoid_band, tags=tags)
    return drawn.image, drawn.title


def render_pair(
    direction: ArtDirection,
    size: int,
    styles: Sequence[str] | None = None,
    *,
    tags: bool = False,
    turns: Sequence[int] | None = None,
    recent: Sequence[str] = (),
) -> list[Drawn]:
    """The track's two covers. Unless styles are given, they are chosen by choose_pair
    (a fresh layout for the account where `recent` is given, and the second clearly
    different from the first). Given styles are drawn at the given turns, else at the
    first turn whose layout is not in `recent`. Where no second style cleared the bar
    on previews, the looks of _rechecks are tried on RECHECK-sized probes before any
    full-size drawing; else the chosen pair is checked again at full size, and if the
    previews misjudged it those probes are tried then (with the previews' margin; only
    the pair that passes is drawn again at full size)."""
    clear = True
    if styles:
        for name in styles:
            get_style(name)
        if turns is None:
            voices = (direction, second_voice(direction))  # the second's slot and face
            turns = [fresh_look(d, n, recent).turn for d, n in zip(voices, styles, strict=True)]
        looks = [Look(name, turn) for name, turn in zip(styles, turns, strict=True)]
    else:
        looks, clear = _choose(direction, recent)
        if not clear:  # no second style cleared the bar on previews: try other pairs first
            looks = _recheck(direction, looks, recent, min(size, RECHECK)) or looks
    voice = second_voice(direction)
    first = draw(direction, looks[0].style, size, tags=tags, turn=looks[0].turn)
    band = _band(first.title)
    second = draw(voice, looks[1].style, size, band, tags=tags, turn=looks[1].turn)
    if not styles and clear and not _distinct(first.image, second.image):
        # previews can misjudge: try other pairs on mid-size probes, and draw again at
        # full size only the covers of the pair that clears the bar
        found = _recheck(direction, looks, recent, min(size, RECHECK))
        if found:
            if found[0] != looks[0]:
                first = draw(direction, found[0].style, size, tags=tags, turn=found[0].turn)
                band = _band(first.title)
            second = draw(voice, found[1].style, size, band, tags=tags, turn=found[1].turn)
    return [first, second]


def _recheck(
    direction: ArtDirection, looks: list[Look], recent: Sequence[str], side: int
) -> list[Look] | None:
    """The first of the _rechecks pairs whose `side`-px probes clear the bar with the
    previews' margin, or None; each first probe is drawn once."""
    firsts: dict[Look, Drawn] = {}
    voice = second_voice(direction)
    for one, two in _rechecks(direction, looks, recent):
        if same_motif(one.layout, two.layout):
            continue
        if one not in firsts:
            firsts[one] = draw(direction, one.style, side, turn=one.turn)
        shown = firsts[one]
        probe = draw(voice, two.style, side, _band(shown.title), turn=two.turn)
        if _distinct(shown.image, probe.image, margin=True):
            return [one, two]
    return None


def _rechecks(
    direction: ArtDirection, looks: list[Look], recent: Sequence[str]
) -> list[tuple[Look, Look]]:
    """The pairs the full-size check tries when the chosen one fails it: the first
    with the next three second styles (at a fresh turn), with the second style at its
    next two turns, then the first at its next two turns or the next two styles of its
    family with the second (a flat field can be too like every field-led style)."""
    first, second = looks
    others = [n for n in _second_styles(direction, first.style) if n != second.style]
    voice = second_voice(direction)  # the second cover's slot and face
    fresh = [fresh_look(voice, name, recent) for name in others[:3]]
    # with their layouts, so that _recheck sees their motifs (🌙✨💔's second cover,
    # the paper-cut heart at the next turn, had passed beside the Swiss heart)
    turned_second = [look_at(voice, second.style, second.turn + step) for step in (1, 2)]
    kin = [n for n in _second_styles(direction, second.style) if n != first.style]
    firsts = [look_at(direction, first.style, first.turn + step) for step in (1, 2)] + [
        fresh_look(direction, name, recent) for name in kin[:2]
    ]
    return [(first, look) for look in fresh + turned_second] + [(look, second) for look in firsts]


def _distinct(a: Image.Image, b: Image.Image, margin: bool = False) -> bool:
    """Two covers of one track clear the pair bar, measured at RECHECK px at most (as
    the sheets show them; with the previews' margin for a probe smaller than the cover:
    a probe at 21 bits drew 18 at 512 px). Measured on the full 3000 px covers, the
    difference hash flipped bits on the grain of flat fields (31 bits apart at 384 px,
    19 at 3000), so an export drew another second cover than the 1024 px one."""
    a, b = _probe(a), _probe(b)
    bits, most = (PREVIEW_BITS, PREVIEW_SSIM) if margin else (PAIR_MIN_BITS, PAIR_MAX_SSIM)
    return hamming(dhash(a), dhash(b)) >= bits and pair_similarity(a, b) <= most


def _probe(image: Image.Image) -> Image.Image:
    """`image` box-reduced to RECHECK px when it is larger."""
    if image.width <= RECHECK:
        return image
    return image.resize((RECHECK, RECHECK), Image.Resampling.BOX)


def _second_styles(direction: ArtDirection, first_name: str) -> list[str]:
    """The styles of the other family that fit the genre (registry.fitting), best
    ranked first; the other family's strangers only where none fits."""
    others = _other_family(direction, first_name)
    fits = fitting(direction)
    return [n for n in others if n in fits] or others


def _other_family(direction: ArtDirection, first_name: str) -> list[str]:
    """Every style allowed for the track of the family the first is not of, best
    ranked first."""
    family = get_style(first_name).STYLE.family
    return [n for n in ranked_styles(direction) if get_style(n).STYLE.family != family]


def look_at(direction: ArtDirection, style: str, turn: int) -> Look:
    """`style` at `turn` of the seed, with the layout key it draws (found without
    drawing)."""
    module = get_style(style)
    seeded = turned(direction, turn, columns=module.STYLE.columns)
    return Look(style, turn, layout_key(style, module.layout_of(seeded), seeded.layout))


def fresh_look(direction: ArtDirection, style: str, recent: Sequence[str]) -> Look:
    """`style` at the first turn of the seed whose composition (the style's layout_of,
    found without drawing) is not in `recent` and whose title slot the style did not
    use lately (looks.slot_staleness), the seed's own turn when nothing is remembered;
    else the turn with a fresh composition whose slot is the oldest; else the turn
    whose composition is the oldest."""
    looks = []
    for turn in range(TURNS if recent else 1):
        look = look_at(direction, style, turn)
        if not staleness(look.layout, recent) and not slot_staleness(look.layout, recent):
            return look
        looks.append(look)
    fresh = [look for look in looks if not staleness(look.layout, recent)]
    if fresh:
        return min(fresh, key=lambda look: slot_staleness(look.layout, recent))
    return min(looks, key=lambda look: staleness(look.layout, recent))


def choose_pair(direction: ArtDirection, recent: Sequence[str] = ()) -> list[Look]:
    """The two looks of a track, checked on PREVIEW-sized covers (titles included, the
    second avoiding the first's title band, as at full size). The first is the best
    ranked style that fits the genre (of the first FIRSTS, where `recent` holds its
    layouts) at a fresh turn; the second the best ranked fitting style of the other
    family (_second_styles), those with a fresh layout first and, where the first
    does not draw what the title names, looks whose composition draws it
    (registry.draws_named) before the rest, whose cover differs clearly (64-bit
    difference hash >= 20 bits apart and SSIM at 64 px <= 0.4, with a margin),
    trying at most TRIES; where none is both clear and under its share limit, up to
    TRIES more turns of the styles under it (_fallbacks), also where the only clear
    looks would repeat a remembered track's pair; failing that, the best in this
    order (Tried): a style kept within the tenth of the account (looks.past_tenth), a
    clear difference, a pair of compositions no remembered track had
    (looks.pair_seen), a style under its share limit, a fresh layout."""
    return _choose(direction, recent)[0]


def _choose(direction: ArtDirection, recent: Sequence[str]) -> tuple[list[Look], bool]:
    """choose_pair's looks, and whether their previews cleared the bar."""
    chosen = _first_look(direction, recent)
    first = draw(direction, chosen.style, PREVIEW, turn=chosen.turn)
    band = _band(first.title)
    names = _second_styles(direction, chosen.style)  # all of them: fresh ones sort first
    voice = second_voice(direction)
    subject = not draws_named(direction, chosen.style, chosen.layout)  # the first did not draw it
    # the second avoids the first's motif too: two styles' mountain ranges read as one
    seen = [chosen.layout, *recent]
    order = _stale(recent, direction if subject else None, seen, chosen.style)
    looks = sorted((fresh_look(voice, n, seen) for n in names), key=order)[:TRIES]
    tried: list[Tried] = []
    for look in looks:
        entry = _tried(first, voice, look, band, chosen, recent)
        if entry.clear and entry.within and not entry.fresh:
            return [first.look, entry.look], True
        tried.append(entry)
    if not any(t.clear and t.within and t.new_pair for t in tried):  # more turns, uncapped
        pool = _fallbacks(direction, chosen.style, names, seen)
        extra = _uncapped_turns(voice, pool, recent, {t.look.layout for t in tried}, seen)
        tried += [_tried(first, voice, look, band, chosen, recent) for look in extra]
    best = max(tried, key=lambda t: t[:6])
    return [first.look, best.look], best.clear


class Tried(NamedTuple):
    """A second look scored against the first, best first in this order: its style
    stays within the tenth of the account (looks.past_tenth), it clears the pair bar
    (and differs in tone by PAIR_MIN_TONE and shows another motif than the first:
    looks.same_motif), the pair is new to the account (two tracks with one pair of
    compositions read as one release twice), its style is under the share limit, its
    layout is fresh (staleness negated), and how different the two are."""

    within_tenth: bool
    clear: bool
    new_pair: bool
    within: bool
    fresh: int
    difference: float
    look: Look


def _tried(
    first: Drawn,
    voice: ArtDirection,
    look: Look,
    band: int | None,
    chosen: Look,
    recent: Sequence[str],
) -> Tried:
    """A second look drawn as a preview and scored against the first."""
    second = draw(voice, look.style, PREVIEW, band, turn=look.turn)
    bits = hamming(dhash(first.image), dhash(second.image))
    similarity = pair_similarity(first.image, second.image)
    clear = bits >= PREVIEW_BITS and similarity <= PREVIEW_SSIM
    clear = clear and palette_distance(first.image, second.image) >= PAIR_MIN_TONE
    clear = clear and not same_motif(chosen.layout, look.layout)
    within = not capped(look.style, recent)
    shown = [chosen.layout, *recent]
    tenth = not past_tenth(look.style, shown)
    new_pair = not pair_seen(chosen.layout, look.layout, recent)
    stale = staleness(look.layout, shown)
    return Tried(tenth, clear, new_pair, within, -stale, bits / 64 - similarity, second.look)


def _fallbacks(
    direction: ArtDirection, first_name: str, names: Sequence[str], shown: Sequence[str]
) -> list[str]:
    """The second styles to try past the share limit: the fitting ones, then, where
    drawing any of them again would take it past the tenth (looks.past_tenth of
    `shown`, the pair's first and the account's covers) of a varied account of
    STRANGERS_FROM covers or more (each fitting one made under VARIED_SHARE of them),
    the other family's strangers."""
    recent = shown[1:]
    within = any(not past_tenth(n, shown) for n in names)
    varied = all(share(n, recent) < VARIED_SHARE for n in names)
    if within or len(recent) < STRANGERS_FROM or not varied:
        return list(names)
    return [*names, *(n for n in _other_family(direction, first_name) if n not in names)]


def _uncapped_turns(
    voice: ArtDirection,
    names: Sequence[str],
    recent: Sequence[str],
    tried: set[str],
    shown: Sequence[str],
) -> list[Look]:
    """Up to TRIES more looks of the second styles under the share limit (the fitting
    ones first, then the other family's strangers), at turns whose compositions were
    not tried: where every fitting style of the family was at its limit, its clear
    look had been taken, and marbled ink and paper cut passed the tenth of the bench.
    Each style's first untried turn whose composition and motif are fresh to `shown`
    (the pair's first and the account's recent covers) is taken, else its least stale
    untried turn (looks.staleness: never the first cover's motif where another is)."""
    extra: list[Look] = []
    for name in (n for n in names if not capped(n, recent)):
        looks = (look_at(voice, name, turn) for turn in range(TURNS))
        untried = [look for look in looks if look.layout not in tried]
        if untried:  # the first turn whose composition is fresh, else the least stale
            look = min(untried, key=lambda look: staleness(look.layout, shown))
            tried.add(look.layout)
            extra.append(look)
        if len(extra) >= TRIES:
            break
    return extra


def _stale(
    recent: Sequence[str],
    named: ArtDirection | None = None,
    seen: Sequence[str] = (),
    first: str = "",
) -> Callable[[Look], tuple[bool, bool, bool, bool, bool]]:
    """Sort key: a style at its share limit (looks.capped) last; before it, a look
    whose layout is in `recent` after the fresh ones, then (given `named`, the track)
    a look whose composition does not draw what its title names (registry.draws_named),
    then (given the `first` cover's style) a style a remembered track paired with it
    (looks.styles_paired), and a style that made its share of the account's covers
    (looks.overused) after the others. Staleness is judged on `seen` where given
    (recent and the pair's first)."""
    return lambda look: (
        capped(look.style, recent),
        staleness(look.layout, seen or recent) > 0,
        named is not None and not draws_named(named, look.style, look.layout),
        bool(first) and styles_paired(first, look.style, recent),
        overused(look.style, recent),
    )


def _first_look(direction: ArtDirection, recent: Sequence[str]) -> Look:
    """The first cover's look: the best ranked style at a fresh turn; where its turns
    all drew recent layouts, the next ranked styles that fit the genre are tried too;
    where the title names something a style of the genre draws (registry.draws_named:
    a duck, rain, the sea), the best ranked such style is tried and comes first among
    the fresh looks; a style that made its share of the account's covers
    (looks.overused) last, and a style at its share limit (looks.capped) after every
    other fitting one, fresh or not, so that no style passes the tenth."""
    fits = fitting(direction)
    ranked = ranked_styles(direction)
    names = [n for n in ranked if n in fits][: FIRSTS if recent else 1] or ranked[:1]
    if recent and all(capped(name, recent) for name in names):
        names = [n for n in ranked if n in fits and not capped(n, recent)] or names
    native = fitting(direction, subjects=False)
    drawers = [n for n in ranked if n in native and draws_named(direction, n)]
    if drawers and drawers[0] not in names:
        names.append(drawers[0])  # the genre's best style that draws what the title names
    looks = [fresh_look(direction, name, recent) for name in names]
    return min(
        looks,
        key=lambda look: (
            capped(look.style, recent),
            staleness(look.layout, recent) > 0,
            not draws_named(direction, look.style, look.layout),
            overused(look.style, recent),
            staleness(look.layout, recent),
            slot_staleness(look.layout, recent),
        ),
    )


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
    turns: Sequence[int] | None = None,
    recent: Sequence[str] = (),
) -> CoverSet:
    """Two covers of a track in two different styles (or the styles asked for, at the
    turns asked for); `recent` is the layout keys of the account's latest covers, most
    recent first, which the covers avoid where they can (render_pair); the genre tags
    are printed on the covers only with `tags_on_cover`."""
    if not MIN_SIZE <= size <= MAX_SIZE:
        raise ValueError(f"size must be between {MIN_SIZE} and {MAX_SIZE} pixels, not {size}")
    title = visible_title(music.title)
    direction, audio_error = direct_from_music(replace(music, title=title))
    pair = render_pair(direction, size, styles, tags=tags_on_cover, turns=turns, recent=recent)
    covers = [
        RenderedCover(d.look.style, encode_png(d.image), size, size, d.look.turn, d.look.layout)
        for d in pair
    ]
    notes = [] if title else [INVISIBLE_TITLE]
    if audio_error:
        notes.append(f"audio unreadable ({audio_error}); cover made from text")
    for cover in covers:
        if get_style(cover.style).STYLE.music:
            note = synthesized_note(direction, cover.style)
            if note:
                notes.append(note)
    notes += dict.fromkeys(note for d in pair if d.title for note in d.title.notes)
    return CoverSet(direction, tuple(covers), tuple(notes))
