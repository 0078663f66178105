"""The art engine: music -> features -> art direction -> two cover images.

Pure functions of their inputs (and a seed taken from the music task id): no
database, no network, no downloads.
"""
