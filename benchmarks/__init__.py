"""Benchmarks and the synthetic document generator: tools beside the product, never imported by it."""
