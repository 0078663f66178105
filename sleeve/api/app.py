"""The FastAPI application: routers, error handlers, middleware, embedded workers."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI

from sleeve import __version__
from sleeve.accounts.endpoints import router as credits_router
from sleeve.api.background import make_workers
from sleeve.api.errors import install_error_handlers
from sleeve.api.health import router as health_router
from sleeve.api.home import router as home_router
from sleeve.api.middleware import GuardMiddleware
from sleeve.core.gc_tuning import tune_for_serving
from sleeve.core.settings import Settings, get_settings
from sleeve.covers import render_process
from sleeve.covers.endpoints import router as covers_router
from sleeve.covers.studio_endpoints import router as studio_api_router
from sleeve.db.migrate import require_migrated
from sleeve.db.session import get_engine
from sleeve.files.endpoints import router as files_router
from sleeve.music.endpoints import router as music_router
from sleeve.ops.maintenance_cache import MaintenanceCache
from sleeve.studio.pages import router as studio_router

ROUTERS = (
    covers_router,
    credits_router,
    music_router,
    files_router,
    health_router,
    home_router,
    studio_api_router,
    studio_router,
)


def create_app(*, settings: Settings | None = None, embedded_workers: bool = True) -> FastAPI:
    """Build the app; with embedded_workers the render and callback workers run inside."""
    settings = settings or get_settings()

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        require_migrated(get_engine())
        workers = make_workers(settings=settings) if embedded_workers else None
        if workers:
            workers.start()
            render_process.warm_up()
        if settings.gc_tuning:
            tune_for_serving()
        try:
            yield
        finally:
            if workers:
                workers.stop()

    app = FastAPI(
        title="Sleeve",
        version=__version__,
        lifespan=lifespan,
        description="Self-hosted cover art for generated music, speaking the Suno-compatible "
        "Generate Music Cover API. Authenticate with `Authorization: Bearer <API key>`.",
    )
    install_error_handlers(app)
    app.add_middleware(
        GuardMiddleware,
        max_body_bytes=settings.max_body_bytes,
        max_upload_bytes=settings.max_upload_bytes,
        maintenance=MaintenanceCache(),
    )
    for router in ROUTERS:
        app.include_router(router)
    return app
