"""Where things live on disk by default (``platformdirs``; ``SATCHEL_HOME`` overrides)."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "Satchel"


def default_vault_dir() -> Path:
    """The learner's vault folder: ``$SATCHEL_HOME`` if set, else the user data folder (not roaming)."""
    home = os.environ.get("SATCHEL_HOME")
    if home:
        return Path(home).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=False)) / "vault"


def default_cache_dir(vault_dir: Path) -> Path:
    """The cache of fetched documents (did:web, hosted badges, status lists) beside the vault.

    It holds only public documents, so it is kept outside the encrypted database.
    """
    return vault_dir / "cache"


def config_dir() -> Path:
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False, roaming=True))
