"""What every student page shares: one stylesheet, charts with text, a note for teachers.

:data:`PAGE_CSS` makes the widgets work on a phone and with a keyboard or a screen reader, in
JupyterLab's light and dark themes (Voilà's ``?theme=dark`` sets ``data-jp-theme-light="false"``
on ``<body>``). It applies inside an element of class ``edu-page`` (what
:func:`page` wraps a notebook's widget in):

* colours are CSS variables (``--edu-fg``, ``--edu-muted``, …) chosen to meet WCAG AA (4.5:1
  for text) on both themes' backgrounds; ipywidgets' coloured buttons get darker shades, since
  its own (white on cyan, orange, light green) fall below 4.5:1;
* every button, toggle, text box, dropdown, radio and checkbox row is at least 44 px high, its
  label wraps instead of being cut with "…", and focus is a visible 3 px outline;
* below 40rem rows of controls wrap (stacked), tables become one block per row, and nothing is
  wider than the screen, so there is no sideways scrolling.

Charts are PNG images inside an ``<img alt="…">`` (:func:`chart_html`): ipywidgets' ``Image``
has no alt text. The alt text says the numbers the chart shows.

ipywidgets' radio buttons carry no ``name``, so each is a group of its own: the arrow keys do
nothing and a screen reader says "1 of 1". :data:`GROUP_RADIOS_JS`, displayed once by
:func:`page` (a Javascript output, which Voilà and a trusted JupyterLab notebook run), names each
radio box's inputs alike and marks the box ``role="radiogroup"``: Tab then enters the group once
and the arrow keys choose, as on any web form. It also names an ordering question's ↑ ↓ buttons
after their item ("上移 Move up: 1. …"). Without it everything still works by Tab and Space.
"""

from __future__ import annotations

import base64
import html
import json

import ipywidgets as w

from edu.present.strings import say
from edu.present.strings import t

PAGE_CSS = """<style>
body{--edu-fg:#1a202c;--edu-muted:#4a5568;--edu-line:#a0aec0;--edu-card:#fff;
 --edu-accent:#2b6cb0;--edu-accent-bg:#ebf8ff;--edu-right:#276749;--edu-right-bg:#f0fff4;
 --edu-wrong:#c53030;--edu-wrong-bg:#fff5f5;--edu-partial:#975a16;--edu-partial-bg:#fffff0;
 --edu-mark:#fefcbf;--edu-focus:#1a56db}
body[data-jp-theme-light="false"]{--edu-fg:#f7fafc;--edu-muted:#cbd5e0;--edu-line:#718096;
 --edu-card:#1a202c;--edu-accent:#90cdf4;--edu-accent-bg:#1a365d;--edu-right:#9ae6b4;
 --edu-right-bg:#1c4532;--edu-wrong:#feb2b2;--edu-wrong-bg:#63171b;--edu-partial:#fbd38d;
 --edu-partial-bg:#5f370e;--edu-mark:#744210;--edu-focus:#90cdf4}
.edu-page{max-width:64rem;color:var(--edu-fg);font-size:16px;line-height:1.5;
 font-family:"Noto Sans CJK SC","Noto Sans SC","PingFang SC","Microsoft YaHei",system-ui,
 sans-serif}
.edu-page .edu-quiz,.edu-page .edu-reader,.edu-page .edu-card,.edu-page .edu-summary-html,
.edu-page .edu-dashboard{color:var(--edu-fg)}
.edu-page .edu-en,.edu-page .edu-reader .edu-en,.edu-page .edu-quiz .edu-en,
.edu-page .edu-card .edu-en{color:var(--edu-muted)}
.edu-page .edu-source,.edu-page .edu-reader .edu-source,.edu-page .edu-card .edu-source,
.edu-page .edu-fb .edu-source{color:var(--edu-muted)}
.edu-page .edu-reader .edu-value,.edu-page .edu-quiz .edu-blank{color:var(--edu-accent)}
.edu-page .edu-reader mark{background:var(--edu-mark);color:inherit}
.edu-page .edu-reader td,.edu-page .edu-reader th,.edu-page .edu-reader h3{
 border-color:var(--edu-line)}
.edu-page .edu-card{background:var(--edu-card);border-color:var(--edu-line);max-width:100%;
 box-sizing:border-box}
.edu-page .edu-quiz .edu-kind{color:var(--edu-fg);background:var(--edu-accent-bg)}
.edu-page .edu-fb{color:var(--edu-fg)}
.edu-page .edu-fb-right{background:var(--edu-right-bg)}
.edu-page .edu-fb-wrong{background:var(--edu-wrong-bg)}
.edu-page .edu-fb-partial{background:var(--edu-partial-bg)}
.edu-page .edu-fb-hint{background:var(--edu-accent-bg)}
.edu-page .edu-fb-right .edu-verdict,.edu-page .edu-mark-right,.edu-page .edu-fix{
 color:var(--edu-right)}
.edu-page .edu-fb-wrong .edu-verdict,.edu-page .edu-mark-wrong{color:var(--edu-wrong)}
.edu-page .edu-fb-partial .edu-verdict{color:var(--edu-partial)}
.edu-page .edu-weakest td,.edu-page .edu-weakest th{padding:.3em .5em;text-align:left;
 border-bottom:1px solid var(--edu-line)}
.edu-page .jupyter-button{min-height:44px;height:auto;white-space:normal;overflow:visible;
 text-overflow:clip;line-height:1.3;padding:.35rem .9rem;font-size:15px;max-width:100%}
.edu-page .jupyter-button.mod-primary{background:#1f5fa8;color:#fff}
.edu-page .jupyter-button.mod-info{background:#0b6285;color:#fff}
.edu-page .jupyter-button.mod-success{background:#276749;color:#fff}
.edu-page .jupyter-button.mod-warning{background:#9c4221;color:#fff}
.edu-page .jupyter-button.mod-danger{background:#b12a2a;color:#fff}
.edu-page .jupyter-button:disabled{opacity:.75}
.edu-page .widget-toggle-buttons{flex-wrap:wrap;height:auto;max-width:100%;gap:.25rem}
.edu-page .widget-toggle-buttons .widget-toggle-button{width:auto;min-width:6.5rem;
 flex:0 1 auto;margin:0}
.edu-page .widget-toggle-button.mod-active{background:#1f5fa8;color:#fff}
.edu-page .widget-inline-hbox{height:auto}
.edu-page .widget-text,.edu-page .widget-dropdown,.edu-page .widget-checkbox{
 min-height:44px;align-items:center}
.edu-page .widget-html:has(> .widget-html-content > style:only-child){display:none}
.edu-page .edu-tree{flex-direction:column;align-items:stretch;height:auto}
.edu-page .edu-tree .widget-radio-box{max-height:34rem;overflow-y:auto;overflow-x:hidden;
 border:1px solid var(--edu-line);border-radius:.3rem;padding:.2rem .4rem}
.edu-page .edu-tree .widget-label{text-align:left;width:auto;font-weight:600}
.edu-page input[type=text],.edu-page input[type=number],.edu-page select{min-height:44px;
 height:auto;font-size:16px;max-width:100%;box-sizing:border-box}
.edu-page .widget-radio-box label{min-height:44px;height:auto;flex:none;display:flex;
 align-items:center;white-space:normal;line-height:1.4;gap:.4rem}
.edu-page .widget-radio-box input[type=radio]{order:-1;margin:0 .2rem 0 1px}
.edu-page input[type=radio],.edu-page input[type=checkbox]{width:1.2rem;height:1.2rem;
 flex:none}
.edu-page .widget-checkbox label,.edu-page .widget-checkbox span{white-space:normal;
 overflow:visible;text-overflow:clip;line-height:1.3}
.edu-page .widget-checkbox .widget-label-basic{display:flex;align-items:center;gap:.5rem;
 min-height:44px;width:100%}
.edu-page .widget-label{white-space:normal;overflow:visible;text-overflow:clip;height:auto;
 line-height:1.3}
.edu-page :focus-visible{outline:3px solid var(--edu-focus);outline-offset:2px}
.edu-page .jupyter-button:focus-visible,.edu-page .widget-toggle-button:focus-visible,
.edu-page select:focus,.edu-page input:focus,.edu-page summary:focus-visible{
 outline:3px solid var(--edu-focus) !important;outline-offset:2px}
.edu-page .widget-box{overflow:visible;min-width:0;max-width:100%}
.edu-page .widget-inline-hbox{max-width:calc(100% - 2 * var(--jp-widgets-margin, 2px))
 !important;box-sizing:border-box}
.edu-page .widget-html,.edu-page .widget-html-content{min-width:0;max-width:100%;
 white-space:normal;overflow-wrap:break-word;height:auto;line-height:1.5}
.edu-page img{max-width:100%;height:auto}
.edu-page .edu-figure{margin:.5rem 0}
.edu-page details.edu-teachers{margin-top:1.5rem;border-top:1px solid var(--edu-line);
 padding-top:.5rem}
.edu-page details.edu-teachers summary{cursor:pointer;min-height:44px;display:flex;
 align-items:center;font-weight:600}
.edu-page details.edu-teachers code{overflow-wrap:anywhere;white-space:normal}
.edu-page .edu-empty{font-size:1.05em;padding:.8rem 1rem;border:1px dashed var(--edu-line);
 border-radius:.5rem}
.edu-explore-body{display:flex;flex-wrap:wrap;gap:1rem;align-items:flex-start}
.edu-explore-side{flex:1 1 16rem;min-width:0}
.edu-explore-main{flex:2 1 24rem;min-width:0}
.edu-page .edu-rates{flex-wrap:wrap;gap:.4rem}
.edu-page .widget-hbox.edu-order-row{flex-wrap:nowrap;align-items:center}
.edu-page .edu-order-row .widget-html{flex:1 1 auto;min-width:0}
.edu-page .edu-order-row .jupyter-button{flex:none;min-width:44px;padding:0}
.edu-page .edu-rates .jupyter-button{flex:1 1 10rem;width:auto}
@media (max-width:40rem){
 .edu-page .widget-hbox{flex-wrap:wrap;row-gap:.3rem}
 .edu-page .edu-explore-side .edu-tree .widget-radio-box{max-height:40vh}
 .edu-page .edu-reader table,.edu-page .edu-reader tbody,.edu-page .edu-reader tr,
 .edu-page .edu-reader td{display:block;width:auto}
 .edu-page .edu-reader tr:first-child th{display:none}
 .edu-page .edu-reader tr{border-bottom:1px solid var(--edu-line);padding:.4em 0}
 .edu-page .edu-reader td{border:0;padding:.1em 0}
 .edu-page .edu-reader .edu-value{white-space:normal}
 .edu-page .edu-weakest{font-size:.9em}
 .edu-page .edu-match-row > *{width:100% !important;max-width:100% !important}
}
.edu-sr-only{position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;
 clip:rect(0,0,0,0);white-space:nowrap;border:0}
</style>"""


#: The ↑ ↓ buttons' names, from the catalogue (``上移 Move up: 1. …``).
_MOVES = json.dumps([[f"edu-{way}", f"{say(f'move_{way}', 'both', sep=' ')}: "]
                     for way in ("up", "down")], ensure_ascii=False)

GROUP_RADIOS_JS = """(() => {
  const MOVES = """ + _MOVES + """;
  if (window.eduGroupRadios) return;
  window.eduGroupRadios = true;
  let count = 0;
  const group = () => {
    for (const box of document.querySelectorAll('.edu-page .widget-radio-box')) {
      if (!box.dataset.eduGroup) {
        box.dataset.eduGroup = 'edu-radio-' + (++count);
        box.setAttribute('role', 'radiogroup');
      }
      for (const input of box.querySelectorAll('input[type=radio]:not([name])'))
        input.name = box.dataset.eduGroup;
    }
    for (const row of document.querySelectorAll('.edu-page .edu-order-row')) {
      const item = (row.querySelector('.edu-order-item') || row).textContent.trim();
      for (const [cls, verb] of MOVES) {
        const button = row.querySelector('button.' + cls);
        if (button && button.getAttribute('aria-label') !== verb + item)
          button.setAttribute('aria-label', verb + item);
      }
    }
  };
  group();
  new MutationObserver(group).observe(document.body, {childList: true, subtree: true});
})();"""


def group_radios() -> None:
    """Display :data:`GROUP_RADIOS_JS` (only inside a running IPython kernel)."""
    from IPython import get_ipython
    from IPython.display import Javascript
    from IPython.display import display

    if get_ipython() is not None:
        display(Javascript(GROUP_RADIOS_JS))  # type: ignore[no-untyped-call]


def style() -> w.HTML:
    """The page stylesheet as a widget (put it first in the page)."""
    sheet = w.HTML(PAGE_CSS)
    sheet.add_class("edu-page-style")
    return sheet


def page(*children: w.Widget, teachers: str = "") -> w.VBox:
    """A student page: the stylesheet, *children*, then *teachers* (HTML) in a closed
    "for teachers" section (and, in a kernel, the radio-grouping script)."""
    group_radios()
    parts = [style(), *children]
    if teachers:
        parts.append(w.HTML(teachers_html(teachers)))
    box = w.VBox(parts)
    box.add_class("edu-page")
    return box


def teachers_html(body: str) -> str:
    """*body* (HTML) in a ``<details>`` closed by default, titled 给教师 · For teachers."""
    return (f'<details class="edu-teachers"><summary>{html.escape(t("for_teachers", "both"))}'
            f"</summary>{body}</details>")


def chart_html(png: bytes, alt: str) -> str:
    """A PNG chart as ``<img alt="…">`` (the alt text says the numbers)."""
    data = base64.b64encode(png).decode("ascii")
    return (f'<figure class="edu-figure"><img src="data:image/png;base64,{data}" '
            f'alt="{html.escape(alt, quote=True)}"></figure>')


def chart(png: bytes, alt: str) -> w.HTML:
    """:func:`chart_html` as a widget."""
    figure = w.HTML(chart_html(png, alt))
    figure.add_class("edu-chart")
    return figure
