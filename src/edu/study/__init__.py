"""Self-study: a progress store (SQLite) and FSRS review scheduling over the plan's items."""
