"""Printable HTML: the student copy or the answer key of a quiz's versions (and the PDF's source).

``render(quiz, lang, key=False, versions=None, info=QuizInfo())`` returns one self-contained
HTML document (inline CSS, no scripts, no external files). Each version starts on a new page
with the title, the version label and, on the student copy, a name / class / student number /
date / score line; questions keep the version's order and numbering, each with its kind, the
options lettered A, B … and room to answer. The key starts each version with a table of
answers at a glance (for marking), then gives each question's stem with its answer (the
letter and text of the right option, pairs and orders item by item, blanks filled in), the
explanation and the plan's source sentences; the wrong options are not repeated.

Page size A4; page numbers, the title and the version label are in the page margins. The font
is the project's Noto Sans CJK SC (:mod:`edu.fonts`): :mod:`edu.export.pdf` embeds it, browsers
use it when installed. Every text is escaped (``html.escape``).
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from pathlib import Path
from typing import assert_never

from edu.export.common import INSTRUCTIONS
from edu.export.common import LABELS
from edu.export.common import SHAPE_LABELS
from edu.export.common import ExportOptions
from edu.export.common import QuizInfo
from edu.export.common import choice_letter
from edu.export.common import colon
from edu.export.common import label
from edu.export.common import letter
from edu.export.common import matching_letters
from edu.export.common import multi_letters
from edu.export.common import ordering_letters
from edu.export.common import pick
from edu.export.common import xml_safe
from edu.export.keys import compact
from edu.export.keys import glance
from edu.export.keys import key_answer
from edu.fonts import FAMILY
from edu.lang import check_lang
from edu.lang import parts
from edu.present.strings import text
from edu.questions.model import BLANK
from edu.questions.model import ChoiceAnswer
from edu.questions.model import EssayAnswer
from edu.questions.model import MatchingAnswer
from edu.questions.model import MultiAnswer
from edu.questions.model import NumericAnswer
from edu.questions.model import OrderingAnswer
from edu.questions.model import Question
from edu.questions.model import Text
from edu.questions.model import TextAnswer
from edu.questions.model import TrueFalseAnswer
from edu.questions.phrasing import bare
from edu.quiz.assembly import Quiz
from edu.quiz.assembly import QuizVersion

FONT_STACK = (f'"{FAMILY}", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", '
              '"Hiragino Sans GB", sans-serif')


def esc(text: str) -> str:
    """*text* as HTML: escaped, control characters dropped, newlines as ``<br>``."""
    return html.escape(xml_safe(text), quote=True).replace("\n", "<br>")


def inline(text: Text, lang: str, sep: str = " ") -> str:
    """*text* on one line: the Chinese, then the English in a grey ``<span class="en">``."""
    out = [esc(t) if code == "zh" else f'<span class="en">{esc(t)}</span>'
           for code, t in parts(text, lang)]
    return sep.join(out)


def stacked(text: Text, lang: str) -> str:
    """*text* with the English (when shown with the Chinese) on a line of its own."""
    return inline(text, lang, "<br>")


def _label(key: str, lang: str, *args: object) -> str:
    return inline(text(f"paper.{key}", *args), lang)


def _stem(q: Question, n: int, lang: str, key: bool) -> str:
    gap = '<span class="gap"></span>'
    if key and isinstance(q.answer, TextAnswer):
        gap = f'<span class="gap filled">{esc(q.answer.accepted[0])}</span>'
    slot = ""
    if q.shape == "choice":
        slot = f'<span class="slot">（<b>{choice_letter(q) if key else "　　"}</b>）</span>'
    elif q.shape == "multi":
        right = "".join(multi_letters(q)) if key else "　　　"
        slot = f'<span class="slot">（<b>{right}</b>）</span>'
    elif isinstance(q.answer, EssayAnswer):
        slot = f'<span class="slot">（{_label("points", lang, q.answer.points)}）</span>'
    head = (f'<b class="num">{n}.</b><span class="kind">{pick(SHAPE_LABELS[q.shape], lang, " ")}'
            f"</span>")
    out = []
    for i, (_, t) in enumerate(parts(q.stem, lang)):
        body = esc(t).replace(BLANK, gap) if q.shape == "text" else esc(t)
        if i == 0:
            out.append(f'<p class="stem">{slot}{head}{body}</p>')
        else:
            out.append(f'<p class="stem-en" lang="en">{body}</p>')
    return "".join(out)


def _options(q: Question, lang: str) -> str:
    longest = max(len(pick(o.text, lang, "")) for o in q.options)
    both = lang == "both"
    width = "c1" if longest > (40 if both else 30) else "c2" if longest > 11 else "c4"
    items = "".join(f"<li><b>{letter(i)}.</b> {stacked(o.text, lang)}</li>"
                    for i, o in enumerate(q.options))
    return f'<ol class="opts {width}">{items}</ol>'


def _write_line(lang: str, unit: str = "") -> str:
    return (f'<p class="write">{_label("answer", lang)}{colon(lang)}<span class="line"></span>'
            f"{esc(unit)}</p>")


def _body(q: Question, lang: str) -> str:
    """Where the student answers: options, boxes, lines, a matching table."""
    a = q.answer
    match a:
        case ChoiceAnswer() | MultiAnswer():
            return _options(q, lang)
        case TrueFalseAnswer():
            boxes = "".join(f'<span class="tf"><span class="box">□</span> '
                            f"{_label(name, lang)}</span>" for name in ("true", "false"))
            return f'<p class="write">{boxes}</p>'
        case NumericAnswer():
            return _write_line(lang, a.unit)
        case TextAnswer():
            return _write_line(lang)
        case EssayAnswer():
            return '<div class="essay">' + '<span class="eline"></span>' * 8 + "</div>"
        case MatchingAnswer():
            rows = []
            for i in range(max(len(q.prompts), len(q.options))):
                left = right = '<td class="k"></td><td></td>'
                if i < len(q.prompts):
                    left = (f'<td class="k"><b>{i + 1}.</b>（　　）</td>'
                            f"<td>{stacked(q.prompts[i].text, lang)}</td>")
                if i < len(q.options):
                    right = (f'<td class="k"><b>{letter(i)}.</b></td>'
                             f"<td>{stacked(q.options[i].text, lang)}</td>")
                rows.append(f"<tr>{left}{right}</tr>")
            return ('<table class="match"><colgroup><col class="n"><col class="p">'
                    f'<col class="l"><col class="o"></colgroup>{"".join(rows)}</table>')
        case OrderingAnswer():
            slots = " → ".join('<span class="short"></span>' for _ in q.options)
            return (f'{_options(q, lang)}<p class="write">{_label("order", lang)}{colon(lang)}'
                    f"{slots}</p>")
        case _:
            assert_never(a)


def _key_answer(q: Question, lang: str) -> str:
    """The answer under a question of the key (pairs and orders one item a line)."""
    a = q.answer
    if isinstance(a, MatchingAnswer):
        pairs = a.as_dict()
        lines = []
        for i, (p, x) in enumerate(zip(q.prompts, matching_letters(q), strict=True), 1):
            o = q.option(pairs[p.id]).text
            en = (bare(p.text.en or p.text.zh), bare(o.en or o.zh))
            text = Text(f"{p.text.zh} —— {o.zh}",
                        "" if en == (p.text.zh, o.zh) else f"{en[0]}: {en[1]}")
            lines.append(f"<b>{i}–{x}</b>　{inline(text, lang)}")
        body = "<br>".join(lines)
    elif isinstance(a, OrderingAnswer):
        items = [f"{i}. {inline(q.option(x).text, lang)}" for i, x in enumerate(a.order, 1)]
        body = f"<b>{' → '.join(ordering_letters(q))}</b><br>" + "<br>".join(items)
    elif isinstance(a, MultiAnswer):
        right = set(a.options)
        items = [f"<b>{letter(i)}.</b> {inline(o.text, lang)}"
                 for i, o in enumerate(q.options) if o.id in right]
        body = "<br>".join(items)
    elif isinstance(a, EssayAnswer):
        rows = "".join(f"<li>{inline(c.text, lang)}　<b>{_label('points', lang, c.points)}</b>"
                       "</li>" for c in a.rubric)
        return (f'<p class="ans"><b>{_label("model_answer", lang)}</b>　<span class="right">'
                f"{stacked(a.model, lang)}</span></p>"
                f'<div class="rubric"><b>{_label("rubric", lang)}</b>'
                f"（{_label('points', lang, a.points)}）<ul>{rows}</ul></div>")
    else:
        body = inline(compact(key_answer(q, lang)), lang)
    out = f'<p class="ans"><b>{_label("answer", lang)}</b>　<span class="right">{body}</span></p>'
    if isinstance(a, TextAnswer) and len(a.accepted) > 1:
        also = "；".join(esc(x) for x in a.accepted[1:])
        out += f'<p class="note"><b>{_label("also", lang)}</b>　{also}</p>'
    return out


def _key_notes(q: Question, lang: str) -> str:
    out = [_key_answer(q, lang)]
    point = q.explanation
    if point.zh or point.en:
        out.append(f'<p class="expl"><b>{_label("explanation", lang)}</b>　'
                   f"{stacked(point, lang)}</p>")
    if q.source:
        sentences = "<br>".join(esc(s) for s in q.source)
        out.append(f'<p class="source" lang="zh-CN"><b>{_label("source", lang)}</b>　'
                   f"{sentences}</p>")
    return "".join(out)


def question_html(q: Question, n: int, lang: str, key: bool = False) -> str:
    """Question *q* numbered *n*: the student's form, or (*key*) the stem with the answer,
    the explanation and the source sentences."""
    body = _key_notes(q, lang) if key else _body(q, lang)
    return (f'<div class="q" data-id="{esc(q.id)}" data-kind="{esc(q.kind)}">'
            f"{_stem(q, n, lang, key)}{body}</div>")


def _header(quiz: Quiz, v: QuizVersion, lang: str, key: bool, info: QuizInfo) -> str:
    title = parts(info.title, lang)
    h1 = f'<span class="run">{esc(title[0][1])}</span>'
    if len(title) > 1:
        h1 += f'<br><span class="en">{esc(title[1][1])}</span>'
    sub = [f'<span class="vlabel">{esc(label("version", lang, v.label))}</span>',
           esc(label("count", lang, len(v.questions)))]
    if quiz.seed is not None:
        sub.append(esc(label("seed", lang, quiz.seed)))
    out = [f"<h1>{h1}</h1>", f'<p class="sub">{" · ".join(sub)}</p>']
    if key:
        out.append(f'<p class="key-note"><b>{_label("key", lang)}</b>　'
                   f'{_label("key_note", lang)}</p>')
        return "".join(out)
    cells = "".join(f'<th>{_label(k, lang)}</th><td class="{k}"></td>'
                    for k in ("name", "class", "number", "date", "score"))
    out.append(f'<table class="idline"><tr>{cells}</tr></table>')
    shapes = [s for s in SHAPE_LABELS if any(q.shape == s for q in v.questions)]
    items = "<br>".join(f"<b>{pick(SHAPE_LABELS[s], lang, ' ')}</b>　"
                        f"{inline(INSTRUCTIONS[s], lang)}" for s in shapes)
    out.append(f'<p class="instructions">{items}</p>')
    return "".join(out)


def _glance(v: QuizVersion, lang: str) -> str:
    cells = [f'<td class="n">{n}</td><td class="a">{esc(pick(t, lang))}</td>'
             for n, t in enumerate(glance(v.questions), 1)]
    rows = ["".join(cells[i:i + 4]) for i in range(0, len(cells), 4)]
    no, answer = pick(LABELS["no"], lang, " "), pick(LABELS["answer"], lang, " ")
    head = f"<th>{no}</th><th>{answer}</th>" * min(4, len(cells))
    body = "".join(f"<tr>{r}</tr>" for r in rows)
    return (f'<h2>{_label("glance", lang)}</h2><table class="glance"><thead><tr>{head}</tr>'
            f"</thead><tbody>{body}</tbody></table>")


def version_html(quiz: Quiz, v: QuizVersion, lang: str, key: bool, info: QuizInfo) -> str:
    """One version as a ``<section>`` that starts a new page."""
    questions = "".join(question_html(q, n, lang, key) for n, q in enumerate(v.questions, 1))
    glance_table = _glance(v, lang) if key else ""
    return (f'<section class="version" data-version="{esc(v.label)}">'
            f"{_header(quiz, v, lang, key, info)}{glance_table}{questions}</section>")


def _css_string(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\A ") + '"'


def _page_content(lang: str) -> str:
    """``"第 " counter(page) " 页，共 " counter(pages) " 页"`` for the page footer."""
    pieces = []
    for _, template in parts(LABELS["page"], lang):
        out = []
        for chunk in re.split(r"\{(pages?)\}", template):
            if chunk in ("page", "pages"):
                out.append(f"counter({chunk})")
            elif chunk:
                out.append(_css_string(chunk))
        pieces.append(" ".join(out))
    return ' "　" '.join(pieces)


def stylesheet(lang: str, key: bool, font: Path | None = None) -> str:
    """The paper's CSS; *font* adds an ``@font-face`` for that file (the PDF embeds it)."""
    face = ""
    if font is not None:
        face = f'@font-face {{ font-family: "{FAMILY}"; src: url("{font.as_uri()}"); }}\n'
    doc = _css_string("  " + pick(LABELS["key_short"], lang, " ")) if key else ""
    margin = f"font-family: {FONT_STACK}; font-size: 8pt; color: #666;"
    return face + _CSS.replace("@FONT@", FONT_STACK).replace("@MARGIN@", margin).replace(
        "@PAGE@", _page_content(lang)).replace("@DOC@", doc)


_CSS = """
@page { size: A4; margin: 16mm 15mm 16mm 15mm;
  @top-left { content: string(title); @MARGIN@ }
  @top-right { content: string(version) @DOC@; @MARGIN@ }
  @bottom-center { content: @PAGE@; @MARGIN@ font-size: 8.5pt; } }
@page :first { @top-left { content: none; } @top-right { content: none; } }
html { font-family: @FONT@; font-size: 10.5pt; line-height: 1.45; color: #111; }
body { margin: 0; }
p { margin: 0; }
.en { color: #444; }
.version + .version { break-before: page; }
h1 { font-size: 15pt; font-weight: normal; text-align: center; margin: 0 0 1mm;
  line-height: 1.3; }
h1 .en { font-size: 10.5pt; }
.run { string-set: title content(text); }
h2 { font-size: 11pt; font-weight: normal; margin: 2mm 0 1.5mm; }
.sub { text-align: center; font-size: 9pt; color: #444; margin: 0 0 4mm; }
.vlabel { string-set: version content(text); color: #111; }
table.idline { width: 100%; border-collapse: collapse; margin: 0 0 3mm; font-size: 9pt; }
table.idline th { font-weight: normal; text-align: left; white-space: nowrap;
  padding: 0 1mm 0 3mm; }
table.idline th:first-child { padding-left: 0; }
table.idline th .en { font-size: 8pt; }
table.idline td { border-bottom: 0.7pt solid #000; width: 18%; }
table.idline td.score { width: 8%; }
.instructions { margin: 0 0 4mm; padding: 1.5mm 2.5mm; font-size: 8.5pt; color: #333;
  border: 0.5pt solid #bbb; }
.q { break-inside: avoid; margin: 0 0 3.5mm; padding-left: 6mm; }
.stem { text-indent: -6mm; }
.num { display: inline-block; width: 6mm; text-indent: 0; }
.kind { font-size: 7.5pt; color: #555; border: 0.5pt solid #999; padding: 0 0.8mm;
  margin-right: 1mm; }
.stem-en { font-size: 9.5pt; color: #444; }
.slot { float: right; margin-left: 3mm; text-indent: 0; }
.gap { display: inline-block; min-width: 16mm; border-bottom: 0.7pt solid #000;
  margin: 0 0.5mm; text-align: center; text-indent: 0; }
ol.opts { list-style: none; margin: 0.5mm 0 0; padding: 0; }
ol.opts li { display: inline-block; vertical-align: top; width: 24.5%; padding-left: 4.5mm;
  text-indent: -4.5mm; box-sizing: border-box; }
ol.opts.c2 li { width: 49.5%; }
ol.opts.c1 li { display: block; width: auto; }
ol.opts .en, table.match .en { font-size: 9pt; }
.write { margin: 1mm 0 0; }
.tf { margin-right: 10mm; }
.box { display: inline-block; width: 3.6mm; text-align: center; }
.line { display: inline-block; min-width: 45mm; border-bottom: 0.7pt solid #000;
  margin: 0 1mm; }
.essay { margin: 1mm 0 0; }
.eline { display: block; height: 7mm; border-bottom: 0.5pt solid #999; }
.rubric { margin: 1mm 0 0; font-size: 9pt; }
.rubric ul { margin: 0.5mm 0 0; padding-left: 5mm; }
.short { display: inline-block; width: 10mm; border-bottom: 0.7pt solid #000; }
table.match { border-collapse: collapse; table-layout: fixed; margin: 0.5mm 0 0; width: 100%; }
table.match td { vertical-align: top; padding: 0.3mm 2mm 0.3mm 0; }
table.match col.n { width: 13%; }
table.match col.p { width: 39%; }
table.match col.l { width: 4%; }
table.match col.o { width: 44%; }
table.match td.k { white-space: nowrap; padding-right: 0; }
/* the answer key */
.key-note { text-align: center; font-size: 9pt; color: #9b1c1c; margin: 0 0 3mm; }
table.glance { border-collapse: collapse; table-layout: fixed; width: 100%; margin: 0 0 5mm;
  font-size: 9pt; }
table.glance th { background: #eef1f5; font-weight: normal; padding: 0.5mm 1.5mm;
  border: 0.5pt solid #c8ced6; text-align: left; }
table.glance td { border: 0.5pt solid #c8ced6; padding: 0.5mm 1.5mm; vertical-align: top;
  overflow-wrap: anywhere; }
table.glance td.n { width: 6%; text-align: right; color: #555; }
table.glance td.a { width: 19%; color: #9b1c1c; }
.slot b, .gap.filled { color: #9b1c1c; }
.gap.filled { padding: 0 1mm; }
.ans { margin: 1mm 0 0; }
.right, .right .en { color: #0b5b2e; }
.note { margin: 0.5mm 0 0; font-size: 9pt; }
.expl { margin: 1mm 0 0; padding: 0.8mm 2mm; background: #f3f5f8;
  border-left: 1.5pt solid #2b6cb0; font-size: 9pt; }
.source { margin: 1mm 0 0; padding: 0.3mm 2mm; border-left: 1.5pt solid #c05621;
  font-size: 9pt; color: #222; }
"""


def render(quiz: Quiz, lang: str = "both", *, key: bool = False,
           versions: Sequence[str] | None = None, info: QuizInfo | None = None,
           font: Path | None = None) -> str:
    """The printable HTML document of *quiz* (see the module docstring).

    *versions* picks version labels (default: all, each starting a new page); *font* embeds
    that font file through ``@font-face`` (used for the PDF).
    """
    check_lang(lang)
    info = info or QuizInfo()
    chosen = [v for v in quiz.versions if versions is None or v.label in versions]
    title = esc(pick(info.title, lang))
    body = "".join(version_html(quiz, v, lang, key, info) for v in chosen)
    html_lang = "en" if lang == "en" else "zh-CN"
    return (f'<!DOCTYPE html>\n<html lang="{html_lang}">\n<head>\n<meta charset="utf-8">\n'
            f"<title>{title}</title>\n<style>{stylesheet(lang, key, font)}</style>\n</head>\n"
            f'<body class="{"key" if key else "student"} lang-{lang}">\n{body}\n</body>\n'
            "</html>\n")


def render_quiz(quiz: Quiz, lang: str, opts: ExportOptions) -> bytes:
    """The student copy of every version, or the key (*opts*), as one document."""
    return render(quiz, lang, key=opts.key, versions=opts.versions, info=opts.info).encode("utf-8")
