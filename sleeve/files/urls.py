"""Public URLs of stored images, and how long a redirect to a stored file may be cached."""

from __future__ import annotations


def image_url(public_base: str, token: str) -> str:
    """The absolute, unguessable URL of one cover image."""
    return f"{public_base.rstrip('/')}/files/covers/{token}.png"


def redirect_cache_control(given: str, lifetime_s: int) -> str:
    """Cache-Control for a redirect to a URL that works for `lifetime_s` seconds.

    Keeps the given public/private and no-store choices, drops `immutable`, and caps
    max-age at a third of the lifetime, so a cached redirect still leads somewhere."""
    directives = {part.strip().lower() for part in given.split(",") if part.strip()}
    if "no-store" in directives:
        return "no-store"
    scope = "public" if "public" in directives else "private"
    max_age = lifetime_s // 3
    for directive in directives:
        name, _, value = directive.partition("=")
        if name.strip() == "max-age" and value.strip().isdigit():
            max_age = min(max_age, int(value))
    return f"{scope}, max-age={max_age}"
