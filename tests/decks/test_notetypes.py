"""Note types: fixed documented ids, versioned field sets, templates that use only their fields."""

from __future__ import annotations

import dataclasses
import re

import edu.decks.notetypes as notetypes
from edu.decks.notetypes import NOTE_TYPES
from edu.ids import stable_int
from edu.present.strings import text

#: The published ids. Changing one orphans every learner's notes of that type: never do it.
PUBLISHED = {("target", 1): 2026544247, ("statement", 1): 1568349934,
             ("cloze", 1): 1685199148, ("overview", 1): 1305110842,
             ("term", 1): 2018756498}
FIELD_REF = re.compile(r"\{\{[#^/]?(?:cloze:)?([A-Za-z]+)\}\}")


def test_ids_are_fixed_derived_and_documented() -> None:
    """Each note type keeps its published id, derived from key and version, and documented."""
    assert {(nt.key, nt.version): nt.id for nt in NOTE_TYPES.values()} == PUBLISHED
    doc = notetypes.__doc__ or ""
    for nt in NOTE_TYPES.values():
        assert nt.id == (1 << 30) | stable_int("anki-note-type", nt.key, nt.version, bits=30)
        assert nt.id < 1 << 31
        row = doc[doc.index(str(nt.id)):]
        row = row[:row.index("\n", row.index(nt.field_names[-1]))]
        assert " ".join(row.split()[1:]) == " ".join(nt.field_names), nt.key
        assert f"v{nt.version}" in nt.name


def test_templates_use_only_their_fields() -> None:
    """Every {{Field}} a template names exists in its note type (Anki would refuse it)."""
    for nt in NOTE_TYPES.values():
        for _, front, back in nt.templates:
            used = (set(FIELD_REF.findall(front)) | set(FIELD_REF.findall(back))) - {"FrontSide"}
            assert used <= set(nt.field_names), (nt.key, used - set(nt.field_names))
            assert "{{Id}}" not in front  # the content id is a reference, not a prompt
        if nt.cloze:
            assert "{{cloze:Text}}" in nt.templates[0][1]
            assert "{{cloze:TextEn}}" in nt.templates[0][1]


def test_questions_on_the_fronts_are_the_catalogue_entries() -> None:
    """Each front asks its catalogue entry (``deck.ask_*``) in both languages; the measure
    label is ``deck.measure``."""
    for key, ask in (("target", "deck.ask_target"), ("overview", "deck.ask_lesson"),
                     ("term", "deck.ask_term")):
        front = NOTE_TYPES[key].templates[0][1]
        assert f'<span class="zh">{text(ask).zh}</span>' in front, key
        assert f'<span class="en">{text(ask).en}</span>' in front, key
    for key in ("target", "cloze"):
        back = NOTE_TYPES[key].templates[0][2]
        assert f'<span class="label">{text("deck.measure").zh}</span>' in back
        assert f'<span class="label">{text("deck.measure").en}</span>' in back


def test_every_field_has_a_language_and_lang_blanks_the_other() -> None:
    """--lang zh empties English fields, --lang en Chinese ones; Id and both stay intact."""
    for nt in NOTE_TYPES.values():
        langs = dict(nt.fields)
        assert langs["Id"] == ""
        assert set(langs.values()) <= {"", "zh", "en"}
        assert nt.blank_for("both") == frozenset()
        assert nt.blank_for("zh") == {n for n, lang in nt.fields if lang == "en"}
        assert nt.blank_for("en") == {n for n, lang in nt.fields if lang == "zh"}
        assert {"Notice", "NoticeEn"} <= set(nt.field_names)


def test_fingerprint_follows_what_anki_stores() -> None:
    """A template or name change alters the fingerprint (so the note type's time advances)."""
    target = NOTE_TYPES["target"]
    assert target.fingerprint == NOTE_TYPES["target"].fingerprint
    renamed = dataclasses.replace(target, name="edu Target v1 (renamed)")
    assert renamed.fingerprint != target.fingerprint
    front = dataclasses.replace(target, templates=(("Target", "{{Metric}}", "{{Value}}"),))
    assert front.fingerprint != target.fingerprint


def test_style_has_dark_mode_and_a_phone_layout() -> None:
    """Each note type's CSS has night-mode rules (desktop, AnkiDroid) and a phone layout."""
    for nt in NOTE_TYPES.values():
        css = nt.genanki_model().css
        assert ".nightMode" in css
        assert ".night_mode" in css
        assert "@media (max-width:" in css
        assert css.count("{") == css.count("}")
