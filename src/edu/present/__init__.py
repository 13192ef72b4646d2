"""How the plan is shown to a person: interface strings, terminal and HTML readers, charts.

Presentation sits above the content (it reads the frozen plan and says its facts with
:mod:`edu.content.wording`) and below everything that shows things (questions, exports, decks,
study, sessions, widgets). It knows nothing of learners: figures of a learner's progress live in
:mod:`edu.study.figures`.
"""
