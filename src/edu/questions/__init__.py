"""The question bank: generated from the content, plus authored (YAML) and imported (GIFT).

``build_bank(plan)`` / ``load_bank(content_dir)`` give a :class:`Bank` of frozen
:class:`Question` values (the model is documented in :mod:`edu.questions.model`); one module per
kind generates them (:mod:`edu.questions.registry` lists the kinds). Names are resolved lazily
(PEP 562), so importing the package costs nothing until one is used.
"""

from __future__ import annotations

from edu.lazy import lazy_exports

TYPE_CHECKING = False
if TYPE_CHECKING:

    from edu.questions.authored import load_authored
    from edu.questions.bank import Bank
    from edu.questions.bank import build_bank
    from edu.questions.bank import load_bank
    from edu.questions.gift import load_gift
    from edu.questions.gift import parse_gift
    from edu.questions.model import BLANK
    from edu.questions.model import GENERATED_KINDS
    from edu.questions.model import KIND_SHAPES
    from edu.questions.model import KINDS
    from edu.questions.model import OVERVIEW
    from edu.questions.model import Answer
    from edu.questions.model import ChoiceAnswer
    from edu.questions.model import Criterion
    from edu.questions.model import EssayAnswer
    from edu.questions.model import MatchingAnswer
    from edu.questions.model import MultiAnswer
    from edu.questions.model import NumericAnswer
    from edu.questions.model import Option
    from edu.questions.model import OrderingAnswer
    from edu.questions.model import Question
    from edu.questions.model import Text
    from edu.questions.model import TextAnswer
    from edu.questions.model import TrueFalseAnswer
    from edu.questions.normalize import normalize_answer
    from edu.questions.normalize import parse_number
    from edu.questions.registry import KIND_INFO
    from edu.questions.render import answer_text
    from edu.questions.serialize import question_from_dict
    from edu.questions.serialize import question_to_dict

_HOME = {
    "load_authored": "authored", "Bank": "bank", "build_bank": "bank", "load_bank": "bank",
    "load_gift": "gift", "parse_gift": "gift", "normalize_answer": "normalize",
    "parse_number": "normalize", "KIND_INFO": "registry", "answer_text": "render",
    "question_from_dict": "serialize", "question_to_dict": "serialize",
    **{name: "model" for name in (
        "BLANK", "GENERATED_KINDS", "KIND_SHAPES", "KINDS", "OVERVIEW", "Answer",
        "ChoiceAnswer", "Criterion", "EssayAnswer", "MultiAnswer", "MatchingAnswer",
        "NumericAnswer", "Option", "OrderingAnswer",
        "Question", "Text", "TextAnswer", "TrueFalseAnswer")},
}

__all__ = [
    "BLANK",
    "GENERATED_KINDS",
    "KINDS",
    "KIND_INFO",
    "KIND_SHAPES",
    "OVERVIEW",
    "Answer",
    "Bank",
    "ChoiceAnswer",
    "Criterion",
    "EssayAnswer",
    "MatchingAnswer",
    "MultiAnswer",
    "NumericAnswer",
    "Option",
    "OrderingAnswer",
    "Question",
    "Text",
    "TextAnswer",
    "TrueFalseAnswer",
    "answer_text",
    "build_bank",
    "load_authored",
    "load_bank",
    "load_gift",
    "normalize_answer",
    "parse_gift",
    "parse_number",
    "question_from_dict",
    "question_to_dict",
]


__getattr__ = lazy_exports(__name__, _HOME)
