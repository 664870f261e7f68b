package org.normdesk.service.review;

import org.normdesk.domain.review.CheckedPoint;
import org.normdesk.domain.review.PointResult;
import org.normdesk.domain.review.ReviewOutcome;
import org.normdesk.service.i18n.Messages;
import org.normdesk.service.report.TemplateFields;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Drafts the body of the 审查意见书 from the checklist and the outcome: one paragraph per line, the problem points
 * numbered (一)(二)… with their article and the reviewer's comment. Always Chinese: it is an official letter.
 */
final class OpinionDrafter {
    private static final String[] DIGITS = {"", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
    private final Messages chinese = Messages.load(Locale.SIMPLIFIED_CHINESE);

    String draft(ReviewOutcome outcome, List<CheckedPoint> points, LocalDate feedbackDue) {
        List<String> lines = new ArrayList<>();
        List<CheckedPoint> problems = points.stream().filter(p -> p.result() == PointResult.PROBLEM).toList();
        switch (outcome) {
            case NO_PROBLEM -> {
                lines.add("该文件制定主体适格，未超越法定权限；内容未发现违法设定行政处罚、行政许可、行政强制措施和收费事项，"
                        + "未发现违法减损公民、法人和其他组织合法权益或者增加其义务的情形，未发现排除、限制公平竞争的内容；"
                        + "制定程序符合规定。");
                lines.add("审查结论：未发现问题，准予备案。");
            }
            case SUGGESTIONS -> {
                lines.add("该文件总体符合法律、法规、规章和上级规范性文件的规定，准予备案。同时提出以下建议：");
                addProblems(lines, problems);
                lines.add("请你单位在今后修改或者执行该文件时研究采纳。");
            }
            case CORRECTION_REQUIRED -> {
                lines.add("该文件存在以下问题：");
                addProblems(lines, problems);
                lines.add("请你单位对上述问题自行纠正（修改或者废止该文件），并于" + TemplateFields.officialDate(feedbackDue)
                        + "前将纠正情况书面反馈我局。逾期不纠正的，我局将依法提请本级人民政府予以撤销。");
            }
            case RECOMMEND_REVOCATION -> {
                lines.add("该文件存在以下问题：");
                addProblems(lines, problems);
                lines.add("上述问题违反法律、法规、规章的规定，我局将依法提请本级人民政府予以撤销。请你单位于"
                        + TemplateFields.officialDate(feedbackDue) + "前将有关情况书面反馈我局。");
            }
        }
        return String.join("\n", lines);
    }

    private void addProblems(List<String> lines, List<CheckedPoint> problems) {
        for (int i = 0; i < problems.size(); i++) {
            CheckedPoint p = problems.get(i);
            String where = p.article() == null ? "" : "（" + p.article() + "）";
            lines.add("（" + chineseNumber(i + 1) + "）关于" + chinese.label(p.point()) + where + "：" + p.comment()
                    + (p.comment().matches(".*[。！？；]$") ? "" : "。"));
        }
    }

    /** 1 → 一, 10 → 十, 12 → 十二, 21 → 二十一 (a checklist has at most a few dozen points). */
    static String chineseNumber(int n) {
        if (n < 10) {
            return DIGITS[n];
        }
        int tens = n / 10;
        int ones = n % 10;
        return (tens == 1 ? "" : DIGITS[tens]) + "十" + DIGITS[ones];
    }
}
