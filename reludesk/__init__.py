"""reludesk: why ReLU replaced step, sigmoid and tanh, why ReLU neurons die, and how Leaky ReLU
keeps them alive."""

__version__ = "0.1.0"
