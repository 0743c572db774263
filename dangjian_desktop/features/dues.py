"""党费: each member's standard for the year, payments month by month, the 登记表 and the yearly 公示, remittances
to the higher committee, arrears on 首页 and the dues half of the 党章's six-month rule."""

from dangjian_desktop.features import Document, HqFigure, Option, Page, Table, record_document, record_kind

FEATURE = record_kind(
    "dues", "党费",
    tables=(
        Table("dues_standard", "DuesStandardRow", "党费标准", counted=True),
        Table("dues_payment", "DuesPaymentRow", "党费交纳记录", date_column="paid_on", counted=True),
        Table("dues_payment_month", "DuesPaymentMonthRow", "党费所属月份"),
        Table("dues_remittance", "DuesRemittanceRow", "党费上缴记录", date_column="remitted_on"),
    ),
    schema_version=1,
    documents=(
        Document("dues", "党费收缴登记表", "全体党员逐月交纳党费情况（横向A4）：月标准、已交、补交、欠交、免交，月合计与年合计，"
                 "收缴人、审核人、书记签字栏。", "make_register", uses_year=True),
        Document("dues-notice", "党费收缴情况公示", "年度党费收缴情况，向全体党员公示（不列工资基数）。", "make_notice",
                 uses_year=True),
        Document("dues-remittance", "党费上缴登记", "向上级党委上缴党费的记录，与收缴金额对照。", "make_remittances",
                 uses_year=True),
        record_document("dues-receipt", "党费收据", "一笔党费的收据（存根联、收据联）。", "make_receipt",
                        Option("--payment", "payment", "交纳记录编号（可只写前几位，见 dangjian dues payments）",
                               required=True)),
    ),
    pages=(Page("dues", "党费", "dues", "dangjian_desktop.ui.screens.dues_screen:make_page", 35),),
    settings_tabs=(("党费", "dangjian_desktop.ui.screens.dues_settings:DuesSettingsTab"),),
    hq_columns=(
        HqFigure("dues_paid_total", "党费已收（元）"),
        HqFigure("dues_arrears_members", "欠交党费（人）", attention="{n} 名党员欠交党费"),
        HqFigure("dues_arrears_total", "欠交党费（元）"),
    ),
)
