"""Imported only in the render fork server (see render_process), before it forks any
render process:

- it and the render processes ignore SIGTERM and SIGINT: a signal to the whole
  process group (Ctrl-C, systemd, a test's killpg) is the server's to handle; it stops
  its renders itself, so that a shutdown never looks like a failed render;
- one small cover is rendered, so that fonts and other caches are loaded once here
  and every render process starts warm; the warm heap is then frozen (gc.freeze), so
  that no render process's garbage collector copies its shared pages.
"""

import signal

signal.signal(signal.SIGTERM, signal.SIG_IGN)  # first: the imports below take a while
signal.signal(signal.SIGINT, signal.SIG_IGN)

import gc  # noqa: E402

from sleeve.engine.music import MusicInput  # noqa: E402
from sleeve.engine.pipeline import render_covers  # noqa: E402

render_covers(MusicInput(task_id="warm-up", title="Warm Up", tags="pop"), size=64)
gc.freeze()
