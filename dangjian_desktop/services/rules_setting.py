"""Rules kept as one JSON setting of the store (editable in 设置): each record kind's service mixes this in, names
its key and is parameterised with its rules type: ``class DuesService(RulesInSettings[DuesRules], key="dues.rules")``;
``save_rules`` stays the kind's own (its checks), then calls ``_put_rules``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Generic, Protocol, TypeVar, get_args

from dangjian_desktop.services.snapshot import snapshot_cached
from dangjian_desktop.storage import Store
from dangjian_desktop.storage.repos import settings

if TYPE_CHECKING:
    from dangjian_desktop.services.audit import AuditService
    from dangjian_desktop.services.branch import BranchService
    from dangjian_desktop.services.meetings import MeetingService
    from dangjian_desktop.services.roster import RosterService


class _Rules(Protocol):
    @classmethod
    def from_dict(cls, data: Any) -> Any: ...  # noqa: ANN401

    def to_dict(self) -> dict[str, Any]: ...


R = TypeVar("R", bound=_Rules)


class RulesInSettings(Generic[R]):
    rules_key: ClassVar[str]
    rules_type: ClassVar[type]
    store: Store

    def __init_subclass__(cls, key: str = "", **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if key:
            cls.rules_key = key
        for base in cls.__dict__.get("__orig_bases__", ()):  # RulesInSettings[DuesRules]: the rules are DuesRules
            if (args := get_args(base)) and isinstance(args[0], type):
                cls.rules_type = args[0]

    @snapshot_cached
    def rules(self) -> R:
        """The rules in force: the saved ones, or the defaults where nothing (or something unreadable) is saved."""
        return self.rules_type.from_dict(settings.get(self.rules_key))

    def _put_rules(self, rules: R) -> R:
        with self.store.atomic():
            settings.put(self.rules_key, rules.to_dict())
        return self.rules()

    def reset_rules(self) -> R:
        """Back to the defaults."""
        with self.store.atomic():
            settings.delete(self.rules_key)
        return self.rules()


class ReadsMeetings(RulesInSettings[R]):
    """A record kind whose steps are decided at meetings of the roster's members (elections, development,
    appraisal): its service reads the branch, the roster and the meetings."""

    def __init__(self, store: Store, branches: BranchService, roster: RosterService, meetings: MeetingService):
        self.store = store
        self.branches = branches
        self.roster = roster
        self.meetings = meetings


class MeetingBackedKind(ReadsMeetings[R]):
    """A kind that reads the meetings (:class:`ReadsMeetings`) and notes what it changes in the audit log."""

    def __init__(self, store: Store, branches: BranchService, roster: RosterService, meetings: MeetingService,
                 audit: AuditService):
        super().__init__(store, branches, roster, meetings)
        self.audit = audit
