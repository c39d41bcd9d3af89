"""The network trainer dock: panel, controls, driver, history plots, compare, seeds."""
