package org.normdesk.cli;

import org.normdesk.domain.document.DocumentType;
import org.normdesk.domain.document.LifecycleStatus;
import picocli.CommandLine;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Enum values on the command line are written in kebab case: {@code not-yet-effective}. */
final class EnumNames {
    private EnumNames() {
    }

    static String kebab(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static <E extends Enum<E>> E parse(Class<E> type, String text) {
        String wanted = text.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(wanted)).findFirst()
                .orElseThrow(() -> new CommandLine.TypeConversionException("'" + text + "' is not one of: "
                        + Arrays.stream(type.getEnumConstants()).map(EnumNames::kebab).collect(Collectors.joining(", "))));
    }

    static final class StatusConverter implements CommandLine.ITypeConverter<LifecycleStatus> {
        @Override
        public LifecycleStatus convert(String value) {
            return parse(LifecycleStatus.class, value);
        }
    }

    static final class LevelConverter implements CommandLine.ITypeConverter<org.normdesk.domain.issuer.OrgLevel> {
        @Override
        public org.normdesk.domain.issuer.OrgLevel convert(String value) {
            return parse(org.normdesk.domain.issuer.OrgLevel.class, value);
        }
    }

    static final class PeriodConverter implements CommandLine.ITypeConverter<org.normdesk.domain.common.RelativePeriod> {
        @Override
        public org.normdesk.domain.common.RelativePeriod convert(String value) {
            return parse(org.normdesk.domain.common.RelativePeriod.class, value);
        }
    }

    static final class TypeConverter implements CommandLine.ITypeConverter<DocumentType> {
        @Override
        public DocumentType convert(String value) {
            return parse(DocumentType.class, value);
        }
    }
}
