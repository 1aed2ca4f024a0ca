"""Trying a lock again until it is taken or a deadline passes."""

from __future__ import annotations

import time
from collections.abc import Callable


def keep_trying(attempt: Callable[[], bool], *, timeout: float, delay: float = 0.02) -> bool:
    """Call `attempt` until it returns True (then True) or `timeout` seconds have passed (then False)."""
    deadline = time.monotonic() + timeout
    while True:
        if attempt():
            return True
        if time.monotonic() > deadline:
            return False
        time.sleep(delay)
