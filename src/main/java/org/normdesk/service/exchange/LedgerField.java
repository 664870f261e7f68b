package org.normdesk.service.exchange;

import org.normdesk.domain.common.TextNormalizer;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The register fields a ledger (台账) column can hold, each with the header names clerks use for it. Headers are
 * compared after {@link #normalizeHeader}: full-width folded, without spaces, brackets, colons or asterisks, lower case.
 */
public enum LedgerField {
    SEQ("序号", "编号", "顺序号", "序", "no", "no.", "number"),
    TITLE("文件名称", "标题", "文件标题", "名称", "文件名", "规范性文件名称", "文件全称", "title"),
    DOC_NUMBER("文号", "发文字号", "发文文号", "文件文号", "字号", "文件字号", "文件编号", "documentnumber"),
    ISSUER("制定机关", "发文单位", "发文机关", "制定单位", "印发单位", "发布机关", "制发机关", "制定主体", "issuingbody"),
    TYPE("类型", "文件类型", "类别", "文件类别", "type"),
    PUBLISHED("发布日期", "印发日期", "公布日期", "发文日期", "印发时间", "发布时间", "公布时间", "发文时间", "published"),
    EFFECTIVE("施行日期", "实施日期", "生效日期", "施行时间", "实施时间", "生效时间", "effective"),
    VALID_UNTIL("有效期至", "有效期", "有效期限", "有效期截止", "失效日期", "有效期截止日期", "validuntil"),
    STATUS("效力状态", "状态", "清理结果", "清理意见", "效力", "现行状态", "文件状态", "status"),
    REMARK("备注", "说明", "remark", "remarks", "note");

    private final List<String> aliases;

    LedgerField(String... aliases) {
        this.aliases = List.of(aliases).stream().map(LedgerField::normalizeHeader).toList();
    }

    /** The header names this field is recognised by, normalised. */
    public List<String> aliases() {
        return aliases;
    }

    /**
     * How well {@code header} names this field: 2 for a known name, 1 for a header that contains one
     * (发布日期（印发日期）, 文件名称及文号 counts for the first it contains), 0 for none.
     */
    public int score(String header) {
        String h = normalizeHeader(header);
        if (h.isEmpty()) {
            return 0;
        }
        if (aliases.contains(h)) {
            return 2;
        }
        // single-character aliases (序) would match far too much inside longer headers
        return aliases.stream().anyMatch(a -> a.length() > 1 && h.contains(a)) ? 1 : 0;
    }

    public static String normalizeHeader(String header) {
        if (header == null) {
            return "";
        }
        return Noise.PATTERN.matcher(TextNormalizer.fold(header)).replaceAll("").toLowerCase(Locale.ROOT);
    }

    /** A holder: enum constants are built before the enum's own static fields, and they need this pattern. */
    private static final class Noise {
        static final Pattern PATTERN = Pattern.compile("[\\s()（）\\[\\]【】:：*＊/、_-]");
    }
}
