"""Cross-cutting pieces: settings, errors, the response envelope, ids and time."""
