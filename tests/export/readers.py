"""Independent readers for the exports: gift-pegjs (npm), a PDF glyph check, the Moodle XML
structural checker, and the IMS schemas.

Nothing here uses edu's own writers: each reader knows the format from its specification.
"""

from __future__ import annotations

import io
import json
import re
import shutil
import subprocess
import unicodedata
from collections.abc import Callable
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from fontTools.ttLib import TTCollection
from fontTools.ttLib import TTFont
from lxml import etree
from pypdf import PdfReader
from pypdf.generic import ContentStream

from edu.fonts import cjk_font_path
from tests.conftest import ROOT

SCHEMAS = ROOT.parent / "shared" / "schemas"
GIFT_PEGJS = "gift-pegjs@1.0.2"

# -- GIFT: gift-pegjs, the PEG grammar of GIFT used by the VS Code GIFT extension ------------
_PARSE_JS = """
const { parse } = require("gift-pegjs");
let text = "";
process.stdin.on("data", (d) => { text += d; });
process.stdin.on("end", () => {
  try { process.stdout.write(JSON.stringify(parse(text))); }
  catch (e) {
    const where = e.location ? `line ${e.location.start.line}: ` : "";
    process.stderr.write(where + e.message + "\\n");
    process.exit(3);
  }
});
"""


class GiftSyntaxError(Exception):
    """gift-pegjs refused the input."""


def gift_parser(cache: Path) -> Callable[[str], list[dict[str, Any]]]:
    """A function parsing GIFT text with gift-pegjs, installed into *cache* with npm.

    Skips (loudly, in pytest's summary) when node or npm is missing.
    """
    node, npm = shutil.which("node"), shutil.which("npm")
    if not node or not npm:
        pytest.skip("node/npm not found: the GIFT export is NOT checked with gift-pegjs "
                    "(install nodejs and npm)")
    package = cache / "node_modules" / "gift-pegjs" / "package.json"
    if not package.exists():
        subprocess.run([npm, "install", "--no-audit", "--no-fund", "--loglevel=error",
                        "--prefix", str(cache), GIFT_PEGJS], check=True, timeout=600,
                       capture_output=True)
    script = cache / "parse.js"
    script.write_text(_PARSE_JS, encoding="utf-8")

    def parse(text: str) -> list[dict[str, Any]]:
        done = subprocess.run([node, str(script)], input=text, capture_output=True, text=True,
                              cwd=cache, timeout=60, check=False)
        if done.returncode == 3:
            raise GiftSyntaxError(done.stderr.strip())
        if done.returncode:
            raise RuntimeError(f"node failed: {done.stderr}")
        result: list[dict[str, Any]] = json.loads(done.stdout)
        return result

    return parse


# -- PDF: text, fonts and the glyphs actually drawn -----------------------------------------
def pdf_text(path: Path) -> str:
    """All text of the PDF at *path*, whitespace removed (line breaks fall anywhere)."""
    reader = PdfReader(path)
    return "".join("".join((page.extract_text() or "").split()) for page in reader.pages)


def _to_unicode(font: Any) -> dict[int, str]:
    """The ToUnicode CMap of a Type0 font: glyph (CID) → text."""
    data = font["/ToUnicode"].get_object().get_data().decode("latin-1")
    out: dict[int, str] = {}
    for block in re.findall(r"beginbfchar(.*?)endbfchar", data, re.S):
        for src, dst in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
            out[int(src, 16)] = bytes.fromhex(dst).decode("utf-16-be")
    for block in re.findall(r"beginbfrange(.*?)endbfrange", data, re.S):
        for low, high, dst in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*"
                                         r"<([0-9A-Fa-f]+)>", block):
            start = bytes.fromhex(dst).decode("utf-16-be")
            for i, cid in enumerate(range(int(low, 16), int(high, 16) + 1)):
                out[cid] = start[:-1] + chr(ord(start[-1]) + i)
    return out


class PdfFonts:
    """The fonts of a PDF and the glyphs its pages draw with them."""

    def __init__(self, path: Path) -> None:
        reader = PdfReader(path)
        self.programs: dict[str, TTFont] = {}  # BaseFont → embedded font program
        self.subtypes: dict[str, str] = {}
        self.unicode: dict[str, dict[int, str]] = {}
        self.drawn: dict[str, set[int]] = {}
        for page in reader.pages:
            self._walk(reader, page.get_contents(), page["/Resources"])

    def _walk(self, reader: PdfReader, contents: Any, resources: Any) -> None:
        fonts = {name: ref.get_object() for name, ref in resources.get("/Font", {}).items()}
        for font in fonts.values():
            base = str(font["/BaseFont"])
            if base in self.programs:
                continue
            self.subtypes[base] = str(font["/Subtype"])
            descendant = font["/DescendantFonts"][0].get_object()
            descriptor = descendant["/FontDescriptor"].get_object()
            stream = next(descriptor[k] for k in ("/FontFile3", "/FontFile2", "/FontFile")
                          if k in descriptor)
            self.programs[base] = TTFont(io.BytesIO(stream.get_object().get_data()))
            self.unicode[base] = _to_unicode(font)
            self.drawn[base] = set()
        current = ""
        for operands, op in ContentStream(contents, reader).operations:
            if op == b"Tf":
                current = str(fonts[operands[0]]["/BaseFont"])
            elif op in (b"Tj", b"TJ", b"'", b'"'):
                strings = operands[-1] if op != b"TJ" else operands[0]
                for s in strings if op == b"TJ" else [strings]:
                    if isinstance(s, int | float):
                        continue
                    raw = s.original_bytes if hasattr(s, "original_bytes") else bytes(s)
                    self.drawn[current].update(int.from_bytes(raw[i:i + 2], "big")
                                               for i in range(0, len(raw) - 1, 2))
        for ref in resources.get("/XObject", {}).values():
            xobject = ref.get_object()
            if xobject.get("/Subtype") == "/Form":
                self._walk(reader, xobject, xobject.get("/Resources", resources))

    def families(self) -> set[str]:
        """The family names in the embedded fonts' name tables."""
        return {t["name"].getDebugName(1) or "" for t in self.programs.values()}

    def drawn_text(self) -> dict[str, int]:
        """Each character drawn → the glyph it was drawn with (via the ToUnicode maps)."""
        out: dict[str, int] = {}
        for base, glyphs in self.drawn.items():
            for gid in glyphs:
                for char in self.unicode[base].get(gid, ""):
                    out.setdefault(char, gid)
        return out

    def notdef_drawn(self) -> bool:
        """Whether any text was drawn with no glyph of its font: glyph 0 (.notdef, an empty
        box) or a glyph the font does not have (WeasyPrint writes 0xFFFF for a character no
        font covers)."""
        return any(gid == 0 or gid >= self.programs[base]["maxp"].numGlyphs
                   for base, glyphs in self.drawn.items() for gid in glyphs)


@cache
def cjk_faces() -> dict[str, dict[int, int]]:
    """The shipped font collection's faces: family → code point → glyph id."""
    with TTCollection(str(cjk_font_path()), lazy=True) as collection:
        order = collection.fonts[0].getGlyphOrder()
        gid = {name: i for i, name in enumerate(order)}
        return {f["name"].getDebugName(1) or "": {cp: gid[n] for cp, n in
                                                 f.getBestCmap().items()}
                for f in collection.fonts[:5]}


def is_han(char: str) -> bool:
    return unicodedata.name(char, "").startswith("CJK UNIFIED IDEOGRAPH")


def printed_chars(texts: Iterable[str]) -> set[str]:
    """The characters of *texts* a page shows (no whitespace or control characters)."""
    return {c for t in texts for c in t if not c.isspace() and unicodedata.category(c)[0] != "C"}


# -- Moodle XML: what Moodle's importer needs per question type -----------------------------
MOODLE_FRACTIONS = {100, 90, 83.33333, 80, 75, 70, 66.66667, 60, 50, 40, 33.33333, 30, 25, 20,
                    16.66667, 14.28571, 12.5, 11.11111, 10, 5, 0}
MOODLE_FRACTIONS |= {-f for f in MOODLE_FRACTIONS}
_COMMON = ("name", "questiontext", "generalfeedback", "defaultgrade", "penalty", "hidden")
_COMBINED = ("correctfeedback", "partiallycorrectfeedback", "incorrectfeedback")
MOODLE_REQUIRED = {
    "multichoice": (*_COMMON, "single", "shuffleanswers", "answernumbering", *_COMBINED,
                    "answer"),
    "truefalse": (*_COMMON, "answer"),
    "shortanswer": (*_COMMON, "usecase", "answer"),
    "numerical": (*_COMMON, "answer", "unitgradingtype", "unitpenalty", "showunits",
                  "unitsleft"),
    "matching": (*_COMMON, "shuffleanswers", *_COMBINED, "subquestion"),
    # qtype_essay's import_from_xml reads these (responseformat, the grader information and
    # the response template) besides the common fields.
    "essay": (*_COMMON, "responseformat", "responserequired", "responsefieldlines",
              "attachments", "graderinfo", "responsetemplate"),
}
TEXT_FORMATS = {"html", "moodle_auto_format", "plain_text", "markdown"}


def moodle_problems(root: etree._Element) -> list[str]:
    """Everything in a Moodle XML document that Moodle's importer would reject or misread."""
    problems: list[str] = []
    if root.tag != "quiz":
        return [f"root is <{root.tag}>, not <quiz>"]
    category_seen = False
    for i, q in enumerate(root.findall("question")):
        qtype = q.get("type")
        where = f"question {i} ({qtype})"
        if qtype == "category":
            category_seen = True
            if not (q.findtext("category/text") or "").startswith("$course$/"):
                problems.append(f"{where}: category path must start with $course$/")
            continue
        if not category_seen:
            problems.append(f"{where}: comes before any category")
        required = MOODLE_REQUIRED.get(qtype or "")
        if required is None:
            problems.append(f"{where}: unknown question type")
            continue
        problems += [f"{where}: missing <{tag}>" for tag in required if q.find(tag) is None]
        for tag in ("questiontext", "generalfeedback", "graderinfo", *_COMBINED):
            node = q.find(tag)
            if node is not None and (node.get("format") not in TEXT_FORMATS
                                     or node.find("text") is None):
                problems.append(f"{where}: <{tag}> needs a known format and a <text>")
        answers = q.findall("answer")
        fractions = []
        for a in answers:
            try:
                fraction = float(a.get("fraction", ""))
            except ValueError:
                problems.append(f"{where}: answer without a numeric fraction")
                continue
            fractions.append(fraction)
            if fraction not in MOODLE_FRACTIONS:
                problems.append(f"{where}: fraction {fraction} is not one Moodle allows")
            if a.find("text") is None:
                problems.append(f"{where}: answer without <text>")
        if qtype in ("multichoice", "truefalse", "shortanswer", "numerical") and \
                q.findtext("single") != "false" and max(fractions, default=0) != 100:
            problems.append(f"{where}: no fully right answer")
        if qtype == "multichoice" and q.findtext("single") == "true" and \
                fractions.count(100) != 1:
            problems.append(f"{where}: single-answer multichoice needs exactly one 100")
        if qtype == "multichoice" and q.findtext("single") == "false" and \
                abs(sum(f for f in fractions if f > 0) - 100) > 0.01:
            problems.append(f"{where}: multiple-answer weights must add up to 100%")
        if qtype == "essay" and answers:
            problems.append(f"{where}: an essay has no answers")
        if qtype == "multichoice" and len(answers) < 2:
            problems.append(f"{where}: fewer than two choices")
        if qtype == "truefalse" and sorted(a.findtext("text") or "" for a in answers) != \
                ["false", "true"]:
            problems.append(f"{where}: answers must be true and false")
        if qtype == "numerical":
            for a in answers:
                try:
                    float(a.findtext("text") or "")
                    float(a.findtext("tolerance") or "")
                except ValueError:
                    problems.append(f"{where}: answer and tolerance must be numbers")
        if qtype == "matching":
            subs = q.findall("subquestion")
            asked = [s for s in subs if (s.findtext("text") or "").strip()]
            if len(asked) < 2:
                problems.append(f"{where}: fewer than two subquestions")
            if any(not (s.findtext("answer/text") or "").strip() for s in subs):
                problems.append(f"{where}: a subquestion without an answer")
    return problems


# -- QTI and IMS content packaging ----------------------------------------------------------
_XML_XSD = b"""<?xml version="1.0"?>
<xs:schema targetNamespace="http://www.w3.org/XML/1998/namespace"
           xmlns:xs="http://www.w3.org/2001/XMLSchema">
  <xs:attribute name="base" type="xs:anyURI"/>
  <xs:attribute name="lang" type="xs:language"/>
  <xs:attribute name="space">
    <xs:simpleType><xs:restriction base="xs:NCName">
      <xs:enumeration value="default"/><xs:enumeration value="preserve"/>
    </xs:restriction></xs:simpleType>
  </xs:attribute>
</xs:schema>
"""


class _OfflineXmlXsd(etree.Resolver):
    """The packaging XSD imports the W3C xml.xsd by URL; serve its three attributes offline."""

    def resolve(self, system_url: str | None, public_id: str | None,
                context: Any) -> Any:
        if system_url and system_url.endswith("/xml.xsd"):
            return self.resolve_string(_XML_XSD, context)
        return None


def schemas() -> tuple[etree.DTD, etree.XMLSchema]:
    """The QTI 1.2.1 DTD and the IMS CP 1.1 XSD from ../shared/schemas (skip when absent)."""
    dtd_path, xsd_path = SCHEMAS / "ims_qtiasiv1p2p1.dtd", SCHEMAS / "imscp_v1p1.xsd"
    if not dtd_path.exists() or not xsd_path.exists():
        pytest.skip(f"{SCHEMAS} is missing: the QTI export is NOT validated against the IMS "
                    "QTI DTD and the content-packaging XSD")
    parser = etree.XMLParser(no_network=True)
    parser.resolvers.add(_OfflineXmlXsd())
    return etree.DTD(str(dtd_path)), etree.XMLSchema(etree.parse(str(xsd_path), parser))
