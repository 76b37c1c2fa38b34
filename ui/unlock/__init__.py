"""Creating, unlocking and recovering the vault."""
