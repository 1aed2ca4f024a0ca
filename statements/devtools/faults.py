"""Named crash points for fault-injection tests: the process kills itself there, as a power cut would.

    checkpoint("ingest.before_commit")

does nothing unless the environment asks for it:

- ARCHIVE_FAULT_POINT=name        SIGKILL at the first checkpoint of that name;
- ARCHIVE_FAULT_AFTER_N_CHECKPOINTS=n   SIGKILL at the n-th checkpoint passed, whatever its name
  (tests draw n at random to crash at points nobody thought of).

SIGKILL, not an exception: no finally block, atexit hook or transaction rollback runs, so what the
tests see afterwards is what a crash leaves behind. Off (the default), a checkpoint costs one
dictionary lookup.
"""

from __future__ import annotations

import os
import signal

_passed = 0


def checkpoint(name: str) -> None:
    global _passed
    point = os.environ.get("ARCHIVE_FAULT_POINT")
    after = os.environ.get("ARCHIVE_FAULT_AFTER_N_CHECKPOINTS")
    if point is None and after is None:
        return
    _passed += 1
    if point == name or (after is not None and after.isdigit() and _passed >= int(after)):
        log = os.environ.get("ARCHIVE_FAULT_LOG")
        if log:  # which point fired, for the test's report
            with open(log, "a", encoding="utf-8") as handle:
                handle.write(f"{name} {_passed}\n")
        os.kill(os.getpid(), signal.SIGKILL)
