"""Hand-checked gold annotations (see README.md) and the helper that locates their offsets."""
