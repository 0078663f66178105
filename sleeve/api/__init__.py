"""HTTP only: routers parse, authenticate, call a service, and answer in the envelope."""
