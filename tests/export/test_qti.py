"""QTI 1.2 zip for Canvas: validated against the IMS QTI 1.2.1 DTD and the IMS content
packaging XSD (../shared/schemas), then read back item by item."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import lxml.html
import pytest
from lxml import etree

from edu.export.qti import render
from edu.questions.model import ChoiceAnswer
from edu.questions.model import EssayAnswer
from edu.questions.model import MatchingAnswer
from edu.questions.model import MultiAnswer
from edu.questions.model import NumericAnswer
from edu.questions.model import OrderingAnswer
from edu.questions.model import Question
from edu.questions.model import Text
from edu.questions.model import TextAnswer
from edu.questions.model import TrueFalseAnswer
from edu.questions.render import with_source
from edu.quiz.assembly import Quiz
from tests.export.readers import schemas

CP = "{http://www.imsglobal.org/xsd/imscp_v1p1}"
TYPES = {"choice": "multiple_choice_question", "true_false": "true_false_question",
         "numeric": "numerical_question", "text": "short_answer_question",
         "matching": "matching_question", "ordering": "matching_question",
         "multi": "multiple_answers_question", "essay": "essay_question"}


def _shown(text: Text) -> list[str]:
    return [text.zh, text.en] if text.en and text.en != text.zh else [text.zh]


def _html(node: etree._Element | None) -> list[str]:
    """The paragraphs of an escaped-HTML ``mattext``."""
    assert node is not None
    assert node.get("texttype") == "text/html"
    root = lxml.html.fragment_fromstring(node.text or "", create_parent="div")
    for br in root.iter("br"):
        br.tail = "\n" + (br.tail or "")
    return [p.text_content() for p in root.iter("p")]


def _package(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def _meta(item: etree._Element) -> dict[str, str]:
    return {f.findtext("fieldlabel") or "": f.findtext("fieldentry") or ""
            for f in item.iterfind("itemmetadata/qtimetadata/qtimetadatafield")}


def _validate(files: dict[str, bytes]) -> list[etree._Element]:
    """Validate the manifest and every assessment; return the assessments' roots."""
    dtd, xsd = schemas()
    manifest = etree.fromstring(files["imsmanifest.xml"])
    xsd.assertValid(manifest)
    hrefs = [r.get("href") for r in manifest.iter(f"{CP}resource")]
    assert sorted(hrefs) == sorted(n for n in files if n != "imsmanifest.xml")
    roots = []
    for href in hrefs:
        assert href is not None
        root = etree.fromstring(files[href])
        assert dtd.validate(root), dtd.error_log.filter_from_errors()
        roots.append(root)
    idents = [i.get("ident") for r in roots for i in r.iter("item")]
    assert len(idents) == len(set(idents))
    return roots


def _check(q: Question, item: etree._Element) -> None:
    assert _meta(item)["question_type"] == TYPES[q.shape]
    assert _html(item.find("presentation/material/mattext")) == _shown(q.stem)
    conditions = item.findall("resprocessing/respcondition")
    scored = [c for c in conditions if c.find("setvar") is not None]
    a = q.answer
    if isinstance(a, EssayAnswer):
        assert not scored
        assert float(_meta(item)["points_possible"]) == a.points
        feedback = "\n".join(_html(item.find("itemfeedback/flow_mat/material/mattext")))
        assert a.model.zh in feedback
        assert all(c.text.zh in feedback for c in a.rubric)
        return
    if isinstance(a, MultiAnswer):
        (lid,) = item.findall("presentation/response_lid")
        assert lid.get("rcardinality") == "Multiple"
        k = len(a.options)
        signed = {c.findtext("conditionvar/varequal"):
                  float(c.findtext("setvar") or "") * (1 if c.find("setvar").get("action") == "Add"
                                                       else -1) for c in scored}
        assert signed == {o.id: pytest.approx(100 / k if o.id in a.options else -100 / k,
                                              abs=1e-3) for o in q.options}
    elif isinstance(a, ChoiceAnswer | TrueFalseAnswer):
        labels = {lab.get("ident"): lab for lab in item.iter("response_label")}
        (right,) = [c.findtext("conditionvar/varequal") for c in scored]
        assert right is not None
        if isinstance(a, ChoiceAnswer):
            assert right == a.option
            assert _html(labels[right].find("material/mattext")) == _shown(q.option(right).text)
        else:
            assert right == ("true" if a.value else "false")
    elif isinstance(a, NumericAnswer):
        assert item.find("presentation/response_str/render_fib").get("fibtype") == "Decimal"
        (c,) = scored
        assert float(c.findtext(".//varequal") or "") == a.value
        if a.tolerance:
            assert float(c.findtext(".//vargte") or "") == a.value - a.tolerance
            assert float(c.findtext(".//varlte") or "") == a.value + a.tolerance
    elif isinstance(a, TextAnswer):
        (c,) = scored
        assert [v.text for v in c.iterfind("conditionvar/or/varequal")] == list(a.accepted)
    else:
        lids = item.findall("presentation/response_lid")
        options = {lab.get("ident"): lab.findtext("material/mattext")
                   for lab in lids[0].iter("response_label")}
        given = {c.find("conditionvar/varequal").get("respident"):
                 c.findtext("conditionvar/varequal") for c in scored}
        points = sum(float(c.findtext("setvar") or "") for c in scored)
        assert abs(points - 100) < 0.01
        assert all(c.find("setvar").get("action") == "Add" for c in scored)
        got = [(lid.findtext("material/mattext"), options[given[lid.get("ident")]])
               for lid in lids]
        if isinstance(a, MatchingAnswer):
            pairs = a.as_dict()
            assert got == [(" / ".join(_shown(p.text)),
                            " / ".join(_shown(q.option(pairs[p.id]).text))) for p in q.prompts]
        else:
            assert isinstance(a, OrderingAnswer)
            assert got == [(f"第{i}位 / Position {i}", " / ".join(_shown(q.option(o).text)))
                           for i, o in enumerate(a.order, 1)]
    if with_source(q).zh:
        assert _html(item.find("itemfeedback/flow_mat/material/mattext")) == \
            _shown(with_source(q))


def test_valid_against_dtd_and_xsd(quiz30: Quiz, exported: dict[str, list[Path]]) -> None:
    """The manifest passes the IMS CP XSD, each assessment the QTI 1.2.1 DTD."""
    roots = _validate(_package(exported["qti"][0]))
    assert len(roots) == 2


def test_validation_rejects_invalid_qti() -> None:
    """The DTD is strict: an item without an ident, or an unknown element, fails."""
    dtd, _ = schemas()
    assert not dtd.validate(etree.fromstring("<questestinterop><item/></questestinterop>"))
    assert not dtd.validate(etree.fromstring(
        '<questestinterop><item ident="x"><stem/></item></questestinterop>'))


def test_one_assessment_per_version(quiz30: Quiz, exported: dict[str, list[Path]]) -> None:
    """Each version is an assessment with its questions in the version's order, and every
    item's answers and feedback match the quiz."""
    roots = _validate(_package(exported["qti"][0]))
    for version, root in zip(quiz30.versions, roots, strict=True):
        (assessment,) = root.iter("assessment")
        assert f"Version {version.label}" in (assessment.get("title") or "")
        items = list(root.iter("item"))
        assert [i.get("ident") for i in items] == [f"i{q.id}-{version.label}"
                                                   for q in version.questions]
        for q, item in zip(version.questions, items, strict=True):
            _check(q, item)


def test_hostile_text_survives(hostile_quiz: Quiz,
                               hostile_exported: dict[str, list[Path]]) -> None:
    """Markup characters in every text are escaped and read back unchanged."""
    (root,) = _validate(_package(hostile_exported["qti"][0]))
    for q, item in zip(hostile_quiz.questions, root.iter("item"), strict=True):
        _check(q, item)


def test_reproducible_zip(quiz30: Quiz) -> None:
    """The same quiz gives the same bytes (fixed timestamps and order)."""
    first = render(quiz30)
    assert first == render(quiz30)
    with zipfile.ZipFile(io.BytesIO(first)) as archive:
        assert archive.namelist()[0] == "imsmanifest.xml"
        assert {i.date_time for i in archive.infolist()} == {(1980, 1, 1, 0, 0, 0)}
