"""``satchel-app``: start the desktop app.

Start-up stays lean: only QtWidgets and the small UI modules load before the first paint; the vault
(SQLCipher, SQLAlchemy, Argon2) is imported on the worker thread right after it.
"""

from __future__ import annotations

import argparse
import signal
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QLabel

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
    parser.add_argument(
        "--demo", action="store_true", help="open a throw-away demo wallet filled with sample credentials (deleted on exit)"
    )
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


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Load Qt's own and Satchel's translations for ``language`` (empty: the system's), if present.

    English is the source language: choosing it loads no Satchel translation, and Qt's English.
    """
    from wallet.resources import resource_path

    locale = QLocale(language) if language else QLocale.system()
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


def apply_preferences(settings: Settings) -> None:
    """The language (translators and the default locale) and the colour scheme, before any window."""
    from ui.preferences.language import apply_language
    from ui.preferences.theme import apply_theme
    from ui.settings import LANGUAGE, THEME

    apply_language(settings.get(LANGUAGE))
    apply_theme(settings.get(THEME))


class DemoBanner(QLabel):
    """The demo's words in the status bar, and the window title that names the demo, in the current language."""

    def __init__(self, window: MainWindow, password: str) -> None:
        super().__init__(window)
        self.main_window = window
        self.password = password
        self.retranslate()

    def retranslate(self) -> None:
        title = QCoreApplication.translate("Demo", "Satchel — demo wallet (password: %1)").replace("%1", self.password)
        self.main_window.setWindowTitle(title)
        self.main_window.setAccessibleName(title)
        text = QCoreApplication.translate("Demo", "Demo wallet: sample credentials, deleted when you quit. Password: %1")
        self.setText(text.replace("%1", self.password))
        self.setAccessibleName(self.text())

    def changeEvent(self, event: QEvent) -> None:
        # After the window's own retranslate (parents first), so the demo title wins.
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def start_demo(window: MainWindow, session: Session, password: str) -> None:
    """Mark the window as a demo and open the demo vault with its (public) password."""
    window.statusBar().addPermanentWidget(DemoBanner(window, password))
    opened = getattr(window, "show_credentials", None)
    op = session.unlock(window, password)
    if callable(opened):
        op.success(lambda _count: opened())
    op.run()


def quit_on_signals(app: QApplication) -> QTimer:
    """Ctrl+C or SIGTERM quits cleanly (the vault locks, a demo folder is removed). Python runs
    signal handlers only between bytecodes, so a light timer gives it the chance while Qt waits."""
    for number in (signal.SIGINT, signal.SIGTERM):
        signal.signal(number, lambda *_args: app.quit())
    timer = QTimer(app)
    timer.start(250)
    timer.timeout.connect(lambda: None)
    return timer


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv if argv is None else [sys.argv[0] if sys.argv else "satchel-app", *argv])
    args = parse_args(argv[1:])
    app = create_application(argv)

    from ui.errors import install_crash_hook
    from ui.settings import Settings
    from wallet.paths import default_vault_dir

    install_crash_hook()
    demo = None
    if args.demo:
        from wallet.demo import DemoWallet

        # A throw-away vault and settings file in a temporary folder, removed on exit.
        demo = DemoWallet.create()
    settings = Settings(demo.settings_path if demo is not None else args.settings)
    apply_preferences(settings)
    vault_dir = demo.vault_dir if demo is not None else args.vault or default_vault_dir()
    window, session = build_window(vault_dir, settings)
    window.start()
    window.show()
    if demo is not None:
        start_demo(window, session, demo.password)
    QTimer.singleShot(WARM_UP_DELAY_MS, session.warm_up)
    quit_on_signals(app)
    try:
        return app.exec()
    finally:
        session.shutdown()
        if demo is not None:
            demo.remove()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
