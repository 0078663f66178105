"""The application: routers from every domain, one error renderer, middleware, health,
metrics, and the background work each process runs."""
