"""Serving many readers: the data generation, the page cache, rate limits, and the signals that keep
the search index and the generation in step with every save."""
