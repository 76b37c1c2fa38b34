"""Reusable widgets: password field, strength meter, busy indicator, message boxes, page layout."""
