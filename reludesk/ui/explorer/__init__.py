"""The activation explorer dock: f(z) and f′(z) plots, controls, properties table, depth plot."""
