"""Graph files other tools read and write: GraphML, GEXF and networkx node-link JSON.

`collabgraph.exporting` writes them; `collabgraph.ingest.graphfile` imports
them again. The rules both sides follow (typed columns, lists one item per
line, the `relation` column) live in `collabgraph.graphfiles.columns`.
"""

from collabgraph.graphfiles.columns import Table, tabulate
from collabgraph.graphfiles.gexf import read_gexf, write_gexf
from collabgraph.graphfiles.graphml import read_graphml, write_graphml
from collabgraph.graphfiles.nodelink import is_node_link, node_link_data, node_link_rows

__all__ = [
    "Table",
    "is_node_link",
    "node_link_data",
    "node_link_rows",
    "read_gexf",
    "read_graphml",
    "tabulate",
    "write_gexf",
    "write_graphml",
]
