"""Progress of a long command (ingest, poll_sources, reindex, reextract), the one place of the rule: on a
terminal a tqdm bar; in a log (not a terminal) a plain line every ARCHIVE_PROGRESS_EVERY_ITEMS items or
ARCHIVE_PROGRESS_EVERY_SECONDS seconds, whichever comes first, and one when the run ends. A bar's carriage
returns would fill a log with one endless line; lines every item would bury what went wrong."""

from __future__ import annotations

import sys
import time
from collections.abc import Iterable, Iterator
from typing import TypeVar

from django.conf import settings

T = TypeVar("T")
MODES = ("auto", "bar", "lines")


class Progress:
    """`with Progress("reindex", unit="statements", total=n, stream=self.stderr) as progress:` then
    `progress.update(added=3)` per item, or `progress.track(items)`."""

    def __init__(self, what: str, *, unit: str = "items", total: int | None = None, stream=None, mode: str = "auto"):
        # A Django OutputWrapper ends every write with a newline; the bar needs the stream beneath it.
        self.stream = getattr(stream, "_out", stream) or sys.stderr
        if mode not in MODES:
            raise ValueError(f"progress mode must be one of {', '.join(MODES)}, not {mode!r}")
        self.bar_mode = mode == "bar" or (mode == "auto" and _isatty(self.stream))
        self.what, self.unit, self.total = what, unit, total
        self.done = 0
        self.counts: dict[str, int] = {}
        self.started = self.last_line_at = time.monotonic()
        self.last_line_done = 0
        self.every_items = max(1, settings.ARCHIVE_PROGRESS_EVERY_ITEMS)
        self.every_seconds = settings.ARCHIVE_PROGRESS_EVERY_SECONDS
        self._bar = None
        self._closed = False
        if self.bar_mode:
            from tqdm import tqdm

            self._bar = tqdm(desc=what, unit=f" {unit}", total=total, file=self.stream, dynamic_ncols=True)

    def update(self, n: int = 1, **counts: int) -> None:
        """`n` more items done; `counts` are running totals shown beside the count (added=…, failed=…)."""
        self.done += n
        self.counts.update(counts)
        if self._bar is not None:
            self._bar.update(n)
            if counts:
                self._bar.set_postfix(self.counts, refresh=False)
            return
        now = time.monotonic()
        if self.done - self.last_line_done >= self.every_items or now - self.last_line_at >= self.every_seconds:
            self._line(now)

    def track(self, items: Iterable[T]) -> Iterator[T]:
        """Each of `items`, counted as it is handed on."""
        for item in items:
            yield item
            self.update()

    def close(self) -> None:
        """The bar closed, or the closing line written (once)."""
        if self._closed:
            return
        self._closed = True
        if self._bar is not None:
            self._bar.close()
        else:
            self._line(time.monotonic(), final=True)

    def __enter__(self) -> Progress:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def _line(self, now: float, *, final: bool = False) -> None:
        elapsed = now - self.started
        of = f"/{self.total}" if self.total is not None else ""
        share = f" ({self.done / self.total:.0%})" if self.total else ""
        rate = f", {self.done / elapsed:.1f}/s" if elapsed > 0 and self.done else ""
        counts = "".join(f", {key.replace('_', ' ')} {value}" for key, value in self.counts.items())
        state = "done" if final else "progress"
        self.stream.write(f"{state:<10} {self.what}: {self.done}{of} {self.unit}{share}{counts}"
                          f", {elapsed:.0f} s{rate}\n")
        self.stream.flush()
        self.last_line_at, self.last_line_done = now, self.done


def _isatty(stream) -> bool:
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):  # no isatty, or a closed file
        return False
