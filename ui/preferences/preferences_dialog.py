"""Preferences: language, colour scheme, lock timeout, and the issuers the learner chose to trust.

Every change applies at once (no Apply button): the language and theme switch live, the lock timeout
reaches the idle timer through ``Settings.changed``, and removing a trusted issuer re-checks that
issuer's credentials.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractListModel, QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QMainWindow,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
)

from ui.imports.host import credentials_changed, insert_group
from ui.preferences.language import LANGUAGES, apply_language
from ui.preferences.theme import apply_theme
from ui.settings import LANGUAGE, LOCK_TIMEOUT_MINUTES, MAX_LOCK_TIMEOUT_MINUTES, THEME, Settings

if TYPE_CHECKING:
    from ui.session import Session

Index = QModelIndex | QPersistentModelIndex


class TrustedIssuerModel(QAbstractListModel):
    """The learner's trusted issuers: ``(issuer id, name or None)``, shown as "Name — id"."""

    ID_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._issuers: list[tuple[str, str | None]] = []

    def set_issuers(self, issuers: list[tuple[str, str | None]]) -> None:
        self.beginResetModel()
        self._issuers = list(issuers)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._issuers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._issuers):
            return None
        issuer_id, name = self._issuers[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{name} — {issuer_id}" if name else issuer_id
        if role == Qt.ItemDataRole.ToolTipRole:
            return issuer_id
        if role == self.ID_ROLE:
            return issuer_id
        return None


def _reverify_issuer(holder: Any, issuer_id: str) -> int:
    """Re-check the stored credentials of ``issuer_id`` (their issuer-trust check changed). Worker only."""
    from wallet.importer import context_for, reverify
    from wallet.paths import default_cache_dir

    vault = holder.vault
    ids = [s.id for s in vault.summaries() if s.record.issuer_id == issuer_id]
    if ids:
        reverify(vault, context_for(vault, cache_dir=default_cache_dir(holder.path)), ids)
    return len(ids)


class PreferencesDialog(QDialog):
    """Changes apply immediately; Close closes."""

    def __init__(self, window: QMainWindow, settings: Settings, session: Session) -> None:
        super().__init__(window)
        self.window_ = window
        self.settings = settings
        self.session = session
        self.setMinimumWidth(520)

        self.language = QComboBox(self)
        self.language.addItem("", "")
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        self.theme = QComboBox(self)
        for code in ("system", "light", "dark"):
            self.theme.addItem("", code)
        self.lock_timeout = QSpinBox(self)
        self.lock_timeout.setRange(0, MAX_LOCK_TIMEOUT_MINUTES)
        self.lock_timeout.setSingleStep(1)
        self.language_label = QLabel(self)
        self.language_label.setBuddy(self.language)
        self.theme_label = QLabel(self)
        self.theme_label.setBuddy(self.theme)
        self.lock_label = QLabel(self)
        self.lock_label.setBuddy(self.lock_timeout)

        self.appearance = QGroupBox(self)
        form = QFormLayout(self.appearance)
        form.addRow(self.language_label, self.language)
        form.addRow(self.theme_label, self.theme)
        self.security = QGroupBox(self)
        security_form = QFormLayout(self.security)
        security_form.addRow(self.lock_label, self.lock_timeout)

        self.trusted = QGroupBox(self)
        self.trusted_intro = QLabel(self.trusted)
        self.trusted_intro.setWordWrap(True)
        self.issuers = TrustedIssuerModel(self)
        self.issuer_list = QListView(self.trusted)
        self.issuer_list.setModel(self.issuers)
        self.issuer_list.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.issuer_list.setMinimumHeight(110)
        self.empty_label = QLabel(self.trusted)
        self.empty_label.setWordWrap(True)
        self.remove_button = QPushButton(self.trusted)
        self.remove_button.setEnabled(False)
        self.remove_button.clicked.connect(self.remove_selected)
        trusted_layout = QVBoxLayout(self.trusted)
        trusted_layout.addWidget(self.trusted_intro)
        trusted_layout.addWidget(self.issuer_list)
        trusted_layout.addWidget(self.empty_label)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.remove_button)
        trusted_layout.addLayout(row)
        self.issuer_list.selectionModel().selectionChanged.connect(self._selection_changed)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(self.appearance)
        layout.addWidget(self.security)
        layout.addWidget(self.trusted, 1)
        layout.addWidget(buttons)

        self._loading = True
        self.language.setCurrentIndex(max(0, self.language.findData(settings.get(LANGUAGE))))
        self.theme.setCurrentIndex(max(0, self.theme.findData(settings.get(THEME))))
        self.lock_timeout.setValue(settings.get(LOCK_TIMEOUT_MINUTES))
        self._loading = False
        self.language.currentIndexChanged.connect(self._language_changed)
        self.theme.currentIndexChanged.connect(self._theme_changed)
        self.lock_timeout.valueChanged.connect(self._lock_changed)
        self.retranslate()
        self.load_issuers()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Preferences"))
        self.setAccessibleName(self.tr("Preferences"))
        self.appearance.setTitle(self.tr("Appearance"))
        self.security.setTitle(self.tr("Security"))
        self.trusted.setTitle(self.tr("Issuers you trust"))
        self.language_label.setText(self.tr("&Language:"))
        self.language.setAccessibleName(self.tr("Language"))
        self.language.setItemText(0, self.tr("Same as the system"))
        self.theme_label.setText(self.tr("&Colours:"))
        self.theme.setAccessibleName(self.tr("Colour scheme"))
        self.theme.setItemText(0, self.tr("Follow the system"))
        self.theme.setItemText(1, self.tr("Light"))
        self.theme.setItemText(2, self.tr("Dark"))
        self.lock_label.setText(self.tr("Lock &after:"))
        self.lock_timeout.setAccessibleName(self.tr("Lock after this many idle minutes"))
        self.lock_timeout.setSpecialValueText(self.tr("Never"))
        self.lock_timeout.setSuffix(self.tr(" min idle"))
        self.trusted_intro.setText(
            self.tr(
                "Credentials from these issuers show as coming from an issuer you trust. To add one, open a credential "
                "and choose “Trust this issuer”."
            )
        )
        self.issuer_list.setAccessibleName(self.tr("Issuers you trust"))
        self.empty_label.setText(self.tr("You have not added any issuers yet."))
        self.remove_button.setText(self.tr("&Remove"))
        self.remove_button.setAccessibleName(self.tr("Remove the selected issuer"))
        self.close_button.setText(self.tr("Close"))
        self.close_button.setAccessibleName(self.tr("Close"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- settings ---------------------------------------------------------------------------

    def _language_changed(self, _index: int) -> None:
        code = str(self.language.currentData() or "")
        self.settings.set(LANGUAGE, code)
        apply_language(code)

    def _theme_changed(self, _index: int) -> None:
        theme = str(self.theme.currentData() or "system")
        self.settings.set(THEME, theme)
        apply_theme(theme)

    def _lock_changed(self, minutes: int) -> None:
        self.settings.set(LOCK_TIMEOUT_MINUTES, int(minutes))

    # -- trusted issuers --------------------------------------------------------------------

    def load_issuers(self) -> None:
        if not self.session.is_unlocked:
            self._show_issuers([])
            return
        self.session.op(self, lambda h: h.vault.trusted_issuers()).success(self._show_issuers).failure(lambda _e: None).run()

    def _show_issuers(self, issuers: list[tuple[str, str | None]]) -> None:
        self.issuers.set_issuers(issuers)
        self.empty_label.setVisible(not issuers)
        self.remove_button.setEnabled(False)

    def _selection_changed(self) -> None:
        self.remove_button.setEnabled(bool(self.issuer_list.selectionModel().selectedIndexes()))

    def remove_selected(self) -> None:
        indexes = self.issuer_list.selectionModel().selectedIndexes()
        if not indexes or not self.session.is_unlocked:
            return
        issuer_id = str(indexes[0].data(TrustedIssuerModel.ID_ROLE))
        self.remove_button.setEnabled(False)

        def remove(holder: Any) -> list[tuple[str, str | None]]:
            holder.vault.distrust_issuer(issuer_id)
            _reverify_issuer(holder, issuer_id)
            return list(holder.vault.trusted_issuers())

        def removed(issuers: list[tuple[str, str | None]]) -> None:
            self._show_issuers(issuers)
            credentials_changed(self.window_)

        self.session.op(self, remove).success(removed).run()


class PreferencesController(QObject):
    """Installed by :func:`ui.preferences.install_preferences`."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.settings: Settings = window.settings  # type: ignore[attr-defined]
        self.session: Session = window.session  # type: ignore[attr-defined]
        self.dialog: PreferencesDialog | None = None
        self.action = QAction(window)
        self.action.setMenuRole(QAction.MenuRole.PreferencesRole)
        preferences = QKeySequence(QKeySequence.StandardKey.Preferences)
        self.action.setShortcut(preferences if not preferences.isEmpty() else QKeySequence("Ctrl+,"))
        self.action.triggered.connect(self.show)
        self.retranslate()
        insert_group(window, (self.action,))
        window.installEventFilter(self)
        # So the detail view can call ``window.trust_issuer(issuer_id, name)``.
        if not hasattr(window, "trust_issuer"):
            from ui.preferences.trust import trust_issuer

            window.trust_issuer = lambda issuer_id, name=None: trust_issuer(window, issuer_id, name)  # type: ignore[attr-defined]

    def retranslate(self) -> None:
        self.action.setText(self.tr("Pr&eferences…"))
        self.action.setToolTip(self.tr("Language, colours, automatic lock and trusted issuers"))
        self.action.setStatusTip(self.action.toolTip())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return super().eventFilter(watched, event)

    def show(self) -> PreferencesDialog:
        if self.dialog is None:
            self.dialog = PreferencesDialog(self.window, self.settings, self.session)
            self.dialog.finished.connect(self._closed)
        else:
            self.dialog.load_issuers()
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()
        return self.dialog

    def _closed(self, _result: int) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
            self.dialog = None


__all__ = ["PreferencesController", "PreferencesDialog", "TrustedIssuerModel"]
