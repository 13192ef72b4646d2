"""Printable PDF: read back with pypdf, every glyph checked against the embedded CJK font,
and a page rendered to PNG (artifacts/export/) for a person to look at."""

from __future__ import annotations

from pathlib import Path

import pypdfium2
import pytest

from edu.export import pdf
from edu.fonts import cjk_font_path
from edu.questions.model import BLANK
from edu.questions.model import MatchingAnswer
from edu.questions.model import MultiAnswer
from edu.questions.model import OrderingAnswer
from edu.questions.model import Question
from edu.questions.model import TextAnswer
from edu.questions.render import answer_text
from edu.quiz.assembly import Quiz
from tests.export.conftest import ARTIFACTS
from tests.export.conftest import HOSTILE
from tests.export.conftest import by_name
from tests.export.readers import PdfFonts
from tests.export.readers import cjk_faces
from tests.export.readers import is_han
from tests.export.readers import pdf_text
from tests.export.readers import printed_chars

SC, JP = "Noto Sans CJK SC", "Noto Sans CJK JP"


def _squeeze(text: str) -> str:
    return "".join(text.split())


def _student_texts(questions: tuple[Question, ...]) -> list[str]:
    """What the student copy prints of *questions* (a cloze's blank is drawn as a line)."""
    out = []
    for q in questions:
        out += [q.stem.zh.replace(BLANK, ""), q.stem.en.replace(BLANK, "")]
        out += [o.text.zh for o in (*q.options, *q.prompts)]
        out += [o.text.en for o in (*q.options, *q.prompts)]
    return out


def _key_texts(questions: tuple[Question, ...]) -> list[str]:
    """What the key prints: stems, answers (pairs and orders item by item), explanations
    and sources (not the wrong options)."""
    out = []
    for q in questions:
        point = q.explanation
        out += [q.stem.zh.replace(BLANK, ""), q.stem.en.replace(BLANK, ""), point.zh, point.en,
                *q.source]
        if isinstance(q.answer, MatchingAnswer):
            pairs = q.answer.as_dict()
            out += [t for p in q.prompts
                    for t in (p.text.zh, q.option(pairs[p.id]).text.zh)]
        elif isinstance(q.answer, OrderingAnswer):
            out += [o.text.zh for o in q.options]
        else:
            out.append(answer_text(q).zh)
    return out


def test_one_file_per_version_and_a_key(quiz30: Quiz, exported: dict[str, list[Path]]) -> None:
    """Two versions give quiz.A.pdf and quiz.B.pdf, and --key adds quiz.key.pdf."""
    assert sorted(p.name for p in exported["pdf"]) == [
        "quiz-pdf.A.pdf", "quiz-pdf.B.pdf", "quiz-pdf.key.pdf"]


@pytest.mark.parametrize("label", ["A", "B"])
def test_student_copy_reads_back(quiz30: Quiz, exported: dict[str, list[Path]],
                                 label: str) -> None:
    """Each version's PDF holds its questions in order, the name line and page numbers."""
    text = pdf_text(by_name(exported["pdf"], f".{label}.pdf"))
    version = next(v for v in quiz30.versions if v.label == label)
    at = 0
    for n, q in enumerate(version.questions, 1):
        stem = _squeeze(q.stem.zh).replace("____", "")[:18]
        found = text.find(stem, at)
        assert found > at - 1, (n, stem)
        at = found
    for words in (f"{label}卷", "姓名Name", "班级Class", "日期Date", "第1页，共", "Page1of"):
        assert words in text
    assert "答案与解析" not in text


def test_key_reads_back(quiz30: Quiz, exported: dict[str, list[Path]]) -> None:
    """The key has each version's answers, explanations and source sentences."""
    text = pdf_text(by_name(exported["pdf"], ".key.pdf"))
    assert text.count("答案速查") == 2
    for q in quiz30.questions:
        if q.shape == "multi":  # the right options, one a line
            assert isinstance(q.answer, MultiAnswer)
            assert _squeeze(q.option(q.answer.options[0]).text.zh)[:20] in text
            continue
        assert _squeeze(answer_text(q).zh)[:30] in text or q.shape in ("matching", "ordering")
        for sentence in q.source:
            assert _squeeze(sentence)[:40] in text
        if isinstance(q.answer, TextAnswer):
            assert _squeeze(q.answer.accepted[0]) in text


def _check_glyphs(path: Path, texts: list[str]) -> None:
    fonts = PdfFonts(path)
    assert fonts.families() <= {SC, JP}  # the collection's faces share one glyph set
    assert all(base.split("+")[-1].startswith("Noto-Sans-CJK-SC") for base in fonts.programs)
    assert not fonts.notdef_drawn(), "an empty box (.notdef) was drawn"
    drawn = fonts.drawn_text()
    faces = cjk_faces()
    missing = printed_chars(texts) - set(drawn)
    assert not missing, f"characters not drawn with the CJK font: {sorted(missing)}"
    assert printed_chars(texts) <= set(map(chr, faces[SC]))
    wrong_forms = [c for c, gid in drawn.items() if is_han(c)
                   and faces[SC][ord(c)] != faces[JP][ord(c)] and gid != faces[SC][ord(c)]]
    assert not wrong_forms, f"Han characters not in their Simplified Chinese form: {wrong_forms}"


def test_every_character_has_a_glyph(quiz30: Quiz, exported: dict[str, list[Path]]) -> None:
    """Every character of the quiz is drawn from the embedded Noto Sans CJK SC, in its
    Chinese form, and no empty box (.notdef) is drawn anywhere."""
    for v in quiz30.versions:
        _check_glyphs(by_name(exported["pdf"], f".{v.label}.pdf"), _student_texts(v.questions))
    _check_glyphs(by_name(exported["pdf"], ".key.pdf"), _key_texts(quiz30.questions))


@pytest.mark.parametrize("char", ["\U00013000", "\U0001F600"])
def test_glyph_check_sees_empty_boxes(tmp_path: Path, char: str) -> None:
    """The check is not blind: a character no font has (an empty box), or one drawn from a
    fallback font, is reported."""
    face = (f"@font-face {{ font-family: 'Noto Sans CJK SC'; "
            f"src: url('{cjk_font_path().as_uri()}'); }}")
    for name, text in (("good", "汉字"), ("bad", f"汉字{char}")):
        (tmp_path / name).write_bytes(pdf.typeset(
            f"<html lang='zh-CN'><style>{face} body {{ font-family: 'Noto Sans CJK SC'; }}"
            f"</style><body>{text}</body></html>"))
    _check_glyphs(tmp_path / "good", ["汉字"])
    with pytest.raises(AssertionError):
        _check_glyphs(tmp_path / "bad", ["汉字"])


def test_hostile_text_survives(hostile_quiz: Quiz,
                               hostile_exported: dict[str, list[Path]]) -> None:
    """Markup characters print as themselves, with glyphs, in the paper and the key."""
    student = by_name(hostile_exported["pdf"], "quiz-pdf.pdf")
    key = by_name(hostile_exported["pdf"], ".key.pdf")
    for path in (student, key):
        assert pdf_text(path).count(_squeeze(HOSTILE)) >= 14
    _check_glyphs(student, _student_texts(hostile_quiz.questions))
    _check_glyphs(key, _key_texts(hostile_quiz.questions))


def test_page_images_for_review(exported: dict[str, list[Path]]) -> None:
    """Page 1 of version A and of the key are rendered to artifacts/export/*.png."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    for suffix, name in ((".A.pdf", "quiz-page1.png"), (".key.pdf", "key-page1.png"),
                         (".key.pdf", "key-page2.png")):
        document = pypdfium2.PdfDocument(by_name(exported["pdf"], suffix))
        page = document[1 if name == "key-page2.png" else 0]
        image = page.render(scale=1.5).to_pil()
        image.save(ARTIFACTS / name)
        assert image.size[0] > 800
        dark = sum(image.convert("L").histogram()[:128])
        assert dark > 10_000  # text, not a blank page
        document.close()
