"""The topographic style's Land: a height field, RES x RES, 0..1, and a valley's river."""

from __future__ import annotations

from typing import NamedTuple

import numpy as np

from sleeve.engine.styles.cover_parts import topo_terrain as terrain

RES = terrain.RES


class Land(NamedTuple):
    """A landform: its height (RES x RES, 0 on the plain or the open water, 1 at the
    summit) and, for a valley, its river (the signed distance from the banks, share of
    the side, negative in the water)."""

    height: np.ndarray
    river: np.ndarray | None = None
