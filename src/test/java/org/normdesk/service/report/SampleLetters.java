package org.normdesk.service.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Realistic fillings of the shipped templates, shared by the tests and the print samples. */
final class SampleLetters {
    private SampleLetters() {
    }

    static TemplateFields receipt() {
        return TemplateFields.builder()
                .put("registrationNo", "濮司备〔2019〕15号")
                .put("filingUnit", "濮阳市华龙区人民政府")
                .put("docTitle", "濮阳市华龙区城区生活垃圾分类管理办法")
                .put("docNumber", "濮政〔2019〕12号")
                .put("issuingBody", "濮阳市华龙区人民政府")
                .put("receivedDate", LocalDate.of(2019, 12, 20))
                .put("registrationDate", LocalDate.of(2019, 12, 23))
                .put("reviewDueDate", LocalDate.of(2020, 1, 19))
                .put("bureauName", "濮阳市司法局")
                .put("issueDate", LocalDate.of(2019, 12, 23))
                .build();
    }

    static TemplateFields returnNotice(int reasons) {
        TemplateFields.Builder b = TemplateFields.builder()
                .put("filingUnit", "濮阳市华龙区人民政府")
                .put("docTitle", "濮阳市华龙区城区生活垃圾分类管理办法")
                .put("docNumber", "濮政〔2019〕12号")
                .put("receivedDate", LocalDate.of(2019, 12, 20))
                .put("correctionDueDate", LocalDate.of(2020, 1, 3))
                .put("bureauName", "濮阳市司法局")
                .put("issueDate", LocalDate.of(2019, 12, 23));
        List<Map<String, String>> rows = new ArrayList<>(List.of(
                Map.of("problem", "缺少备案报告", "note", "备案报告应当加盖报送机关印章，并载明制定依据、公布日期和施行日期"),
                Map.of("problem", "缺少起草说明", "note", "应当说明制定目的、主要依据、起草过程和需要说明的主要问题"),
                Map.of("problem", "合法性审核意见未附", "note", "请附本机关法制机构出具的合法性审核意见书"),
                Map.of("problem", "正式文本份数不足", "note", "需报送正式文本一式两份，现仅报送一份"),
                Map.of("problem", "未提供公平竞争审查材料", "note", "该文件涉及市场主体经济活动，请附公平竞争审查表")));
        for (int i = rows.size(); i < reasons; i++) {
            rows.add(Map.of("problem", "补充材料第" + (i + 1) + "项：制定依据文本",
                    "note", i % 3 == 0
                            ? "请提供上位法依据的有效文本或目录（a list of the legal basis, with article numbers）"
                            : "请提供上位法依据的有效文本或目录，并注明条款；涉及多部依据的，逐一列明"));
        }
        return b.table("reasons", rows.subList(0, reasons)).build();
    }
}
