"""The spectrogram style's stream: the whole song as one crisp streamgraph, a printed
data graphic (Lee Byron's listening streams, Blue Note's colour bars). Time runs across
the frame, edge to edge; the stream is as thick as the song is loud at each moment (its
outline the loudness curve, mirrored about a gently tilted axis), and inside it the
band groups lie in flat stripes of ink, each as thick at each moment as its share of
the sound, swaying as the song moves from bass to treble. The song sets how many
stripes (its density), how thick the stream runs and how it swells; the seed sets its
axis on a thirds line, its tilt and which way time runs."""

from __future__ import annotations

import numpy as np
from scipy import ndimage

from sleeve.engine.styles.cover_parts.spectro_layouts import MARGIN, Canvas, Ink, coverage, lit

GROUPS = (4, 7)  # band groups striping the stream, sparse to dense songs
INKS = np.array([1.0, 0.45, 0.78], np.float32)  # tip, deep spot, spot: stripe by stripe
THIN = 0.22  # the stream's thickness at the song's quietest (a share of its loudest)
SHALLOW = 0.4  # a band this shallow (over or under a middle title) the stream fills
TILT = 0.12  # the axis's rise across the frame at most (a share of the free height)
SWING = 3.0  # how far the stripes sway with the song, beyond its own shares


def band_ends(spec: np.ndarray, groups: int) -> np.ndarray:
    """(frames, groups - 1) where each band group ends across the stream (0..1): the
    bands cut into `groups` runs, low to high, each as wide at each moment as its share
    of the song's sound then (swayed SWING times wider), held steady over a few frames
    (smooth, crisp curves)."""
    runs = np.array_split(np.arange(spec.shape[1]), groups)
    energy = np.stack([spec[:, r].sum(axis=1) for r in runs], axis=1) + 1e-3
    energy = ndimage.gaussian_filter1d(energy, spec.shape[0] * 0.015, axis=0, mode="nearest")
    ends = np.cumsum(energy, axis=1) / energy.sum(axis=1, keepdims=True)
    # each end swung SWING times as far from its mean as the song moves it (a steady
    # song's stripes stood straight), kept in order and inside the stream
    ends = ends.mean(axis=0) + SWING * (ends - ends.mean(axis=0))
    ends = np.maximum.accumulate(np.clip(ends, 0.0, 1.0), axis=1)
    return np.ascontiguousarray(ends[:, :-1], np.float32)


def stripe_index(ends: np.ndarray, t: np.ndarray, v: np.ndarray, step: np.ndarray) -> np.ndarray:
    """The stripe each pixel falls in, fractional across its anti-aliased edges: the
    count of the band groups' ends (`ends` at time t, interpolated) left of v, each
    edge ramped over `step` (one pixel in v)."""
    frames = ends.shape[0]
    at = np.clip(t * (frames - 1), 0.0, frames - 1.0)
    lo = np.minimum(at.astype(np.intp), frames - 2)
    w = at - lo
    index = np.zeros(np.broadcast_shapes(t.shape, v.shape), np.float32)
    for k in range(ends.shape[1]):
        edge = ends[lo, k] * (1 - w) + ends[lo + 1, k] * w
        index += np.clip((v - edge) / step + 0.5, 0.0, 1.0)
    return index


def _thickness(c: Canvas, spec: np.ndarray, u: np.ndarray, full: float) -> np.ndarray:
    """(res,) the stream's thickness at each column's moment: from THIN of `full` at the
    song's quietest to `full` at its loudest, its swell stretched to the whole range
    however slight; a song with no swell at all swells with its hits (signals.onsets)
    (a flat song drew a straight flag of stripes), or without them is held broad."""
    loud = spec.mean(axis=1)
    if float(np.ptp(loud)) < 1e-4 * max(float(loud.max()), 1e-6) and len(c.hits):
        loud = c.hits.astype(np.float32)
    loud = ndimage.gaussian_filter1d(loud, len(loud) * 0.02, mode="nearest")
    spread = float(np.ptp(loud))
    flat = spread < 1e-4 * max(float(loud.max()), 1e-6)  # no swell, no hits: held broad
    level = np.full_like(loud, 0.8) if flat else (loud - loud.min()) / spread
    swell = np.interp(u, np.linspace(0, 1, len(level)), level)
    return (full * (THIN + (1.0 - THIN) * swell)).astype(np.float32)


def stream(c: Canvas, rng: np.random.Generator) -> Ink:
    """The song as a crisp streamgraph of its band groups (see the module)."""
    fx0, fy0, fx1, fy1 = c.free
    top = fy0 + MARGIN if fy0 > 0.0 else 0.02
    bottom = fy1 - MARGIN if fy1 < 1.0 else 0.98
    height = bottom - top
    x = c.x[0]
    u = np.clip((x - fx0) / max(fx1 - fx0, 1e-6), 0.0, 1.0)
    if rng.random() < 0.5:
        u = 1.0 - u  # the song may run either way
    spec = ndimage.gaussian_filter(c.spec, (c.spec.shape[0] * 0.006, 0.8), mode="nearest")
    fill = 0.55 + 0.3 * c.energy if height > SHALLOW else 0.85 + 0.1 * c.energy
    full = height * fill * float(rng.uniform(0.85, 1.0))  # a shallow band: filled
    thick = _thickness(c, spec, u, full)
    room = (height - full) / 2  # where the axis may sit and still keep the stream whole
    tilt = float(rng.uniform(-1.0, 1.0)) * min(TILT * height, room)
    centre = top + height / 2 + float(rng.choice((-1.0, 0.0, 1.0))) * max(room - abs(tilt), 0.0)
    axis = centre + tilt * (x - 0.5)
    low = axis - thick / 2  # the stream's upper edge (y grows down)
    v = (c.y - low[None, :]) / thick[None, :]  # 0 at its top edge, 1 at its bottom
    groups = int(GROUPS[0] + round((GROUPS[1] - GROUPS[0]) * c.density))
    ends = band_ends(spec, groups)
    if rng.random() < 0.5:
        ends = 1.0 - ends[:, ::-1]  # the bass on top or at the bottom
    stripe = stripe_index(ends, u[None, :], v, 1.0 / (thick[None, :] * c.res))
    inks = np.resize(np.roll(INKS, int(rng.integers(len(INKS)))), groups)
    tone = np.interp(stripe, np.arange(groups), inks).astype(np.float32)
    inset = np.minimum(c.y - low[None, :], low[None, :] + thick[None, :] - c.y)
    body = coverage(c, inset)
    box = (0.0, float(low.min()), 1.0, float((low + thick).max()))
    return lit(c, body, body * tone, box, floor=0.0)
