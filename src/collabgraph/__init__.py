"""collabgraph: map who works with whom."""

__version__ = "0.1.0"
