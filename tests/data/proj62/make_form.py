"""Writes 清溪县交通运输局_2026年_项目申报表.xlsx: two applications, a sheet each named by the project's short name."""
from pathlib import Path

import openpyxl


def form(ws, name, code, unit, head, kind, span, whole, years, sources, details, indicators):
    rows = [("清溪县2026年项目申报表",), ("填报单位（盖章）：清溪县交通运输局          单位：万元",),
            ("项目名称", name, None, "项目代码", code), ("项目主管部门", "清溪县交通运输局", None, "项目执行单位", unit),
            ("项目负责人", head, None, "联系电话", "0571-6000000"), ("项目类型", kind, None, "项目起止年限", span),
            ("项目预算", "项目总预算", whole, "项目当年预算", years[0][1]), (None, "分年度预算", "年度", "预算金额", "备注")]
    rows += [(None, None, y, v, note) for y, v, note in years]
    rows += [("项目资金来源", "资金来源", None, "2026年金额", "说明"), (None, "合计", None, years[0][1], None)]
    rows += [(None, label, None, v, None) for label, v in sources]
    rows += [("项目支出明细预算及测算依据", "序号", "支出明细", "金额", "测算依据"), (None, None, "合计", years[0][1], None)]
    rows += [(None, k + 1, label, v, basis) for k, (label, v, basis) in enumerate(details)]
    rows += [("项目绩效总目标", "完成建设任务。"), ("项目年度绩效指标", "一级指标", "二级指标", "三级指标", "指标值", "备注")]
    rows += [(None, "产出指标", "数量指标", n, v, None) for n, v in indicators]
    rows += [(None,), ("填报人：" + head,)]
    for r in rows:
        ws.append(list(r))


wb = openpyxl.Workbook()
form(wb.active, "清溪县环湖绿道贯通提升工程（东岸段）", "330100260001", "清溪县交通运输局本级", "陆明辉", "2.公共项目 □√",
     "2026年—2028年", 2400, [("2026年", 900, "当年申请"), ("2027年", 1000, "后续年度预计"), ("2028年", 500, "后续年度预计")],
     [("1.财政拨款", 700), ("2.财政专户拨款", None), ("3.其他资金", 200)],
     [("绿道路面铺装费", 610, "9.5公里×64.2万元/公里"), ("驿站建设费", 180, "3处×60万元/处"),
      ("工程监理费", 40, "按监理收费标准测算"), ("设计费", 70, "按概算的4%测算")],
     [("绿道贯通长度", "≥9.5公里"), ("驿站数量", "3处")])
wb.active.title = "绿道提升工程"
form(wb.create_sheet("农村公路养护"), "清溪县农村公路养护提质项目（西片）", "330100260002", "清溪县公路养护中心", "韩雪梅",
     "1.部门项目 □√", "2026年—2027年", 560, [("2026年", 360, "当年申请"), ("2027年", 200, "后续年度预计"),
                                         ("2028年", None, "不安排")],
     [("1.财政拨款", 300), ("2.财政专户拨款", 40), ("3.其他资金", 20)],
     [("路面修补费", 220, "修补面积4.4万平方米×50元/平方米"), ("桥梁检测费", 60, "12座×5万元/座"),
      ("安全设施完善费", 80, "护栏及标志更新")],
     [("养护里程", "≥120公里")])
wb.save(Path(__file__).with_name("清溪县交通运输局_2026年_项目申报表.xlsx"))
