"""A Document's PDF is named after its title unless the declaration names it otherwise."""

from dangjian_desktop.features import Document


def test_file_stem_is_the_title_by_default_and_an_explicit_one_wins():
    plain = Document("notes", "便笺登记表", "一年的便笺。", "m:f")
    named = Document("notes", "便笺登记表", "一年的便笺。", "m:f", file_stem="便笺")
    assert (plain.file_stem, named.file_stem) == ("便笺登记表", "便笺")
