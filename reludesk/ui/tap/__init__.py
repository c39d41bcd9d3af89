"""The water-tap dock: the animated tap and its panel."""
