"""Shared widget parts: the plot factory, axes, exporters, titles, scroll frame, splitters.

Feature rooms (explorer, trainer, tap, lessons) import from here; this package imports only
``theme`` and ``reludesk.core``, never a feature room.
"""
