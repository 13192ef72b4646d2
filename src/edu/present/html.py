"""HTML fragments of the plan for the notebooks: a lesson reader and the introduction.

Everything from the content is escaped; search words are highlighted with ``<mark>``. The
fragments carry stable CSS classes (``edu-…``) for styling and for browser tests.
"""

from __future__ import annotations

import html

from edu.content.bilingual import sentence_pairs
from edu.content.glossary import Entry
from edu.content.glossary import entries
from edu.content.glossary import lesson_entries
from edu.content.model import Lead
from edu.content.model import Lesson
from edu.content.model import Plan
from edu.content.model import Target
from edu.content.search import highlight
from edu.content.wording import baseline
from edu.content.wording import statement
from edu.lang import BOTH_SEP
from edu.lang import single
from edu.present.strings import t

STYLE = """<style>
.edu-reader{font-family:"Noto Sans CJK SC","Noto Sans SC","PingFang SC","Microsoft YaHei",
 system-ui,sans-serif;line-height:1.6;max-width:60rem;color:#1a202c}
.edu-reader h2{margin:.2em 0 .1em;font-size:1.4em}
.edu-reader h3{margin:1em 0 .3em;font-size:1.1em;border-bottom:1px solid #e2e8f0}
.edu-reader .edu-en{color:#4a5568}
.edu-reader .edu-measure{margin:.5em 0 .8em}
.edu-reader .edu-measure-title{font-weight:600}
.edu-reader table{border-collapse:collapse;width:100%;font-size:.95em}
.edu-reader td,.edu-reader th{border-bottom:1px solid #e2e8f0;padding:.3em .5em;
 text-align:left;vertical-align:top}
.edu-reader .edu-value{white-space:nowrap;font-weight:600;color:#2b6cb0}
.edu-reader .edu-source{color:#718096;font-size:.9em}
.edu-reader .edu-pair{margin:.15em 0}
.edu-reader .edu-pair .edu-en{display:block;margin-bottom:.3em}
.edu-reader .edu-pinyin{color:#2c7a7b;font-style:italic}
.edu-reader mark{background:#fefcbf;padding:0 .1em}
</style>"""


def _both(zh: str, en: str, lang: str, query: str, tag: str = "span") -> str:
    """*zh* and/or *en* as *lang* asks; block text in both languages goes sentence by
    sentence, each Chinese sentence followed by its English (:func:`sentence_pairs`)."""
    if lang == "both" and tag != "span" and en:
        pairs = sentence_pairs(zh, en)
        if len(pairs) > 1:
            return "".join(
                f'<{tag} class="edu-pair"><span class="edu-zh" lang="zh-CN">'
                f'{highlight(z, query)}</span> <span class="edu-en" lang="en">'
                f"{highlight(e, query)}</span></{tag}>" for z, e in pairs)
    parts = []
    if lang in ("zh", "both"):
        parts.append(f'<{tag} class="edu-zh" lang="zh-CN">{highlight(zh, query)}</{tag}>')
    if lang in ("en", "both") and en:
        parts.append(f'<{tag} class="edu-en" lang="en">{highlight(en, query)}</{tag}>')
    return " ".join(parts) if tag == "span" else "".join(parts)


def _target_row(target: Target, lang: str, query: str) -> str:
    phrase = statement(target)
    value = html.escape(phrase.get(single(lang)))
    if lang == "both":
        value += f'<br><span class="edu-en">{html.escape(phrase.en)}</span>'
    base = baseline(target)
    since = "" if base is None else (
        f'<div class="edu-source">{html.escape(base.get(lang, BOTH_SEP))}</div>')
    return (f'<tr class="edu-target"><td>{_both(target.metric, target.metric_en, lang, query)}'
            f'{since}</td><td class="edu-value">{value}</td>'
            f'<td class="edu-source">'
            f'{_both(target.source, target.source_en, lang, query, tag="div")}</td></tr>')


def _glossary_html(entries: tuple[Entry, ...], lang: str, query: str) -> str:
    """A definition list of glossary entries: term, pinyin, English and note."""
    out = ['<dl class="edu-glossary">']
    for e in entries:
        pinyin = f' <span class="edu-pinyin" lang="zh-Latn-pinyin">{html.escape(e.pinyin)}</span>'
        if lang == "en":
            head = f'<span class="edu-en" lang="en">{highlight(e.term_en, query)}</span>{pinyin}'
        else:
            head = (f'<span class="edu-zh" lang="zh-CN">{highlight(e.term, query)}</span>'
                    f"{pinyin}")
            if lang == "both":
                head += f' <span class="edu-en" lang="en">{highlight(e.term_en, query)}</span>'
        out.append(f'<dt class="edu-term">{head}</dt>'
                   f'<dd class="edu-en" lang="en">{highlight(e.note, query)}</dd>')
    out.append("</dl>")
    return "".join(out)


def _h3(key: str, lang: str, count: int | None = None) -> str:
    """A section heading from the catalogue, with its number of items when it lists some."""
    number = "" if count is None else f" ({count})"
    return f"<h3>{html.escape(t(key, lang))}{number}</h3>"


def _lead(lead: Lead | None, lang: str, query: str) -> list[str]:
    """A section's lead-in sentence as a paragraph, when it has one."""
    return [] if lead is None else [_both(lead.text, lead.text_en, lang, query, tag="p")]


def lesson_html(plan: Plan, lesson: Lesson, lang: str = "both", query: str = "") -> str:
    """The lesson reader: heading, lead, summary, measures, targets and glossary."""
    part = plan.part(lesson.part)
    out = [STYLE, f'<div class="edu-reader edu-lesson" data-lesson="{html.escape(lesson.id)}">',
           f'<div class="edu-source">{_both(part.heading, part.title_en, lang, "")}</div>',
           f"<h2>{_both(lesson.heading, lesson.title_en, lang, query)}</h2>"]
    out.append(f'<div class="edu-lead">{_both(lesson.lead, lesson.lead_en, lang, query, "p")}'
               "</div>")
    if lang in ("en", "both"):
        out.append(f'<p class="edu-summary edu-en">{highlight(lesson.summary_en, query)}</p>')
    out.append(f"{_h3('measures', lang, len(lesson.measures))}<ol>")
    for m in lesson.measures:
        body = _both(m.text, m.text_en, lang, query, tag="div") if m.text else ""
        out.append(f'<li class="edu-measure" id="edu-measure-{html.escape(m.id)}">'
                   f'<div class="edu-measure-title">{_both(m.title, m.title_en, lang, query)}'
                   f"</div>{body}</li>")
    out.append("</ol>")
    out.append(_h3("targets", lang, len(lesson.targets)))
    if lesson.targets:
        out.append(f"<table><tr><th>{html.escape(t('metric', lang))}</th>"
                   f"<th>{html.escape(t('target', lang))}</th>"
                   f"<th>{html.escape(t('source', lang))}</th></tr>")
        out += [_target_row(target, lang, query) for target in lesson.targets]
        out.append("</table>")
    else:
        out.append(f"<p>{html.escape(t('no_targets', lang))}</p>")
    if lesson.terms:
        out.append(_h3("glossary", lang))
        out.append(_glossary_html(lesson_entries(plan, lesson.id), lang, query))
    out.append("</div>")
    return "".join(out)


def introduction_html(plan: Plan, lang: str = "both", query: str = "") -> str:
    """The introduction: the plan, its guiding ideology, principles and goals."""
    intro, info = plan.introduction, plan.info
    out = [STYLE, '<div class="edu-reader edu-introduction">',
           f"<h2>{_both(info.title, info.title_en, lang, '')}</h2>"]
    if lang in ("en", "both"):
        out.append(f'<p class="edu-en edu-summary">{highlight(intro.summary_en, query)}</p>')
    if intro.background:
        out.append(_h3("background", lang))
        out += [f'<div class="edu-background">{_both(b.text, b.text_en, lang, query, "p")}'
                "</div>" for b in intro.background]
    out.append(_h3("guiding_ideology", lang))
    out += _lead(intro.ideology_lead, lang, query)
    out.append(_both(intro.ideology, intro.ideology_en, lang, query, tag="p"))
    out.append(_h3("principles", lang, len(intro.principles)))
    out += _lead(intro.principles_lead, lang, query)
    out.append("<ol>")
    for p in intro.principles:
        out.append(f'<li class="edu-principle"><b>{_both(p.name, p.name_en, lang, query)}</b>'
                   f"{_both(p.text, p.text_en, lang, query, tag='div')}</li>")
    out.append(f"</ol>{_h3('goals', lang, len(intro.goals))}")
    out += _lead(intro.goals_lead, lang, query)
    out.append("<ol>")
    for g in intro.goals:
        out.append(f'<li class="edu-goal">{_both(g.text, g.text_en, lang, query, tag="div")}'
                   "</li>")
    out.append("</ol>")
    if plan.glossary:
        plan_wide = tuple(e for e in entries(plan) if e.lessons[:1] == ("",))
        out.append(_h3("glossary", lang))
        out.append(_glossary_html(plan_wide, lang, query))
    out.append(f'<div class="edu-source">{_both(info.source, info.source_en, lang, "", "p")}'
               "</div></div>")
    return "".join(out)
