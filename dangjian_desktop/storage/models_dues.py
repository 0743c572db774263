"""党费 tables: each member's standard for a year, payments with the months they cover, remittances upward.

Money is stored as integer fen (分): SQLite has no decimal type (a DECIMAL column has NUMERIC affinity and keeps
45.01 as a binary float), integers sum exactly in SQL, and a package carries them as plain JSON integers. The rate
is kept as the decimal text it was computed with ("0.015"), so a standard prints exactly as it was set even after
the rules in 设置 change.
"""

from __future__ import annotations

from peewee import BooleanField, CharField, DateField, IntegerField

from dangjian_desktop.storage.columns import child_of, label, money, optional_date, text
from dangjian_desktop.storage.migrations import frozen
from dangjian_desktop.storage.models import BranchRow, MemberRow, Record


class DuesStandardRow(Record):
    """A member's standard for ``year`` from ``from_month`` on (not unique in SQL: headquarters merges rows by
    UUID; the service keeps one per member, year and month in a branch store and updates it in place)."""

    member = child_of(MemberRow, "dues_standards")
    year = IntegerField(verbose_name="年度")
    from_month = IntegerField(default=1, verbose_name="起始月份")
    category = CharField(max_length=10)
    base_fen = money("基数", null=True)
    rate = label(12, verbose_name="交纳比例")
    monthly_fen = money("每月应交")
    reduction = label(4, verbose_name="减免")
    reduced_fen = money("减免后每月", null=True)
    committee_on = optional_date(verbose_name="支委会核定日期")
    approved_on = optional_date(verbose_name="批准日期")
    approval_ref = label(100, verbose_name="批准文号")
    note = text()

    class Meta:
        indexes = ((("year", "member"), False),)


class DuesPaymentRow(Record):
    member = child_of(MemberRow, "dues_payments")
    paid_on = DateField(index=True, verbose_name="交纳日期")
    amount_fen = money("金额")
    way = CharField(max_length=4, default="现金", verbose_name="交纳方式")
    late = BooleanField(default=False, verbose_name="补交")  # 补交
    handed_by = label(30, verbose_name="代交人")  # empty: 本人
    receipt_no = label(30, verbose_name="收据号")
    note = text()


class DuesPaymentMonthRow(Record):
    """One month a payment covers and the amount booked to it (child rows, synced by UUID)."""

    payment = child_of(DuesPaymentRow, "months", verbose_name="交纳记录")
    year = IntegerField(verbose_name="年度")
    month = IntegerField(verbose_name="月份")
    amount_fen = money("金额")

    class Meta:
        indexes = ((("year", "month"), False),)


class DuesRemittanceRow(Record):
    branch = child_of(BranchRow, "dues_remittances")
    remitted_on = DateField(index=True, verbose_name="上缴日期")
    year = IntegerField(verbose_name="年度")
    from_month = IntegerField(verbose_name="自（月）")
    to_month = IntegerField(verbose_name="至（月）")
    amount_fen = money("金额")
    receipt_no = label(50, verbose_name="收据号")
    note = text()


DUES_MODELS = [DuesStandardRow, DuesPaymentRow, DuesPaymentMonthRow, DuesRemittanceRow]


# the dues tables as first released (printed by ``python -m dangjian_desktop.storage.migrations ddl``)
V1_DDL: tuple[str, ...] = (
    'CREATE TABLE "dues_payment" ("id" INTEGER NOT NULL PRIMARY KEY, "uuid" VARCHAR(36) NOT NULL, '
    '"created_at" DATETIME NOT NULL, "updated_at" DATETIME NOT NULL, "member_id" INTEGER NOT NULL, '
    '"paid_on" DATE NOT NULL, "amount_fen" INTEGER NOT NULL, "way" VARCHAR(4) NOT NULL, '
    '"late" INTEGER NOT NULL, "handed_by" VARCHAR(30) NOT NULL, "receipt_no" VARCHAR(30) NOT NULL, '
    '"note" TEXT NOT NULL, FOREIGN KEY ("member_id") REFERENCES "member" ("id") ON DELETE CASCADE)',
    'CREATE UNIQUE INDEX "dues_payment_uuid" ON "dues_payment" ("uuid")',
    'CREATE INDEX "dues_payment_updated_at" ON "dues_payment" ("updated_at")',
    'CREATE INDEX "dues_payment_member_id" ON "dues_payment" ("member_id")',
    'CREATE INDEX "dues_payment_paid_on" ON "dues_payment" ("paid_on")',
    'CREATE TABLE "dues_payment_month" ("id" INTEGER NOT NULL PRIMARY KEY, '
    '"uuid" VARCHAR(36) NOT NULL, "created_at" DATETIME NOT NULL, "updated_at" DATETIME NOT NULL, '
    '"payment_id" INTEGER NOT NULL, "year" INTEGER NOT NULL, "month" INTEGER NOT NULL, '
    '"amount_fen" INTEGER NOT NULL, '
    'FOREIGN KEY ("payment_id") REFERENCES "dues_payment" ("id") ON DELETE CASCADE)',
    'CREATE UNIQUE INDEX "dues_payment_month_uuid" ON "dues_payment_month" ("uuid")',
    'CREATE INDEX "dues_payment_month_updated_at" ON "dues_payment_month" ("updated_at")',
    'CREATE INDEX "dues_payment_month_payment_id" ON "dues_payment_month" ("payment_id")',
    'CREATE INDEX "dues_payment_month_year_month" ON "dues_payment_month" ("year", "month")',
    'CREATE TABLE "dues_remittance" ("id" INTEGER NOT NULL PRIMARY KEY, "uuid" VARCHAR(36) NOT NULL, '
    '"created_at" DATETIME NOT NULL, "updated_at" DATETIME NOT NULL, "branch_id" INTEGER NOT NULL, '
    '"remitted_on" DATE NOT NULL, "year" INTEGER NOT NULL, "from_month" INTEGER NOT NULL, '
    '"to_month" INTEGER NOT NULL, "amount_fen" INTEGER NOT NULL, "receipt_no" VARCHAR(50) NOT NULL, '
    '"note" TEXT NOT NULL, FOREIGN KEY ("branch_id") REFERENCES "branch" ("id") ON DELETE CASCADE)',
    'CREATE UNIQUE INDEX "dues_remittance_uuid" ON "dues_remittance" ("uuid")',
    'CREATE INDEX "dues_remittance_updated_at" ON "dues_remittance" ("updated_at")',
    'CREATE INDEX "dues_remittance_branch_id" ON "dues_remittance" ("branch_id")',
    'CREATE INDEX "dues_remittance_remitted_on" ON "dues_remittance" ("remitted_on")',
    'CREATE TABLE "dues_standard" ("id" INTEGER NOT NULL PRIMARY KEY, "uuid" VARCHAR(36) NOT NULL, '
    '"created_at" DATETIME NOT NULL, "updated_at" DATETIME NOT NULL, "member_id" INTEGER NOT NULL, '
    '"year" INTEGER NOT NULL, "from_month" INTEGER NOT NULL, "category" VARCHAR(10) NOT NULL, '
    '"base_fen" INTEGER, "rate" VARCHAR(12) NOT NULL, "monthly_fen" INTEGER NOT NULL, '
    '"reduction" VARCHAR(4) NOT NULL, "reduced_fen" INTEGER, "committee_on" DATE, "approved_on" DATE, '
    '"approval_ref" VARCHAR(100) NOT NULL, "note" TEXT NOT NULL, '
    'FOREIGN KEY ("member_id") REFERENCES "member" ("id") ON DELETE CASCADE)',
    'CREATE UNIQUE INDEX "dues_standard_uuid" ON "dues_standard" ("uuid")',
    'CREATE INDEX "dues_standard_updated_at" ON "dues_standard" ("updated_at")',
    'CREATE INDEX "dues_standard_member_id" ON "dues_standard" ("member_id")',
    'CREATE INDEX "dues_standard_year_member_id" ON "dues_standard" ("year", "member_id")',
)

STEPS = [(1, frozen(V1_DDL))]
