"""Health endpoints for operators and orchestrators, and Prometheus metrics."""

from __future__ import annotations

import structlog
from fastapi import APIRouter
from fastapi.responses import JSONResponse, Response
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest
from sqlalchemy import text

from sleeve.api.metrics import read_queue_depth
from sleeve.db.session import read_session
from sleeve.files.storage import get_storage
from sleeve.jobs.queue import get_huey
from sleeve.ops.maintenance import maintenance_state

router = APIRouter(tags=["health"])
log = structlog.get_logger()


@router.get("/healthz")
def healthz():
    """The process is alive (and whether maintenance is on, when the database says)."""
    try:
        with read_session() as session:
            maintenance: bool | None = maintenance_state(session=session).on
    except Exception:
        maintenance = None
    return {"status": "ok", "maintenance": maintenance}


@router.get("/readyz")
def readyz():
    """Database, storage and queue are reachable; says whether maintenance is on."""
    checks: dict[str, str] = {}
    maintenance = False
    try:
        with read_session() as session:
            session.execute(text("SELECT 1"))
            maintenance = maintenance_state(session=session).on
        checks["database"] = "ok"
    except Exception as exc:
        checks["database"] = f"error: {exc.__class__.__name__}"
    try:
        get_storage().check()
        checks["storage"] = "ok"
    except Exception as exc:
        checks["storage"] = f"error: {exc}"
    try:
        checks["queue"] = f"ok ({get_huey().pending_count()} queued)"
    except Exception as exc:
        checks["queue"] = f"error: {exc.__class__.__name__}"
    ready = all(value.startswith("ok") for value in checks.values())
    body = {
        "status": "ready" if ready else "unavailable",
        "maintenance": maintenance,
        "checks": checks,
    }
    return JSONResponse(body, status_code=200 if ready else 503)


@router.get("/metrics", include_in_schema=False)
def metrics():
    """Prometheus text exposition: requests, queue depth, renders, callbacks."""
    try:
        read_queue_depth()
    except Exception as exc:  # the transport is down: the other metrics still count
        log.warning("queue_depth_unavailable", error=str(exc))
    return Response(generate_latest(), media_type=CONTENT_TYPE_LATEST)
