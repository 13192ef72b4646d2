"""Benchmark the classroom notebooks: Run All headless, and the quiz in Voilà and chromium.

Prints, measured in one run on this machine:
* each notebook's Run All time with a real kernel (nbclient; kernel start-up shown apart),
  against a one-cell baseline notebook run the same way (goal: <= 10 s each);
* with Debian's chromium (skipped, loudly, when /usr/bin/chromium is missing): the quiz
  notebook's Voilà time-to-interactive — page requested until the Start button is visible,
  with the kernel Voilà pre-heated for it (each load waits for the pool to refill, as for a
  student opening the page) — against a baseline notebook holding one button, served the same
  way (goal: <= 3 s); and click-to-feedback — Check
  pressed until the feedback shows, timed inside the page — against the baseline's button
  updating a label (goal: <= 150 ms). Medians of several runs.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

import nbformat
from nbclient import NotebookClient

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # tests.browser.chromium: the browser set-up the tests use

RUN_ALL_GOAL = 10.0
TTI_GOAL = 3.0
CLICK_GOAL_MS = 150.0
SETTLE = 6.0  # s for a pre-heated kernel to run its notebook, the machine otherwise idle
BASELINE_NOTEBOOK = "bench-baseline.ipynb"
BASELINE_CODE = """import itertools

import ipywidgets as w

count = itertools.count(1)
out = w.HTML("0")
out.add_class("bench-out")
button = w.Button(description="click")
button.add_class("bench-button")
button.on_click(lambda _b: setattr(out, "value", str(next(count))))
w.VBox([button, out])
"""
QUIZ_QUERY = "kinds=mc_value,true_false,recall&n=30&seed=1&start=1"
MEASURE_CLICK = """async ([button, target]) => {
  const box = document.querySelector(target);
  const t0 = performance.now();
  const done = new Promise(resolve => {
    const seen = box.innerHTML;
    const obs = new MutationObserver(() => {
      if (box.innerHTML !== seen) { obs.disconnect(); resolve(performance.now() - t0); }
    });
    obs.observe(box, {childList: true, subtree: true, characterData: true});
  });
  document.querySelector(button).click();
  return await done;
}"""


def baseline_notebook(path: Path) -> None:
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_markdown_cell("Baseline: one button, one label."),
                nbformat.v4.new_code_cell(BASELINE_CODE)]
    nbformat.write(nb, path)


def run_all(path: Path) -> tuple[float, float]:
    """(kernel start, Run All of every cell) in seconds, with a fresh kernel."""
    nb = nbformat.read(path, as_version=4)
    client = NotebookClient(nb, timeout=300, kernel_name="python3",
                            resources={"metadata": {"path": str(path.parent)}})
    t0 = time.perf_counter()
    with client.setup_kernel():
        t1 = time.perf_counter()
        for index, cell in enumerate(nb.cells):
            client.execute_cell(cell, index)
        t2 = time.perf_counter()
    return t1 - t0, t2 - t1


def private_state(tmp: Path) -> None:
    """Jupyter, IPython, matplotlib and the progress store of this run in *tmp*."""
    for name in ("JUPYTER_CONFIG_DIR", "JUPYTER_DATA_DIR", "JUPYTER_RUNTIME_DIR", "IPYTHONDIR",
                 "MPLCONFIGDIR"):
        os.environ[name] = str(tmp / name.lower())
    os.environ["EDU_PROGRESS_DB"] = str(tmp / "progress.sqlite3")


def bench_run_all(tmp: Path) -> bool:
    """Print each notebook's Run All time; whether all met the goal."""
    baseline_path = tmp / BASELINE_NOTEBOOK
    baseline_notebook(baseline_path)
    run_all(baseline_path)  # warm the disk cache and byte-compiled modules
    base_start, base_run = run_all(baseline_path)
    print(f"baseline notebook (one widget cell): kernel start {base_start:.2f} s, "
          f"Run All {base_run:.2f} s")
    ok = True
    for path in sorted((ROOT / "notebooks").glob("*.ipynb")):
        start, run = run_all(path)
        total = start + run
        verdict = "ok" if total <= RUN_ALL_GOAL else "OVER GOAL"
        ok &= total <= RUN_ALL_GOAL
        print(f"{path.stem:18} Run All {run:5.2f} s (x{run / base_run:5.1f} baseline) + "
              f"kernel {start:.2f} s = {total:5.2f} s  goal <= {RUN_ALL_GOAL:.0f} s: {verdict}")
    return ok


def bench_browser(tmp: Path, repeat: int, clicks: int) -> bool:
    """Print time-to-interactive and click-to-feedback; whether both met their goals."""
    from tests.browser.chromium import CHROMIUM
    from tests.browser.chromium import MISSING
    from tests.browser.chromium import chromium
    from tests.browser.chromium import private_env
    from tests.browser.voila import Server

    from edu.classroom import prepare

    if not CHROMIUM.exists():
        print(f"BROWSER BENCH SKIPPED: {MISSING}")
        return True
    room = tmp / "room"
    baseline_notebook(prepare(room) / BASELINE_NOTEBOOK)
    with Server(room, env=private_env(tmp / "voila-state")) as server, \
            chromium(tmp / "chromium") as browser:

        def pool_ready(notebook: str, uses: int) -> None:
            """Wait until Voilà has pre-heated *notebook* again after *uses* page loads (its
            kernel started, then SETTLE seconds for it to run the notebook)."""
            line = f"Kernel pool of {notebook} is filled"
            deadline = time.monotonic() + 120
            while server.log.read_text(errors="replace").count(line) <= uses:
                if time.monotonic() > deadline:
                    raise RuntimeError(f"{notebook}: no pre-heated kernel after 120 s")
                time.sleep(0.1)
            time.sleep(SETTLE)

        used: dict[str, int] = {}

        def tti(notebook: str, selector: str) -> float:
            pool_ready(notebook, used.get(notebook, 0))
            used[notebook] = used.get(notebook, 0) + 1
            page = browser.context.new_page()
            t0 = time.perf_counter()
            page.goto(f"{server.url}/voila/render/{notebook}")
            page.wait_for_selector(selector, state="visible", timeout=120_000)
            elapsed = time.perf_counter() - t0
            page.close()
            return elapsed

        tti(BASELINE_NOTEBOOK, "button.bench-button")  # first page: warm caches
        base_tti = statistics.median(tti(BASELINE_NOTEBOOK, "button.bench-button")
                                     for _ in range(repeat))
        quiz_tti = statistics.median(tti("03-quiz.ipynb", "button.edu-start")
                                     for _ in range(repeat))
        page = browser.context.new_page()
        page.goto(f"{server.url}/voila/render/{BASELINE_NOTEBOOK}")
        page.wait_for_selector("button.bench-button", timeout=120_000)
        base_clicks = [page.evaluate(MEASURE_CLICK, ["button.bench-button", ".bench-out"])
                       for _ in range(clicks)]
        page.close()
        page = browser.context.new_page()
        page.goto(f"{server.url}/voila/render/03-quiz.ipynb?{QUIZ_QUERY}")
        quiz_clicks = []
        for _ in range(clicks):
            page.wait_for_selector("button.edu-check", state="visible", timeout=120_000)
            page.locator(".edu-option input[type=radio]").first.check()
            quiz_clicks.append(page.evaluate(MEASURE_CLICK, ["button.edu-check",
                                                             ".edu-feedback"]))
            page.locator("button.edu-next").click()
        page.close()
        leaks = list(browser.leaks)
    base_click, quiz_click = statistics.median(base_clicks), statistics.median(quiz_clicks)
    print(f"Voilà time-to-interactive, median of {repeat}: baseline notebook {base_tti:.2f} s; "
          f"03-quiz {quiz_tti:.2f} s (x{quiz_tti / base_tti:.2f})  goal <= {TTI_GOAL:.0f} s: "
          f"{'ok' if quiz_tti <= TTI_GOAL else 'OVER GOAL'}")
    print(f"click-to-feedback, median of {clicks}: baseline button {base_click:.0f} ms; "
          f"quiz Check {quiz_click:.0f} ms (x{quiz_click / base_click:.2f}; max "
          f"{max(quiz_clicks):.0f} ms)  goal <= {CLICK_GOAL_MS:.0f} ms: "
          f"{'ok' if quiz_click <= CLICK_GOAL_MS else 'OVER GOAL'}")
    if leaks:
        print(f"REQUESTS LEFT 127.0.0.1 (blocked): {leaks}")
    return quiz_tti <= TTI_GOAL and quiz_click <= CLICK_GOAL_MS and not leaks


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=3, help="page loads per notebook")
    parser.add_argument("--clicks", type=int, default=10, help="Check clicks to time")
    parser.add_argument("--no-browser", action="store_true", help="only the Run All times")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="edu-bench-nb-") as name:
        tmp = Path(name)
        private_state(tmp)
        bench_run_all(tmp)
        if not args.no_browser:
            bench_browser(tmp, args.repeat, args.clicks)
    return 0  # figures, not a test: goals missed are printed as OVER GOAL


if __name__ == "__main__":
    sys.exit(main())
