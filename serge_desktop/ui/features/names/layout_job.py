"""The graph of names laid out on a worker thread that pauses between steps, so the window runs."""

from __future__ import annotations

import time
from collections.abc import Callable

from serge_desktop.services.entities.graph import EntityGraph, laid_out
from serge_desktop.ui.common.worker import Job

# After each of the layout's 50 steps (a few hundredths of a second each for 300 names): a
# tenth of a second in all.
PAUSE_S = 0.002


def lay_out_in_thread(
    job: Job,
    graph: EntityGraph,
    *,
    done: Callable[[EntityGraph], None],
    failed: Callable[[Exception], None],
) -> None:
    """Place the graph's nodes on the job's worker thread; Cancel stops it between two steps.

    ``failed`` gets ``LayoutStoppedError`` when the reader cancelled, or whatever else went wrong.
    """
    job.run_in_thread(
        lambda job: laid_out(graph, between=lambda step, steps: pause(job, step, steps)),
        done=done,
        failed=failed,
    )


def pause(job: Job, step: int, steps: int) -> bool:
    """Between two steps (worker thread): the progress, a real pause; False once cancelled.

    The layout is pure Python and holds the interpreter's lock while it computes; a sleep
    releases it, so the GUI thread's waiting timers and paints run now rather than at the next
    forced switch.
    """
    job.report(step, steps)
    time.sleep(PAUSE_S)
    return not job.cancelled()
