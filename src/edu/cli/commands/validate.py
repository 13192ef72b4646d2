"""``edu validate``: prove every fact of the content is verbatim in the source."""

from __future__ import annotations

import sys

from edu.cli.args import CONTENT
from edu.cli.args import Args
from edu.cli.args import Opt
from edu.cli.args import content_dir

HELP = "prove every fact is verbatim in the source"
OPTIONS: tuple[Opt, ...] = (CONTENT,)


def run(args: Args) -> int:
    from edu.content.coverage import coverage
    from edu.content.load import read_plan
    from edu.content.validate import check

    plan = read_plan(content_dir(args))
    report = check(plan)
    for issue in report.errors + report.untranslated:
        print(f"error: {issue}", file=sys.stderr)
    for issue in report.warnings:
        print(f"warning: {issue}", file=sys.stderr)
    share = 100.0 * report.traced / report.checked if report.checked else 0.0
    counts = (f"{len(plan.lessons)} lessons, {len(plan.measures)} measures, "
              f"{len(plan.targets)} targets, {len(plan.introduction.principles)} principles, "
              f"{len(plan.introduction.goals)} goals")
    english = coverage(plan)
    counts += (f"; English for {100 * english.share:.1f}% of the source "
               f"({english.covered}/{english.total} characters)")
    failed = report.errors or report.untranslated
    status = "FAILED" if failed else "ok"
    print(f"{status}: provenance {report.traced}/{report.checked} ({share:.1f}%) traced to "
          f"the source; {counts}; {len(report.errors)} errors, "
          f"{len(report.untranslated)} without English, {len(report.warnings)} warnings")
    return 2 if failed else 0
