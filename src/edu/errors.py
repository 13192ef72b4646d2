"""One error tree for the whole toolkit.

Every error a user can cause is an :class:`EduError`; the CLI turns it into one line on stderr
and exit status 2. The subclasses also derive from the built-in a caller would expect
(``ContentError`` is a ``ValueError``), as attrs does.
"""

from __future__ import annotations


class EduError(Exception):
    """Base of every error the toolkit raises on bad input."""


class ContentError(EduError, ValueError):
    """Content files are malformed, incomplete or not traceable to the source.

    ``where`` is ``file:line`` (or just the file), ``field`` the offending field.
    """

    def __init__(self, message: str, where: str = "", field: str = "") -> None:
        self.message = message
        self.where = where
        self.field = field
        super().__init__(self._render())

    def _render(self) -> str:
        prefix = f"{self.where}: " if self.where else ""
        field = f"{self.field}: " if self.field else ""
        message = " ".join(self.message.split())  # always one line, whatever a library said
        return f"{prefix}{field}{message}"


class IngestError(EduError, ValueError):
    """A plan text cannot be turned into content."""


class QuizError(EduError, ValueError):
    """A quiz cannot be assembled or graded as asked."""


class ExportError(EduError):
    """An export cannot be written."""


class StoreError(EduError):
    """The progress store cannot be opened or used (corrupt, or from a newer edu)."""


class UsageError(EduError, ValueError):
    """A request names something that does not exist (an unknown lesson id, a language
    other than zh/en/both) — from the command line, a widget or a notebook alike."""


class StudyError(EduError, ValueError):
    """A review or a study setting is not possible as asked (nothing due, a rating out of
    range, a negative daily limit)."""
