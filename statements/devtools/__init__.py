"""Tools for developers, never imported by the archive itself: the synthetic corpus for
benchmarks, screenshots, named crash points for fault-injection tests."""
