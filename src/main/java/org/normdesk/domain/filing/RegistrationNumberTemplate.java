package org.normdesk.domain.filing;

import org.normdesk.domain.common.DomainException;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The 三统一-style registration number, e.g. {@code {unitCode}规备字〔{year}〕{serial}号} → 濮规备字〔2019〕7号.
 * Placeholders: {unitCode}, {year}, {serial} or {serial:N} (zero-padded to N digits). Serials restart each
 * year, so a template without both {year} and a serial would repeat numbers and is refused.
 */
public record RegistrationNumberTemplate(String pattern) {
    public static final String DEFAULT = "{unitCode}规备字〔{year}〕{serial}号";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z]+)(?::(\\d))?}");

    public RegistrationNumberTemplate {
        if (pattern == null || pattern.isBlank()) {
            throw new DomainException("numbering.template.blank", "The registration number template is empty");
        }
        pattern = pattern.strip();
        boolean hasSerial = false;
        boolean hasYear = false;
        Matcher m = PLACEHOLDER.matcher(pattern);
        while (m.find()) {
            switch (m.group(1)) {
                case "serial" -> hasSerial = true;
                case "year" -> hasYear = true;
                case "unitCode" -> { }
                default -> throw new DomainException("numbering.template.unknownPlaceholder",
                        "Unknown placeholder {" + m.group(1) + "} in " + pattern, m.group(1), pattern);
            }
        }
        if (!hasSerial) {
            throw new DomainException("numbering.template.noSerial",
                    "Template " + pattern + " has no {serial}: every registration would get the same number", pattern);
        }
        if (!hasYear) {
            throw new DomainException("numbering.template.noYear",
                    "Template " + pattern + " has no {year}: serials restart each year and would repeat", pattern);
        }
    }

    public String render(String unitCode, int year, int serial) {
        Matcher m = PLACEHOLDER.matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = switch (m.group(1)) {
                case "unitCode" -> unitCode == null ? "" : unitCode;
                case "year" -> String.valueOf(year);
                default -> m.group(2) == null ? String.valueOf(serial)
                        : String.format("%0" + m.group(2) + "d", serial);
            };
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
