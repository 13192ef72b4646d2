"""Which files an export writes, its errors, and ``edu quiz --format … --key`` end to end."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from edu.errors import ExportError
from edu.errors import UsageError
from edu.export import FORMATS
from edu.export import export_files
from edu.export import export_quiz
from edu.export import files as files_module
from edu.export.common import ExportOptions
from edu.export.files import exporter
from edu.quiz.assembly import Quiz
from tests.conftest import RunEdu
from tests.export.readers import pdf_text


def test_formats_listed_and_registered() -> None:
    """Every export format is in edu quiz's registry, and printable ones are marked."""
    assert list(FORMATS) == ["pdf", "html", "md", "gift", "moodle", "qti", "json",
                             "jupyterquiz"]
    assert [n for n, f in FORMATS.items() if f.printable] == ["pdf", "html", "md"]
    for name in FORMATS:
        assert callable(exporter(name))
    with pytest.raises(UsageError, match="unknown format 'docx'; valid formats: pdf"):
        exporter("docx")


def test_registry_renderers_write_every_version(hostile_quiz: Quiz, quiz30: Quiz) -> None:
    """The one signature (quiz, lang, options) -> bytes gives one document, every version."""
    opts = ExportOptions()
    text = exporter("md")(quiz30, "zh", opts).decode()
    assert "## A卷" in text
    assert "## B卷" in text
    assert exporter("gift")(hostile_quiz, "both", opts).startswith(b"// edu-quiz-99")
    assert exporter("qti")(hostile_quiz, "both", opts)[:2] == b"PK"


def test_file_names(quiz30: Quiz, hostile_quiz: Quiz, tmp_path: Path) -> None:
    """One version writes PATH; several write PATH.A, PATH.B; the key goes to PATH.key."""
    target = str(tmp_path / "quiz.md")
    assert [n for n, _ in export_files(hostile_quiz, "md", target)] == [target]
    assert [Path(n).name for n, _ in export_files(hostile_quiz, "md", target, key=True)] == [
        "quiz.md", "quiz.key.md"]
    assert [Path(n).name for n, _ in export_files(quiz30, "md", target, key=True)] == [
        "quiz.A.md", "quiz.B.md", "quiz.key.md"]
    assert [Path(n).name for n, _ in export_files(quiz30, "gift", str(tmp_path / "q"))] == [
        "q"]


def test_stream_gets_one_document(quiz30: Quiz) -> None:
    """To standard output: the key of every version with key, else every student copy."""
    ((name, key),) = export_files(quiz30, "md", "-", key=True)
    assert name == "-"
    assert key.decode().count("答案速查") == 2
    ((_, student),) = export_files(quiz30, "md", "-")
    assert student.decode().count("姓名") == 2
    ((_, null),) = export_files(quiz30, "md", "/dev/null")
    assert null == student


def test_export_quiz_writes_and_returns_paths(quiz30: Quiz, tmp_path: Path) -> None:
    """export_quiz writes every file and returns their paths (the widgets' entry point)."""
    written = export_quiz(quiz30, "html", tmp_path / "paper.html", key=True, lang="zh")
    assert [p.name for p in written] == ["paper.A.html", "paper.B.html", "paper.key.html"]
    assert all(p.stat().st_size > 1000 for p in written)
    assert "Answer key" not in written[2].read_text(encoding="utf-8")


def test_errors_name_what_to_do(quiz30: Quiz, tmp_path: Path) -> None:
    """Unknown format or language, --key for an LMS format: one clear UsageError."""
    with pytest.raises(UsageError, match="unknown format 'docx'; valid formats: pdf"):
        export_files(quiz30, "docx", "x")
    with pytest.raises(UsageError, match="unknown language 'fr'"):
        export_files(quiz30, "md", "x", lang="fr")
    with pytest.raises(UsageError, match="--key applies to the printable formats"):
        export_files(quiz30, "moodle", "x", key=True)


def test_nothing_half_written(quiz30: Quiz, tmp_path: Path) -> None:
    """A missing folder fails before any file is written."""
    with pytest.raises(ExportError, match="does not exist"):
        export_quiz(quiz30, "md", tmp_path / "missing" / "quiz.md", key=True)
    assert not (tmp_path / "missing").exists()


def test_parallel_and_serial_pdfs_agree(quiz30: Quiz, tmp_path: Path,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """PDFs typeset in forked workers are the same documents as typeset one by one."""
    target = str(tmp_path / "q.pdf")
    parallel = export_files(quiz30, "pdf", target, key=True, lang="zh")
    monkeypatch.setattr(files_module, "_can_fork", lambda: False)
    serial = export_files(quiz30, "pdf", target, key=True, lang="zh")
    assert [n for n, _ in parallel] == [n for n, _ in serial]
    for (name, a), (_, b) in zip(parallel, serial, strict=True):
        Path(name).write_bytes(a)
        first = pdf_text(Path(name))
        Path(name).write_bytes(b)
        assert pdf_text(Path(name)) == first


def test_cli_key_and_versions(run_edu: RunEdu, tmp_path: Path) -> None:
    """edu quiz --format pdf --key --versions 2 writes quiz.A.pdf, quiz.B.pdf, quiz.key.pdf."""
    result = run_edu("quiz", "--n", "8", "--seed", "4", "--versions", "2", "--format", "pdf",
                     "--key", "-o", "quiz.pdf")
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["quiz.A.pdf", "quiz.B.pdf",
                                                          "quiz.key.pdf"]
    assert "wrote quiz.A.pdf, quiz.B.pdf, quiz.key.pdf" in result.stderr
    assert "答案速查" in pdf_text(tmp_path / "quiz.key.pdf")


def test_cli_key_to_stdout(run_edu: RunEdu) -> None:
    """Without -o, --key prints the answer key."""
    result = run_edu("quiz", "--n", "3", "--seed", "4", "--format", "md", "--key",
                     "--lang", "en")
    assert result.returncode == 0, result.stderr
    assert "Answers at a glance" in result.stdout


@pytest.mark.parametrize(("args", "message"), [
    (("--format", "gift", "--key"), "--key applies to the printable formats (pdf, html, md)"),
    (("--format", "docx"), "unknown format 'docx'"),
])
def test_cli_errors(run_edu: RunEdu, tmp_path: Path, args: tuple[str, ...],
                    message: str) -> None:
    """Bad export options: one line on stderr, exit status 2, no file."""
    result = run_edu("quiz", *args, "-o", "out")
    assert result.returncode == 2
    assert message in result.stderr
    assert result.stderr.count("\n") == 1
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "out").exists()


def test_cli_qti_is_a_zip(run_edu: RunEdu, tmp_path: Path) -> None:
    """--format qti -o quiz.zip writes the package Canvas imports."""
    result = run_edu("quiz", "--n", "5", "--seed", "1", "--format", "qti", "-o", "quiz.zip")
    assert result.returncode == 0, result.stderr
    with zipfile.ZipFile(tmp_path / "quiz.zip") as archive:
        assert archive.namelist() == ["imsmanifest.xml", "edu-quiz-1-A.xml"]
