"""`edu quiz` run as a user runs it: JSON out, reproducible seeds, one-line errors (exit 2)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import CONTENT
from tests.conftest import RunEdu


def _error(result: object) -> str:
    err = str(result.stderr)  # type: ignore[attr-defined]
    assert result.returncode == 2, err  # type: ignore[attr-defined]
    assert "Traceback" not in err
    assert len(err.strip().splitlines()) == 1, err
    return err


def test_json_quiz_with_answers_and_sources(run_edu: RunEdu) -> None:
    """`edu quiz --format json` prints each question's kind, lesson, answer and source."""
    result = run_edu("quiz", "--n", "12", "--seed", "5", "--versions", "2", "--format", "json",
                     "--content", str(CONTENT))
    assert result.returncode == 0, result.stderr
    body = json.loads(result.stdout)["quiz"]
    assert body["seed"] == 5
    assert len(body["versions"]) == 2
    for q in body["versions"][0]["questions"]:
        assert q["kind"]
        assert q["lesson"]
        assert q["answer"]
        assert q["source"]
    again = run_edu("quiz", "--n", "12", "--seed", "5", "--versions", "2",
                    "--content", str(CONTENT))
    assert again.stdout == result.stdout


def test_filters_language_and_output_file(run_edu: RunEdu, tmp_path: Path) -> None:
    """Lessons, kinds and difficulty filter; --lang zh drops English; -o writes a file."""
    out = tmp_path / "quiz.json"
    result = run_edu("quiz", "--lessons", "health,work", "--kinds", "cloze,mc_value",
                     "--difficulty", "2", "-n", "6", "--seed", "1", "--lang", "zh",
                     "-o", str(out), "--content", str(CONTENT))
    assert result.returncode == 0, result.stderr
    assert result.stdout == ""
    questions = json.loads(out.read_text(encoding="utf-8"))["quiz"]["versions"][0]["questions"]
    assert {q["lesson"] for q in questions} == {"health", "work"}
    assert {q["kind"] for q in questions} <= {"cloze", "mc_value"}
    assert all(q["difficulty"] == 2 and set(q["stem"]) == {"zh"} for q in questions)


def test_without_seed_the_seed_is_reported(run_edu: RunEdu, tmp_path: Path) -> None:
    """A fresh seed is recorded in the output and told on stderr when writing a file."""
    out = tmp_path / "q.json"
    result = run_edu("quiz", "-n", "3", "-o", str(out), "--content", str(CONTENT))
    assert result.returncode == 0, result.stderr
    seed = json.loads(out.read_text(encoding="utf-8"))["quiz"]["seed"]
    assert f"--seed {seed}" in result.stderr


def test_exclude_a_previous_quiz(run_edu: RunEdu, tmp_path: Path) -> None:
    """--exclude @quiz.json leaves out every question of an earlier quiz."""
    first = tmp_path / "week1.json"
    run_edu("quiz", "--lessons", "life", "-n", "10", "--seed", "1", "-o", str(first),
            "--content", str(CONTENT))
    taken = {q["id"] for q in json.loads(first.read_text())["quiz"]["versions"][0]["questions"]}
    result = run_edu("quiz", "--lessons", "life", "-n", "5", "--seed", "1",
                     "--exclude", f"@{first}", "--content", str(CONTENT))
    assert result.returncode == 0, result.stderr
    again = {q["id"] for q in json.loads(result.stdout)["quiz"]["versions"][0]["questions"]}
    assert not again & taken


def test_authored_and_gift_questions_join(run_edu: RunEdu, tmp_path: Path) -> None:
    """--gift and --authored add questions that a quiz can draw."""
    gift = tmp_path / "extra.gift"
    gift.write_text("$CATEGORY: health\n\n::g1:: GIFT question? {T}\n", encoding="utf-8")
    result = run_edu("quiz", "--gift", str(gift), "--kinds", "true_false", "--tags", "gift",
                     "-n", "1", "--seed", "1", "--content", str(CONTENT))
    assert result.returncode == 0, result.stderr
    q = json.loads(result.stdout)["quiz"]["versions"][0]["questions"][0]
    assert (q["origin"], q["lesson"]) == ("gift", "health")
    stats = run_edu("quiz", "--stats", "--authored", str(CONTENT / "questions"),
                    "--content", str(CONTENT))
    assert stats.returncode == 0, stats.stderr
    assert "choice" in stats.stdout.splitlines()[0]
    assert any(line.endswith("11 lessons") for line in stats.stdout.splitlines())


@pytest.mark.parametrize(("args", "message"), [
    (("--lessons", "healthcare"), "unknown lesson 'healthcare'; valid lessons: introduction"),
    (("--kinds", "essay"), "unknown kind 'essay'; valid kinds: mc_value"),
    (("--n", "100000"), "questions match (no filter) but 100000 questions were asked for"),
    (("--n", "ten"), "--n: expected a whole number"),
    (("--difficulty", "5"), "difficulty: expected 1, 2, 3"),
    (("--format", "docx"), "unknown format 'docx'; valid formats: pdf, html, md, gift"),
    (("--seed", "x"), "--seed: expected a whole number"),
    (("--gift", "missing.gift"), "missing.gift: cannot read GIFT file"),
    (("--exclude", "@missing.json"), "--exclude @missing.json: cannot read"),
])
def test_bad_input_is_one_line_exit_2(run_edu: RunEdu, args: tuple[str, ...],
                                      message: str) -> None:
    """Each kind of bad input is one line on stderr, exit status 2, nothing on stdout."""
    result = run_edu("quiz", *args, "--content", str(CONTENT))
    assert message in _error(result)
    assert result.stdout == ""


def test_invalid_authored_file_is_located(run_edu: RunEdu, content_copy: Path) -> None:
    """A broken question in <content>/questions is reported as file:line, exit 2."""
    path = content_copy / "questions" / "examples.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("  - {zh: 14周岁, en: age 14}",
                                 "  - {zh: 14周岁, en: age 14, correct: true}"), encoding="utf-8")
    err = _error(run_edu("quiz", "--content", str(content_copy)))
    assert "examples.yaml:" in err
    assert "exactly one option must be correct (found 2)" in err


def test_bad_language_goes_through_argparse(run_edu: RunEdu) -> None:
    """An invalid --lang choice is argparse's one-line error, exit 2."""
    assert "invalid choice" in _error(run_edu("quiz", "--lang", "fr"))


def test_exclude_ids_from_a_text_file(run_edu: RunEdu, tmp_path: Path) -> None:
    """--exclude @ids.txt reads one id a line (blank lines and # comments ignored)."""
    first = run_edu("quiz", "--lessons", "person", "--kinds", "cloze", "-n", "4",
                    "--seed", "1", "--content", str(CONTENT))
    ids = [q["id"] for q in json.loads(first.stdout)["quiz"]["versions"][0]["questions"]]
    listing = tmp_path / "ids.txt"
    listing.write_text("# used last week\n\n" + "\n".join(ids) + "\n", encoding="utf-8")
    result = run_edu("quiz", "--lessons", "person", "--kinds", "cloze", "-n", "2",
                     "--seed", "1", "--exclude", f"@{listing}", "--content", str(CONTENT))
    assert result.returncode == 0, result.stderr
    again = [q["id"] for q in json.loads(result.stdout)["quiz"]["versions"][0]["questions"]]
    assert len(again) == 2
    assert not set(again) & set(ids)


def test_all_writes_every_matching_question_once(run_edu: RunEdu) -> None:
    """--all: every question matching the filters, once, no sampling, whatever -n says."""
    from edu.questions.bank import load_bank

    bank = load_bank(CONTENT)
    want = [q.id for q in bank.questions if q.lesson == "health"]
    result = run_edu("quiz", "--all", "--lessons", "health", "-n", "3",
                     "--content", str(CONTENT))
    assert result.returncode == 0, result.stderr
    got = [q["id"] for q in json.loads(result.stdout)["quiz"]["versions"][0]["questions"]]
    assert got == want
    refused = run_edu("quiz", "--all", "--versions", "2", "--content", str(CONTENT))
    assert refused.returncode == 2
    assert "--all writes each question once" in refused.stderr


def test_stats_show_difficulty_from_features_and_evidence(run_edu: RunEdu,
                                                          tmp_path: Path) -> None:
    """--stats prints difficulty by features; with --results (progress exports of a class)
    an item most learners miss moves to 3 and one all get right to 1."""
    from edu.questions.bank import load_bank

    bank = load_bank(CONTENT)
    hard, easy = bank.questions[0], bank.questions[1]
    attempts = ([{"item_id": hard.id, "score": 0.0}] * 8 + [{"item_id": hard.id, "score": 1}]
                + [{"item_id": easy.id, "score": 1.0}] * 6)
    results = tmp_path / "class.json"
    results.write_text(json.dumps({"format": "edu-progress", "attempts": attempts}),
                       encoding="utf-8")
    empty = tmp_path / "empty.sqlite3"
    out = run_edu("quiz", "--stats", "--results", str(results), "--db", str(tmp_path / "no"),
                  "--content", str(CONTENT))
    assert out.returncode == 2
    assert "no such progress store" in out.stderr
    from edu.study.store import ProgressStore

    ProgressStore.open(empty).close()
    out = run_edu("quiz", "--stats", "--results", str(results), "--db", str(empty),
                  "--content", str(CONTENT))
    assert out.returncode == 0, out.stderr
    text = out.stdout
    assert "by features" in text
    assert "by evidence" in text
    assert "2 questions have 5+ answers" in text
    assert f"{hard.id}" in text
    assert "→ evidence 3 (1/9 right, 11%)" in text
