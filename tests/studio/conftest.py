"""Fixtures for the studio page: a real server, a callback receiver, and one headless
Debian chromium per module, driven by Playwright (never Playwright's own browser
download). Without chromium the tests skip, except under CI=true, where they fail."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.support.server import SleeveServer

CHROMIUM_NAMES = ("chromium", "chromium-browser")


def chromium_path() -> str | None:
    """Debian's chromium, or the one SLEEVE_TEST_CHROMIUM names."""
    named = os.environ.get("SLEEVE_TEST_CHROMIUM")
    if named:
        return named
    return next(filter(None, (shutil.which(name) for name in CHROMIUM_NAMES)), None)


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    path = chromium_path()
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        path = None
    if path is None:
        message = "chromium and playwright are needed (make system-packages; pip install -e .[dev])"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(message)
        pytest.skip(message)
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(
            executable_path=path, headless=True, args=["--no-sandbox"]
        )
        yield launched
        launched.close()


@pytest.fixture(scope="module")
def account(server: SleeveServer) -> dict:
    return server.create_key("dana", credits=50)


@pytest.fixture(scope="module")
def api(server: SleeveServer, account: dict) -> Iterator[httpx.Client]:
    with httpx.Client(
        base_url=server.base, timeout=60, headers={"Authorization": f"Bearer {account['key']}"}
    ) as http:
        yield http


@pytest.fixture(scope="module")
def screenshots(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Where the layout tests leave their screenshots (SLEEVE_STUDIO_SCREENSHOTS to keep)."""
    folder = os.environ.get("SLEEVE_STUDIO_SCREENSHOTS")
    path = Path(folder) if folder else tmp_path_factory.mktemp("screenshots")
    path.mkdir(parents=True, exist_ok=True)
    return path
