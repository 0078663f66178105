// Sleeve Studio: a page that calls Sleeve's public /api endpoints like any client.
// Every value that comes from a person or the API goes into the page as text
// (textContent, createElement), never as HTML. The API key lives in sessionStorage
// and travels only in the Authorization header.
"use strict";

const KEY_SLOT = "sleeve.key";
const CALLBACK_SLOT = "sleeve.callback";
const POLL_MS = 1000;
const THUMB_SIZES = [300, 128, 64];
const STATE_WORDS = {
  PENDING: "Waiting",
  GENERATING: "Generating",
  SUCCESS: "Done",
  GENERATE_COVER_FAILED: "Failed",
};

const $ = (id) => document.getElementById(id);
const state = { styles: [], current: null, poll: null, historyPage: 1 };

// --- small DOM helpers -------------------------------------------------------------

function el(tag, props, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(props || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name === "class") node.className = value;
    else if (name === "text") node.textContent = value;
    else if (name.startsWith("on")) node.addEventListener(name.slice(2), value);
    else if (name in node && typeof value !== "string") node[name] = value;
    else node.setAttribute(name, value === true ? "" : value);
  }
  for (const child of children) {
    if (child === null || child === undefined) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

function safeImageUrl(url) {
  try {
    const parsed = new URL(url, location.href);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : "";
  } catch {
    return "";
  }
}

function showNotice(message) {
  $("notice-text").textContent = message;
  $("notice").hidden = false;
}

function clearNotice() {
  $("notice").hidden = true;
  $("notice-text").textContent = "";
}

// --- the API -------------------------------------------------------------------------

class ApiError extends Error {
  constructor(code, message) {
    super(message);
    this.code = code;
  }
}

function apiKey() {
  return sessionStorage.getItem(KEY_SLOT) || "";
}

async function api(path, { method = "GET", json, form, raw } = {}) {
  const headers = { Authorization: `Bearer ${apiKey()}` };
  let body;
  if (json !== undefined) {
    headers["Content-Type"] = "application/json";
    body = JSON.stringify(json);
  } else if (form) {
    body = form;
  }
  let response;
  try {
    response = await fetch(path, { method, headers, body, cache: "no-store" });
  } catch {
    throw new ApiError(0, "Sleeve could not be reached: check the connection and try again.");
  }
  if (raw && response.ok) return response;
  let envelope;
  try {
    envelope = await response.json();
  } catch {
    throw new ApiError(response.status, `Sleeve answered ${response.status} without a message.`);
  }
  if (envelope.code !== 200) {
    if (envelope.code === 401) signOut(envelope.msg);
    throw new ApiError(envelope.code, envelope.msg || `error ${envelope.code}`);
  }
  return envelope.data;
}

// --- signing in ----------------------------------------------------------------------

function keyFromFragment() {
  const params = new URLSearchParams(location.hash.slice(1));
  const key = params.get("key");
  if (key) {
    sessionStorage.setItem(KEY_SLOT, key.trim());
    history.replaceState(null, "", location.pathname + location.search);
  }
}

async function signIn() {
  clearNotice();
  $("sign-in-status").textContent = "";
  try {
    const credits = await api("/api/v1/generate/credit");
    $("credits").textContent = `${credits} credits`;
  } catch (error) {
    if (error.code !== 401) showNotice(error.message);
    return;
  }
  $("sign-in").hidden = true;
  $("studio").hidden = false;
  $("account").hidden = false;
  $("callback-url").value = sessionStorage.getItem(CALLBACK_SLOT) || "https://example.com/callback";
  await Promise.all([loadStyles(), loadHistory(1)]);
}

function signOut(reason) {
  sessionStorage.removeItem(KEY_SLOT);
  stopPolling();
  state.current = null;
  $("studio").hidden = true;
  $("account").hidden = true;
  $("sign-in").hidden = false;
  $("sign-in-status").textContent = reason ? `This key was not accepted: ${reason}` : "";
  $("key-input").focus();
}

async function refreshCredits() {
  try {
    $("credits").textContent = `${await api("/api/v1/generate/credit")} credits`;
  } catch {
    /* the next call shows the problem */
  }
}

// --- a new track ---------------------------------------------------------------------

async function makeCovers(event) {
  event.preventDefault();
  clearNotice();
  const status = $("track-status");
  const title = $("title").value.trim();
  const callBackUrl = $("callback-url").value.trim();
  if (!title) {
    status.textContent = "Give the track a title.";
    $("title").focus();
    return;
  }
  if (!/^https?:\/\/./.test(callBackUrl)) {
    status.textContent = "The callback URL must start with https:// or http://.";
    $("callback-url").focus();
    return;
  }
  sessionStorage.setItem(CALLBACK_SLOT, callBackUrl);
  const metadata = { title, tags: $("tags").value.trim(), lyrics: $("lyrics").value };
  const audioUrl = $("audio-url").value.trim();
  if (audioUrl) metadata.audioUrl = audioUrl;
  const form = new FormData();
  form.append("metadata", JSON.stringify(metadata));
  const file = $("audio-file").files[0];
  if (file) form.append("audio", file, file.name);
  $("make-button").disabled = true;
  try {
    status.textContent = file ? "Uploading the track…" : "Registering the track…";
    const music = await api("/api/v1/music/register", { method: "POST", form });
    status.textContent = "Starting the covers…";
    const cover = await api("/api/v1/suno/cover/generate", {
      method: "POST",
      json: { taskId: music.taskId, callBackUrl },
    });
    status.textContent = "";
    openTask(cover.taskId, title);
    refreshCredits();
  } catch (error) {
    status.textContent = error.message;
  } finally {
    $("make-button").disabled = false;
  }
}

// --- watching and showing one cover task ---------------------------------------------

function stopPolling() {
  if (state.poll) clearTimeout(state.poll);
  state.poll = null;
}

function openTask(taskId, title) {
  stopPolling();
  state.current = { taskId, title: title || "", record: null, summary: null };
  $("compare-empty").hidden = true;
  $("result").hidden = true;
  $("compare-title").textContent = title || "Covers";
  $("studio").classList.add("has-task");
  const calm = matchMedia("(prefers-reduced-motion: reduce)").matches;
  $("compare").scrollIntoView({ block: "start", behavior: calm ? "auto" : "smooth" });
  watch(taskId);
}

async function watch(taskId) {
  if (!state.current || state.current.taskId !== taskId) return;
  let record;
  try {
    record = await api(`/api/v1/suno/cover/record-info?taskId=${encodeURIComponent(taskId)}`);
  } catch (error) {
    if (error.code === 429) {
      state.poll = setTimeout(() => watch(taskId), POLL_MS * 2);
    } else {
      showNotice(error.message);
    }
    return;
  }
  if (!state.current || state.current.taskId !== taskId) return;
  state.current.record = record;
  showProgress(record.status, record.errorMessage);
  if (record.status === "SUCCESS" || record.status === "GENERATE_COVER_FAILED") {
    await loadHistory(1);
    if (record.status === "SUCCESS") showResult();
    return;
  }
  state.poll = setTimeout(() => watch(taskId), POLL_MS);
}

function showProgress(status, errorMessage) {
  const pill = $("task-state");
  pill.hidden = false;
  pill.textContent = STATE_WORDS[status] || status;
  pill.dataset.state = status;
  const steps = ["PENDING", "GENERATING", "SUCCESS"];
  const reached = status === "GENERATE_COVER_FAILED" ? 1 : steps.indexOf(status);
  const progress = $("progress");
  progress.hidden = false;
  for (const item of progress.children) {
    const index = steps.indexOf(item.dataset.step);
    item.classList.toggle("done", index < reached || status === "SUCCESS");
    item.classList.toggle("now", index === reached && status !== "SUCCESS");
    item.toggleAttribute("aria-current", index === reached);
  }
  const words = {
    PENDING: "Waiting for a worker…",
    GENERATING: "Listening to the track and painting two covers…",
    SUCCESS: "Your two covers are ready.",
    GENERATE_COVER_FAILED: `The covers could not be made: ${errorMessage || "unknown reason"}. The credit was given back.`,
  };
  $("progress-text").textContent = words[status] || status;
  $("progress-text").classList.toggle("failed", status === "GENERATE_COVER_FAILED");
}

function currentSummary() {
  return state.history.find((task) => task.taskId === state.current.taskId) || null;
}

function showResult() {
  const summary = currentSummary();
  const record = state.current.record;
  const urls = record.response ? record.response.images : [];
  const styles = summary ? summary.images.map((image) => image.style) : [];
  const selected = summary ? summary.selectedImage : record.selectedImage;
  if (summary) $("compare-title").textContent = summary.title;
  $("result").hidden = false;
  renderBig(urls, styles, selected);
  renderThumbs(urls, styles, summary ? summary.title : state.current.title);
  renderDirection(summary ? summary.direction : null);
  presetStyles(styles);
}

function renderBig(urls, styles, selected) {
  const big = $("big");
  big.replaceChildren();
  urls.forEach((url, index) => {
    const number = index + 1;
    const picked = selected === number;
    const style = styles[index] || "";
    big.append(
      el(
        "figure",
        { class: picked ? "cover picked" : "cover" },
        el("img", {
          src: safeImageUrl(url),
          alt: `Cover ${number}${style ? ` in the ${style.replace(/_/g, " ")} style` : ""}`,
          width: 1024,
          height: 1024,
        }),
        el(
          "figcaption",
          {},
          el("span", { class: "caption" }, el("b", { text: String(number) }), ` ${styleWords(style)}`),
          el(
            "span",
            { class: "row" },
            el("button", {
              type: "button",
              class: picked ? "pick primary" : "pick",
              "aria-pressed": picked ? "true" : "false",
              text: picked ? "Picked" : "Pick this one",
              onclick: () => pick(number),
            }),
            el("button", {
              type: "button",
              class: "download",
              text: "Download 3000 px",
              onclick: (event) => download(number, event.currentTarget),
            }),
          ),
        ),
      ),
    );
  });
}

function styleWords(name) {
  return (name || "").replace(/_/g, " ");
}

function renderThumbs(urls, styles, title) {
  // Each background gets the covers side by side at 300 px (an album page), 128 px
  // (a grid tile with its caption) and 64 px (a list row), as streaming apps show them.
  const thumbs = $("thumbs");
  thumbs.replaceChildren();
  const image = (url, size) =>
    el("img", { src: safeImageUrl(url), alt: "", width: size, height: size, loading: "lazy" });
  for (const tone of ["dark", "light"]) {
    const album = el("div", { class: "size-row album" });
    const grid = el("div", { class: "size-row grid" });
    const list = el("ul", { class: "list-rows" });
    urls.forEach((url, index) => {
      const label = `Cover ${index + 1} · ${styleWords(styles[index])}`;
      album.append(el("figure", { class: "tile s300" }, image(url, 300), el("figcaption", { text: label })));
      grid.append(
        el(
          "figure",
          { class: "tile s128" },
          image(url, 128),
          el("figcaption", {}, el("b", { text: title }), el("span", { text: `Cover ${index + 1}` })),
        ),
      );
      list.append(
        el("li", { class: "tile s64" }, image(url, 64), el("span", {}, el("b", { text: title }), el("span", { text: label }))),
      );
    });
    thumbs.append(
      el(
        "div",
        { class: `shelf ${tone}`, role: "group", "aria-label": `On a ${tone} background` },
        el("p", { class: "shelf-label", text: tone === "dark" ? "Dark background" : "Light background" }),
        el("p", { class: "size-label", text: "300 px · album page" }),
        album,
        el(
          "div",
          { class: "small-sizes" },
          el("div", {}, el("p", { class: "size-label", text: "128 px · grid" }), grid),
          el("div", {}, el("p", { class: "size-label", text: "64 px · list" }), list),
        ),
      ),
    );
  }
}

function renderDirection(direction) {
  const list = $("direction");
  list.replaceChildren();
  if (!direction) {
    list.append(el("dd", { text: "Not recorded for this task." }));
    return;
  }
  const swatches = el("span", { class: "swatches" });
  for (const colour of direction.palette) {
    if (/^#[0-9a-f]{6}$/i.test(colour)) {
      const swatch = el("span", { class: "swatch", title: colour });
      swatch.style.setProperty("--swatch", colour);
      swatches.append(swatch);
    }
  }
  const rows = [
    ["Genre", `${direction.genre} (${direction.subgenre || direction.family} family)`],
    ["Mood", direction.mood],
    ["Tempo", `${direction.tempoBpm} BPM${direction.key ? `, ${direction.key}` : ""}`],
    ["Heard from", direction.fromAudio ? "the audio and the words" : "the words (no audio)"],
    ["Styles", direction.styles.map((name) => name.replace(/_/g, " ")).join(" and ")],
    ["Title", `${direction.layout.replace(/_/g, " ")} layout, ${direction.texture.replace(/_/g, " ")} finish`],
  ];
  for (const [term, value] of rows) list.append(el("dt", { text: term }), el("dd", { text: value }));
  list.append(el("dt", { text: "Palette" }), el("dd", {}, swatches));
}

// --- pick, variations, export ---------------------------------------------------------

async function pick(number) {
  clearNotice();
  try {
    await api("/api/v1/suno/cover/select", {
      method: "POST",
      json: { taskId: state.current.taskId, image: number },
    });
    await loadHistory(1);
    showResult();
    document.querySelectorAll("#big .pick")[number - 1].focus();
  } catch (error) {
    showNotice(error.message);
  }
}

async function loadStyles() {
  try {
    state.styles = await api("/api/v1/suno/cover/styles");
  } catch (error) {
    showNotice(error.message);
    return;
  }
  for (const id of ["style-1", "style-2"]) {
    const select = $(id);
    select.replaceChildren();
    for (const family of ["image", "graphic"]) {
      const group = el("optgroup", { label: family === "image" ? "Image styles" : "Graphic styles" });
      for (const style of state.styles.filter((s) => s.family === family)) {
        group.append(el("option", { value: style.name, text: style.name.replace(/_/g, " ") }));
      }
      select.append(group);
    }
    select.addEventListener("change", describeStyles);
  }
}

function presetStyles(used) {
  const names = state.styles.map((style) => style.name);
  const fresh = names.filter((name) => !used.includes(name));
  const family = (name) => (state.styles.find((s) => s.name === name) || {}).family;
  const first = fresh.find((name) => family(name) === "image") || names[0];
  const second = fresh.find((name) => family(name) === "graphic") || names[1];
  $("style-1").value = first;
  $("style-2").value = second;
  describeStyles();
}

function describeStyles() {
  for (const n of [1, 2]) {
    const style = state.styles.find((s) => s.name === $(`style-${n}`).value);
    $(`style-${n}-about`).textContent = style ? style.description : "";
  }
}

async function makeVariation(styles) {
  clearNotice();
  const source = state.current.taskId;
  if (styles && styles[0] === styles[1]) {
    showNotice("Choose two different styles, one for each image.");
    return;
  }
  for (const id of ["vary-button", "surprise-button"]) $(id).disabled = true;
  try {
    const body = { taskId: source };
    if (styles) body.styles = styles;
    const created = await api("/api/v1/suno/cover/variations", { method: "POST", json: body });
    openTask(created.taskId, state.current.title || $("compare-title").textContent);
    refreshCredits();
    $("compare-title").focus();
  } catch (error) {
    showNotice(error.message);
  } finally {
    for (const id of ["vary-button", "surprise-button"]) $(id).disabled = false;
  }
}

function filenameFrom(disposition, fallback) {
  const utf = /filename\*=UTF-8''([^;]+)/i.exec(disposition || "");
  if (utf) return decodeURIComponent(utf[1]);
  const plain = /filename="([^"]+)"/i.exec(disposition || "");
  return plain ? plain[1] : fallback;
}

async function download(number, button) {
  clearNotice();
  const taskId = state.current.taskId;
  const label = button.textContent;
  button.disabled = true;
  button.textContent = "Rendering 3000 px…";
  try {
    const query = new URLSearchParams({ taskId, image: String(number), size: "3000", format: "jpeg" });
    const response = await api(`/api/v1/suno/cover/export?${query}`, { raw: true });
    const blob = await response.blob();
    const link = el("a", {
      href: URL.createObjectURL(blob),
      download: filenameFrom(response.headers.get("content-disposition"), `cover-${number}.jpg`),
    });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 60000);
  } catch (error) {
    showNotice(error.message);
  } finally {
    button.disabled = false;
    button.textContent = label;
  }
}

// --- history ---------------------------------------------------------------------------

function callbackWords(callback) {
  if (!callback) return "Callback: not sent yet";
  const attempts = `${callback.attempts} attempt${callback.attempts === 1 ? "" : "s"}`;
  const last = callback.lastStatusCode ? `, last HTTP ${callback.lastStatusCode}` : callback.lastError ? `, ${callback.lastError}` : "";
  return `Callback ${callback.status.toLowerCase()} (${attempts}${last})`;
}

async function loadHistory(page) {
  let data;
  try {
    data = await api(`/api/v1/suno/cover/list?page=${page}&pageSize=20`);
  } catch (error) {
    showNotice(error.message);
    return;
  }
  state.historyPage = page;
  state.history = page === 1 ? data.tasks : [...(state.history || []), ...data.tasks];
  const list = $("history-list");
  list.replaceChildren();
  if (!state.history.length) list.append(el("li", { class: "empty", text: "No covers yet." }));
  for (const task of state.history) list.append(historyItem(task));
  $("more-history").hidden = state.history.length >= data.total;
}

function historyItem(task) {
  const finished = task.status === "SUCCESS" || task.status === "GENERATE_COVER_FAILED";
  const thumbs = el("span", { class: "mini" });
  for (const image of task.images) {
    thumbs.append(
      el("img", {
        src: safeImageUrl(image.url),
        alt: "",
        width: 48,
        height: 48,
        loading: "lazy",
        class: task.selectedImage === image.image ? "chosen" : null,
      }),
    );
  }
  if (!task.images.length) thumbs.append(el("span", { class: "placeholder", "aria-hidden": "true" }));
  const when = new Date(task.createTime).toLocaleString();
  const isOpen = state.current && state.current.taskId === task.taskId;
  return el(
    "li",
    { class: isOpen ? "task open" : "task", "data-task": task.taskId },
    thumbs,
    el(
      "span",
      { class: "about" },
      el("b", { class: "task-title", text: task.title || "Untitled" }),
      el("span", { class: "pill", "data-state": task.status, text: STATE_WORDS[task.status] || task.status }),
      task.variationOf ? el("span", { class: "tag", text: "variation" }) : null,
      el("span", { class: "meta", text: when }),
      el("span", { class: "meta callback", text: callbackWords(task.callback) }),
    ),
    el(
      "span",
      { class: "actions" },
      el("button", {
        type: "button",
        text: "Open",
        "aria-label": `Open ${task.title || "this task"}`,
        onclick: () => openTask(task.taskId, task.title),
      }),
      finished
        ? el("button", {
            type: "button",
            class: "quiet",
            text: "Resend callback",
            onclick: (event) => resend(task.taskId, event.currentTarget),
          })
        : null,
    ),
  );
}

async function resend(taskId, button) {
  clearNotice();
  button.disabled = true;
  try {
    await api("/api/v1/suno/cover/callback/resend", { method: "POST", json: { taskId } });
    button.textContent = "Callback queued";
    setTimeout(() => loadHistory(1), 1500);
  } catch (error) {
    showNotice(error.message);
    button.disabled = false;
  }
}

// --- start -----------------------------------------------------------------------------

function start() {
  keyFromFragment();
  $("sign-in-form").addEventListener("submit", (event) => {
    event.preventDefault();
    const key = $("key-input").value.trim();
    if (!key) return;
    sessionStorage.setItem(KEY_SLOT, key);
    $("key-input").value = "";
    signIn();
  });
  $("sign-out").addEventListener("click", () => signOut());
  $("notice-close").addEventListener("click", clearNotice);
  $("track-form").addEventListener("submit", makeCovers);
  $("vary-form").addEventListener("submit", (event) => {
    event.preventDefault();
    makeVariation([$("style-1").value, $("style-2").value]);
  });
  $("surprise-button").addEventListener("click", () => makeVariation(null));
  $("refresh-history").addEventListener("click", () => loadHistory(1));
  $("more-history").addEventListener("click", () => loadHistory(state.historyPage + 1));
  if (apiKey()) signIn();
  else signOut();
}

document.addEventListener("DOMContentLoaded", start);
