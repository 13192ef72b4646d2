"""The teacher's live class session in a notebook (``notebooks/07-class.ipynb``).

``class_session(...)`` starts the class server in a background thread of the kernel (or
resumes the store's unfinished session) and returns a :class:`ClassSessionView`, whose
``widget`` shows, large enough for a projector: the join QR code (``segno``, inline SVG), the
address and the session code; buttons to open the next question, reveal it and end; the
question with a live bar chart of the answers and the count of students who answered
(refreshed every second); an optional leaderboard (first names only); and the results table
(student × question), the item statistics (share correct, discrimination, how often each
option was chosen) and CSV/XLSX export buttons. A refresh fetches the small teacher state,
which the server keeps in memory; the results (for the leaderboard and the tables) are fetched
again only when that state has changed.

Everything goes through the JSON API (:class:`edu.live.client.TeacherClient`), like any other
client. Student names are escaped wherever they are shown. The bar chart never marks the
right answer before the reveal, since the screen is projected.
"""

from __future__ import annotations

import html
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import ipywidgets as w

from edu.lang import BOTH_SEP
from edu.lang import Text
from edu.live.client import ApiFailure
from edu.live.client import TeacherClient
from edu.live.results import render
from edu.live.server import LOOPBACK
from edu.live.server import LiveServer
from edu.live.server import Started
from edu.live.server import open_session
from edu.live.server import pick_questions
from edu.live.stats import item_statistics
from edu.live.stats import leaderboard
from edu.live.stats import score_table
from edu.live.store import ClassStore
from edu.present.strings import say
from edu.present.strings import t
from edu.questions.model import Question

REFRESH = 1.0  # seconds between two refreshes of the live view

STYLE = """<style>
.edu-class{font-family:"Noto Sans CJK SC","Noto Sans SC","PingFang SC","Microsoft YaHei",
 system-ui,sans-serif;color:#111827}
.edu-class .join{display:flex;gap:1.5rem;align-items:center;flex-wrap:wrap}
.edu-class .join svg{width:15rem;height:15rem}
.edu-class .url{font-size:2rem;font-weight:700;word-break:break-all}
.edu-class .code{font-size:3.5rem;font-weight:800;letter-spacing:.15em;color:#1e3a8a}
.edu-class .count{font-size:1.6rem;font-weight:700}
.edu-class .stem{font-size:1.5rem;margin:.4rem 0}
.edu-class .bar{display:flex;align-items:center;gap:.6rem;margin:.3rem 0;font-size:1.2rem}
.edu-class .bar .label{flex:0 0 40%}
.edu-class .bar .fill{height:1.8rem;background:#60a5fa;border-radius:.3rem;min-width:2px}
.edu-class .bar.right .fill{background:#16a34a}
.edu-class table{border-collapse:collapse;margin:.4rem 0}
.edu-class td,.edu-class th{border:1px solid #d1d5db;padding:.2rem .5rem;text-align:center}
.edu-class td.name{text-align:left}
</style>"""


def _tx(text: dict[str, str] | None, lang: str) -> str:
    """A ``{"zh", "en"}`` dict of the class API in *lang* (:meth:`edu.lang.Text.get`)."""
    if not text:
        return ""
    return Text(text.get("zh", ""), text.get("en", "")).get(lang, BOTH_SEP)


def join_html(info: Started, lang: str) -> str:
    """The QR code, the address and the code, for the projector."""
    import segno

    qr = segno.make(info.join_url, error="m").svg_inline(scale=6, border=2)
    return (f'<div class="edu-class"><div class="join">{qr}<div>'
            f'<div>{html.escape(t("class_scan", lang))}</div>'
            f'<div class="url">{html.escape(info.join_url.split("?")[0])}</div>'
            f'<div>{html.escape(t("class_code", lang))}</div>'
            f'<div class="code">{html.escape(info.code)}</div></div></div></div>')


def warning_html(warning: Text | None, lang: str) -> str:
    """The server's warning that it listens beyond this machine, in *lang* (empty when it
    does not)."""
    if warning is None:
        return ""
    shown = Text(say("class_warning", "zh", warning.zh), say("class_warning", "en", warning.en))
    return f'<p style="color:#92400e">{html.escape(shown.get(lang, BOTH_SEP))}</p>'


def live_html(state: dict[str, Any], lang: str) -> str:
    """The open question, how many answered, and the bar chart (right answer marked only once
    revealed)."""
    head = (f'<div class="count">{html.escape(t("class_students", lang))}: '
            f'{state["students"]} · {html.escape(t("class_answered", lang))}: '
            f'{state["answered"]}</div>')
    q = state.get("question")
    if not q:
        return f'<div class="edu-class">{head}<p>{html.escape(state["status"])}</p></div>'
    revealed = state["status"] == "revealed"
    position = next((x["position"] for x in state["questions"] if x["id"] == q["id"]), 0)
    most = max([b["count"] for b in state["distribution"]] + [1])
    bars = "".join(
        f'<div class="bar{" right" if revealed and b["correct"] else ""}">'
        f'<span class="label">{html.escape(_tx(b["label"], lang))}'
        f'{" ✓" if revealed and b["correct"] else ""}</span>'
        f'<span class="fill" style="width:{50 * b["count"] / most:.1f}%"></span>'
        f'<span>{b["count"]}</span></div>' for b in state["distribution"])
    answer = ""
    if revealed:
        answer = (f'<p><b>{html.escape(t("class_answer", lang))}:</b> '
                  f'{html.escape(_tx(q.get("answer_text"), lang))}</p>')
    where = t("class_question", lang).format(n=position, total=len(state["questions"]))
    return (f'<div class="edu-class">{head}<p>{html.escape(where)}</p>'
            f'<div class="stem">{html.escape(_tx(q["stem"], lang))}</div>{bars}{answer}</div>')


def results_html(results: dict[str, Any], lang: str) -> str:
    """The gradebook (student × question) and the item statistics, as HTML tables."""
    questions = results["questions"]
    head = "".join(f"<th>Q{q['position']}</th>" for q in questions)
    rows = []
    for r in score_table(results):
        cells = "".join("<td>–</td>" if r["scores"][q["id"]] is None
                        else f"<td>{r['scores'][q['id']]:.2g}</td>" for q in questions)
        rows.append(f'<tr><td class="name">{html.escape(r["name"])}</td>{cells}'
                    f'<td>{r["total"]:.3g}</td></tr>')
    grade = (f'<h3>{html.escape(t("class_results", lang))}</h3><table><tr><th></th>{head}'
             f'<th>{html.escape(t("class_total", lang))}</th></tr>{"".join(rows)}</table>')
    items = []
    for i in item_statistics(results):
        share = "–" if i["share_correct"] is None else f"{i['share_correct']:.0%}"
        d = "–" if i["discrimination"] is None else f"{i['discrimination']:+.2f}"
        spread = "; ".join(f"{html.escape(_tx(b['label'], lang))}{' ✓' if b['correct'] else ''}"
                           f": {b['count']}" for b in i["distribution"])
        items.append(f"<tr><td>Q{i['position']}</td><td>{i['answered']}</td><td>{share}</td>"
                     f'<td>{d}</td><td class="name">{spread}</td></tr>')
    stats = (f'<h3>{html.escape(t("class_items", lang))}</h3><table><tr><th></th>'
             f'<th>{html.escape(t("class_answered", lang))}</th>'
             f'<th>{html.escape(t("class_share_correct", lang))}</th>'
             f'<th>{html.escape(t("class_discrimination", lang))}</th>'
             f'<th>{html.escape(t("class_distribution", lang))}</th></tr>{"".join(items)}'
             "</table>")
    return f'<div class="edu-class">{grade}{stats}</div>'


def leaderboard_html(results: dict[str, Any], lang: str) -> str:
    rows = "".join(f'<tr><td>{i}</td><td class="name">{html.escape(name)}</td>'
                   f"<td>{score:.3g}</td></tr>"
                   for i, (name, score) in enumerate(leaderboard(results), 1))
    return (f'<div class="edu-class"><h3>{html.escape(t("class_leaderboard", lang))}</h3>'
            f"<table>{rows}</table></div>")


class ClassSessionView:
    """The teacher's controls and live view over a served session (see the module doc)."""

    def __init__(self, server: LiveServer, *, lang: str = "both", out_dir: Path | str = "exports",
                 auto_refresh: bool = True) -> None:
        self.server = server
        self.info = server.info
        self.lang = lang
        self.out_dir = Path(out_dir)
        self.client = TeacherClient(server.base_url, server.info.teacher_token)
        self.join = w.HTML(STYLE + join_html(self.info, lang))
        self.warning = w.HTML(warning_html(server.warning, lang))
        self.live = w.HTML()
        self.message = w.HTML()
        self.board = w.HTML()
        self.tables = w.HTML()
        self.links = w.HTML()
        self.show_board = w.Checkbox(value=False, description=t("class_leaderboard", lang))
        buttons = {"open": t("class_open_next", lang), "reveal": t("class_reveal", lang),
                   "end": t("class_end", lang), "refresh": t("class_refresh", lang),
                   "csv": f"{t('class_export', lang)} CSV",
                   "xlsx": f"{t('class_export', lang)} XLSX"}
        self.buttons = {k: w.Button(description=v, layout=w.Layout(width="auto", height="3em"))
                        for k, v in buttons.items()}
        self.buttons["open"].button_style = "primary"
        self.buttons["reveal"].button_style = "success"
        self.buttons["end"].button_style = "danger"
        self.buttons["open"].on_click(lambda _: self._do(self.open_next))
        self.buttons["reveal"].on_click(lambda _: self._do(self.reveal))
        self.buttons["end"].on_click(lambda _: self._do(self.end))
        self.buttons["refresh"].on_click(lambda _: self._do(self.refresh))
        self.buttons["csv"].on_click(lambda _: self._do(lambda: self.export("csv")))
        self.buttons["xlsx"].on_click(lambda _: self._do(lambda: self.export("xlsx")))
        self.show_board.observe(lambda _: self._do(self._draw_results), names="value")
        controls = w.HBox([self.buttons[k] for k in ("open", "reveal", "end", "refresh")]
                          + [self.show_board])
        exports = w.HBox([self.buttons["csv"], self.buttons["xlsx"], self.links])
        self.widget = w.VBox([self.join, self.warning, controls, self.message, self.live,
                              self.board, self.tables, exports])
        self._stop = threading.Event()
        #: the last teacher state drawn, and the results fetched for it (and the state then)
        self._state: dict[str, Any] | None = None
        self._results: tuple[dict[str, Any], dict[str, Any]] | None = None
        self.refresh()
        if auto_refresh:
            threading.Thread(target=self._loop, name="edu-class-refresh", daemon=True).start()

    def _loop(self) -> None:
        while not self._stop.wait(REFRESH):
            try:
                if self.refresh()["status"] == "ended":
                    return
            except (OSError, ApiFailure):
                return

    def _do(self, action: Any) -> None:
        try:
            action()
            self.message.value = ""
        except ApiFailure as exc:
            self.message.value = f'<p style="color:#991b1b">{html.escape(exc.reason)}</p>'

    # -- actions (also called by tests) --------------------------------------------------------
    def open_next(self, question: str | None = None) -> dict[str, Any]:
        self.client.open(question)
        return self.refresh()

    def reveal(self) -> dict[str, Any]:
        self.client.reveal()
        return self.refresh()

    def end(self) -> dict[str, Any]:
        self.client.end()
        return self.refresh()

    def refresh(self) -> dict[str, Any]:
        """Fetch the state (and the results, when shown) and redraw; returns the teacher state.

        The results are fetched again only when the state changed since they were last
        fetched: every answer and every join changes the state (the count of students or of
        answers), so between changes a refresh asks the server for the small state alone
        and redraws nothing."""
        state = self.client.state()
        if state == self._state:
            return state
        self._state = state
        self.live.value = live_html(state, self.lang)
        self._draw_results()
        return state

    def _draw_results(self) -> None:
        state = self._state
        assert state is not None
        if self.show_board.value or state["status"] == "ended":
            if self._results is None or self._results[0] is not state:
                self._results = (state, self.client.results())
            results = self._results[1]
            self.board.value = leaderboard_html(results, self.lang) if self.show_board.value \
                else ""
            self.tables.value = results_html(results, self.lang) \
                if state["status"] == "ended" else ""
        else:
            self.board.value = ""

    def export(self, fmt: str) -> Path:
        """Write the results as *fmt* (csv or xlsx) to the export folder; returns the file."""
        from edu.fsutil import write_output

        self.out_dir.mkdir(parents=True, exist_ok=True)
        path = self.out_dir / f"class-{self.info.session}.{fmt}"
        write_output(str(path), render(self.client.results(), fmt))
        self.links.value = (f'<a href="{html.escape(str(path))}" download>'
                            f"{html.escape(path.name)}</a>")
        return path

    def stop(self) -> None:
        """Stop refreshing and stop the server (the session stays in the store)."""
        self._stop.set()
        self.server.stop()


def serve_view(store: ClassStore, questions: Sequence[Question] | None, *, title: str = "",
               new: bool = False, lang: str = "both", host: str = LOOPBACK, port: int = 0,
               out_dir: str | Path = "exports", auto_refresh: bool = True) -> ClassSessionView:
    """Serve the session :func:`~edu.live.server.open_session` gives (*questions*, or the
    store's unfinished one) from this kernel, and its view: the one set-up behind
    :func:`class_session` and :class:`ClassLauncher`. A server listening beyond 127.0.0.1
    says so in the view (:attr:`~edu.live.server.LiveServer.warning`)."""
    session, _ = open_session(store, questions, title=title, new=new)
    server = LiveServer(session, host=host, port=port).start()
    return ClassSessionView(server, lang=lang, out_dir=out_dir, auto_refresh=auto_refresh)


def class_session(*, lessons: str | None = None, kinds: str | None = None, n: int = 10,
                  seed: int | None = None, quiz: str | Path | None = None,
                  db: str | Path | None = None, lang: str = "both", host: str = LOOPBACK,
                  port: int = 0, new: bool = False, out_dir: str | Path = "exports",
                  auto_refresh: bool = True) -> ClassSessionView:
    """Start (or resume) a class session and serve it from this kernel.

    *lessons* and *kinds* are comma-separated, as on the command line; *quiz* is a quiz JSON
    from ``edu quiz --format json`` or the quiz builder. The store's unfinished session is
    resumed unless *new*. *host* other than 127.0.0.1 lets the class network in.
    """
    import random

    from edu.quiz.spec import parse_list

    store = ClassStore.open(db)
    questions, title = None, ""
    if new or store.unfinished() is None:
        questions, title = pick_questions(
            quiz=quiz, lessons=parse_list(lessons), kinds=parse_list(kinds), n=n,
            seed=random.randrange(2**31) if seed is None else seed)
    return serve_view(store, questions, title=title, new=new, lang=lang, host=host, port=port,
                      out_dir=out_dir, auto_refresh=auto_refresh)


class ClassLauncher:
    """Choose the questions in the quiz builder's widgets, then start the session.

    ``widget`` shows the builder (filters and a live preview, as in ``04 Quiz builder``) with
    **Start the class session** (the previewed quiz, version A) and, when the class store
    holds an unfinished session, **Resume it**. Once started, ``widget`` shows the session's
    :class:`ClassSessionView` (also ``view``).
    """

    def __init__(self, *, db: str | Path | None = None, lang: str = "both",
                 host: str = LOOPBACK, port: int = 0, out_dir: str | Path = "exports",
                 auto_refresh: bool = True) -> None:
        from edu.content import load_plan
        from edu.widgets.builder import plan_builder

        self.options: dict[str, Any] = {"db": db, "lang": lang, "host": host, "port": port,
                                        "out_dir": out_dir, "auto_refresh": auto_refresh}
        plan = load_plan()
        self.builder_view = plan_builder(plan, out_dir=out_dir)
        self.builder = self.builder_view.session
        self.title = plan.info.title
        self.view: ClassSessionView | None = None
        start = w.Button(description=say("class_start", "both", sep=" · "),
                         button_style="primary", layout=w.Layout(width="auto", height="3em"))
        start.on_click(lambda _: self._start(new=True))
        buttons: list[w.Widget] = [start]
        with ClassStore.open(db) as store:
            latest = store.unfinished()
        if latest is not None:
            resume = w.Button(description=say("class_resume", "both", latest.id, sep=" · "),
                              layout=w.Layout(width="auto", height="3em"))
            resume.on_click(lambda _: self._start(new=False))
            buttons.append(resume)
        self.message = w.HTML()
        self.widget = w.VBox([self.builder_view.widget, w.HBox(buttons), self.message])

    def _repr_mimebundle_(self, **kwargs: Any) -> Any:
        """Shown as its widget, so a notebook cell can end with the launcher itself."""
        return self.widget._repr_mimebundle_(**kwargs)

    def _start(self, new: bool) -> None:
        from edu.errors import EduError

        try:
            self.start(new=new)
        except EduError as exc:
            self.message.value = f'<p style="color:#991b1b">{html.escape(str(exc))}</p>'

    def start(self, *, new: bool = True) -> ClassSessionView:
        """Serve the previewed quiz (version A), or resume the unfinished session."""
        from edu.errors import QuizError

        questions = None
        if new:
            quiz = self.builder.quiz or self.builder.build()
            if quiz is None:
                raise QuizError(self.builder.error or "no quiz: change the filters")
            questions = list(quiz.versions[0].questions)
        options = dict(self.options)
        self.view = serve_view(ClassStore.open(options.pop("db")), questions, title=self.title,
                               new=new, **options)
        self.widget.children = (self.view.widget,)
        return self.view

