"""The headless engine: no Qt may be imported anywhere below this package."""
