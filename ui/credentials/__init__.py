"""The credential list: its Qt model and its view."""
