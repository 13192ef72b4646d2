"""A plan text becomes a draft Plan: the seed reproduces the curated content exactly."""

from __future__ import annotations

import pytest

from edu.content import Plan
from edu.content import check
from edu.content import load_plan
from edu.errors import IngestError
from edu.ids import slug_problem
from edu.ingest.draft import build_draft
from edu.ingest.draft import build_plan
from edu.ingest.draft import content_id
from edu.ingest.draft import source_name
from tests.conftest import CONTENT

# content/source is a byte-for-byte copy of the shared source (tests/content/test_facts.py)
SOURCE_FILE = CONTENT / "source" / "national-human-rights-action-plan-2021-2025.txt"
SMALL = ("导言\n\n本计划（2030－2034年）的指导思想是：甲乙。\n\n一、部分\n部分导语。\n"
         "（一）小节\n小节导语。\n——措施一。建设20个中心。\n\n——措施二。内容。\n")


@pytest.fixture(scope="module")
def seed() -> Plan:
    return build_draft(SOURCE_FILE.read_bytes(), str(SOURCE_FILE)).plan


@pytest.fixture(scope="module")
def curated() -> Plan:
    return load_plan(CONTENT)


def _target_key(plan: Plan, t: object) -> tuple[object, ...]:
    from edu.content import Target

    assert isinstance(t, Target)
    lesson = plan.lesson(t.lesson)
    measure = lesson.measure(t.measure)
    baseline = t.baseline and (t.baseline.value, t.baseline.unit, t.baseline.year)
    return (lesson.title, measure.title, t.value, t.unit, t.comparator, t.approximate,
            baseline, t.source)


def test_seed_reproduces_the_curated_structure(seed: Plan, curated: Plan) -> None:
    """Parts, lessons and measures of the ingested seed equal the curated ones, in order."""
    def structure(plan: Plan) -> list[object]:
        return [(p.number, p.title, p.lead,
                 [(x.number, x.title, x.lead, [(m.title, m.text) for m in x.measures])
                  for x in (plan.lesson(i) for i in p.lessons)])
                for p in plan.parts]

    assert structure(seed) == structure(curated)


def test_seed_reproduces_the_curated_targets(seed: Plan, curated: Plan) -> None:
    """Every target (lesson, measure, value, unit, comparator, baseline, sentence) matches."""
    assert sorted((_target_key(seed, t) for t in seed.targets), key=repr) == sorted(
        (_target_key(curated, t) for t in curated.targets), key=repr)


def test_seed_reproduces_introduction_and_metadata(seed: Plan, curated: Plan) -> None:
    """Ideology, principles, goals and the plan's metadata equal the curated ones."""
    a, b = seed.introduction, curated.introduction
    assert a.ideology == b.ideology
    assert [(p.name, p.text) for p in a.principles] == [(p.name, p.text) for p in b.principles]
    assert [g.text for g in a.goals] == [g.text for g in b.goals]
    fields = ("id", "title", "short_title", "start", "end", "compiled_by", "reviewed_by",
              "published_by", "source", "source_file")
    assert [getattr(seed.info, f) for f in fields] == [getattr(curated.info, f) for f in fields]


def test_draft_validates_with_only_english_warnings(seed: Plan) -> None:
    """The draft passes edu's validator; its only warnings are the missing English."""
    report = check(seed)
    assert report.errors == []
    assert report.warnings
    assert all("English gloss missing" in w.message for w in report.warnings)


def test_english_is_empty(seed: Plan) -> None:
    """A fresh draft has no English at all: titles, metrics and glosses are for a person."""
    english = [seed.info.title_en, seed.introduction.summary_en, seed.introduction.ideology_en]
    english += [p.title_en for p in seed.parts] + [x.title_en for x in seed.lessons]
    english += [m.title_en for m in seed.measures] + [t.metric_en for t in seed.targets]
    assert set(english) == {""}
    assert seed.glossary == ()


def test_ids_are_valid_unique_slugs(seed: Plan) -> None:
    """Every id is a slug the validator accepts, and ids are unique within their kind."""
    kinds = [[p.id for p in seed.parts], [x.id for x in seed.lessons],
             [m.id for m in seed.measures], [t.id for t in seed.targets],
             [p.id for p in seed.introduction.principles],
             [g.id for g in seed.introduction.goals]]
    for ids in kinds:
        assert len(set(ids)) == len(ids)
        assert all(slug_problem(i) is None for i in ids), ids


def test_ids_do_not_shift_when_an_item_is_inserted() -> None:
    """Inserting a measure before others keeps every other id (ids are not positional)."""
    before, _ = build_plan(SMALL, "a.txt")
    inserted = SMALL.replace("——措施一。", "——新措施。建设5个站点。\n——措施一。")
    after, _ = build_plan(inserted, "a.txt")
    old = {m.title: m.id for m in before.measures}
    new = {m.title: m.id for m in after.measures}
    assert {t: new[t] for t in old} == old
    assert {t.source: t.id for t in before.targets}.items() <= {
        t.source: t.id for t in after.targets}.items()


def test_ids_are_stable_across_runs() -> None:
    """The same text gives the same draft, ids included, every time."""
    assert build_plan(SMALL, "a.txt") == build_plan(SMALL, "a.txt")


def test_content_id_is_never_all_digits() -> None:
    """A hash that happens to be all digits still gives a non-positional slug."""
    for n in range(3000):
        candidate = content_id("m", "probe", str(n))
        assert slug_problem(candidate) is None, candidate


def test_duplicate_measure_titles_get_distinct_ids() -> None:
    """Two items with the same title in one section still get different ids."""
    plan, _ = build_plan(SMALL.replace("措施二", "措施一"), "a.txt")
    ids = [m.id for m in plan.measures]
    assert len(set(ids)) == 2


def test_missing_leads_get_the_title_and_a_note() -> None:
    """A part or section without a lead paragraph gets its title as lead, with a note."""
    text = "一、部分\n（一）小节\n——措施。内容。\n"
    plan, notes = build_plan(text, "a.txt")
    assert plan.parts[0].lead == "部分"
    assert plan.lessons[0].lead == "小节"
    assert any("has no lead paragraph" in n for n in notes)
    assert check(plan).errors == []


def test_one_sentence_measure_is_noted() -> None:
    """An item that is a single sentence keeps an empty text and says so in a note."""
    plan, notes = build_plan(SMALL.replace("——措施二。内容。", "——措施二。"), "a.txt")
    assert plan.lessons[0].measures[1].text == ""
    assert any("is a single sentence" in n for n in notes)


@pytest.mark.parametrize(("text", "message"), [
    ("只有一段话，没有标题。\n", r"^t\.txt: no headings found"),
    ("（一）小节\n导语。\n——措施。内容。\n",
     r"^t\.txt:1: section （一）小节 comes before any part"),
    ("一、部分\n（一）小节\n——没有句号的措施\n",
     r"^t\.txt:3: the item ——没有句号的措施… has no 。"),
    ("一、部分\n（一）小节\n——。内容。\n", r"^t\.txt:3: a —— item without text"),
])
def test_bad_layouts(text: str, message: str) -> None:
    """Texts the layout cannot make sense of give one line naming the file and line."""
    with pytest.raises(IngestError, match=message):
        build_plan(text, "t.txt")


@pytest.mark.parametrize(("given", "message"), [("Bad Id", "--id 'Bad Id': expected"),
                                                ("plan-3", "--id 'plan-3': ids must name")])
def test_bad_plan_id(given: str, message: str) -> None:
    """--id must be a slug that edu validate accepts."""
    with pytest.raises(IngestError, match=message):
        build_plan(SMALL, "a.txt", plan_id=given)


def test_title_must_be_in_the_text() -> None:
    """--title that the text does not contain is refused (it could never validate)."""
    with pytest.raises(IngestError, match=r"--title '不存在的标题': not in a\.txt"):
        build_plan(SMALL, "a.txt", title="不存在的标题")


def test_plan_id_from_title_and_period() -> None:
    """The id is nhrap-START-END for a human rights action plan, plan-START-END otherwise."""
    plan, _ = build_plan(SMALL, "a.txt", title="本计划（2030－2034年）")
    assert plan.info.id == "plan-2030-2034"
    nhrap = "《国家人权行动计划（2030－2034年）》\n" + SMALL
    assert build_plan(nhrap, "a.txt")[0].info.id == "nhrap-2030-2034"


def test_gb18030_source_is_stored_as_utf8() -> None:
    """A GB18030 text is stored as UTF-8 (what content folders use), with a note."""
    draft = build_draft(SMALL.encode("gb18030"), "plan.txt")
    assert draft.encoding == "gb18030"
    assert draft.source_bytes == SMALL.encode("utf-8")
    assert any("stored as UTF-8" in n for n in draft.notes)


def test_utf8_source_is_kept_byte_for_byte() -> None:
    """A UTF-8 text (BOM and CRLF included) is copied exactly."""
    data = b"\xef\xbb\xbf" + SMALL.replace("\n", "\r\n").encode()
    draft = build_draft(data, "dir/my plan.txt")
    assert draft.source_bytes == data
    assert draft.source_name == "my plan.txt"
    assert draft.plan.info.source_file == "source/my plan.txt"


def test_source_name_for_standard_input() -> None:
    """'-' (standard input) and hidden names are stored as plan.txt."""
    assert source_name("-") == "plan.txt"
    assert source_name("/x/.hidden") == "plan.txt"
