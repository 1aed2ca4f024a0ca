"""What researchers see: what a filter means (filters.py), how lists are counted and paged, facets,
pages (overview, timelines, compare), formats (exports, feeds, citations), views and urls.
Reads the models and the search backends; writes nothing but saved searches."""
