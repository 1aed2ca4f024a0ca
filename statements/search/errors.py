"""The one error a search raises for the person who typed it."""


class QueryError(ValueError):
    """A query the parser cannot understand or that would cost too much; the message says what to change.

    Views show `str(error)` to the researcher as it is, so messages are short, plain and actionable.
    """
