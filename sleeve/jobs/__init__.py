"""The task transport (Huey carries ids), leases, and the reconciler that loses nothing."""
