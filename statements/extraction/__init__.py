"""Statement extraction: pure-Python pipeline stages from raw article text to ExtractedArticle (no Django)."""
