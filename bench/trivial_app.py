"""The baseline for API benchmarks: a FastAPI app with one trivial endpoint."""

from __future__ import annotations

from fastapi import FastAPI

app = FastAPI()


@app.post("/trivial")
def trivial() -> dict:
    """Answer at once, in the same envelope shape Sleeve uses."""
    return {"code": 200, "msg": "success", "data": {"taskId": "0" * 32}}
