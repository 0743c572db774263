"""The words for an audit entry's action (修改记录): one list for the window's 修改记录 panel and headquarters'
drill-in of a branch's 修改记录 table."""

from __future__ import annotations

ACTION_LABELS = {
    "create": "新建", "finalise": "定稿", "finalize": "定稿", "amend": "定稿后修改", "attach": "添加附件",
    "unlock": "解除定稿", "restore": "恢复", "delete": "删除", "status": "状态变更", "update": "修改",
    "approve": "上级批准", "development": "发展党员", "first_topic": "补登第一议题", "import": "导入",
    "reduction": "减免党费",
}


def action_text(action: str) -> str:
    """An action's Chinese word; an action this version does not know keeps its code."""
    return ACTION_LABELS.get(action, action)
