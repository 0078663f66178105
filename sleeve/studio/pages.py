"""Serve the studio page and its static files, with a strict Content-Security-Policy."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from urllib.parse import parse_qs, urlparse

from fastapi import APIRouter, HTTPException
from fastapi.responses import FileResponse, Response

from sleeve.core.settings import Settings, get_settings

HERE = Path(__file__).parent
STATIC = {
    "studio.js": "text/javascript; charset=utf-8",
    "studio.css": "text/css; charset=utf-8",
    "favicon.svg": "image/svg+xml",
}

router = APIRouter(include_in_schema=False)


def _origin(url: str) -> str:
    parsed = urlparse(url)
    return f"{parsed.scheme}://{parsed.netloc}"


def image_sources(settings: Settings) -> list[str]:
    """Where cover images may come from: this server, its public URL, and the S3
    endpoint that stable image URLs redirect to."""
    sources = ["'self'", _origin(settings.public_base)]
    storage = urlparse(settings.resolved_storage_url)
    if storage.scheme == "s3":
        endpoint = parse_qs(storage.query).get("endpoint", [None])[0]
        sources.append(_origin(endpoint) if endpoint else "https://*.amazonaws.com")
    return sources


def content_security_policy(settings: Settings) -> str:
    """No inline script or style, nothing from other sites, no framing, no forms posted."""
    images = " ".join([*image_sources(settings), "blob:"])
    return "; ".join(
        [
            "default-src 'none'",
            "script-src 'self'",
            "style-src 'self'",
            f"img-src {images}",
            "connect-src 'self'",
            "base-uri 'none'",
            "form-action 'none'",
            "frame-ancestors 'none'",
        ]
    )


@lru_cache
def _page() -> bytes:
    return (HERE / "templates" / "studio.html").read_bytes()


@router.get("/studio")
async def studio_page() -> Response:
    """The studio page (it signs in from sessionStorage or the #key= fragment)."""
    return Response(
        _page(),
        media_type="text/html; charset=utf-8",
        headers={
            "Content-Security-Policy": content_security_policy(get_settings()),
            "Referrer-Policy": "no-referrer",
            "X-Content-Type-Options": "nosniff",
            "Cache-Control": "no-store",
        },
    )


@router.get("/studio/static/{name}")
async def studio_static(name: str) -> FileResponse:
    """One of the page's own files (a fixed list: nothing else is served from here)."""
    if name not in STATIC:
        raise HTTPException(status_code=404)
    return FileResponse(
        HERE / "static" / name,
        media_type=STATIC[name],
        headers={"X-Content-Type-Options": "nosniff", "Cache-Control": "no-cache"},
    )
