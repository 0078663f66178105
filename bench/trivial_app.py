"""The baseline for API benchmarks: a FastAPI app with one trivial endpoint."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI

from sleeve.core.gc_tuning import tune_for_serving


@asynccontextmanager
async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
    """Tune the garbage collector as `sleeve serve` does: served the same way."""
    tune_for_serving()
    yield


app = FastAPI(lifespan=lifespan)


@app.post("/trivial")
def trivial() -> dict:
    """Answer at once, in the same envelope shape Sleeve uses."""
    return {"code": 200, "msg": "success", "data": {"taskId": "0" * 32}}


@app.post("/trivial-async")
async def trivial_async() -> dict:
    """The same answer from an async endpoint (no thread-pool hop), for reference."""
    return {"code": 200, "msg": "success", "data": {"taskId": "0" * 32}}
