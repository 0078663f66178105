"""Public URLs of stored images."""

from __future__ import annotations


def image_url(public_base: str, token: str) -> str:
    """The absolute, unguessable URL of one cover image."""
    return f"{public_base.rstrip('/')}/files/covers/{token}.png"
