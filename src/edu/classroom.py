"""The classroom app: the student-facing notebooks in Voilà, on this machine only.

``python -m edu.classroom [--ip 127.0.0.1] [--port 8866] [--dir build/classroom]`` (what
``make classroom`` runs) prepares a folder and replaces itself with Voilà serving it:

``<dir>/notebooks/``
    symlinks to the student notebooks (:data:`STUDENT_NOTEBOOKS`), so the instructors' quiz
    builder is neither listed nor renderable, while edits to ``notebooks/`` show at once;
``<dir>/share/jupyter/voila/templates/edu/``
    Voilà's ``lab`` template without its links to public CDNs (Font Awesome's CSS — the widget
    bundle carries its own icon font — and the mermaid loader), put on ``JUPYTER_PATH``.
    Nothing is fetched from outside the machine: the app works offline and leaks no request.

Voilà pre-heats a kernel per notebook (runs it before anyone asks, so a page opens without
waiting for Python to start), except for :data:`NOT_PREHEATED`; only the widget extensions are
loaded (:data:`EXTENSIONS`).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
NOTEBOOKS = ROOT / "notebooks"
DEFAULT_DIR = ROOT / "build" / "classroom"
#: What students open; the quiz builder (04) is for instructors.
STUDENT_NOTEBOOKS = ("00-start-here", "01-explore", "02-lesson", "03-quiz", "05-review",
                     "06-progress")
TEMPLATE = "edu"
#: Notebooks that show the learner's state *now* (today's reviews, the dashboard): a kernel run
#: ahead of the request would show it as it was then. The others are pre-heated: Voilà runs
#: them before anyone asks, so a page opens without waiting for a kernel; the ones that read
#: the page's query string wait for it (:func:`edu.widgets.quiz_player.query_string`).
NOT_PREHEATED = ("05-review", "06-progress")
#: The only JupyterLab extensions the notebooks need: Voilà's ipywidgets 8 manager and the
#: widgets themselves (others installed alongside, such as Notebook 7's, are built for a newer
#: JupyterLab than Voilà's and fail to load; they would only slow the page down).
EXTENSIONS = ("@voila-dashboards/widgets-manager8", "@jupyter-widgets/jupyterlab-manager")
HOST = "127.0.0.1"

_CONF = '{"base_template": "lab"}\n'
# The lab template's notebook_css block, less its two CDN <link>s: super.super() is the
# nbconvert lab template's own block (Jinja's way to skip one level of inheritance).
_INDEX = """{%- extends 'lab/index.html.j2' -%}
{% import "spinner.macro.html.j2" as spinner %}
{%- block notebook_css -%}
  {% if frontend == "voila" %}
    {{ resources.include_js("static/voila-style.js") }}
  {% endif %}
  {{ spinner.css() }}
  <style>
    .jp-mod-noOutputs.jp-mod-noInput { display: none; }
  </style>
  {{ super.super() }}
{%- endblock notebook_css -%}
{#- mermaid diagrams would be drawn by a script from a public CDN; the notebooks have none -#}
{%- block html_head_js_mermaidjs -%}{%- endblock html_head_js_mermaidjs -%}
"""
# The tree and error pages extend "page.html": Voilà's base page.html without the CDN <link>,
# with the lab page's stylesheets.
_PAGE = """<!DOCTYPE HTML>
<html>
  <head>
    <meta charset="utf-8">
    <title>{% block title %}国家人权行动计划 · edu{% endblock %}</title>
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
    {% block stylesheets %}
    {% if include_css %}
        {{ include_css("static/index.css") }}
        {% if theme == 'dark' %}{{ include_css("static/theme-dark.css") }}
        {% elif theme == 'light' %}{{ include_css("static/theme-light.css") }}
        {% else %}{{ include_lab_theme(theme) }}{% endif %}
    {% endif %}
    {% endblock %}
    {% block meta %}{% endblock %}
  </head>
  <body data-base-url="{{ base_url }}voila/" data-voila="voila">
    <noscript><div id='noscript'>Voilà requires JavaScript.</div></noscript>
    <div>{% block body %}{% endblock %}</div>
    {% block scripts %}{% endblock %}
  </body>
</html>
"""


def prepare(directory: Path | str = DEFAULT_DIR,
            notebooks: Sequence[str] = STUDENT_NOTEBOOKS) -> Path:
    """Make (or refresh) the classroom folder; returns its ``notebooks`` folder."""
    base = Path(directory)
    served = base / "notebooks"
    served.mkdir(parents=True, exist_ok=True)
    wanted = {f"{name}.ipynb" for name in notebooks}
    for old in served.iterdir():
        if old.is_symlink() and old.name not in wanted:
            old.unlink()
    for name in sorted(wanted):
        source = NOTEBOOKS / name
        if not source.is_file():
            raise FileNotFoundError(f"{source}: no such notebook")
        link = served / name
        if link.is_symlink() or link.exists():
            if link.is_symlink() and Path(os.readlink(link)) == source:
                continue
            link.unlink()
        link.symlink_to(source)
    template = template_root(base) / "voila" / "templates" / TEMPLATE
    template.mkdir(parents=True, exist_ok=True)
    for filename, text in (("conf.json", _CONF), ("index.html.j2", _INDEX),
                           ("page.html", _PAGE)):
        path = template / filename
        if not path.is_file() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")
    return served


def template_root(directory: Path | str = DEFAULT_DIR) -> Path:
    """The folder to put first on ``JUPYTER_PATH`` (it holds ``voila/templates/edu``)."""
    return Path(directory) / "share" / "jupyter"


def voila_command(served: Path | str, port: int, ip: str = HOST, *,
                  preheat: bool = True) -> list[str]:
    """The Voilà command line serving *served* on *ip*:*port* (no browser, no other port)."""
    voila = Path(sys.executable).with_name("voila")
    command = [str(voila), str(served), f"--Voila.ip={ip}", f"--Voila.port={port}",
               "--Voila.port_retries=0", "--no-browser", f"--template={TEMPLATE}",
               *(f"--VoilaConfiguration.extension_allowlist={name}" for name in EXTENSIONS)]
    if preheat:
        command += ["--VoilaConfiguration.preheat_kernel=True",
                    "--VoilaKernelManager.fill_delay=0",
                    *(f"--VoilaKernelManager.preheat_denylist={name}" for name in NOT_PREHEATED)]
    return command


def voila_env(directory: Path | str = DEFAULT_DIR,
              base: dict[str, str] | None = None) -> dict[str, str]:
    """*base* (default: this process's environment) with the template on ``JUPYTER_PATH``."""
    env = dict(os.environ if base is None else base)
    paths = [str(template_root(directory).resolve())]
    if env.get("JUPYTER_PATH"):
        paths.append(env["JUPYTER_PATH"])
    env["JUPYTER_PATH"] = os.pathsep.join(paths)
    return env


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m edu.classroom",
                                     description="Serve the student notebooks with Voilà.")
    parser.add_argument("--ip", default=HOST, help="address to listen on (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8866, help="port (default 8866)")
    parser.add_argument("--dir", default=str(DEFAULT_DIR),
                        help="folder for the links and the template (default build/classroom)")
    args = parser.parse_args(argv)
    try:
        served = prepare(args.dir)
    except OSError as exc:
        print(f"edu.classroom: {exc}", file=sys.stderr)
        return 2
    command = voila_command(served, args.port, args.ip)
    os.execve(command[0], command, voila_env(args.dir))


if __name__ == "__main__":
    sys.exit(main())
