"""The server's root page: what this is and where the API documentation lives."""

from __future__ import annotations

from html import escape

from fastapi import APIRouter
from fastapi.responses import HTMLResponse

from sleeve import __version__

router = APIRouter(include_in_schema=False)

PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Sleeve</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 3rem auto;">
<h1>Sleeve</h1>
<p>Self-hosted cover art for generated music (version {version}), speaking the
Suno-compatible Generate Music Cover API.</p>
<ul>
<li><a href="/studio">Sleeve Studio</a>: make, compare, pick and export covers</li>
<li><a href="/docs">API documentation</a> (try the endpoints in the browser)</li>
<li><a href="/redoc">API reference</a></li>
<li><a href="/openapi.json">OpenAPI document</a></li>
<li><a href="/healthz">health</a> and <a href="/readyz">readiness</a></li>
</ul>
<p>Calls need <code>Authorization: Bearer &lt;API key&gt;</code>; an operator creates
keys with <code>sleeve keys create</code>.</p>
</body></html>
"""


@router.get("/", response_class=HTMLResponse)
def home() -> HTMLResponse:
    """A short page that links the API documentation."""
    return HTMLResponse(PAGE.format(version=escape(__version__)))
