"""The collabgraph HTTP API (FastAPI)."""
