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
    from edu.questions.bank import Bank, build_bank, load_bank
    from edu.questions.gift import load_gift, parse_gift
    from edu.questions.model import (
        BLANK,
        GENERATED_KINDS,
        INTRODUCTION,
        KIND_SHAPES,
        KINDS,
        OVERVIEW,
        Answer,
        ChoiceAnswer,
        Criterion,
        EssayAnswer,
        MatchingAnswer,
        MultiAnswer,
        NumericAnswer,
        Option,
        OrderingAnswer,
        Question,
        Text,
        TextAnswer,
        TrueFalseAnswer,
    )
    from edu.questions.normalize import normalize_answer, parse_number
    from edu.questions.registry import KIND_INFO
    from edu.questions.render import answer_text
    from edu.questions.serialize import question_from_dict, question_to_dict

_HOME = {
    "load_authored": "authored", "Bank": "bank", "build_bank": "bank", "load_bank": "bank",
    "load_gift": "gift", "parse_gift": "gift", "normalize_answer": "normalize",
    "parse_number": "normalize", "KIND_INFO": "registry", "answer_text": "render",
    "question_from_dict": "serialize", "question_to_dict": "serialize",
    **{name: "model" for name in (
        "BLANK", "GENERATED_KINDS", "INTRODUCTION", "KIND_SHAPES", "KINDS", "OVERVIEW", "Answer",
        "ChoiceAnswer", "Criterion", "EssayAnswer", "MultiAnswer", "MatchingAnswer",
        "NumericAnswer", "Option", "OrderingAnswer",
        "Question", "Text", "TextAnswer", "TrueFalseAnswer")},
}

__all__ = [
    "BLANK",
    "GENERATED_KINDS",
    "INTRODUCTION",
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
