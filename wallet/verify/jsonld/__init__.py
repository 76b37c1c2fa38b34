"""JSON-LD for verification: bundled contexts only, safe mode, bounded RDFC-1.0 canonicalisation.

``loader`` gives context documents by exact URL from ``resources/contexts/`` (never the network);
``canon`` expands, converts to RDF and canonicalises with size, depth, blank-node, quad and time
limits; ``safemode`` names the terms JSON-LD processing would silently drop.
"""
