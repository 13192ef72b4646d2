"""A session's results as files for a gradebook, and the bank's evidence of difficulty.

``render(results, fmt)`` gives the bytes of:

``csv``
    the gradebook, one row per student: ``name, student, Q1 … Qn, total, answered, correct``
    (scores 0–1, blank where the student did not answer), UTF-8 with a BOM so that Excel
    reads the Chinese names right.
``xlsx``
    three sheets: **Results** (the gradebook as above), **Items** (per question: position, id,
    kind, stem, answered, correct, share correct, mean score, discrimination and the answer
    distribution) and **Answers** (every answer: student, question, response, score, time).
``json``
    ``{"results": <the results dict>, "items": <item statistics>, "gradebook": <rows>}``.

:func:`share_correct_by_question` reads every session of a class store and returns, per
question id, how many answers were fully right out of how many: the evidence the question
bank turns into each question's difficulty.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from edu.errors import UsageError
from edu.live.stats import item_statistics
from edu.live.stats import score_table

FORMATS = ("csv", "xlsx", "json")


def share_correct_by_question(db_path: Path | str) -> dict[str, tuple[int, int]]:
    """Question id → (answers scoring full marks, answers), over every session in the class
    store at *db_path*. A question nobody answered is absent.

    ``correct / answered`` is the question's observed share correct (the difficulty index
    *p*): the bank can rate a question harder when few get it right, e.g.
    ``{"3f2a…": (12, 40)}`` is 30 % correct.
    """
    from edu.live.store import ClassStore

    if not Path(db_path).is_file():
        raise UsageError(f"{db_path}: no class store there (run `edu class serve --db "
                         f"{db_path}` first)")
    with ClassStore.open(db_path) as store:
        return store.correct_counts()


def _label(q: Mapping[str, Any]) -> str:
    return f"Q{q['position']}"


def _stem(q: Mapping[str, Any]) -> str:
    stem = q["stem"]
    return str(stem.get("zh") or stem.get("en") or "")


def gradebook_rows(results: Mapping[str, Any]) -> list[list[Any]]:
    """Header and rows of the gradebook (the CSV and the Results sheet)."""
    questions = results["questions"]
    rows: list[list[Any]] = [["name", "student", *[_label(q) for q in questions], "total",
                              "answered", "correct"]]
    for r in score_table(results):
        rows.append([r["name"], r["student"], *[r["scores"][q["id"]] for q in questions],
                     r["total"], r["answered"], r["correct"]])
    return rows


def _spread(row: Mapping[str, Any]) -> str:
    return "; ".join(f"{b['label'].get('zh') or b['key']}{' ✓' if b['correct'] else ''}: "
                     f"{b['count']}" for b in row["distribution"])


def item_rows(results: Mapping[str, Any]) -> list[list[Any]]:
    """Header and rows of the item statistics (the Items sheet)."""
    rows: list[list[Any]] = [["position", "question", "kind", "stem", "answered", "correct",
                              "share_correct", "mean_score", "discrimination", "distribution"]]
    for r in item_statistics(results):
        rows.append([r["position"], r["question"], r["kind"], _stem(r), r["answered"],
                     r["correct"], r["share_correct"], r["mean_score"], r["discrimination"],
                     _spread(r)])
    return rows


def _csv(results: Mapping[str, Any]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    for row in gradebook_rows(results):
        writer.writerow(["" if v is None else _safe_cell(v) for v in row])
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def _safe_cell(value: Any) -> Any:
    """A name such as ``=HYPERLINK(…)`` stays text in a spreadsheet (formula injection)."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def _xlsx(results: Mapping[str, Any]) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    sheets = [("Results", gradebook_rows(results)), ("Items", item_rows(results)),
              ("Answers", [["student", "name", "question", "response", "score", "correct",
                            "time"], *_answer_rows(results)])]
    for i, (title, rows) in enumerate(sheets):
        sheet = book.active if i == 0 else book.create_sheet()
        assert sheet is not None
        sheet.title = title
        for row in rows:
            sheet.append([_safe_cell(v) for v in row])
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        sheet.freeze_panes = "A2"
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _answer_rows(results: Mapping[str, Any]) -> list[list[Any]]:
    names = {s["id"]: s["name"] for s in results["students"]}
    position = {q["id"]: _label(q) for q in results["questions"]}
    return [[a["student"], names.get(a["student"], ""), position.get(a["question"],
                                                                     a["question"]),
             json.dumps(a["response"], ensure_ascii=False), a["score"], a["correct"], a["time"]]
            for a in results["answers"]]


def render(results: Mapping[str, Any], fmt: str) -> bytes:
    """*results* as a ``csv``, ``xlsx`` or ``json`` file (see the module docstring)."""
    if fmt == "csv":
        return _csv(results)
    if fmt == "xlsx":
        return _xlsx(results)
    if fmt == "json":
        body = {"results": results, "items": item_statistics(results),
                "gradebook": score_table(results)}
        return (json.dumps(body, ensure_ascii=False, indent=2) + "\n").encode()
    raise UsageError(f"unknown results format {fmt!r}; use one of: {', '.join(FORMATS)}")
