"""The network view: neurons and weights painted from a Trainer."""
