"""``edu ingest`` end to end: check the output folder, draft, merge, then write (or not).

:func:`prepare` does everything but write and returns an :class:`Outcome` (what would be
written and deleted, the changes, notes); :func:`apply` writes it; :func:`report` says what
happened. Every problem is found before the first byte is written.

Writing: a new folder is built as a hidden sibling and renamed into place, so it appears whole
or not at all. Merging into an existing folder replaces each changed file atomically
(:func:`edu.fsutil.write_output`); files whose content is unchanged are not touched, and lesson
files of removed lessons are deleted last.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from edu.content.model import Plan
from edu.content.serialize import lesson_file
from edu.content.serialize import plan_file
from edu.content.serialize import render
from edu.errors import ContentError
from edu.errors import IngestError
from edu.ingest.draft import Draft
from edu.ingest.draft import build_draft
from edu.ingest.merge import Change
from edu.ingest.merge import merge

PLAN_FILE = "plan.yaml"


@dataclass(frozen=True, slots=True)
class Outcome:
    """What an ingest will do to the output folder."""

    text: str
    out: Path
    merging: bool
    draft: Draft
    plan: Plan
    writes: dict[str, bytes]
    deletes: tuple[str, ...] = ()
    changes: tuple[Change, ...] = ()
    notes: tuple[str, ...] = ()


def _read(text: str) -> bytes:
    if text == "-":
        return sys.stdin.buffer.read()
    try:
        return Path(text).read_bytes()
    except FileNotFoundError:
        raise IngestError(f"{text}: file not found; give the path of the plan's text") from None
    except IsADirectoryError:
        raise IngestError(f"{text}: is a directory; give the plan's text file") from None
    except OSError as exc:
        raise IngestError(f"{text}: cannot read ({exc.strerror})") from None


def _target_dir(out: Path) -> bool:
    """Check *out* can take a draft; True when it is a content folder to merge into."""
    if out.exists() and not out.is_dir():
        raise IngestError(f"{out}: is a file, not a folder; give a new folder for the draft or "
                          "a content folder to merge into")
    if out.is_dir():
        if (out / PLAN_FILE).is_file():
            return True
        try:
            if any(out.iterdir()):
                raise IngestError(f"{out}: not empty and has no {PLAN_FILE}; give a new or "
                                  "empty folder, or a content folder to merge into")
        except OSError as exc:
            raise IngestError(f"{out}: cannot read the folder ({exc.strerror})") from None
        return False
    parent = out.absolute().parent
    if not parent.is_dir():
        raise IngestError(f"{out}: folder {parent} does not exist; create it first")
    return False


def prepare(text: str, out: str | Path, *, plan_id: str | None = None,
            title: str | None = None, encoding: str | None = None) -> Outcome:
    """Everything ``edu ingest`` does short of writing."""
    out = Path(out)
    merging = _target_dir(out)
    draft = build_draft(_read(text), text, plan_id=plan_id, title=title, encoding=encoding)
    if not merging:
        files = render(draft.plan, draft.notes)
        files[draft.plan.info.source_file] = draft.source_bytes
        return Outcome(text, out, False, draft, draft.plan, files, notes=draft.notes)
    from edu.content.load import read_plan

    try:
        curated = read_plan(out)
    except ContentError as exc:
        raise IngestError(f"{out}: cannot merge into it: {exc}") from None
    plan, changes = merge(draft.plan, curated, plan_id)
    writes: dict[str, bytes] = {}
    old_top = (curated.info, curated.introduction, curated.parts, curated.glossary)
    if (plan.info, plan.introduction, plan.parts, plan.glossary) != old_top:
        writes[PLAN_FILE] = plan_file(plan)
    old_lessons = {lesson.id: lesson for lesson in curated.lessons}
    for lesson in plan.lessons:
        if old_lessons.get(lesson.id) != lesson:
            writes[f"lessons/{lesson.id}.yaml"] = lesson_file(lesson)
    kept = {lesson.id for lesson in plan.lessons}
    deletes = tuple(f"lessons/{lesson_id}.yaml" for lesson_id in old_lessons
                    if lesson_id not in kept)
    notes = list(draft.notes)
    source = out / plan.info.source_file
    try:
        same = source.read_bytes() == draft.source_bytes
    except OSError:
        same = False
    if not same:
        writes[plan.info.source_file] = draft.source_bytes
    if curated.info.source_file != plan.info.source_file:
        notes.append(f"{curated.info.source_file}: no longer used (the plan now reads "
                     f"{plan.info.source_file}); delete it if you do not need it")
    return Outcome(text, out, True, draft, plan, writes, deletes, tuple(changes), tuple(notes))


def _write_new(out: Path, files: dict[str, bytes]) -> None:
    parent = out.absolute().parent
    tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}.", dir=parent))
    try:
        umask = os.umask(0)
        os.umask(umask)
        for relative, data in files.items():
            path = tmp / relative
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
            path.chmod(0o666 & ~umask)
        for folder in (tmp, *(p for p in tmp.rglob("*") if p.is_dir())):
            folder.chmod(0o777 & ~umask)
        os.rename(tmp, out)
    except OSError as exc:
        shutil.rmtree(tmp, ignore_errors=True)
        raise IngestError(f"{out}: cannot write the draft ({exc.strerror})") from None


def _write_merge(out: Path, writes: dict[str, bytes], deletes: tuple[str, ...]) -> None:
    from edu.fsutil import write_output

    try:
        for relative, data in writes.items():
            path = out / relative
            path.parent.mkdir(parents=True, exist_ok=True)
            write_output(str(path), data)
        for relative in deletes:
            (out / relative).unlink(missing_ok=True)
    except OSError as exc:
        raise IngestError(f"{out}: cannot write ({exc.strerror})") from None


def apply(outcome: Outcome) -> None:
    """Write *outcome* to its folder."""
    if outcome.merging:
        _write_merge(outcome.out, outcome.writes, outcome.deletes)
    else:
        _write_new(outcome.out, outcome.writes)


def _files(paths: list[str], most: int = 8) -> str:
    lessons = [p for p in paths if p.startswith("lessons/")]
    if len(lessons) <= most:
        return ", ".join(paths)
    others = [p for p in paths if not p.startswith("lessons/")]
    return ", ".join([*others, f"{len(lessons)} lesson files (lessons/*.yaml)"])


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def _checks(draft: Draft) -> list[str]:
    """One line naming the new units and skipped candidates (the notes give each in full)."""
    new = [c.text for c in draft.checks if c.kind == "new unit"]
    skipped = [c.text for c in draft.checks if c.kind != "new unit"]
    parts = []
    if new:
        parts.append(f"{_count(len(new), 'new unit')} ({', '.join(new)})")
    if skipped:
        parts.append(f"{_count(len(skipped), 'skipped candidate')} ({', '.join(skipped)})")
    return [f"check: {'; '.join(parts)}; see the notes"] if parts else []


def report(outcome: Outcome, dry_run: bool) -> list[str]:
    """The lines ``edu ingest`` prints."""
    d, plan = outcome.draft, outcome.draft.plan
    lines = [
        f"read {outcome.text}: {d.encoding}, {d.lines} lines",
        f"found {len(plan.parts)} parts, {len(plan.lessons)} lessons, {len(plan.measures)} "
        f"measures, {len(plan.targets)} targets, {len(plan.introduction.principles)} "
        f"principles, {len(plan.introduction.goals)} goals",
    ]
    lines += _checks(d)
    lines += [f"note: {note}" for note in outcome.notes]
    if outcome.merging:
        counts = {sign: sum(c.sign == sign for c in outcome.changes) for sign in "+~-"}
        lines.append(f"merge into {outcome.out}: {counts['+']} added, {counts['~']} changed, "
                     f"{counts['-']} removed; curated ids, English and glossary kept")
        lines += [str(change) for change in outcome.changes]
    verb, deleted = ("would write", "would delete") if dry_run else ("wrote", "deleted")
    written = sorted(outcome.writes)
    if written:
        lines.append(f"{verb} {len(written)} files in {outcome.out}: {_files(written)}")
    else:
        lines.append(f"{outcome.out}: nothing to change")
    if outcome.deletes:
        lines.append(f"{deleted} {', '.join(outcome.deletes)}")
    if dry_run:
        lines.append("dry run: nothing written")
    elif written or outcome.deletes:
        lines.append(f"next: edu validate --content {outcome.out}, then write the English")
    return lines
