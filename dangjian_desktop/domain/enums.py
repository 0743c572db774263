"""Closed vocabularies. Values are the Chinese words stored and shown; names are English."""

from __future__ import annotations

from enum import StrEnum


class BranchKind(StrEnum):
    BRANCH = "党支部"
    GENERAL_BRANCH = "党总支"
    JOINT_BRANCH = "联合党支部"


class MemberCategory(StrEnum):
    """正式党员 have a vote; 预备党员 do not."""

    FULL = "正式党员"
    PROBATIONARY = "预备党员"


class MemberStatus(StrEnum):
    ACTIVE = "在册"
    TRANSFERRED_OUT = "转出"
    DECEASED = "去世"
    LEFT = "出党"
    SUSPENDED = "停止党籍"

    @property
    def is_active(self) -> bool:
        return self is MemberStatus.ACTIVE


class CommitteeRole(StrEnum):
    SECRETARY = "书记"
    DEPUTY_SECRETARY = "副书记"
    MEMBER = "委员"


class StoreMode(StrEnum):
    """A branch store keeps one branch; a headquarters (上级党委) store gathers many from packages."""

    BRANCH = "branch"
    HEADQUARTERS = "hq"


GENDERS = ("男", "女")
EDUCATION_LEVELS = ("研究生", "大学本科", "大学专科", "中专", "高中", "初中及以下")
COMMON_ETHNICITIES = ("汉族", "蒙古族", "回族", "藏族", "维吾尔族", "苗族", "彝族", "壮族", "布依族", "朝鲜族", "满族",
                      "侗族", "瑶族", "白族", "土家族", "哈尼族", "哈萨克族", "傣族", "黎族", "其他")
