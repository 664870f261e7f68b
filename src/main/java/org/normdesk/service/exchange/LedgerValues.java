package org.normdesk.service.exchange;

import org.normdesk.domain.common.DateParser;
import org.normdesk.domain.common.DomainException;
import org.normdesk.domain.common.TextNormalizer;
import org.normdesk.domain.document.DocumentType;
import org.normdesk.domain.document.LifecycleStatus;
import org.normdesk.domain.issuer.OrgKind;
import org.normdesk.domain.issuer.OrgLevel;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How ledger cells name statuses, types and validity periods; both languages' labels and the clerks' variants. */
final class LedgerValues {
    private static final Map<String, LifecycleStatus> STATUSES = new HashMap<>();
    private static final Map<String, DocumentType> TYPES = new HashMap<>();
    private static final Pattern YEARS = Pattern.compile("^(?:有效期)?(?:为)?([0-9]{1,2}|[一二三四五六七八九十两]{1,2})年(?:有效)?$");
    private static final Pattern NO_END = Pattern.compile("^(长期|长期有效|无|无期限|不定期|未规定|未定|-|—|/|无有效期)$");
    private static final Pattern SUBTOTAL = Pattern.compile("^([0-9]{4}年(度)?)?(合计|小计|总计|共计|累计|总数)([:：]|[0-9]|件|$).*");

    static {
        status(LifecycleStatus.NOT_YET_EFFECTIVE, "尚未施行", "未施行", "待施行", "notyeteffective");
        status(LifecycleStatus.VALID, "现行有效", "有效", "继续有效", "valid");
        status(LifecycleStatus.AMENDED, "已修改", "修改", "修改后继续有效", "已修订", "修订", "amended");
        status(LifecycleStatus.EXPIRED, "已失效", "失效", "宣布失效", "expired");
        status(LifecycleStatus.REPEALED, "已废止", "废止", "repealed");
        status(LifecycleStatus.REVOKED, "已撤销", "撤销", "revoked");
        type(DocumentType.GOVERNMENT_NORMATIVE, "政府规范性文件", "政府文件", "政府", "行政规范性文件（政府）",
                "governmentnormativedocument");
        type(DocumentType.DEPARTMENT_NORMATIVE, "部门规范性文件", "部门文件", "部门", "departmentnormativedocument");
        type(DocumentType.GOVERNMENT_RULE, "政府规章", "规章", "地方政府规章", "governmentrule");
    }

    private LedgerValues() {
    }

    private static void status(LifecycleStatus status, String... names) {
        STATUSES.put(key(status.name()), status);
        for (String name : names) {
            STATUSES.put(key(name), status);
        }
    }

    private static void type(DocumentType type, String... names) {
        TYPES.put(key(type.name()), type);
        for (String name : names) {
            TYPES.put(key(name), type);
        }
    }

    private static String key(String text) {
        return TextNormalizer.stripAllWhitespace(TextNormalizer.fold(text)).replace("_", "").replace("(", "")
                .replace(")", "").toLowerCase(Locale.ROOT);
    }

    static LifecycleStatus status(String cell) {
        LifecycleStatus status = STATUSES.get(key(cell));
        if (status == null) {
            throw new DomainException("ledger.status.unknown", "Unknown status: " + cell, cell.strip());
        }
        return status;
    }

    static DocumentType type(String cell) {
        DocumentType type = TYPES.get(key(cell));
        if (type == null) {
            throw new DomainException("ledger.type.unknown", "Unknown document type: " + cell, cell.strip());
        }
        return type;
    }

    /**
     * The last valid day from a 有效期 cell: a date, "N年" counted from the effective date (the day before the
     * anniversary), or empty for 长期 / 无.
     */
    static Optional<LocalDate> validUntil(String cell, LocalDate effective) {
        String compact = TextNormalizer.stripAllWhitespace(TextNormalizer.fold(cell)).replaceFirst("^有效期至", "");
        if (NO_END.matcher(compact).matches()) {
            return Optional.empty();
        }
        Matcher years = YEARS.matcher(compact);
        if (years.matches()) {
            if (effective == null) {
                throw new DomainException("ledger.validity.noStart",
                        "A validity of " + cell + " needs an effective or publication date to count from", cell.strip());
            }
            return Optional.of(effective.minusDays(1).plusYears(years(years.group(1))));
        }
        return Optional.of(DateParser.parse(compact).date());
    }

    private static int years(String text) {
        if (Character.isDigit(text.charAt(0))) {
            return Integer.parseInt(text);
        }
        String digits = "零一二三四五六七八九";
        if (text.equals("十")) {
            return 10;
        }
        if (text.startsWith("十")) {
            return 10 + digits.indexOf(text.charAt(1));
        }
        return text.charAt(0) == '两' ? 2 : digits.indexOf(text.charAt(0));
    }

    /** 合计 / 小计 / 总计 rows that sum up the rows above, not documents. */
    static boolean isSubtotal(String cell) {
        // nearly every cell names none of the words: answered without folding and matching (the import's hot path)
        if (cell == null || !mentionsTotal(cell)) {
            return false;
        }
        return SUBTOTAL.matcher(TextNormalizer.stripAllWhitespace(TextNormalizer.fold(cell))).matches();
    }

    /** Whether {@code cell} holds 计 or 总数 at all (NFKC leaves these ideographs as they are). */
    private static boolean mentionsTotal(String cell) {
        return cell.indexOf('计') >= 0 || cell.contains("总数");
    }

    /**
     * A body the register does not know yet, guessed from its name: 人民政府办公室 is a general office, 人民政府 a
     * government, anything else a department; the level from 省 / 县 区 / 乡 镇 街道 in the name, else city.
     */
    static OrgKind guessKind(String name) {
        if (name.contains("人民政府办公室") || name.contains("人民政府办公厅") || name.endsWith("政府办")) {
            return OrgKind.GENERAL_OFFICE;
        }
        if (name.endsWith("人民政府") || name.endsWith("管理委员会") || name.endsWith("管委会")) {
            return name.endsWith("人民政府") ? OrgKind.GOVERNMENT : OrgKind.DISPATCHED_AGENCY;
        }
        if (name.contains("人民代表大会常务委员会") || name.contains("人大常委会")) {
            return OrgKind.CONGRESS_STANDING_COMMITTEE;
        }
        return OrgKind.DEPARTMENT;
    }

    static OrgLevel guessLevel(String name) {
        if (name.matches(".*(乡|镇)(人民政府|党委|政府)?$|.*(乡|镇)人民政府.*|.*街道办事处.*")) {
            return OrgLevel.TOWNSHIP;
        }
        int city = name.indexOf('市');
        int county = indexOfAny(name, "县", "区");
        if (county >= 0 && (city < 0 || county > city)) {
            return OrgLevel.COUNTY;
        }
        if (city >= 0) {
            return OrgLevel.CITY;
        }
        return name.contains("省") ? OrgLevel.PROVINCE : OrgLevel.CITY;
    }

    private static int indexOfAny(String text, String... parts) {
        int first = -1;
        for (String part : parts) {
            int at = text.indexOf(part);
            if (at >= 0 && (first < 0 || at < first)) {
                first = at;
            }
        }
        return first;
    }
}
