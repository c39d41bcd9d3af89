"""The main window: the one room that knows every other; menus, presentation, files, wiring."""
