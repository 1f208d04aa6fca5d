"""Deterministic test material of any size (exports, screenshots) for tests and benchmarks."""
