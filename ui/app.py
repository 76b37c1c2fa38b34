"""``satchel-app``: start the desktop app.

Start-up stays lean: only QtWidgets and the small UI modules load before the first paint; the vault
(SQLCipher, SQLAlchemy, Argon2) is imported on the worker thread right after it.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from ui.main_window import MainWindow
    from ui.session import Session
    from ui.settings import Settings
    from wallet.vault import KdfParams

WARM_UP_DELAY_MS = 150
"""Import the vault's modules this long after the window is shown, so they do not delay its first paint."""


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="satchel-app", description="Satchel, a wallet for learning credentials.")
    parser.add_argument("--vault", metavar="DIR", type=Path, help="the vault folder (default: the user data folder, or $SATCHEL_HOME)")
    parser.add_argument("--settings", metavar="FILE", type=Path, help="the settings INI file (default: satchel.ini in the config folder)")
    # Qt's own options (-platform, -style ...) pass through to QApplication.
    args, _qt_args = parser.parse_known_args(argv)
    return args


def create_application(argv: Sequence[str]) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QCoreApplication.setOrganizationName("Satchel")
    QCoreApplication.setApplicationName("Satchel")
    QApplication.setApplicationDisplayName("Satchel")
    QApplication.setDesktopFileName("satchel")
    return QApplication(list(argv))


def install_translators(app: QApplication, language: str) -> list[QTranslator]:
    """Load Qt's own and Satchel's translations for ``language`` (empty: the system's), if present."""
    from wallet.resources import resource_path

    locale = QLocale(language) if language else QLocale()
    installed: list[QTranslator] = []
    sources = (
        ("qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        ("satchel", "_", str(resource_path("i18n"))),
    )
    for name, prefix, folder in sources:
        translator = QTranslator(app)
        if translator.load(locale, name, prefix, folder):
            app.installTranslator(translator)
            installed.append(translator)
    return installed


def build_window(vault_dir: Path, settings: Settings, *, kdf: KdfParams | None = None) -> tuple[MainWindow, Session]:
    """The session and main window for ``vault_dir``; ``kdf`` fixes Argon2id parameters for a new
    vault (tests use the floor; ``None`` calibrates on this machine)."""
    from ui.main_window import MainWindow
    from ui.session import Session

    session = Session(vault_dir, kdf=kdf)
    window = MainWindow(session, settings)
    session.setParent(window)
    return window, session


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv if argv is None else [sys.argv[0] if sys.argv else "satchel-app", *argv])
    args = parse_args(argv[1:])
    app = create_application(argv)

    from ui.errors import install_crash_hook
    from ui.settings import LANGUAGE, Settings
    from wallet.paths import default_vault_dir

    install_crash_hook()
    settings = Settings(args.settings)
    install_translators(app, settings.get(LANGUAGE))
    window, session = build_window(args.vault or default_vault_dir(), settings)
    window.start()
    window.show()
    QTimer.singleShot(WARM_UP_DELAY_MS, session.warm_up)
    try:
        return app.exec()
    finally:
        session.shutdown()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
