"""Live class sessions: the teacher runs a quiz, the class answers on their phones.

Layers, bottom up: :mod:`edu.live.store` (SQLite in WAL mode: sessions, students, answers),
:mod:`edu.live.session` (the rules of a session: who may do what, what a student may see),
:mod:`edu.live.stats` and :mod:`edu.live.results` (item statistics and gradebook exports, pure),
:mod:`edu.live.app` (the Starlette routes of the JSON API and the student page),
:mod:`edu.live.server` (uvicorn in a thread or in the foreground), :mod:`edu.live.client`
(the teacher's side of the API, for the notebook). The API is documented in the README.
"""
