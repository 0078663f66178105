"""Sleeve Studio: a web page, served by the app, that calls the public /api endpoints
to make, compare, pick and export covers."""
