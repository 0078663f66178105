"""Tools for people working on Sleeve itself (not used by the service)."""
