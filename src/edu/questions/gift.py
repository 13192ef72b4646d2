"""Import questions from GIFT (Moodle's plain-text quiz format): the common subset.

Supported: multiple choice (``{=right ~wrong}``), true/false (``{T}``, ``{FALSE}``), short answer
(``{=a =b}``), missing word (text on both sides of the braces: a choice or a cloze question),
numeric (``{#3.8}``, ``{#3.8:0.1}``, ``{#1..5}``), matching (``{=a -> b =c -> d}``); titles
``::title::``; ``$CATEGORY:`` lines; ``//`` comments; feedback after ``#`` (general feedback
``####…`` becomes the explanation); the ``[html]``/``[plain]``/``[markdown]``/``[moodle]``
format tags; escapes ``\\~ \\= \\# \\{ \\} \\:`` and ``\\n``.

Multiple-answer questions (every answer ``~%weight%``, the right ones positive) become
``multiple_response`` questions: the options with a positive weight are the right ones (edu
grades them its own way: right ticks minus wrong ticks). Essays (``{}``, or ``{####…}``)
become ``discussion`` questions: the general feedback is the model answer, and its lines
``- criterion（2分）`` or ``- criterion (2 points)`` the rubric (one 1-point criterion when it
has none); an essay without general feedback is refused. Other partial-credit weights
(``=%50%`` in a single-answer question) are refused with a ``file:line`` error.

Mapping to the bank: a question's lesson is the last segment of its ``$CATEGORY`` when that
names a lesson (``$CATEGORY: nhrap/health``), else *default_lesson*. GIFT has no languages: the
text is used for both ``zh`` and ``en``. edu reads three optional comments in a question's own
block: ``// source: <verbatim sentence>`` (checked against the plan's text when a plan is given),
``// difficulty: 1-3`` and ``// tags: a, b``. Ids: ``stable_id("question", "gift", title or
text)``.
"""

from __future__ import annotations

import html
import re
from itertools import pairwise
from pathlib import Path

from edu.content.model import INTRODUCTION
from edu.content.model import Plan
from edu.errors import ContentError
from edu.errors import QuizError
from edu.fsutil import read_utf8
from edu.ids import stable_id
from edu.questions.model import BLANK
from edu.questions.model import OVERVIEW
from edu.questions.model import Answer
from edu.questions.model import ChoiceAnswer
from edu.questions.model import Criterion
from edu.questions.model import EssayAnswer
from edu.questions.model import MatchingAnswer
from edu.questions.model import MultiAnswer
from edu.questions.model import NumericAnswer
from edu.questions.model import Option
from edu.questions.model import Question
from edu.questions.model import Text
from edu.questions.model import TextAnswer
from edu.questions.model import TrueFalseAnswer
from edu.questions.phrasing import explain
from edu.questions.phrasing import option
from edu.text import squeeze

_ESCAPES = {"\\~": "\ue001", "\\=": "\ue002", "\\#": "\ue003", "\\{": "\ue004",
            "\\}": "\ue005", "\\:": "\ue006", "\\\\": "\ue007", "\\n": "\n"}
_LITERAL = {"\ue001": "~", "\ue002": "=", "\ue003": "#", "\ue004": "{", "\ue005": "}",
            "\ue006": ":", "\ue007": "\\"}
_ESCAPE_RE = re.compile(r"\\[~=#{}:\\n]")
_FORMAT_TAG = re.compile(r"^\s*\[(?:html|moodle|plain|markdown)\]", re.IGNORECASE)
_WEIGHT = re.compile(r"^%(-?\d+(?:\.\d+)?)%")
_META = re.compile(r"^//\s*(source|difficulty|tags)\s*:\s*(.*)$", re.IGNORECASE)
_NUMBER = r"[-+]?(?:\d+(?:\.\d*)?|\.\d+)"


def _escape(text: str) -> str:
    return _ESCAPE_RE.sub(lambda m: _ESCAPES[m.group()], text)


def _plain(text: str) -> str:
    """Escaped text back to what it says, with whitespace tidied."""
    for code, char in _LITERAL.items():
        text = text.replace(code, char)
    return " ".join(text.split()) if "\n" not in text.strip() else text.strip()


class _Block:
    """One question's lines (comments removed), with where it starts."""

    def __init__(self, lines: list[tuple[int, str]], name: str) -> None:
        self.lines = lines
        self.name = name
        self.meta: dict[str, str] = {}

    def fail(self, message: str, offset: int = 0) -> ContentError:
        """An error at the *offset*-th line of the block (comment lines not counted)."""
        line = self.lines[min(offset, len(self.lines) - 1)][0] if self.lines else 1
        return ContentError(message, f"{self.name}:{line}")


def _blocks(text: str, name: str) -> list[tuple[str | None, _Block]]:
    """Split into (category, block) pairs at blank lines; comments and metadata pulled out."""
    out: list[tuple[str | None, _Block]] = []
    category: str | None = None
    current: list[tuple[int, str]] = []
    meta: dict[str, str] = {}

    def flush() -> None:
        nonlocal current, meta
        if current:
            block = _Block(current, name)
            block.meta = meta
            out.append((category, block))
        current, meta = [], {}

    for number, line in enumerate(text.splitlines(), 1):
        stripped = line.strip()
        if not stripped:
            flush()
        elif stripped.startswith("//"):
            match = _META.match(stripped)
            if match:
                key = match.group(1).lower()
                meta[key] = f"{meta[key]}\n{match.group(2)}" if key in meta else match.group(2)
        elif stripped.upper().startswith("$CATEGORY:") and not current:
            category = stripped.split(":", 1)[1].strip()
            meta = {}
        else:
            current.append((number, line))
    flush()
    return out


def _split_answers(body: str, block: _Block, line: int) -> list[tuple[str, str]]:
    """``=a ~b`` → [("=", "a"), ("~", "b")]."""
    starts = [i for i, ch in enumerate(body) if ch in "=~"]
    if not starts or body[:starts[0]].strip():
        raise block.fail("answers must each start with = (right) or ~ (wrong)", line)
    bounds = [*starts, len(body)]
    return [(body[a], body[a + 1:b]) for a, b in pairwise(bounds)]


def _weight(text: str, block: _Block, line: int) -> str:
    match = _WEIGHT.match(text.strip())
    if match:
        if float(match.group(1)) != 100:
            raise block.fail(f"partial-credit answers (%{match.group(1)}%) are not supported; "
                             "keep one fully right answer", line)
        return text.strip()[match.end():]
    return text


def _multi_weights(body: str) -> list[tuple[str, float]] | None:
    """``~%50%a ~%-50%b …`` → [(a, 50), (b, -50)] when every answer is ``~`` and weighted,
    else ``None``."""
    starts = [i for i, ch in enumerate(body) if ch in "=~"]
    if not starts or body[:starts[0]].strip() or any(body[i] == "=" for i in starts):
        return None
    out = []
    for a, b in pairwise([*starts, len(body)]):
        text = body[a + 1:b].split("#", 1)[0].strip()
        match = _WEIGHT.match(text)
        if not match:
            return None
        out.append((text[match.end():].strip(), float(match.group(1))))
    return out if any(w > 0 for _, w in out) else None


_RUBRIC_LINE = re.compile(r"^\s*-\s*(.+?)\s*(?:（(\d+)分）|\((\d+) points?\))\s*$")


def _essay(general: str, block: _Block, line: int) -> EssayAnswer:
    """A discussion from an essay's general feedback (see the module docstring)."""
    text = html.unescape(re.sub(r"<br\s*/?>|</p>\s*<p[^>]*>", "\n",
                                _plain(general)).replace("<p>", "").replace("</p>", ""))
    if not text.strip():
        raise block.fail("an essay needs its model answer as general feedback "
                         "({####model answer}) to become a discussion question", line)
    rubric = []
    model = []
    for row in text.splitlines():
        found = _RUBRIC_LINE.match(row)
        if found:
            points = int(found.group(2) or found.group(3))
            rubric.append(Criterion(Text(found.group(1), found.group(1)), max(1, points)))
        elif row.strip() and not row.lstrip().startswith(("评分标准", "Marking rubric")):
            model.append(re.sub(r"^(参考答案：|Model answer: )", "", row.strip()))
    body = "\n".join(model) or text.strip()
    if not rubric:
        rubric = [Criterion(Text("按参考答案评分", "Marked against the model answer"), 1)]
    return EssayAnswer(Text(body, body), tuple(rubric))


def _numeric(body: str, block: _Block, line: int) -> NumericAnswer:
    answers = [a for m, a in _split_answers(body, block, line)] if "=" in body else [body]
    for raw in answers:
        text = _weight(raw.split("#", 1)[0], block, line).strip()
        if re.fullmatch(f"{_NUMBER}:{_NUMBER}", text):
            value, tol = text.split(":")
            return NumericAnswer(float(value), abs(float(tol)))
        if re.fullmatch(f"{_NUMBER}\\.\\.{_NUMBER}", text):
            low, high = sorted(float(x) for x in text.split(".."))
            return NumericAnswer((low + high) / 2, (high - low) / 2)
        if re.fullmatch(_NUMBER, text):
            return NumericAnswer(float(text))
        raise block.fail(f"numeric answer {_plain(text)!r}: write {{#value}}, "
                         "{#value:tolerance} or {#low..high}", line)
    raise block.fail("a numeric question needs an answer", line)  # pragma: no cover


def _texts(items: list[str]) -> list[Text]:
    return [Text(_plain(x), _plain(x)) for x in items]


def _parse(block: _Block, lesson: str, part: str, source_text: str | None,
           seen: dict[str, str]) -> Question | None:
    full = _escape("\n".join(line for _, line in block.lines))
    title = ""
    match = re.match(r"^\s*::(.*?)::", full, re.DOTALL)
    raw = full
    if match:
        title, raw = _plain(match.group(1)), full[match.end():]
    raw = _FORMAT_TAG.sub("", raw, count=1)
    open_at = raw.find("{")
    if open_at < 0:
        return None  # a description: no question to import
    close_at = raw.find("}", open_at)
    line = full[:full.find("{", match.end() if match else 0)].count("\n")
    if close_at < 0:
        raise block.fail("unclosed { in the answers; close it with } (or escape it as \\{)",
                         line)
    before, body, after = raw[:open_at], raw[open_at + 1:close_at], raw[close_at + 1:]
    if "{" in body or "{" in after or "}" in after:
        raise block.fail("one answer block per question; escape literal braces as \\{ \\}", line)
    general = ""
    if "####" in body:
        body, general = body.split("####", 1)
    stem_text = _plain(before)
    missing_word = bool(_plain(after))
    if missing_word:
        gap_before = " " if before[-1:].isspace() and stem_text else ""
        gap_after = " " if after[:1].isspace() else ""
        stem_text = f"{stem_text}{gap_before}{BLANK}{gap_after}{_plain(after)}"
    if not _plain(before) and not missing_word:
        raise block.fail("question text missing before the answers", line)
    stripped = body.strip()
    qid = stable_id("question", "gift", title or squeeze(_plain(raw)))
    if qid in seen:
        raise block.fail(f"the same question appears twice (first at {seen[qid]}); give each "
                         "a different ::title::", line)
    seen[qid] = f"{block.name}:{block.lines[0][0]}"
    options: tuple[Option, ...] = ()
    prompts: tuple[Option, ...] = ()
    answer: Answer
    kind: str
    weighted = _multi_weights(stripped)
    if not stripped:
        kind, answer = "discussion", _essay(general, block, line)
    elif weighted is not None:
        texts = _texts([a for a, _ in weighted])
        options = tuple(option(qid, t.zh, t) for t in texts)
        picks = tuple(o.id for o, (_, w) in zip(options, weighted, strict=True) if w > 0)
        if len(picks) < 2 or len(picks) == len(options):
            raise block.fail("a multiple-answer question needs two or more positive weights "
                             "and at least one answer that is not", line)
        kind, answer = "multiple_response", MultiAnswer(picks)
    elif stripped.startswith("#"):
        kind, answer = "numeric", _numeric(stripped[1:], block, line)
    elif re.fullmatch(r"(?i)(t|true|f|false)\s*(#.*)?", stripped, re.DOTALL):
        kind, answer = "true_false", TrueFalseAnswer(stripped[:1].upper() == "T")
    else:
        answers = [(m, _weight(a.split("#", 1)[0], block, line).strip())
                   for m, a in _split_answers(stripped, block, line)]
        if any(not a for _, a in answers):
            raise block.fail("an empty answer; write text after each = or ~", line)
        if any("->" in a for _, a in answers):
            if any(m != "=" or "->" not in a for m, a in answers):
                raise block.fail("matching answers are all written =left -> right", line)
            lefts = _texts([a.split("->", 1)[0] for _, a in answers])
            rights = _texts([a.split("->", 1)[1] for _, a in answers])
            prompts = tuple(option(qid, f"prompt:{t.zh}", t) for t in lefts)
            options = tuple(option(qid, f"option:{t.zh}", t) for t in rights)
            kind = "matching"
            answer = MatchingAnswer(tuple((p.id, o.id) for p, o in zip(prompts, options,
                                                                       strict=True)))
        elif any(m == "~" for m, _ in answers):
            right = [i for i, (m, _) in enumerate(answers) if m == "="]
            if len(right) != 1:
                raise block.fail(f"exactly one answer must be marked = (found {len(right)})",
                                 line)
            options = tuple(option(qid, t.zh, t) for t in _texts([a for _, a in answers]))
            kind, answer = "choice", ChoiceAnswer(options[right[0]].id)
        else:
            kind = "cloze" if missing_word else "short_answer"
            answer = TextAnswer(tuple(dict.fromkeys(_plain(a) for _, a in answers)))
    sources = tuple("".join(s.split()) for s in block.meta.get("source", "").splitlines()
                    if s.strip())
    for sentence in sources:
        if source_text is not None and sentence not in source_text:
            raise block.fail(f"// source: not found verbatim in the plan's text: {sentence!r}")
    difficulty = block.meta.get("difficulty", "2").strip()
    if difficulty not in ("1", "2", "3"):
        raise block.fail(f"// difficulty: expected 1, 2 or 3, found {difficulty!r}")
    tags = ("gift", *(t.strip() for t in block.meta.get("tags", "").split(",") if t.strip()))
    point = Text(_plain(general), _plain(general))
    try:
        return Question(
            id=qid, kind=kind, lesson=lesson, part=part, difficulty=int(difficulty),
            stem=Text(stem_text, stem_text), answer=answer, options=options, prompts=prompts,
            source=sources, explanation=explain(point, sources) if sources else point,
            tags=tuple(dict.fromkeys(tags)), variant="gift", origin="gift")
    except QuizError as exc:
        raise block.fail(str(exc).split(": ", 1)[-1], line) from None


def parse_gift(text: str, name: str = "<gift>", plan: Plan | None = None,
               default_lesson: str = "") -> list[Question]:
    """The questions of GIFT *text*; *name* is used in ``name:line`` errors."""
    parts: dict[str, str] = {INTRODUCTION: INTRODUCTION, OVERVIEW: OVERVIEW}
    if plan is not None:
        parts.update({x.id: x.part for x in plan.lessons})
    if default_lesson and default_lesson not in parts:
        raise QuizError(f"unknown lesson {default_lesson!r}; valid lessons: {', '.join(parts)}")
    source_text = squeeze(plan.source_text) if plan is not None else None
    out: list[Question] = []
    seen: dict[str, str] = {}
    for category, block in _blocks(text, name):
        lesson = default_lesson
        if category:
            last = category.rstrip("/").rsplit("/", 1)[-1].strip()
            lesson = last if last in parts else default_lesson
        q = _parse(block, lesson, parts.get(lesson, ""), source_text, seen)
        if q is not None:
            out.append(q)
    return out


def load_gift(path: Path, plan: Plan | None = None, default_lesson: str = "") -> list[Question]:
    """The questions of the GIFT file *path* (UTF-8)."""
    text = read_utf8(path, "GIFT file")
    return parse_gift(text, str(path), plan, default_lesson)
