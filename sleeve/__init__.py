"""Sleeve: self-hosted cover art for generated music."""

__version__ = "0.1.0"
