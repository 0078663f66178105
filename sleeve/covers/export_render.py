"""Drawing and encoding a print export; run in a render process (render_process), so
it imports only the engine."""

from __future__ import annotations

import io
from collections.abc import Sequence
from functools import lru_cache

from PIL import Image, ImageCms

from sleeve.engine.direction import direct_from_music
from sleeve.engine.music import MusicInput
from sleeve.engine.pipeline import draw, render_pair

JPEG_QUALITY = 92  # distributors ask for >= 90


def draw_export(
    track: MusicInput,
    styles: Sequence[str],
    turns: Sequence[int],
    position: int,
    size: int,
    fmt: str,
    tags: bool,
) -> bytes:
    """Direct the track as its render job did (words and audio) and draw image
    `position` again at `size` (its styles at the turns they were drawn at), encoded
    as "jpeg" or "png"; the second image keeps clear of the first one's title band, as
    in the pair."""
    direction, _ = direct_from_music(track)
    if position == 0:
        picture = draw(direction, styles[0], size, tags=tags, turn=turns[0]).image
    else:
        picture = render_pair(direction, size, styles, tags=tags, turns=turns)[position].image
    return encode(picture, fmt)


@lru_cache
def _srgb_profile() -> bytes:
    return ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()


def encode(picture: Image.Image, fmt: str) -> bytes:
    """RGB with an embedded sRGB profile; JPEG at quality 92 without chroma subsampling."""
    buffer = io.BytesIO()
    rgb = picture.convert("RGB")
    if fmt == "jpeg":
        rgb.save(
            buffer,
            format="JPEG",
            quality=JPEG_QUALITY,
            subsampling=0,
            optimize=True,
            icc_profile=_srgb_profile(),
        )
    else:
        rgb.save(buffer, format="PNG", icc_profile=_srgb_profile())
    return buffer.getvalue()
