"""The interface language: which ones Satchel speaks, switching live, and the credential text to show.

Switching installs the new translators and makes the language the default ``QLocale`` (dates and
numbers follow it); Qt then sends every widget ``QEvent.LanguageChange``. Credentials that carry
several languages are shown in :func:`display_languages` order (``wallet.model.text_in``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

LANGUAGES: tuple[tuple[str, str], ...] = (("en", "English"), ("nl", "Nederlands"), ("da", "Dansk"))
"""The languages Satchel is translated into: code and name, each in its own language (never translated)."""

_installed: list[QTranslator] = []


def apply_language(language: str) -> list[QTranslator]:
    """Replace the installed translators with those for ``language`` (empty: the system's) and make
    it the default locale. Widgets receive ``LanguageChange`` and retranslate themselves."""
    from ui.app import install_translators

    app = QCoreApplication.instance()
    if app is None:
        return []
    for translator in _installed:
        app.removeTranslator(translator)
        translator.deleteLater()
    _installed.clear()
    locale = QLocale(language) if language else QLocale.system()
    QLocale.setDefault(locale)
    _installed.extend(install_translators(app, language))
    return list(_installed)


def adopt(translators: list[QTranslator]) -> None:
    """Remember the translators installed at start-up, so that a later switch replaces them."""
    _installed.extend(translators)


def display_languages() -> tuple[str, ...]:
    """The learner's languages for credential text, best first: the interface language, then English."""
    code = QLocale().name().split("_")[0].lower()
    return (code, "en") if code and code != "en" else ("en",)


__all__ = ["LANGUAGES", "adopt", "apply_language", "display_languages"]
