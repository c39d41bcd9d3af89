"""Guided lessons in the window: the lesson controller and its dock."""
