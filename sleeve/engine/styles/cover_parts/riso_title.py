"""The risograph's title inks: set in one of the print's own inks (not a stock
black), and the ghost treatment's second pull in another drum off register.

Two art directors read the old covers as "a flat icon plus a black sans title": the
title sat under the art as a plain black line. Here it takes the drum that stands off
the paper the most (LEGIBLE or better; a pale kit takes the deep drum nearest its
loudest colour; the song may pick another legible drum), and, where the song's
treatment is the ghost (riso_lettering), a second drum prints the same letters
shifted by the seed's misregistration: on pale stock the two multiply where they
meet, a third colour along the letters' edge, like a two-colour gig poster; on black
stock the ghost sits under the letters, opaque. The typography still places and
sizes the title.
"""

from __future__ import annotations

import dataclasses

import numpy as np
from PIL import Image, ImageChops

from sleeve.engine.color import contrast_ratio, hue_distance, rgb_to_oklch
from sleeve.engine.direction import RGB, ArtDirection
from sleeve.engine.styles.cover_parts.riso_inks import INKS
from sleeve.engine.styles.cover_parts.riso_overprint import chromatic

LEGIBLE = 3.2  # the least contrast a lead ink needs against the paper to set the title
GHOST = 1.25  # the least contrast the ghost's drum needs against the paper to show
NEAR = 60.0  # how far round the hue wheel a deep drum may sit from the kit's colour
REGISTER = 0.009  # the misregistration, a share of the side (9 px at 1024)


def title_inks(paper: RGB, inks: list[RGB], pick: float = 0.0) -> tuple[RGB | None, RGB | None]:
    """The drum that prints the title and the drum that prints its ghost. The title
    takes the kit's colour standing off the paper the most where it reaches LEGIBLE,
    else the deep drum that does nearest in hue to one of the kit's colours, the
    loudest first (a pale
    kit of yellow, pink and aqua sets its title in blue, not a stock black), else a
    black or bone drum of the kit, else None (the typography's ink). `pick` (0..1)
    chooses among the kit's colours that reach LEGIBLE, so the song, not the
    contrast alone, sets the title's colour (0: the one that stands off the most).
    The ghost takes the kit's next ink that shows on the paper (None where none does)."""
    distinct = list(dict.fromkeys(inks))
    ranked = sorted(distinct, key=lambda ink: -contrast_ratio(ink, paper))
    colours = [ink for ink in ranked if chromatic(ink)]
    legible = [ink for ink in colours if contrast_ratio(ink, paper) >= LEGIBLE]
    lead = legible[min(int(pick * len(legible)), len(legible) - 1)] if legible else None
    for ink in sorted(colours, key=lambda ink: -rgb_to_oklch(ink)[1]):
        lead = lead or _deep(ink, paper)
    if lead is None and ranked and contrast_ratio(ranked[0], paper) >= LEGIBLE:
        lead = ranked[0]  # a black or bone drum: still the print's own ink
    rest = [ink for ink in ranked if ink != lead and contrast_ratio(ink, paper) >= GHOST]
    return lead, (rest[0] if rest else None)


def _deep(ink: RGB, paper: RGB) -> RGB | None:
    """The colour drum (riso_inks) nearest in hue to `ink` that stands LEGIBLE off
    the paper, if one lies within NEAR degrees."""
    hue = rgb_to_oklch(ink)[2]
    options = [
        (hue_distance(rgb_to_oklch(drum)[2], hue), drum)
        for drum in INKS.values()
        if chromatic(drum) and contrast_ratio(drum, paper) >= LEGIBLE
    ]
    near = [o for o in options if o[0] <= NEAR]
    return min(near)[1] if near else None


def with_ink(direction: ArtDirection, ink: RGB | None) -> ArtDirection:
    """The direction with `ink` as its title's colour (unchanged for None)."""
    if ink is None:
        return direction
    return dataclasses.replace(direction, palette=dataclasses.replace(direction.palette, ink=ink))


def _coverage(plain: np.ndarray, titled: np.ndarray, ink: RGB) -> np.ndarray:
    """How much of the title ink each pixel holds (0..1): the change the title made,
    measured along the way from the art to the ink."""
    towards = np.asarray(ink, np.float32) - plain
    change = titled - plain
    reach = np.maximum((towards * towards).sum(axis=2), 1.0)
    return np.clip((change * towards).sum(axis=2) / reach, 0.0, 1.0)


def _offset(alpha: np.ndarray, dx: int, dy: int) -> np.ndarray:
    """The coverage moved dx, dy pixels (what moves in from outside is bare paper)."""
    out = np.zeros_like(alpha)
    h, w = alpha.shape
    out[max(dy, 0) : h + min(dy, 0), max(dx, 0) : w + min(dx, 0)] = alpha[
        max(-dy, 0) : h - max(dy, 0), max(-dx, 0) : w - max(dx, 0)
    ]
    return out


def ghost(
    plain: Image.Image,
    titled: Image.Image,
    inks: tuple[RGB, RGB],
    paper: RGB,
    turn: float,
    reach: float = REGISTER,
) -> Image.Image:
    """The titled cover with the title's letters printed again in the ghost drum
    (inks: lead, ghost), `reach` of the side off register at angle `turn` (radians):
    multiplied on pale stock (a third colour where the drums meet), under the letters
    on black stock."""
    lead, second = inks
    box = ImageChops.difference(plain.convert("RGB"), titled.convert("RGB")).getbbox()
    if box is None:  # nothing set: nothing to pull again
        return titled
    step = max(1.0, reach * titled.size[0])
    dx, dy = round(step * np.cos(turn)), round(step * np.sin(turn))
    pad = abs(dx) + abs(dy) + 1  # only the title's box and its reach move (fast at 3000 px)
    box = (
        max(box[0] - pad, 0),
        max(box[1] - pad, 0),
        min(box[2] + pad, titled.size[0]),
        min(box[3] + pad, titled.size[1]),
    )
    before = np.asarray(plain.convert("RGB").crop(box), np.float32)
    after = np.asarray(titled.convert("RGB").crop(box), np.float32)
    alpha = _coverage(before, after, lead)
    moved = _offset(alpha, dx, dy)[..., None]
    colour = np.asarray(second, np.float32)
    if rgb_to_oklch(paper)[0] < 0.5:  # opaque inks on black stock: the ghost under
        out = after + (colour - after) * moved * (1 - alpha[..., None])
    else:  # translucent inks on paper: they multiply
        out = after * (1 - moved * (1 - colour / 255))
    image = titled.convert("RGB")
    image.paste(Image.fromarray(np.clip(out + 0.5, 0, 255).astype(np.uint8)), box[:2])
    return image
