"""record_kind() fills in the modules named after the kind's key; what a declaration gives wins."""

from dangjian_desktop.features import Document, Feature, Table, record_kind


def test_a_kind_laid_out_the_usual_way_names_only_its_particulars():
    kind = record_kind("notes", "便笺", tables=(Table("note", "NoteRow", "便笺"),), schema_version=1,
                       documents=(Document("notes", "便笺登记表", "一年的便笺。", "make_register"),))
    assert kind.services == (("notes", "dangjian_desktop.services.notes:build"),)
    assert kind.cli == "dangjian_desktop.cli_commands.notes"
    assert kind.demo == "dangjian_desktop.services.notes_demo:demo"
    assert (kind.reminders, kind.glance, kind.ledger, kind.hq_figures) == (
        "dangjian_desktop.services.notes_ledger:reminders", "dangjian_desktop.services.notes_ledger:glance",
        "dangjian_desktop.services.notes_ledger:chapters", "dangjian_desktop.services.notes_ledger:hq_figures")
    assert kind.tables[0].model == "dangjian_desktop.storage.models_notes:NoteRow"
    assert kind.migrations == "dangjian_desktop.storage.models_notes:STEPS"
    assert kind.documents[0].make == "dangjian_desktop.services.notes_ledger:make_register"


def test_what_a_declaration_gives_wins_and_none_says_it_has_none():
    kind = record_kind("notes", "便笺", cli=None, reminders=None, services=(), models="m.rows",
                       tables=(Table("note", "NoteRow", "便笺"), Table("log", "other.module:LogRow", "日志")),
                       documents=(Document("notes", "便笺登记表", "一年的便笺。", "x.y:make"),))
    assert (kind.cli, kind.reminders, kind.services, kind.migrations) == (None, None, (), None)
    assert [t.model for t in kind.tables] == ["m.rows:NoteRow", "other.module:LogRow"]
    assert kind.documents[0].make == "x.y:make"


def test_a_plain_feature_with_no_models_or_ledger_module_keeps_its_references_as_written():
    kind = Feature("notes", "便笺", tables=(Table("note", "m:NoteRow", "便笺"),), schema_version=1)
    assert (kind.tables[0].model, kind.migrations, kind.cli) == ("m:NoteRow", None, None)
