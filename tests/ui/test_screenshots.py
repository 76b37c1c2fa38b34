"""Screenshot smoke tests: the list, the cards and the detail in light and dark, saved as PNG under
``tests/artifacts/`` (gitignored) for a human to look at, and checked not to be blank."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.ui.credential_support import open_detail, open_wallet, signed_vault
from ui.main_window import MainWindow
from ui.preferences.theme import apply_theme

ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"


@pytest.fixture
def signed_ids(vault_dir: Path) -> dict[str, int]:
    return signed_vault(vault_dir)


@pytest.fixture
def restore_theme() -> Iterator[None]:
    yield
    apply_theme("system")


def brightness(image: QImage) -> tuple[float, float]:
    """Mean and variance of the grey level over a grid of samples."""
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    values = []
    for y in range(0, image.height(), 6):
        for x in range(0, image.width(), 6):
            values.append(QImage.pixelColor(image, x, y).lightnessF())
    mean = sum(values) / len(values)
    return mean, sum((v - mean) ** 2 for v in values) / len(values)


def shoot(qtbot: QtBot, window: MainWindow, name: str) -> QImage:
    qtbot.wait(30)
    QApplication.processEvents()
    image = window.grab().toImage()
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    image.save(str(ARTIFACTS / f"{name}.png"))
    return image


def test_light_and_dark_screens(qtbot: QtBot, signed_ids: dict[str, int], window: MainWindow, restore_theme: None) -> None:
    open_wallet(qtbot, window, len(signed_ids))
    window.resize(1000, 660)
    means: dict[str, list[float]] = {}
    for theme in ("light", "dark"):
        apply_theme(theme)
        window.close_detail()
        window.credentials.set_mode("list")
        window.credentials.select(signed_ids["good"])
        shots = [shoot(qtbot, window, f"credentials-list-{theme}")]
        window.credentials.set_mode("cards")
        shots.append(shoot(qtbot, window, f"credentials-cards-{theme}"))
        open_detail(qtbot, window, signed_ids["expired"])
        shots.append(shoot(qtbot, window, f"credential-detail-{theme}"))
        for image in shots:
            mean, variance = brightness(image)
            assert variance > 0.002, theme  # not a blank or single-colour window
            means.setdefault(theme, []).append(mean)
    for light, dark in zip(means["light"], means["dark"], strict=True):
        assert light - dark > 0.25  # dark really is dark
