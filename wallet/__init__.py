"""Satchel's core: credential formats, verification, the encrypted vault, stacking and sharing.

Nothing in this package imports Qt; the CLI and the desktop app are both thin layers over it.
"""

__version__ = "0.1.0"
