"""Plan texts are read as UTF-8 (with or without BOM), UTF-16 with BOM or GB18030/GBK."""

from __future__ import annotations

import codecs

import pytest

from edu.errors import IngestError
from edu.ingest.decode import decode

TEXT = "一、经济、社会和文化权利\n（一）工作权利\n——促进就业。失业率控制在5.5%以内。\n"


def test_utf8_without_bom() -> None:
    """Plain UTF-8 decodes as UTF-8 and is marked as such."""
    got = decode(TEXT.encode("utf-8"), "a.txt")
    assert (got.text, got.encoding, got.utf8) == (TEXT, "utf-8", True)


def test_utf8_bom_is_dropped() -> None:
    """A UTF-8 BOM is recognised and not part of the text."""
    got = decode(codecs.BOM_UTF8 + TEXT.encode("utf-8"), "a.txt")
    assert got.text == TEXT
    assert got.encoding == "utf-8-sig"
    assert got.utf8


@pytest.mark.parametrize("encoding", ["gb18030", "gbk"])
def test_gb_family_is_detected(encoding: str) -> None:
    """GB18030 and GBK bytes are detected and decoded (GB18030 is a superset of GBK)."""
    got = decode(TEXT.encode(encoding), "a.txt")
    assert got.text == TEXT
    assert got.encoding == "gb18030"
    assert not got.utf8


def test_utf16_with_bom() -> None:
    """UTF-16 with a BOM decodes too (it holds NULs, which otherwise mean binary)."""
    assert decode(TEXT.encode("utf-16"), "a.txt").text == TEXT


def test_given_encoding_wins() -> None:
    """--encoding decides, even for bytes that are also valid in another encoding."""
    data = TEXT.encode("gbk")
    assert decode(data, "a.txt", "gbk").text == TEXT
    assert decode(data, "a.txt", "GB18030").encoding == "gb18030"


def test_given_utf8_with_bom() -> None:
    """--encoding utf-8 on a file with a BOM still drops the BOM."""
    assert decode(codecs.BOM_UTF8 + TEXT.encode(), "a.txt", "utf-8").text == TEXT


def test_unknown_encoding_is_one_clear_error() -> None:
    """An unknown --encoding names itself and suggests real ones."""
    with pytest.raises(IngestError, match=r"--encoding 'klingon': unknown encoding; use e\.g\."):
        decode(b"x", "a.txt", "klingon")


def test_wrong_given_encoding_names_the_line() -> None:
    """Bytes that are not valid in the given encoding name the file and line."""
    data = "第一行\n第二行\n".encode("gb18030")
    with pytest.raises(IngestError, match=r"^a\.txt:1: not valid utf-8 text; check --encoding"):
        decode(data, "a.txt", "utf-8")


@pytest.mark.parametrize("data", [b"", b"   \n\n\t \r\n", "\u3000\n".encode()])
def test_empty_file(data: bytes) -> None:
    """An empty or whitespace-only file is refused with one line naming it."""
    with pytest.raises(IngestError, match=r"^e\.txt: the file is empty"):
        decode(data, "e.txt")


@pytest.mark.parametrize("data", [b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", b"abc\x00def",
                                  bytes(range(256))])
def test_binary_file(data: bytes) -> None:
    """Binary data (NULs, control characters, undecodable bytes) is refused."""
    with pytest.raises(IngestError, match=r"^b\.bin(:\d+)?: .*(binary|neither UTF-8)"):
        decode(data, "b.bin")


def test_control_character_names_its_line() -> None:
    """A control character in otherwise good text names the line it is on."""
    with pytest.raises(IngestError, match=r"^c\.txt:2: control character"):
        decode("甲\n乙\x07丙\n".encode(), "c.txt")
