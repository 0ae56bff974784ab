"""`python -m collabgraph ...`: the same command line as the `collabgraph` script."""

from collabgraph.cli import app

app(prog_name="collabgraph")
