"""mailbot: runs a fractional CTO's newsletter inbox while he is away."""

__version__ = "0.1.0"
