"""The studio page in real headless chromium against a real Sleeve server: the whole
flow (upload, generate, watch, pick, variation, 3000 px export, callback resend), a
hostile title, a wrong key, and the phone and desktop layouts."""

from __future__ import annotations

import io
import time
from pathlib import Path

import httpx
import pytest
from PIL import Image

from tests.engine.synth_audio import write_track
from tests.support.receiver import CallbackReceiver
from tests.support.server import SleeveServer

HOSTILE = '<script>alert("x")</script> Night <b>Swim</b>'
COVER = "/api/v1/suno/cover"
SLOW = 180_000  # ms: a render on a busy test machine


def open_studio(browser, base: str, key: str, width: int = 1280, height: int = 900):
    """A fresh page (own session storage) signed in through the #key= fragment."""
    context = browser.new_context(
        viewport={"width": width, "height": height},
        accept_downloads=True,
        reduced_motion="reduce",
    )
    page = context.new_page()
    page.problems = []  # console errors, CSP reports and dialogs the page caused
    page.on("console", lambda m: m.type == "error" and page.problems.append(m.text))
    page.on("pageerror", lambda e: page.problems.append(str(e)))
    page.on("dialog", lambda d: (page.problems.append(f"dialog {d.message}"), d.dismiss()))
    page.goto(f"{base}/studio#key={key}")
    page.wait_for_selector("#studio:not([hidden])")
    return page


def wait_until(page, expression: str, timeout_ms: float = 30_000) -> None:
    """Poll a JavaScript expression from here (Playwright's wait_for_function would
    evaluate a string inside the page, which the page's CSP rightly refuses)."""
    deadline = time.time() + timeout_ms / 1000
    while not page.evaluate(expression):
        if time.time() > deadline:
            raise AssertionError(f"still false after {timeout_ms} ms: {expression}")
        time.sleep(0.1)


def finished_cover(server: SleeveServer, api: httpx.Client, title: str, receiver) -> str:
    music = server.add_music("dana", title, "synthwave, night drive, 80s")
    cover = api.post(
        f"{COVER}/generate", json={"taskId": music, "callBackUrl": receiver.url}
    ).json()["data"]["taskId"]
    deadline = time.time() + 120
    while time.time() < deadline:
        record = api.get(f"{COVER}/record-info", params={"taskId": cover}).json()["data"]
        if record["status"] == "SUCCESS":
            return cover
        time.sleep(0.2)
    raise AssertionError("the cover did not finish")


def test_whole_flow_through_the_page(
    browser,
    server: SleeveServer,
    account: dict,
    api: httpx.Client,
    callbacks: CallbackReceiver,
    tmp_path: Path,
) -> None:
    page = open_studio(browser, server.base, account["key"])
    assert "key=" not in page.url, "the key leaves the address bar at once"
    credits_before = int(page.text_content("#credits").split()[0])

    audio = write_track(str(tmp_path / "night-swim.wav"), bpm=128, duration_s=20, seed=3)
    page.fill("#title", HOSTILE)
    page.fill("#tags", "synthwave, night drive")
    page.fill("#lyrics", "Neon on the water <img src=x onerror=alert(1)>")
    page.set_input_files("#audio-file", audio)
    page.fill("#callback-url", callbacks.url)
    page.click("#make-button")

    page.wait_for_selector(
        '#task-state[data-state="GENERATING"], #task-state[data-state="SUCCESS"]'
    )
    page.wait_for_selector('#task-state[data-state="SUCCESS"]', timeout=SLOW)
    page.wait_for_selector("#big figure img")
    assert page.text_content("#compare-title") == HOSTILE, "the title shows as text"
    assert page.locator("#main script, #main b:text-is('Swim')").count() == 0
    assert "ready" in page.text_content("#progress-text")
    big = page.locator("#big img")
    assert big.count() == 2
    wait_until(
        page, "[...document.querySelectorAll('#big img')].every(i => i.complete && i.naturalWidth)"
    )
    assert page.locator("#thumbs img").count() == 12, "2 covers x 3 sizes x dark and light"
    assert "the audio and the words" in page.text_content("#direction")
    history = page.locator("#history-list .task")
    assert history.count() == 1 and history.first.locator(".task-title").text_content() == HOSTILE

    # pick the second image with the keyboard
    page.locator("#big .pick").nth(1).focus()
    page.keyboard.press("Enter")
    page.wait_for_selector('#big figure:nth-child(2) .pick[aria-pressed="true"]')
    cover_id = history.first.get_attribute("data-task")
    record = api.get(f"{COVER}/record-info", params={"taskId": cover_id}).json()["data"]
    assert record["selectedImage"] == 2

    # export downloads a print-ready 3000 px JPEG
    with page.expect_download(timeout=SLOW) as download_info:
        page.locator("#big .download").nth(1).click()
    download = download_info.value
    assert download.suggested_filename.endswith(
        f"cover 2 ({record_styles(api, cover_id)[1]}) 3000px.jpg"
    )
    picture = Image.open(io.BytesIO(Path(download.path()).read_bytes()))
    assert picture.format == "JPEG" and picture.size == (3000, 3000) and picture.mode == "RGB"

    # a variation in two chosen styles becomes the task on show
    page.select_option("#style-1", "topographic")
    page.select_option("#style-2", "swiss_geometry")
    assert "contour" in page.text_content("#style-1-about").lower()
    page.click("#vary-button")
    wait_until(page, "document.querySelectorAll('#history-list .task').length === 2", SLOW)
    page.wait_for_selector('#task-state[data-state="SUCCESS"]', timeout=SLOW)
    wait_until(page, "document.querySelector('#big').textContent.includes('swiss geometry')", SLOW)
    captions = page.locator("#big .caption").all_text_contents()
    assert "topographic" in captions[0] and "swiss geometry" in captions[1]
    assert page.locator("#history-list .task .tag").count() == 1
    credits_after = int(page.text_content("#credits").split()[0])
    assert credits_after == credits_before - 2, "a cover and a variation"

    # resend the first task's callback: the same webhook-id arrives again
    callbacks.wait_for(2)
    count = len(callbacks.received)
    first = page.locator(f'#history-list .task[data-task="{cover_id}"]')
    first.get_by_role("button", name="Resend callback").click()
    first.get_by_role("button", name="Callback queued").wait_for()
    repeat = callbacks.wait_for(count + 1)[-1]
    original = next(c for c in callbacks.received if c.json["data"]["taskId"] == cover_id)
    assert repeat.headers["webhook-id"] == original.headers["webhook-id"]
    wait_until(
        page,
        f"document.querySelector('[data-task=\"{cover_id}\"] .callback')"
        ".textContent.includes('2 attempts')",
    )

    assert page.problems == [], page.problems
    assert account["key"] not in server.logs(), "the key never reaches the server's logs"
    page.context.close()


def record_styles(api: httpx.Client, cover_id: str) -> list[str]:
    tasks = api.get(f"{COVER}/list", params={"pageSize": 100}).json()["data"]["tasks"]
    return [image["style"] for image in next(t for t in tasks if t["taskId"] == cover_id)["images"]]


def test_a_wrong_key_is_refused_and_a_good_one_signs_in(
    browser, server: SleeveServer, account: dict
) -> None:
    context = browser.new_context()
    page = context.new_page()
    page.goto(f"{server.base}/studio#key=sk-not-a-real-key")
    status = page.locator("#sign-in-status")
    status.filter(has_text="not accepted").wait_for()
    assert "unknown API key" in status.text_content() or "API key" in status.text_content()
    assert page.is_hidden("#studio")
    assert page.evaluate("sessionStorage.length") == 0, "a refused key is not kept"
    assert "sk-not-a-real-key" not in page.url

    page.focus("#key-input")  # sign in with the keyboard alone
    page.keyboard.type(account["key"])
    page.keyboard.press("Enter")
    page.wait_for_selector("#studio:not([hidden])")
    assert page.evaluate("Object.keys(sessionStorage)") == ["sleeve.key"]
    assert page.evaluate("localStorage.length") == 0
    context.close()


def test_errors_are_shown_in_words(browser, server: SleeveServer, account: dict) -> None:
    page = open_studio(browser, server.base, account["key"])
    page.click("#make-button")
    assert page.text_content("#track-status") == "Give the track a title."
    page.fill("#title", "Bad Link")
    page.fill("#audio-url", "ftp://example.com/song.mp3")
    page.fill("#callback-url", "https://example.com/callback")
    page.click("#make-button")
    status = page.locator("#track-status")
    status.filter(has_text="audioUrl").wait_for()
    assert "http" in status.text_content(), status.text_content()
    assert page.locator("#history-list .task", has_text="Bad Link").count() == 0
    page.context.close()


def test_the_page_is_locked_down(server: SleeveServer) -> None:
    reply = httpx.get(f"{server.base}/studio")
    policy = reply.headers["content-security-policy"]
    assert "default-src 'none'" in policy and "script-src 'self'" in policy
    assert "unsafe-inline" not in policy and "frame-ancestors 'none'" in policy
    assert reply.headers["referrer-policy"] == "no-referrer"
    assert "<script>" not in reply.text and "style=" not in reply.text, "nothing inline"
    assert httpx.get(f"{server.base}/studio/static/secrets.txt").status_code == 404
    assert 'href="/studio"' in httpx.get(f"{server.base}/").text, "the root page links it"


BOXES = """['#big figure:nth-child(1)', '#big figure:nth-child(2)', '.new-track', '.compare']
.map(selector => {
  const box = document.querySelector(selector).getBoundingClientRect();
  return {x: box.x + scrollX, y: box.y + scrollY, width: box.width, height: box.height};
})"""


@pytest.mark.parametrize("width,height", [(1280, 1000), (390, 844)])
def test_layout_at_desktop_and_phone_width(
    browser,
    server: SleeveServer,
    account: dict,
    api: httpx.Client,
    callbacks: CallbackReceiver,
    screenshots: Path,
    width: int,
    height: int,
) -> None:
    cover_id = finished_cover(server, api, f"Harbour Lights {width}", callbacks)
    page = open_studio(browser, server.base, account["key"], width, height)
    page.locator(f'#history-list [data-task="{cover_id}"]').get_by_role(
        "button", name="Open"
    ).click()
    page.wait_for_selector('#task-state[data-state="SUCCESS"]', timeout=SLOW)
    wait_until(
        page,
        "document.querySelectorAll('#result img').length === 14 && "
        "[...document.querySelectorAll('#result img')].every(i => i.complete && i.naturalWidth)",
    )
    scroll_width = page.evaluate("document.documentElement.scrollWidth")
    assert scroll_width <= width, f"no sideways scrolling at {width} px ({scroll_width})"
    first, second, form, compare = page.evaluate(BOXES)  # one snapshot, page coordinates
    if width < 760:  # one column: the open task's covers first, stacked, then the form
        assert second["y"] >= first["y"] + first["height"] - 1
        assert form["y"] > compare["y"] + compare["height"] - 1
        assert first["width"] >= width * 0.75, "a phone shows each cover nearly full width"
    else:  # the form beside the covers, the two covers side by side
        assert compare["x"] > form["x"] + form["width"] - 1
        assert abs(first["y"] - second["y"]) < 2 and first["width"] >= 350
    for button in page.locator("#big button").all():
        box = button.bounding_box()
        assert box["height"] >= 34, "buttons big enough to tap"
    page.locator("#big .pick").first.click()
    page.wait_for_selector('#big figure:nth-child(1) .pick[aria-pressed="true"]')
    assert page.locator("#big figure.picked").count() == 1
    page.evaluate("scrollTo(0, 0)")
    page.screenshot(path=str(screenshots / f"studio-{width}.png"), full_page=True)
    assert page.problems == [], page.problems
    page.context.close()
