"""Operator controls: maintenance mode, retention sweeps, health."""
