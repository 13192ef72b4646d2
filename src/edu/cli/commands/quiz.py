"""``edu quiz``: assemble a quiz from the question bank and write it out.

The bank is the content's generated questions plus the authored ones in
``<content>/questions/*.yaml``, ``--authored`` YAML files or folders and ``--gift`` files. A
quiz without ``--seed`` gets a fresh seed, recorded in the output so it can be made again.
``--exclude`` takes question ids, or ``@FILE``: a quiz written by ``edu quiz`` (all its
questions) or a text file of ids, one a line.

``--all`` writes every question that matches the filters once, in the bank's order, with no
sampling and no shuffling: to review the bank, or to import all of it into an LMS question
bank. ``--stats`` prints the bank's size per kind and lesson and its difficulty twice: from
the questions' features and from the evidence of learners' answers (the progress store given
by ``--db``, and ``--results`` files: ``edu progress --export`` files collected from a class).
"""

from __future__ import annotations

import sys

from edu.cli.args import CONTENT
from edu.cli.args import OUTPUT
from edu.cli.args import Args
from edu.cli.args import Opt
from edu.cli.args import content_dir
from edu.cli.args import lang_option
from edu.numerals import whole_number

TYPE_CHECKING = False
if TYPE_CHECKING:
    from edu.content.model import Plan
    from edu.questions.bank import Bank
    from edu.quiz.assembly import Quiz

HELP = "assemble a quiz from the question bank (JSON with answers and sources)"
OPTIONS: tuple[Opt, ...] = (
    Opt(("--lessons",), "lessons", "lesson ids, comma-separated (also: introduction, "
        "overview); default: all", metavar="IDS"),
    Opt(("--parts",), "parts", "part ids, comma-separated; default: all", metavar="IDS"),
    Opt(("--kinds",), "kinds", "question kinds, comma-separated (mc_value, numeric, "
        "lesson_of_measure, matching, cloze, true_false, ordering, recall, choice, "
        "short_answer, multiple_response, which_not, discussion); default: all",
        metavar="KINDS"),
    Opt(("--difficulty",), "difficulty", "1, 2, 3 or a range such as 1-2 (default 1-3)",
        metavar="RANGE"),
    Opt(("--tags",), "tags", "only questions with one of these tags, comma-separated",
        metavar="TAGS"),
    Opt(("--exclude",), "exclude", "question ids to leave out, comma-separated, or @FILE",
        metavar="IDS"),
    Opt(("-n", "--n"), "n", "number of questions (default 10)", default="10", metavar="N"),
    Opt(("--seed",), "seed", "random seed: the same seed gives the same quiz (default: new)",
        metavar="S"),
    Opt(("--versions",), "versions", "number of versions, A, B, … (default 1)", default="1",
        metavar="K"),
    Opt(("--draws",), "draws", "make each version a separate draw (no question shared) "
        "instead of a reshuffle of the same questions", flag=True),
    Opt(("--no-balance",), "no_balance", "draw from all matching questions at random instead "
        "of sharing them out across lessons", flag=True),
    lang_option("languages of the text (default both)"),
    Opt(("--format",), "format", "output format: json (default), pdf, html, md (printable "
        "papers), gift, moodle (Moodle), qti (Canvas zip), jupyterquiz", default="json",
        metavar="FORMAT"),
    Opt(("--key",), "key", "printable formats: also write the answer key (quiz.key.pdf beside "
        "quiz.pdf; several versions go to quiz.A.pdf, quiz.B.pdf …); to standard output, the "
        "key alone", flag=True),
    Opt(("--authored",), "authored", "more authored-question YAML files or folders, "
        "comma-separated", metavar="PATHS"),
    Opt(("--gift",), "gift", "GIFT files to import, comma-separated", metavar="FILES"),
    Opt(("--all",), "all", "write every matching question once, in bank order (no sampling): "
        "to review the bank or import all of it into an LMS", flag=True),
    Opt(("--stats",), "stats", "print how many questions the bank has per kind and lesson, "
        "and their difficulty from features and from learners' answers, and exit", flag=True),
    Opt(("--db",), "db", "--stats: the progress store whose answers are evidence (default: "
        "$EDU_PROGRESS_DB or ~/.local/share/edu/progress.sqlite3, when it exists)",
        metavar="PATH"),
    Opt(("--results",), "results", "--stats: more answers as evidence: edu progress --export "
        "JSON files (a class's), comma-separated", metavar="FILES"),
    OUTPUT,
    CONTENT,
)


def _exclusions(text: str | None) -> tuple[str, ...]:
    from edu.errors import UsageError
    from edu.quiz.spec import parse_list

    if not text or not text.startswith("@"):
        return parse_list(text)
    path = text[1:]
    try:
        with open(path, encoding="utf-8") as handle:
            data = handle.read()
    except OSError as exc:
        raise UsageError(f"--exclude {text}: cannot read {path} ({exc.strerror})") from None
    except UnicodeDecodeError:
        raise UsageError(f"--exclude {text}: {path} is not UTF-8 text") from None
    if data.lstrip().startswith("{"):
        import json

        from edu.quiz.formats import quiz_from_dict

        try:
            quiz = quiz_from_dict(json.loads(data))
        except json.JSONDecodeError as exc:
            raise UsageError(f"--exclude {text}: {path}:{exc.lineno}: not valid JSON") from None
        return tuple(q.id for q in quiz.questions)
    return tuple(line.strip() for line in data.splitlines()
                 if line.strip() and not line.lstrip().startswith("#"))


def _stats(bank: Bank) -> str:
    from edu.questions.model import KINDS

    counts = bank.counts()
    lessons = [x for x in bank.lessons if any(counts[(k, x)] for k in KINDS)]
    lessons += sorted({lesson for _, lesson in counts} - set(lessons))
    kinds = [k for k in KINDS if any(counts[(k, x)] for x in lessons)]
    width = max(len(x or "(none)") for x in [*lessons, "total"])
    head = f"{'lesson':<{width}}  " + "  ".join(f"{k:>{max(5, len(k))}}" for k in kinds)
    lines = [head + "  total"]
    for lesson in [*lessons, "total"]:
        cells = [sum(counts[(k, x)] for x in lessons) if lesson == "total" else counts[(k, lesson)]
                 for k in kinds]
        lines.append(f"{lesson or '(none)':<{width}}  " + "  ".join(
            f"{c:>{max(5, len(k))}}" for c, k in zip(cells, kinds, strict=True))
                     + f"  {sum(cells):>5}")
    lines.append(f"{len(bank)} questions, {len(kinds)} kinds, {len(lessons)} lessons")
    return "\n".join(lines) + "\n"


def _difficulty_stats(bank: Bank, attempts: list[dict[str, object]]) -> str:
    """Difficulty 1-3 by features and, where learners answered often enough, by evidence."""
    from edu.questions.difficulty import MIN_ANSWERS
    from edu.questions.difficulty import estimate
    from edu.questions.difficulty import evidence
    from edu.questions.difficulty import from_evidence

    seen = evidence(attempts)
    by_features = [q.difficulty for q in bank.questions]
    observed = [(q, from_evidence(seen.get(q.id))) for q in bank.questions]
    judged = [(q, d) for q, d in observed if d is not None]
    lines = ["", "difficulty            1      2      3  questions",
             "by features     " + "".join(f"{by_features.count(d):>7}" for d in (1, 2, 3))
             + f"  {len(by_features):>9}"]
    if judged:
        ds = [d for _, d in judged]
        lines.append("by evidence     " + "".join(f"{ds.count(d):>7}" for d in (1, 2, 3))
                     + f"  {len(judged):>9}")
        final = [estimate(q, seen.get(q.id)) for q in bank.questions]
        lines.append("combined        " + "".join(f"{final.count(d):>7}" for d in (1, 2, 3))
                     + f"  {len(final):>9}")
        moved = [(q, d) for q, d in judged if d != q.difficulty]
        lines.append(f"{len(judged)} questions have {MIN_ANSWERS}+ answers "
                     f"({sum(seen[q.id].answers for q, _ in judged)} in all); the evidence "
                     f"moves {len(moved)} of them:")
        for q, d in sorted(moved, key=lambda x: seen[x[0].id].share)[:20]:
            e = seen[q.id]
            lines.append(f"  {q.id}  {q.kind:<17} features {q.difficulty} → evidence {d} "
                         f"({e.right}/{e.answers} right, {e.share:.0%})")
    else:
        lines.append(f"by evidence     (no question has {MIN_ANSWERS}+ answers yet: "
                     f"{sum(e.answers for e in seen.values())} answers recorded)")
    return "\n".join(lines) + "\n"


def _attempts(args: Args) -> list[dict[str, object]]:
    """The answers --stats weighs: the progress store (when it exists) and --results files."""
    from pathlib import Path

    from edu.questions.difficulty import load_results
    from edu.quiz.spec import parse_list
    from edu.study.store import ProgressStore
    from edu.study.store import default_path

    out: list[dict[str, object]] = []
    db = Path(args.db) if args.db else default_path()
    if args.db and not db.exists():
        from edu.errors import UsageError

        raise UsageError(f"--db {db}: no such progress store")
    if db.exists():
        with ProgressStore.open(db) as store:
            out += [{"item_id": a.item_id, "score": a.score} for a in store.attempts()]
    return out + load_results(parse_list(args.results))


def _write(quiz: Quiz, args: Args, plan: Plan, bank: Bank) -> None:
    from edu.export.common import QuizInfo
    from edu.export.files import export_quiz
    from edu.questions.model import Text

    info = QuizInfo(Text(plan.info.title, plan.info.title_en), bank.titles)
    written = export_quiz(quiz, args.format, args.output, key=bool(args.key),
                          lang=args.lang, info=info)
    if len(written) > 1 or (written and str(written[0]) != args.output):
        print(f"wrote {', '.join(map(str, written))}", file=sys.stderr)
    if args.format == "jupyterquiz":
        from edu.export.jupyterquiz import left_out

        skipped = left_out(quiz)
        if skipped:
            print(f"jupyterquiz has no essay type: {skipped} discussion question(s) left out",
                  file=sys.stderr)


def run(args: Args) -> int:
    from edu.content.load import load_plan
    from edu.errors import UsageError

    # an unknown format, or --key for a format that always holds the answers, fails first
    from edu.export.files import get_format
    from edu.fsutil import write_output
    from edu.questions.bank import load_bank
    from edu.quiz.assembly import assemble_seeded
    from edu.quiz.spec import QuizSpec
    from edu.quiz.spec import parse_count
    from edu.quiz.spec import parse_difficulty
    from edu.quiz.spec import parse_list

    if args.key and not get_format(args.format).printable:
        raise UsageError(f"--key applies to the printable formats (pdf, html, md); the "
                         f"{args.format} format always holds the answers")
    spec = QuizSpec(
        count=parse_count(args.n, "--n", 10), lessons=parse_list(args.lessons),
        parts=parse_list(args.parts), kinds=parse_list(args.kinds),
        difficulty=parse_difficulty(args.difficulty), tags=parse_list(args.tags),
        exclude=_exclusions(args.exclude), balance=not args.no_balance,
        versions=parse_count(args.versions, "--versions", 1), draws=bool(args.draws))
    root = content_dir(args)
    plan = load_plan(root)
    bank = load_bank(root, authored=parse_list(args.authored), gift=parse_list(args.gift),
                     plan=plan)
    if args.stats:
        write_output(args.output, (_stats(bank) + _difficulty_stats(bank, _attempts(args)))
                     .encode())
        return 0
    if args.all:
        if spec.versions > 1 or spec.draws:
            raise UsageError("--all writes each question once: leave out --versions and "
                             "--draws")
        from edu.quiz.assembly import whole_bank

        quiz = whole_bank(bank, spec)
        _write(quiz, args, plan, bank)
        return 0
    if args.seed is None:
        import secrets

        seed = secrets.randbelow(2**31)
    else:
        seed = whole_number(args.seed, "--seed")
    quiz = assemble_seeded(bank, spec, seed)
    _write(quiz, args, plan, bank)
    if args.seed is None and args.output != "-":
        print(f"seed {seed} (pass --seed {seed} to make this quiz again)", file=sys.stderr)
    return 0
