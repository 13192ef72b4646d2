"""ipywidgets views over :mod:`edu.sessions`; notebooks import one and display it."""
