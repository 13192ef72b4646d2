"""The review widget: a card, Show answer, then Again / Hard / Good / Easy with next due dates.

By keyboard: Show answer has the focus; once pressed, the focus moves to Good (Tab/Shift-Tab
reach the other ratings), and after a rating it goes back to Show answer for the next card.
The rating buttons wrap onto several rows on a narrow screen (``edu-rates``).
"""

from __future__ import annotations

import html

import ipywidgets as w

from edu.present.strings import t
from edu.present.strings import text
from edu.sessions.review import ReviewSession

CARD_STYLE = """<style>
.edu-card{font-family:"Noto Sans CJK SC",system-ui,sans-serif;border:1px solid #cbd5e0;
 border-radius:.6rem;padding:1rem 1.2rem;max-width:44rem;background:#fff;line-height:1.6}
.edu-card .edu-front{font-size:1.2em;font-weight:600}
.edu-card .edu-en{color:#4a5568}
.edu-card .edu-back{margin-top:.8em;padding-top:.6em;border-top:1px dashed #cbd5e0}
.edu-card .edu-source{color:#4a5568;font-size:.9em;margin-top:.5em}
</style>"""


def card_html(session: ReviewSession) -> str:
    item = session.current
    if item is None:
        done = text("review.done", session.done)
        return (CARD_STYLE + f'<div class="edu-card edu-done">{html.escape(done.zh)}'
                f'<div class="edu-en">{html.escape(done.en)}</div></div>')
    out = [CARD_STYLE, f'<div class="edu-card" data-item="{html.escape(item.id)}">',
           f'<div class="edu-front" lang="zh-CN">{html.escape(item.front)}</div>',
           f'<div class="edu-en">{html.escape(item.front_en)}</div>']
    if session.revealed:
        out += ['<div class="edu-back">',
                f'<div lang="zh-CN">{html.escape(item.back)}</div>',
                f'<div class="edu-en">{html.escape(item.back_en)}</div>',
                f'<div class="edu-source" lang="zh-CN">「{html.escape(item.source)}」</div>',
                "</div>"]
    out.append("</div>")
    return "".join(out)


class ReviewView:
    """Show a :class:`ReviewSession`."""

    def __init__(self, session: ReviewSession) -> None:
        self.session = session
        self.card = w.HTML()
        self.card.add_class("edu-review-card")
        self.show = w.Button(description=t("show_answer", "both"), button_style="info",
                             layout=w.Layout(width="auto", min_width="12rem"))
        self.show.add_class("edu-show-answer")
        self.buttons = {rating: w.Button(layout=w.Layout(width="auto"))
                        for rating in (1, 2, 3, 4)}
        styles = {1: "danger", 2: "warning", 3: "success", 4: "primary"}
        for rating, button in self.buttons.items():
            button.button_style = styles[rating]
            button.add_class(f"edu-rate-{rating}")
            button.on_click(lambda _b, r=rating: self._rate(r))
        self.show.on_click(lambda _b: self._reveal())
        self.status = w.HTML()
        self.progress = w.IntProgress(min=0, max=max(1, session.remaining), value=0,
                                      description=t("review_progress", "both"),
                                      style={"description_width": "initial"})
        rates = w.HBox(list(self.buttons.values()))
        rates.add_class("edu-rates")
        self.widget = w.VBox([w.HBox([self.progress, self.status]), self.card, self.show,
                              rates])
        self.widget.add_class("edu-review")
        self.refresh()

    def _reveal(self) -> None:
        self.session.reveal()
        self.refresh()
        self.buttons[3].focus()

    def _rate(self, rating: int) -> None:
        self.session.rate(rating)
        self.refresh()
        if self.session.current is not None:
            self.show.focus()

    def refresh(self) -> None:
        s = self.session
        self.card.value = card_html(s)
        has_card = s.current is not None
        self.show.layout.display = "" if has_card and not s.revealed else "none"
        labels = s.button_labels() if has_card and s.revealed else {}
        for rating, button in self.buttons.items():
            button.layout.display = "" if labels else "none"
            # the session's label is English ("Again · in 1 min"): the rating's Chinese first
            button.description = (f"{t(f'rate_{rating}', 'zh')} {labels[rating]}"
                                  if rating in labels else "")
        self.progress.max = max(self.progress.max, s.done + s.remaining)
        self.progress.value = s.done
        status = t("review_status", "both").format(done=s.done, left=s.remaining)
        self.status.value = (f"&nbsp;{html.escape(status)}"
                             + (f" · {html.escape(s.last_message)}" if s.last_message else ""))
