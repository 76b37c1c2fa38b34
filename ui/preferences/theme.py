"""The colour scheme: follow the system, or light, or dark.

Qt 6.8's ``QStyleHints.setColorScheme`` asks the platform theme for its own light or dark palette
(Windows, macOS, GNOME, KDE). Where the platform cannot (a minimal or offscreen platform), the one
palette below stands in: this module is the only place in the app that names colours; every widget
draws with palette roles.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

THEMES = ("system", "light", "dark")


def _dark_palette() -> QPalette:
    role = QPalette.ColorRole
    group = QPalette.ColorGroup
    palette = QPalette()
    base = {
        role.Window: QColor(0x2B, 0x2D, 0x30),
        role.WindowText: QColor(0xE8, 0xE8, 0xE8),
        role.Base: QColor(0x1F, 0x20, 0x22),
        role.AlternateBase: QColor(0x26, 0x28, 0x2B),
        role.ToolTipBase: QColor(0x3A, 0x3C, 0x40),
        role.ToolTipText: QColor(0xF0, 0xF0, 0xF0),
        role.PlaceholderText: QColor(0x9A, 0x9A, 0x9A),
        role.Text: QColor(0xE8, 0xE8, 0xE8),
        role.Button: QColor(0x35, 0x37, 0x3B),
        role.ButtonText: QColor(0xE8, 0xE8, 0xE8),
        role.BrightText: QColor(0xFF, 0x6B, 0x6B),
        role.Light: QColor(0x4A, 0x4C, 0x50),
        role.Midlight: QColor(0x3E, 0x40, 0x44),
        role.Mid: QColor(0x30, 0x32, 0x35),
        role.Dark: QColor(0x18, 0x19, 0x1B),
        role.Shadow: QColor(0x0E, 0x0E, 0x0F),
        role.Highlight: QColor(0x3D, 0x7E, 0xD6),
        role.HighlightedText: QColor(0xFF, 0xFF, 0xFF),
        role.Link: QColor(0x7A, 0xB4, 0xFF),
        role.LinkVisited: QColor(0xB4, 0x9A, 0xFF),
    }
    for r, color in base.items():
        palette.setColor(r, color)
    for r in (role.WindowText, role.Text, role.ButtonText):
        palette.setColor(group.Disabled, r, QColor(0x80, 0x80, 0x80))
    return palette


def _scheme(theme: str) -> Qt.ColorScheme:
    return {"light": Qt.ColorScheme.Light, "dark": Qt.ColorScheme.Dark}.get(theme, Qt.ColorScheme.Unknown)


def apply_theme(theme: str) -> None:
    """Use ``theme`` ("system", "light" or "dark") for the whole app, at once."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    hints = QGuiApplication.styleHints()
    if theme == "system":
        hints.unsetColorScheme()
        app.setPalette(QPalette())  # an empty palette resolves to the platform's own
        return
    wanted = _scheme(theme)
    hints.setColorScheme(wanted)
    if hints.colorScheme() == wanted:
        app.setPalette(QPalette())  # the platform's palette for the scheme it now uses
        return
    style = app.style()
    app.setPalette(_dark_palette() if theme == "dark" else style.standardPalette())


def effective_scheme() -> str:
    """ "dark" or "light": what the app looks like now (from the palette, whatever set it)."""
    window = QGuiApplication.palette().color(QPalette.ColorRole.Window)
    text = QGuiApplication.palette().color(QPalette.ColorRole.WindowText)
    return "dark" if window.lightness() < text.lightness() else "light"


__all__ = ["THEMES", "apply_theme", "effective_scheme"]
