"""Cover tasks: the once-per-music-task rule, their lifecycle and their renders."""
