"""Debian's chromium driven by Playwright, kept on this machine (shared by tests and bench).

Never ``playwright install``: the system browser at :data:`CHROMIUM` is launched with a fresh
profile, no background networking, and its Chinese text set in the project's own CJK font (a
fontconfig file adds ``noto-cjk-sans-otc``, as a student's machine has a CJK font). Every
request and websocket is routed: loopback ones go through, any other is aborted and recorded
in :attr:`Browser.leaks`.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from dataclasses import field
from pathlib import Path
from urllib.parse import urlsplit

from playwright.sync_api import BrowserContext
from playwright.sync_api import Route
from playwright.sync_api import WebSocketRoute
from playwright.sync_api import sync_playwright

from edu.fonts import cjk_font_path

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
LOOPBACK = {"127.0.0.1"}
LOCAL_SCHEMES = {"data", "blob", "about"}
MISSING = (f"{CHROMIUM} is missing: the browser tests are SKIPPED (as root, `make test` "
           "installs Debian's chromium; or run `apt-get install chromium`)")


def private_env(tmp: Path, base: dict[str, str] | None = None) -> dict[str, str]:
    """*base* (default: os.environ) with Jupyter, IPython, matplotlib and XDG state in *tmp*."""
    env = dict(os.environ if base is None else base)
    for name in ("JUPYTER_CONFIG_DIR", "JUPYTER_DATA_DIR", "JUPYTER_RUNTIME_DIR", "IPYTHONDIR",
                 "MPLCONFIGDIR", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME",
                 "XDG_STATE_HOME"):
        path = tmp / name.lower()
        path.mkdir(parents=True, exist_ok=True)
        env[name] = str(path)
    env["EDU_PROGRESS_DB"] = str(tmp / "progress.sqlite3")
    env.pop("JUPYTER_PATH", None)
    return env


def fontconfig(tmp: Path) -> Path:
    """A fontconfig file: the system's fonts plus the project's CJK font, cache in *tmp*."""
    path = tmp / "fonts.conf"
    path.write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n'
        '  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>\n'
        f"  <dir>{cjk_font_path().parent}</dir>\n"
        f"  <cachedir>{tmp / 'fontconfig-cache'}</cachedir>\n</fontconfig>\n",
        encoding="utf-8")
    return path


@dataclass
class Browser:
    """A browser context and the requests it was not allowed to make."""

    context: BrowserContext
    leaks: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)

    def _route(self, route: Route) -> None:
        url = route.request.url
        self.requests.append(url)
        parts = urlsplit(url)
        if parts.scheme in LOCAL_SCHEMES or parts.hostname in LOOPBACK:
            route.continue_()
        else:
            self.leaks.append(url)
            route.abort("blockedbyclient")

    def _route_ws(self, ws: WebSocketRoute) -> None:
        if urlsplit(ws.url).hostname in LOOPBACK:
            ws.connect_to_server()
        else:
            self.leaks.append(ws.url)
            ws.close()


@contextmanager
def chromium(tmp: Path, *, width: int = 1280, height: int = 900) -> Iterator[Browser]:
    """Chromium with a fresh profile in *tmp*, every request routed (see the module doc)."""
    tmp.mkdir(parents=True, exist_ok=True)
    env: dict[str, str | float | bool] = dict(private_env(tmp / "browser-state"))
    env["FONTCONFIG_FILE"] = str(fontconfig(tmp))
    env["HOME"] = str(tmp / "home")
    with sync_playwright() as pw:
        context = pw.chromium.launch_persistent_context(
            str(tmp / "profile"), executable_path=str(CHROMIUM), headless=True, args=ARGS,
            env=env, viewport={"width": width, "height": height}, locale="zh-CN")
        browser = Browser(context)
        try:
            context.route("**/*", browser._route)
            context.route_web_socket("**/*", browser._route_ws)
            yield browser
        finally:
            context.close()
