"""The JSON bodies Sleeve POSTs to a cover task's `callBackUrl` (see CONTRACT, "The callback")."""

from __future__ import annotations

import json
from typing import Any

FAILURE_CODE = 501
FAILURE_PREFIX = "Cover generation failed: "


def success_payload(task_id: str, images: list[str]) -> dict[str, Any]:
    """The callback body for a cover task that finished with `images` (absolute URLs)."""
    return {"code": 200, "msg": "success", "data": {"taskId": task_id, "images": list(images)}}


def failure_payload(task_id: str, reason: str) -> dict[str, Any]:
    """The callback body for a cover task that failed because of `reason`."""
    return {
        "code": FAILURE_CODE,
        "msg": f"{FAILURE_PREFIX}{reason}",
        "data": {"taskId": task_id, "images": None},
    }


def encode(payload: dict[str, Any]) -> bytes:
    """Compact, deterministic UTF-8 JSON: the exact bytes that are signed and sent.

    Keys keep the contract's order (insertion order, not sorted) so the body reads like
    the providers' callbacks; the same payload always encodes to the same bytes.
    """
    text = json.dumps(payload, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return text.encode("utf-8")
