"""设置 › 换届选举规则: 差额比例, the quorum fraction, what the yes votes must exceed half of (with the rule's text
cited beside the choice), and the longest approved delay."""

from __future__ import annotations

import dataclasses

from typing import ClassVar

from dangjian_desktop.domain.elections import ElectedBasis, ElectionRules
from dangjian_desktop.ui.forms.ui_election_rules_tab import Ui_ElectionRulesTab
from dangjian_desktop.ui.widgets.settings_tab import RulesTab


class ElectionRulesTab(RulesTab):
    form = Ui_ElectionRulesTab
    fields: ClassVar[dict[str, str]] = {  # ElectionRules' fields
        "margin_percent": "marginSpin", "quorum_numerator": "quorumNumSpin", "quorum_denominator": "quorumDenSpin",
        "elected_basis": "basisCombo", "max_delay_months": "delaySpin"}

    def prepare(self) -> None:
        for basis in ElectedBasis:
            self.ui.basisCombo.addItem(basis.value, basis)
        self.ui.basisCombo.currentIndexChanged.connect(self._cite)

    def show_rules(self, r: ElectionRules) -> None:
        super().show_rules(r)
        self._cite()

    def _cite(self, *_: object) -> None:
        basis = self.ui.basisCombo.currentData()
        self.ui.basisCite.setText(ElectedBasis(basis).cited if basis else "")

    def rules(self) -> ElectionRules:
        rules = super().rules()
        return dataclasses.replace(rules, elected_basis=ElectedBasis(rules.elected_basis))
