"""Each classroom notebook is one call: ``from edu.notebook import quiz; quiz()``.

A function here owns what its page needs — the clock (local time, now), the progress store
(``$EDU_PROGRESS_DB``, else ``~/.local/share/edu/progress.sqlite3``), the question bank, a random
generator and the Voilà page's query string — and returns the page's widget: the shared
stylesheet (:mod:`edu.widgets.page`), the widget itself and, closed, a "for teachers" section
holding what only a teacher needs (links with parameters, where answers are kept). A student
opening a link sees the page's own content first. The full teacher's guide is in
:func:`start_here` and the README.

The query string is read after the slow set-up (loading content and bank): in a kernel Voilà
pre-heated, reading it waits for the request (:func:`edu.widgets.quiz_player.query_string`).
"""

from __future__ import annotations

import html
import random
from datetime import datetime
from typing import TYPE_CHECKING
from typing import Any

import ipywidgets as w

from edu.content import load_plan
from edu.present.strings import t
from edu.questions import load_bank
from edu.study.store import ProgressStore

if TYPE_CHECKING:
    from edu.widgets.class_session import ClassLauncher

#: Where the classroom app is served by ``make classroom`` (for the teachers' example links).
APP = "http://127.0.0.1:8866/voila/render"


def now() -> datetime:
    """The clock every page uses: the local time, aware."""
    return datetime.now().astimezone()


def _code(text: str) -> str:
    return f"<code>{html.escape(text)}</code>"


STORE_NOTE = ("<p>Answers and reviews are kept in the student's progress store: "
              f"{_code('$EDU_PROGRESS_DB')}, else {_code('~/.local/share/edu/progress.sqlite3')} "
              "(see <em>06 Progress</em>).</p>")

TEACHERS_LESSON = (
    f"<p>Hand one lesson to a class with a link: {_code(APP + '/02-lesson.ipynb?lesson=health')}."
    " Lesson ids: " + ", ".join(_code(x) for x in (
        "living-standards", "work", "social-security", "property", "health", "education",
        "culture", "life", "person")) + f" ({_code('edu lessons')} lists them). "
    "In JupyterLab, call <code>lesson(\"work\")</code> instead. The check quiz under the lesson "
    "is the same five questions for the whole class.</p>" + STORE_NOTE)

TEACHERS_QUIZ = (
    "<p>The <b>seed</b> makes the quiz: the same seed gives the same questions, so a class can "
    "share one. Share a link that opens straight on the first question, e.g. "
    f"{_code(APP + '/03-quiz.ipynb?lessons=health,work&n=5&seed=7&start=1')}. Parameters: "
    f"{_code('lessons')} and {_code('kinds')} (comma-separated ids), {_code('n')} (how many), "
    f"{_code('seed')}, {_code('lang')} ({_code('zh')}, {_code('en')} or {_code('both')}) and "
    f"{_code('start=1')} (skip the set-up). To print or export a quiz, use the quiz builder "
    f"(<em>04-quiz-builder.ipynb</em>, in JupyterLab) or {_code('edu quiz')}.</p>" + STORE_NOTE)

TEACHERS_REVIEW = (
    "<p>Spaced repetition (FSRS) of the same targets, principles, goals and measures as the Anki "
    "decks. At most 20 new cards a day are introduced (in JupyterLab: "
    "<code>review(new_per_day=…)</code>).</p>" + STORE_NOTE)

TEACHERS_PROGRESS = (
    "<p>The dashboard reads the progress store of the machine it runs on: accuracy by lesson "
    "and question kind, reviews per day, predicted recall and the ten weakest targets. "
    "<b>Practise these</b> starts a quiz on those targets below the dashboard.</p>" + STORE_NOTE)

TEACHERS_EXPLORE = (
    "<p>Search matches Chinese and English; the tree lists parts → lessons → measures. Every "
    "fact shown is quoted from the Chinese text of the plan; the English is our own gloss.</p>")

TEACHERS_GUIDE = (
    "<h3>Teacher's guide</h3>"
    "<p><b>Serving the pages.</b> Run <code>make classroom</code> (Voilà on "
    "<code>127.0.0.1:8866</code>, nothing fetched from outside the machine); students open the "
    f"pages below at {_code(APP + '/…')}. The quiz builder is not served to students: open "
    "<em>04-quiz-builder.ipynb</em> in JupyterLab (<code>make run</code>) to assemble, preview "
    "and export printable or LMS quizzes.</p>"
    "<p><b>Links that open on the right thing.</b></p><ul>"
    f"<li>a lesson: {_code(APP + '/02-lesson.ipynb?lesson=health')}</li>"
    f"<li>a quiz, straight on its first question: "
    f"{_code(APP + '/03-quiz.ipynb?lessons=health,work&n=5&seed=7&start=1')} (parameters "
    f"{_code('lessons')}, {_code('kinds')}, {_code('n')}, {_code('seed')}, {_code('lang')}, "
    f"{_code('start')})</li></ul>" + STORE_NOTE +
    "<p>Each notebook is one line (<code>from edu.notebook import quiz; quiz()</code>); "
    "the functions in <code>edu.notebook</code> take the options a teacher may change.</p>")

#: The student pages the start page lists: notebook, and its key in the catalogue (``page.``).
PAGES = (("01-explore", "explore"), ("02-lesson", "lesson"), ("03-quiz", "quiz"),
         ("05-review", "review"), ("06-progress", "progress"))


def _pages_html() -> str:
    from edu.present.strings import text

    rows = "".join(
        f'<li><a href="{name}.ipynb"><b lang="zh-CN">{html.escape(title.zh)}</b> · '
        f"{html.escape(title.en)}</a> — <span lang=\"zh-CN\">{html.escape(note.zh)}</span> "
        f'<span class="edu-en">{html.escape(note.en)}</span></li>'
        for name, key in PAGES
        for title, note in [(text(f"page.{key}"), text(f"page.{key}_note"))])
    return f'<nav aria-label="Pages"><ul class="edu-pages">{rows}</ul></nav>'


def start_here() -> w.Widget:
    """00: what the kit holds, where to go next, the plan's introduction; the teacher's guide
    (closed)."""
    from edu.present.html import introduction_html
    from edu.present.strings import say
    from edu.widgets.page import page

    plan = load_plan()
    info = plan.info
    facts = say("page.facts", "both", parts=len(plan.parts), lessons=len(plan.lessons),
                measures=len(plan.measures), targets=len(plan.targets),
                principles=len(plan.introduction.principles),
                goals=len(plan.introduction.goals))
    head = w.HTML(f'<p><b lang="zh-CN">{html.escape(info.title)}</b> — '
                  f'{html.escape(info.title_en)}</p><p>{html.escape(facts)}</p>'
                  + _pages_html())
    return page(head, w.HTML(introduction_html(plan, "both")), teachers=TEACHERS_GUIDE)


def explore(lang: str = "both") -> w.Widget:
    """01: the explorer (search, tree, reader, the lesson's charts), then every target charted."""
    from edu.present import charts
    from edu.sessions.explore import ExploreSession
    from edu.widgets.chart_text import count_alt
    from edu.widgets.chart_text import per_lesson_alt
    from edu.widgets.chart_text import percentage_alt
    from edu.widgets.explore import ExploreView
    from edu.widgets.page import chart
    from edu.widgets.page import page

    plan = load_plan()
    chart_lang = "zh" if lang == "both" else lang
    overview = [
        w.HTML(f"<h2>{html.escape(t('all_targets', 'both'))}</h2>"),
        chart(charts.png(charts.targets_per_lesson(plan, chart_lang)),
              per_lesson_alt(plan, lang)),
        chart(charts.png(charts.percentage_targets(plan, chart_lang)),
              percentage_alt(plan, None, lang)),
        chart(charts.png(charts.count_targets(plan, chart_lang)), count_alt(plan, None, lang)),
    ]
    return page(ExploreView(ExploreSession(plan, lang=lang)).widget, *overview,
                teachers=TEACHERS_EXPLORE)


def lesson(default: str | None = None, lang: str = "both") -> w.Widget:
    """02: one lesson — *default*, else the link's ``?lesson=…``, else ``health`` — and its
    check-your-understanding quiz."""
    from edu.widgets.lesson import LessonView
    from edu.widgets.lesson import lesson_from_query
    from edu.widgets.page import page
    from edu.widgets.quiz_player import lesson_check
    from edu.widgets.quiz_player import query_string

    plan = load_plan()
    check = lesson_check(load_bank(plan=plan), store=ProgressStore.open(), clock=now)
    chosen = default or lesson_from_query(default="health", query_string=query_string())
    return page(LessonView(plan, chosen, lang=lang, check=check).widget,
                teachers=TEACHERS_LESSON)


def quiz() -> w.Widget:
    """03: the quiz player, set up from the link's query string (``start=1`` opens on the
    first question)."""
    from edu.widgets.page import page
    from edu.widgets.quiz_player import QuizPlayer
    from edu.widgets.quiz_player import options_from_query

    bank = load_bank()
    player = QuizPlayer(bank, rng=random.Random(), store=ProgressStore.open(), clock=now,
                        **options_from_query())
    return page(player.widget, teachers=TEACHERS_QUIZ)


def quiz_builder(out_dir: str = "exports") -> w.Widget:
    """04 (instructors, JupyterLab only): assemble, preview and export quizzes to *out_dir*."""
    from edu.widgets.builder import plan_builder

    return plan_builder(load_plan(), out_dir=out_dir).widget


def review(new_per_day: int = 20) -> w.Widget:
    """05: today's review cards (at most *new_per_day* new ones)."""
    from edu.sessions.review import ReviewSession
    from edu.study.items import study_items
    from edu.widgets.page import page
    from edu.widgets.review import ReviewView

    plan = load_plan()
    session = ReviewSession(ProgressStore.open(), study_items(plan), clock=now,
                            new_per_day=new_per_day)
    return page(ReviewView(session).widget, teachers=TEACHERS_REVIEW)


def progress() -> w.Widget:
    """06: the dashboard, and a practice quiz on the weakest targets below it."""
    from edu.study.items import study_items
    from edu.widgets.dashboard import DashboardView
    from edu.widgets.page import page
    from edu.widgets.quiz_player import PracticePanel

    plan = load_plan()
    store = ProgressStore.open()
    practice = PracticePanel(load_bank(plan=plan), rng=random.Random(), store=store, clock=now)

    def practise(item_ids: list[str]) -> None:
        practice.start(item_ids)

    dashboard = DashboardView(plan, store, study_items(plan), clock=now, on_practise=practise)
    practice.on_finish = lambda _session: dashboard.refresh()
    return page(dashboard.widget, practice.widget, teachers=TEACHERS_PROGRESS)


def live_class(**options: Any) -> ClassLauncher:
    """07 (teachers): choose questions, start a live class session, project its QR code, open
    and reveal each question, export the results (:mod:`edu.widgets.class_session`; *options*
    as :class:`~edu.widgets.class_session.ClassLauncher`'s). Shown as its widget; the launcher
    itself is returned so that a teacher (or a test) can drive it from the next cell (``_``)."""
    from edu.widgets.class_session import ClassLauncher

    return ClassLauncher(**options)
