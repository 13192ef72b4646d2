"""The cards' CSS: readable on a desktop and a phone, in light and dark mode.

One style sheet for every note type, so the decks look alike. Anki marks dark mode with the
``nightMode`` class (desktop, AnkiMobile) or ``night_mode`` (AnkiDroid) on the card's body;
narrow screens get a smaller base size and tighter margins. Chinese text uses the system's CJK
fonts; English is set a little smaller and muted, since the Chinese is the authority.
"""

from __future__ import annotations

CSS = """\
.card {
  font-family: -apple-system, "Segoe UI", "Helvetica Neue", Arial, "PingFang SC",
    "Hiragino Sans GB", "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", sans-serif;
  font-size: 20px;
  line-height: 1.6;
  color: #1f2328;
  background-color: #fbfaf7;
  text-align: left;
}
.edu { max-width: 38em; margin: 0 auto; padding: 0.6em 0.9em 1.2em; }
.crumb { font-size: 0.72em; color: #6b6f76; margin-bottom: 0.6em; }
.crumb .en { color: #6b6f76; }
.zh { font-size: 1.05em; }
.en { color: #4a4f57; font-size: 0.9em; }
.prompt { font-size: 1.25em; font-weight: 600; margin: 0.25em 0; }
.prompt.en { font-size: 1.05em; font-weight: 500; }
.ask { margin-top: 0.8em; font-size: 0.8em; color: #8a5a00; }
.value { font-size: 1.6em; font-weight: 700; color: #0b6e4f; margin: 0.2em 0; }
.value-en { font-size: 1.1em; font-weight: 600; color: #0b6e4f; }
.meta { font-size: 0.85em; color: #4a4f57; margin: 0.2em 0; }
.pinyin { font-size: 1em; color: #2c7a7b; font-style: italic; margin: 0.1em 0; }
.source-en, .measure-en { margin: 0.4em 0; }
.source {
  border-left: 3px solid #c9a227; padding: 0.2em 0 0.2em 0.7em; margin: 0.8em 0;
  font-size: 0.95em;
}
.source b, .hl { color: #b3261e; font-weight: 700; }
.label { font-size: 0.72em; color: #6b6f76; text-transform: uppercase; letter-spacing: 0.04em; }
.cloze { font-weight: 700; color: #1565c0; }
.cloze-inactive { color: inherit; }
.list { margin: 0.3em 0 0.6em 1.2em; padding: 0; }
.list li { margin: 0.15em 0; }
.notice {
  background: #fff4ce; border: 1px solid #e0b000; border-radius: 6px;
  padding: 0.4em 0.7em; margin-bottom: 0.7em; font-size: 0.85em; color: #5c4400;
}
.ref { margin-top: 1.2em; font-size: 0.65em; color: #9a9ea5; }
hr#answer { border: none; border-top: 1px solid #d8d4ca; margin: 0.9em 0; }

@media (max-width: 600px) {
  .card { font-size: 17px; }
  .edu { padding: 0.3em 0.4em 1em; }
  .prompt { font-size: 1.15em; }
  .value { font-size: 1.4em; }
}

.nightMode.card, .night_mode.card, .nightMode .card, .night_mode .card {
  color: #e6e3dd; background-color: #1d1f23;
}
.nightMode .crumb, .night_mode .crumb, .nightMode .crumb .en, .night_mode .crumb .en,
.nightMode .label, .night_mode .label { color: #9aa0a8; }
.nightMode .en, .night_mode .en, .nightMode .meta, .night_mode .meta { color: #c0c4ca; }
.nightMode .ask, .night_mode .ask { color: #f0b95a; }
.nightMode .value, .night_mode .value, .nightMode .value-en, .night_mode .value-en {
  color: #5fd3a6;
}
.nightMode .source b, .night_mode .source b, .nightMode .hl, .night_mode .hl { color: #ff8a80; }
.nightMode .cloze, .night_mode .cloze { color: #82b1ff; }
.nightMode .notice, .night_mode .notice {
  background: #3a3220; border-color: #8a6d1a; color: #f3e2b0;
}
.nightMode .ref, .night_mode .ref { color: #70757d; }
.nightMode hr#answer, .night_mode hr#answer { border-top-color: #3a3d44; }
"""
