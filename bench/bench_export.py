"""Benchmark the quiz exports on a 50-question quiz, against baselines measured in the same run.

Prints the median wall time (and the process's CPU time) of:

* the **PDF with key** — ``export_files(quiz, "pdf", …, key=True)``: the student copy and the
  answer key, typeset in parallel when the machine has two cores (goal: < 3 s);
* the student copy and the key typeset one after the other, in this process;
* the baseline: WeasyPrint typesetting the same texts as bare paragraphs in the same font,
  the floor any PDF of this content costs; the ratio says what the layout adds;
* every other format (html, md with key; gift, moodle, qti, json, jupyterquiz), with its ratio
  to the ``json`` format (plain ``json.dumps`` of the quiz), the baseline for text formats.
"""

from __future__ import annotations

import html
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from edu.content import load_plan  # noqa: E402
from edu.export import pdf  # noqa: E402
from edu.export.common import QuizInfo  # noqa: E402
from edu.export.files import FORMATS  # noqa: E402
from edu.export.files import export_files  # noqa: E402
from edu.export.files import render  # noqa: E402
from edu.fonts import cjk_font_path  # noqa: E402
from edu.questions.bank import load_bank  # noqa: E402
from edu.questions.model import Text  # noqa: E402
from edu.quiz.assembly import Quiz  # noqa: E402
from edu.quiz.assembly import assemble_seeded  # noqa: E402
from edu.quiz.spec import QuizSpec  # noqa: E402

GOAL = 3.0
COUNT = 50
RUNS = 3


def measure(fn: Callable[[], object], runs: int = RUNS) -> tuple[float, float]:
    """Median wall time and median CPU time of *fn* over *runs* runs (after one warm-up)."""
    fn()
    walls, cpus = [], []
    for _ in range(runs):
        wall, cpu = time.perf_counter(), time.process_time()
        fn()
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    return statistics.median(walls), statistics.median(cpus)


def bare_document(quiz: Quiz) -> str:
    """The quiz's printed texts as plain paragraphs, in the project's font."""
    texts = []
    for q in quiz.versions[0].questions:
        texts += [q.stem.zh, q.stem.en]
        texts += [t for o in (*q.options, *q.prompts) for t in (o.text.zh, o.text.en)]
    body = "".join(f"<p>{html.escape(t)}</p>" for t in texts if t)
    face = f'@font-face {{ font-family: "F"; src: url("{cjk_font_path().as_uri()}"); }}'
    return (f'<html lang="zh-CN"><style>{face} body {{ font-family: "F"; font-size: 10.5pt; }}'
            f"</style><body>{body}</body></html>")


def main() -> None:
    plan = load_plan()
    bank = load_bank(plan=plan)
    info = QuizInfo(Text(plan.info.title, plan.info.title_en), bank.titles)
    quiz = assemble_seeded(bank, QuizSpec(count=COUNT), 11)
    out = tempfile.mkdtemp(prefix="bench-export-")
    print(f"{COUNT}-question quiz, lang both, median of {RUNS} runs (wall / CPU of this process)")

    base_wall, base_cpu = measure(lambda: pdf.typeset(bare_document(quiz)))
    both_wall, _both_cpu = measure(lambda: export_files(quiz, "pdf", f"{out}/q.pdf", key=True,
                                                       info=info))
    student = measure(lambda: pdf.render(quiz, info=info))
    key = measure(lambda: pdf.render(quiz, key=True, info=info))
    serial = student[0] + key[0]
    print(f"  PDF with key (student + key)  {both_wall:6.2f} s wall  "
          f"{'meets' if both_wall < GOAL else 'MISSES'} the goal < {GOAL:.0f} s")
    print(f"    student copy alone          {student[0]:6.2f} s wall {student[1]:6.2f} s CPU")
    print(f"    answer key alone            {key[0]:6.2f} s wall {key[1]:6.2f} s CPU")
    print(f"    one after the other         {serial:6.2f} s wall "
          f"(parallel saves {serial - both_wall:5.2f} s)")
    print(f"  baseline: bare paragraphs     {base_wall:6.2f} s wall {base_cpu:6.2f} s CPU; "
          f"student copy / baseline = {student[0] / base_wall:4.1f}x")

    json_wall, _ = measure(lambda: render(quiz, "json"), runs=10)
    print(f"  {'json (baseline)':28s}  {json_wall * 1000:8.1f} ms")
    for name, fmt in FORMATS.items():
        if name in ("pdf", "json"):
            continue
        wall, _ = measure(lambda n=name, k=fmt.printable: export_files(   # type: ignore[misc]
            quiz, n, f"{out}/q{FORMATS[n].suffix}", key=k, info=info), runs=10)
        what = f"{name} (with key)" if fmt.printable else name
        print(f"  {what:28s}  {wall * 1000:8.1f} ms  {wall / json_wall:5.1f}x json")


if __name__ == "__main__":
    main()
