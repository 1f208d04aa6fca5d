"""Demo data, the archive seeder and the generators that tests and benchmarks share.

Nothing in the product apps imports this package: only its own management commands, `bench/`
and `tests/` do.
"""
