"""Chinese and English are paired sentence by sentence, and the content keeps them aligned."""

from __future__ import annotations

from pathlib import Path

from edu.content import check
from edu.content import load_plan
from edu.content import read_plan
from edu.content.bilingual import en_sentences
from edu.content.bilingual import sentence_pairs
from edu.content.bilingual import zh_sentences
from edu.content.coverage import english_pairs
from tests.conftest import CONTENT
from tests.conftest import edit


def test_sentences_split_on_their_own_marks() -> None:
    """Chinese splits after 。！？; English after . ! ? before a capital, digit or quote, so
    abbreviations inside a sentence ("e.g. this") and closing quotes stay put."""
    assert zh_sentences("甲。乙，丙。丁") == ["甲。", "乙，丙。", "丁"]
    assert en_sentences("A is “x.” B is 3. 4 more (e.g. this). Done.") == [
        "A is “x.”", "B is 3.", "4 more (e.g. this).", "Done."]


def test_pairs_or_one_block() -> None:
    """Equal counts pair sentence by sentence; unequal counts give the two texts whole."""
    assert sentence_pairs("甲。乙。", "A. B.") == [("甲。", "A."), ("乙。", "B.")]
    assert sentence_pairs("甲。乙。", "A and B.") == [("甲。乙。", "A and B.")]


def test_every_field_of_the_content_is_sentence_for_sentence() -> None:
    """Every Chinese field with English has as many English sentences as Chinese ones."""
    plan = load_plan(CONTENT)
    for pair in english_pairs(plan):
        if pair.en:
            assert len(sentence_pairs(pair.zh, pair.en)) == max(1, len(zh_sentences(pair.zh))), (
                pair.field, pair.where)


def test_a_merged_sentence_is_a_warning(content_copy: Path) -> None:
    """Splitting the guiding ideology's one English sentence in two is reported, as a
    warning naming the field."""
    edit(content_copy / "plan.yaml", "human rights work; develop whole-process",
         "human rights work. Develop whole-process")
    report = check(read_plan(content_copy))
    assert report.errors == []
    assert any("guiding_ideology_en" in str(w) and "1 Chinese sentences but 2" in str(w)
               for w in report.warnings), report.warnings
