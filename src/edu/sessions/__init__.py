"""Plain-Python state behind the notebook widgets: every decision is made and tested here.

Widgets (:mod:`edu.widgets`) only show a session's state and forward clicks to it, so the
behaviour is tested without a browser or a kernel.
"""
