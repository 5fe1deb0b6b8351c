"""HTTP routes, one module per area; each only reads parameters and calls the service."""
