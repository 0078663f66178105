"""Imported only in the render fork server (see render_process): it and the render
processes it forks ignore SIGTERM and SIGINT. A signal to the whole process group
(Ctrl-C, systemd, a test's killpg) is the server's to handle: it stops its renders
itself, so that a shutdown never looks like a failed render."""

import signal

signal.signal(signal.SIGTERM, signal.SIG_IGN)
signal.signal(signal.SIGINT, signal.SIG_IGN)
