"""The instructor's quiz builder: filters, a live preview of each version, export buttons.

Shows a :class:`~edu.sessions.builder.BuilderSession`. Every filter change re-assembles the
quiz (a few milliseconds) and redraws the preview; the export buttons — one per format the
registry holds when the builder opens — write the previewed quiz and list links to the files.
"""

from __future__ import annotations

import html
import random
from pathlib import Path
from typing import Any

import ipywidgets as w

from edu.content.model import Plan
from edu.errors import EduError
from edu.present.strings import lang_options
from edu.present.strings import say
from edu.questions.bank import Bank
from edu.questions.bank import load_bank
from edu.questions.model import KINDS
from edu.questions.model import EssayAnswer
from edu.questions.model import MatchingAnswer
from edu.questions.model import NumericAnswer
from edu.questions.model import Question
from edu.questions.model import Text
from edu.questions.registry import KIND_INFO
from edu.questions.render import answer_text
from edu.quiz.assembly import Quiz
from edu.quiz.spec import MAX_VERSIONS
from edu.sessions.builder import BuilderSession
from edu.sessions.builder import describe
from edu.sessions.builder import formats
from edu.sessions.builder import links_html
from edu.widgets.quiz_controls import STYLE
from edu.widgets.quiz_controls import essay_html
from edu.widgets.quiz_controls import html_text
from edu.widgets.quiz_controls import tx

PREVIEW_STYLE = """<style>
.edu-preview-html{font-family:"Noto Sans CJK SC","Noto Sans SC",system-ui,sans-serif;
 line-height:1.55;max-width:60rem}
.edu-preview-html .edu-pq{margin:.2em 0 .9em}
.edu-preview-html .edu-meta{font-size:.82em;color:#718096}
.edu-preview-html .edu-key{background:#f0fff4;border-left:3px solid #68d391;padding:.2em .6em;
 margin-top:.3em}
.edu-preview-html .edu-source{color:#718096;font-size:.9em}
.edu-preview-html ol.edu-opts{list-style:upper-alpha;margin:.2em 0}
</style>"""


def _question_html(q: Question, n: int, bank: Bank, lang: str, answers: bool) -> str:
    lesson = bank.titles.get(q.lesson)
    meta = " · ".join([tx(KIND_INFO[q.kind].title, lang),
                       tx(lesson, lang) if lesson else q.lesson or "—",
                       "★" * q.difficulty, q.id])
    out = [f'<li class="edu-pq" value="{n}"><div class="edu-meta">{html.escape(meta)}</div>',
           html_text(q.stem, lang, "edu-q")]
    if q.shape in ("choice", "ordering", "multi"):
        out.append('<ol class="edu-opts">' + "".join(
            f"<li>{html.escape(tx(o.text, lang))}</li>" for o in q.options) + "</ol>")
    elif q.shape == "matching":
        left = "".join(f"<li>{html.escape(tx(p.text, lang))}</li>" for p in q.prompts)
        right = "".join(f"<li>{html.escape(tx(o.text, lang))}</li>" for o in q.options)
        out.append(f'<table><tr><td valign="top"><ol>{left}</ol></td><td valign="top">'
                   f'<ol class="edu-opts">{right}</ol></td></tr></table>')
    elif q.shape == "true_false":
        out.append(f"<div>{html.escape(say('paper.true', lang, sep=' '))} ☐ &nbsp; "
                   f"{html.escape(say('paper.false', lang, sep=' '))} ☐</div>")
    elif isinstance(q.answer, NumericAnswer):
        out.append(f"<div>＿＿＿＿ {html.escape(q.answer.unit)}</div>")
    if answers and isinstance(q.answer, EssayAnswer):
        out.append(f'<div class="edu-key">{essay_html(q.answer, lang)}</div>')
        return "".join(out) + "</li>"
    if answers:
        answer = answer_text(q)
        if isinstance(q.answer, MatchingAnswer):
            letters = {o.id: chr(ord("A") + i) for i, o in enumerate(q.options)}
            numbers = {p.id: i + 1 for i, p in enumerate(q.prompts)}
            pairs = sorted((numbers[p], letters[o]) for p, o in q.answer.pairs)
            key = ", ".join(f"{p}–{o}" for p, o in pairs) + " · " + tx(answer, lang)
        else:
            key = tx(answer, lang)
        source = "".join(f"「{s}」" for s in q.source)
        out.append(f'<div class="edu-key"><b>{html.escape(say("paper.answer", lang, sep=" "))}:'
                   f"</b> {html.escape(key)}"
                   + (f'<div class="edu-source" lang="zh-CN">{html.escape(source)}</div>'
                      if source else "") + "</div>")
    return "".join(out) + "</li>"


def preview_html(quiz: Quiz, bank: Bank, label: str, lang: str, answers: bool) -> str:
    """One version of *quiz* as the students will see it (with the key when *answers*)."""
    version = next((v for v in quiz.versions if v.label == label), quiz.versions[0])
    head = " · ".join(say(key, lang, value, sep=" / ") for key, value in (
        ("paper.version", version.label), ("paper.count", len(version.questions)),
        ("paper.seed", quiz.seed)))
    items = "".join(_question_html(q, n, bank, lang, answers)
                    for n, q in enumerate(version.questions, 1))
    return (f'{PREVIEW_STYLE}<div class="edu-preview-html" data-version="{version.label}">'
            f"<h3>{html.escape(head)}</h3><ol>{items}</ol></div>")


def _label(key: str) -> str:
    """The builder's label *key* in both languages (``难度 Difficulty``): the builder is the
    instructors' tool, and its labels do not follow the preview's language."""
    return say(f"builder.{key}", "both", sep=" ")


def _multi(options: list[tuple[str, str]], cls: str, rows: int) -> w.SelectMultiple:
    widget = w.SelectMultiple(options=options, rows=rows, layout=w.Layout(width="100%"))
    widget.add_class(cls)
    return widget


class BuilderView:
    """Filters on the left, the preview on the right, export buttons and links below."""

    def __init__(self, session: BuilderSession, *, rng: random.Random,
                 link_base: Path | str | None = None) -> None:
        self.session, self.rng, self.link_base = session, rng, link_base
        bank = session.bank
        both = "both"
        titles = bank.titles
        self.lessons = _multi([(tx(titles[k], both) if k in titles else k, k)
                               for k in bank.lessons], "edu-b-lessons", 8)
        self.parts = _multi([(tx(titles[k], both) if k in titles else k, k)
                             for k in bank.parts], "edu-b-parts", 4)
        present = {q.kind for q in bank.questions}
        self.kinds = _multi([(tx(KIND_INFO[k].title, both), k) for k in KINDS if k in present],
                            "edu-b-kinds", 8)
        wide = {"description_width": "7.5rem"}
        self.difficulty = w.IntRangeSlider(value=(1, 3), min=1, max=3, step=1,
                                           description=_label("difficulty"), style=wide)
        self.tags = w.Text(description=_label("tags"), placeholder=_label("tags_hint"), style=wide)
        self.exclude = w.Textarea(description=_label("exclude"), placeholder=_label("exclude_hint"),
                                  rows=2, style=wide)
        self.count = w.BoundedIntText(value=10, min=1, max=200, description=_label("count"),
                                      style=wide)
        self.versions = w.BoundedIntText(value=1, min=1, max=MAX_VERSIONS,
                                         description=_label("versions"), style=wide)
        self.draws = w.Checkbox(value=False, description=_label("draws"),
                                indent=False)
        self.balance = w.Checkbox(value=True, description=_label("balance"),
                                  indent=False)
        self.seed = w.IntText(value=session.seed, description=_label("seed"), style=wide)
        self.reseed = w.Button(description=_label("reseed"), layout=w.Layout(width="auto"))
        for widget, cls in ((self.count, "edu-b-count"), (self.versions, "edu-b-versions"),
                            (self.seed, "edu-b-seed"), (self.difficulty, "edu-b-difficulty"),
                            (self.reseed, "edu-b-reseed"), (self.draws, "edu-b-draws")):
            widget.add_class(cls)
        self.matches = w.HTML()
        self.matches.add_class("edu-b-matches")
        self.message = w.HTML()
        self.message.add_class("edu-b-message")
        self.version = w.ToggleButtons(options=["A"])
        self.version.add_class("edu-b-version")
        self.answers = w.Checkbox(value=False, description=_label("show_answers"), indent=False)
        self.answers.add_class("edu-b-answers")
        self.preview = w.HTML()
        self.preview.add_class("edu-preview")
        self.lang = w.Dropdown(options=lang_options(), value=session.lang,
                               description=say("language", "both", sep=" "), style=wide)
        self.key = w.Checkbox(value=False, description=_label("with_key"),
                              indent=False)
        self.key.add_class("edu-b-key")
        self.export_buttons = {fmt: w.Button(description=fmt, button_style="info",
                                             tooltip=tx(describe(fmt), "both"),
                                             layout=w.Layout(width="auto"))
                               for fmt in formats()}
        for fmt, button in self.export_buttons.items():
            button.add_class("edu-export")
            button.add_class(f"edu-export-{fmt}")
            button.on_click(lambda _b, fmt=fmt: self.export([fmt]))
        self.export_all = w.Button(description=_label("export_all"), button_style="primary")
        self.export_all.add_class("edu-export-all")
        self.export_all.on_click(lambda _b: self.export(list(self.export_buttons)))
        self.links = w.HTML()
        self.links.add_class("edu-links")
        filters = w.VBox([
            w.HTML(f"<b>{_label('lessons')}</b> ({_label('none_all')})"), self.lessons,
            w.HTML(f"<b>{_label('parts')}</b>"), self.parts,
            w.HTML(f"<b>{_label('kinds')}</b>"), self.kinds,
            self.difficulty, self.tags, self.exclude, self.count, self.versions, self.draws,
            self.balance, w.HBox([self.seed, self.reseed])],
            layout=w.Layout(width="34%", min_width="20rem"))
        right = w.VBox([self.matches, self.message, w.HBox([self.version, self.answers]),
                        self.preview], layout=w.Layout(width="66%"))
        exports = w.VBox([w.HTML(f"<h3>{_label('export')}</h3>"), w.HBox([self.lang, self.key]),
                          w.HBox([*self.export_buttons.values(), self.export_all]),
                          self.links])
        self.widget = w.VBox([w.HTML(STYLE), w.HBox([filters, right]), exports])
        self.widget.add_class("edu-builder")
        for widget in (self.lessons, self.parts, self.kinds, self.difficulty, self.tags,
                       self.exclude, self.count, self.versions, self.draws, self.balance):
            widget.observe(self._filters_changed, names="value")
        self.seed.observe(self._seed_changed, names="value")
        self.reseed.on_click(lambda _b: setattr(self.seed, "value",
                                                self.rng.randrange(1, 1_000_000)))
        for widget in (self.version, self.answers):
            widget.observe(lambda _c: self._draw_preview(), names="value")
        self.lang.observe(self._lang_changed, names="value")
        self._filters_changed(None)

    def _filters_changed(self, _change: Any) -> None:
        self.session.update(
            lessons=tuple(self.lessons.value), parts=tuple(self.parts.value),
            kinds=tuple(self.kinds.value), difficulty=tuple(self.difficulty.value),
            tags=str(self.tags.value), exclude=str(self.exclude.value),
            count=int(self.count.value), versions=int(self.versions.value),
            draws=bool(self.draws.value), balance=bool(self.balance.value))
        self.rebuild()

    def _seed_changed(self, change: dict[str, Any]) -> None:
        self.session.set_seed(int(change["new"]))
        self.rebuild()

    def _lang_changed(self, change: dict[str, Any]) -> None:
        self.session.lang = str(change["new"])
        self._draw_preview()

    def rebuild(self) -> None:
        """Count the matching questions, assemble the quiz and redraw the preview."""
        try:
            counts = self.session.matching_counts()
        except EduError as exc:
            counts = None
            self.session.error = str(exc)
        if counts is not None:
            detail = ", ".join(f"{KIND_INFO[k].title.en} {n}" for k, n in sorted(
                counts.items(), key=lambda kv: KINDS.index(kv[0])))
            matches = say("matches", "both", sum(counts.values()), sep=" · ")
            self.matches.value = (f"<b>{html.escape(matches)}</b> <span style='color:#718096'>"
                                  f"({html.escape(detail)})</span>")
            self.session.build()
        quiz = self.session.quiz
        self.message.value = "" if quiz else (
            f'<div class="edu-fb edu-fb-hint">{html.escape(self.session.error)}</div>')
        labels = [v.label for v in quiz.versions] if quiz else ["A"]
        if list(self.version.options) != labels:
            self.version.options = labels
        for button in (*self.export_buttons.values(), self.export_all):
            button.disabled = quiz is None
        self._draw_preview()

    def _draw_preview(self) -> None:
        quiz = self.session.quiz
        self.preview.value = "" if quiz is None else preview_html(
            quiz, self.session.bank, str(self.version.value or "A"), self.session.lang,
            bool(self.answers.value))

    def export(self, fmts: list[str]) -> list[Path]:
        """Write the previewed quiz in *fmts*; the links (or the error) appear below."""
        written: list[Path] = []
        errors: list[str] = []
        for fmt in fmts:
            try:
                written += self.session.export(fmt, key=bool(self.key.value))
            except EduError as exc:
                errors.append(f"{fmt}: {exc}")
        problems = "".join(f'<div class="edu-fb edu-fb-wrong">{html.escape(e)}</div>'
                           for e in errors)
        written = list(dict.fromkeys(written))
        self.links.value = problems + links_html(written, self.link_base)
        return written


def plan_builder(plan: Plan, *, out_dir: Path | str = "exports",
                 rng: random.Random | None = None) -> BuilderView:
    """The builder over *plan*'s question bank, titled with the plan, at a random seed: what
    notebook 04 and the class launcher (:class:`edu.widgets.class_session.ClassLauncher`)
    show. *rng* (default: a fresh one) draws the seed and every later "new seed"."""
    rng = random.Random() if rng is None else rng
    session = BuilderSession(load_bank(plan=plan), seed=rng.randrange(1, 1_000_000),
                             out_dir=out_dir, title=Text(plan.info.title, plan.info.title_en))
    return BuilderView(session, rng=rng)
