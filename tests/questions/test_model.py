"""The Question model refuses inconsistent questions: the invariants every consumer relies on."""

from __future__ import annotations

import dataclasses

import pytest

from edu.errors import QuizError
from edu.questions.model import BLANK
from edu.questions.model import ChoiceAnswer
from edu.questions.model import MatchingAnswer
from edu.questions.model import NumericAnswer
from edu.questions.model import Option
from edu.questions.model import OrderingAnswer
from edu.questions.model import Question
from edu.questions.model import Text
from edu.questions.model import TextAnswer
from edu.questions.model import TrueFalseAnswer

A = Option("oa", Text("甲", "A"))
B = Option("ob", Text("乙", "B"))
C = Option("oc", Text("丙", "C"))


def _choice(**changes: object) -> Question:
    base = Question(id="q1", kind="mc_value", lesson="health", part="p", difficulty=1,
                    stem=Text("问？", "Q?"), options=(A, B, C), answer=ChoiceAnswer("ob"))
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


def test_a_valid_choice_question_builds() -> None:
    """A well-formed choice question is accepted and knows its shape and options."""
    q = _choice()
    assert q.shape == "choice"
    assert q.option("ob").text.en == "B"


@pytest.mark.parametrize(("changes", "message"), [
    ({"answer": ChoiceAnswer("ox")}, "not one of the options"),
    ({"options": (A, Option("ob", Text("甲", "B")))}, "duplicate option texts (zh)"),
    ({"options": (A, Option("oa", Text("乙", "B")))}, "duplicate option ids"),
    ({"options": (A, Option("ob", Text("乙", "A")))}, "duplicate option texts (en)"),
    ({"options": (B,)}, "at least two options"),
    ({"difficulty": 4}, "difficulty must be 1, 2 or 3"),
    ({"kind": "essay"}, "unknown kind"),
    ({"answer": TrueFalseAnswer(True)}, "needs a ChoiceAnswer"),
    ({"stem": Text("  ", "Q")}, "empty stem"),
    ({"origin": "scraped"}, "unknown origin"),
])
def test_inconsistent_choice_questions_are_refused(changes: dict[str, object],
                                                   message: str) -> None:
    """Each broken invariant of a choice question is a QuizError saying which."""
    with pytest.raises(QuizError, match=message.replace("(", r"\(").replace(")", r"\)")):
        _choice(**changes)


def test_matching_must_pair_every_prompt_once() -> None:
    """A matching answer pairs each prompt with a different option, all of them."""
    ok = Question(id="m", kind="matching", lesson="x", part="p", difficulty=2,
                  stem=Text("配对", "Match"), prompts=(A, B), options=(C, Option("od",
                  Text("丁", "D"))), answer=MatchingAnswer((("oa", "oc"), ("ob", "od"))))
    assert ok.answer == MatchingAnswer((("oa", "oc"), ("ob", "od")))
    with pytest.raises(QuizError, match="different option"):
        dataclasses.replace(ok, answer=MatchingAnswer((("oa", "oc"), ("ob", "oc"))))
    with pytest.raises(QuizError, match="every prompt exactly once"):
        dataclasses.replace(ok, answer=MatchingAnswer((("oa", "oc"),)))


def test_ordering_must_order_every_option() -> None:
    """An ordering answer is a permutation of the option ids."""
    base = Question(id="o", kind="ordering", lesson="x", part="p", difficulty=2,
                    stem=Text("排序", "Order"), options=(A, B, C),
                    answer=OrderingAnswer(("oc", "oa", "ob")))
    assert base.answer == OrderingAnswer(("oc", "oa", "ob"))
    with pytest.raises(QuizError, match="order every option"):
        dataclasses.replace(base, answer=OrderingAnswer(("oc", "oa")))


def test_cloze_needs_exactly_one_blank() -> None:
    """A cloze stem holds the blank once; none or two are refused."""
    q = Question(id="c", kind="cloze", lesson="x", part="p", difficulty=2,
                 stem=Text(f"达到{BLANK}%", "reach"), answer=TextAnswer(("88",)))
    assert q.shape == "text"
    for stem in ("达到88%", f"{BLANK}和{BLANK}"):
        with pytest.raises(QuizError, match="exactly once"):
            dataclasses.replace(q, stem=Text(stem, "x"))
    with pytest.raises(QuizError, match="non-empty accepted"):
        dataclasses.replace(q, answer=TextAnswer(()))


def test_numeric_and_true_false_take_no_options() -> None:
    """Options on a numeric or true/false question are refused; a negative tolerance too."""
    q = Question(id="n", kind="numeric", lesson="x", part="p", difficulty=2,
                 stem=Text("多少", "How many"), answer=NumericAnswer(3.8, 0.0, "人"))
    with pytest.raises(QuizError, match="has no options"):
        dataclasses.replace(q, options=(A, B))
    with pytest.raises(QuizError, match="tolerance"):
        dataclasses.replace(q, answer=NumericAnswer(3.8, -1.0, "人"))


def test_text_get_by_language() -> None:
    """Text.get gives zh, en, or both on two lines (once when they are the same)."""
    t = Text("正确", "True")
    assert (t.get("zh"), t.get("en"), t.get("both")) == ("正确", "True", "正确\nTrue")
    assert Text("88%", "88%").get("both") == "88%"
