"""Branch profile, 支委会 seats, 党小组, and the store's mode (branch / 上级党委)."""

from __future__ import annotations

import logging
from collections.abc import Callable

from dangjian_desktop.domain.enums import StoreMode
from dangjian_desktop.domain.errors import NotFoundError, ValidationError
from dangjian_desktop.domain.roster import Branch, PartyGroup
from dangjian_desktop.domain.validation import clean_fields, clean_text, validate_branch
from dangjian_desktop.services.snapshot import snapshot_cached
from dangjian_desktop.storage import Store
from dangjian_desktop.storage.repos import roster as repo
from dangjian_desktop.storage.repos import settings

log = logging.getLogger(__name__)

MODE_KEY = "store.mode"
HQ_NAME_KEY = "hq.name"


def _committee_key(b: Branch | None) -> list[tuple[str, str | None, str]]:
    return [(str(s.role), s.member_uuid, s.name) for s in b.committee] if b else []


class BranchService:
    def __init__(self, store: Store):
        self.store = store
        # called inside the transaction that changed the 支委会's members (services/container.py wires the
        # meetings service here: its draft 支委会 meetings take the new 应到 list)
        self.committee_changed_hooks: list[Callable[[], object]] = []

    # -- mode -------------------------------------------------------------------------------------------------
    @snapshot_cached
    def mode(self) -> StoreMode:
        value = settings.get(MODE_KEY, StoreMode.BRANCH.value)
        try:
            return StoreMode(value)
        except ValueError:  # a damaged setting: a store with a 上级党委 name is a headquarters store
            return StoreMode.HEADQUARTERS if self.hq_name() else StoreMode.BRANCH

    @snapshot_cached
    def hq_name(self) -> str:
        return settings.get(HQ_NAME_KEY, "")

    def init_headquarters(self, name: str) -> None:
        """Make an empty store a 上级党委 (headquarters) store."""
        name = clean_text(name, 200)
        if not name:
            raise ValidationError("请填写上级党委名称")
        with self.store.atomic():
            if repo.own_branch() is not None or repo.count_members(active_only=False):
                raise ValidationError("这份数据已经有党支部的记录，不能改为上级党委模式。请使用一个新的数据文件夹。")
            settings.put(MODE_KEY, StoreMode.HEADQUARTERS.value)
            settings.put(HQ_NAME_KEY, name)

    # -- profile -----------------------------------------------------------------------------------------------
    @snapshot_cached
    def profile(self) -> Branch | None:
        return repo.own_branch()

    def require_profile(self) -> Branch:
        b = self.profile()
        if b is None:
            raise NotFoundError("还没有填写党支部基本信息。请先在“设置”中填写。")
        return b

    def save_profile(self, branch: Branch) -> Branch:
        clean_fields(branch, name=200, parent_committee=200)
        for seat in branch.committee:
            clean_fields(seat, name=50, duty=100)
        problems = validate_branch(branch)
        if problems:
            raise ValidationError("", problems)
        with self.store.atomic():
            if self.mode() is StoreMode.HEADQUARTERS:
                raise ValidationError("上级党委模式下不能编辑党支部信息。")
            current = repo.own_branch()
            if current is not None:
                branch.uuid = current.uuid
            saved = repo.save_branch(branch, own=True)
            if _committee_key(current) != _committee_key(saved):
                for hook in self.committee_changed_hooks:
                    hook()
        if current is None:
            self._make_signing_key()
        return saved

    def _make_signing_key(self) -> None:
        """The branch's package signing key, made at first start (when the branch is first saved) so that every
        backup from the first one holds it and the 数据交换 page can show its fingerprint at once. A folder that
        cannot be written now is not an error here: the first export makes the key, or says why it cannot."""
        from dangjian_desktop.exchange import identity

        root = self.store.paths.root
        if self.store.read_only or identity.has_key(root):
            return
        try:
            identity.ensure_key(root)
        except OSError:
            log.warning("could not make the signing key in %s now; the first export will", root, exc_info=True)

    # -- 党小组 --------------------------------------------------------------------------------------------------
    @snapshot_cached
    def groups(self) -> list[PartyGroup]:
        b = self.profile()
        return repo.list_groups(b.uuid) if b and b.uuid else []

    def save_group(self, group: PartyGroup) -> PartyGroup:
        group.name = clean_text(group.name, 100)
        if not group.name:
            raise ValidationError("请填写党小组名称")
        with self.store.atomic():
            b = self.require_profile()
            assert b.uuid
            for g in repo.list_groups(b.uuid):
                if g.name == group.name and g.uuid != group.uuid:
                    raise ValidationError(f"已经有名为“{group.name}”的党小组")
            return repo.save_group(b.uuid, group)

    def delete_group(self, group_uuid: str) -> None:
        """Delete a 党小组; its members stay on the roster without a group."""
        with self.store.atomic():
            repo.delete_group(group_uuid)
