package org.normdesk.service.settings;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.normdesk.domain.common.DomainException;
import org.normdesk.domain.document.ValidityRules;
import org.normdesk.service.Workspace;
import org.normdesk.service.i18n.Messages;
import org.normdesk.store.DatabaseKind;
import org.normdesk.testing.MutableClock;
import org.normdesk.testing.TestDatabases;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The validity rules as a register setting: what is accepted, what is refused with which sentence, and its use. */
class ValiditySettingsTest {
    @TempDir
    Path tempDir;

    @ParameterizedTest(name = "{0} / {1} / {2}")
    @CsvSource(delimiter = '|', textBlock = """
            5   | 2  | 6, 2, 1   | 5  | 2  | 6,2,1
            10  | 3  | 1、2、6    | 10 | 3  | 6,2,1
            ３  | １ | 12，3     | 3  | 1  | 12,3
            50  | 50 | 36        | 50 | 50 | 36
            ' 4 ' | 2 | '  9 '   | 4  | 2  | 9
            """)
    void accepted_values(String years, String provisional, String reminders, int expectYears, int expectProvisional,
                         String expectReminders) {
        ValidityRules rules = ValiditySettings.parse(years, provisional, reminders);
        assertEquals(expectYears, rules.defaultYears());
        assertEquals(expectProvisional, rules.provisionalYears());
        assertEquals(List.of(expectReminders.split(",")).stream().map(Integer::valueOf).toList(), rules.reminderMonths());
    }

    @ParameterizedTest(name = "{0} / {1} / {2} → {3}")
    @CsvSource(delimiter = '|', textBlock = """
            0    | 2   | 6,2,1 | validity.setting.defaultYears     | 一般文件的有效期应为 1 到 50 之间的整数（年），不能是“0”
            -1   | 2   | 6,2,1 | validity.setting.defaultYears     | 一般文件的有效期应为 1 到 50 之间的整数（年），不能是“-1”
            五年 | 2   | 6,2,1 | validity.setting.defaultYears     | 一般文件的有效期应为 1 到 50 之间的整数（年），不能是“五年”
            ''   | 2   | 6,2,1 | validity.setting.defaultYears     | 一般文件的有效期应为 1 到 50 之间的整数（年），不能是“”
            51   | 2   | 6,2,1 | validity.setting.defaultYears     | 一般文件的有效期应为 1 到 50 之间的整数（年），不能是“51”
            5    | 0   | 6,2,1 | validity.setting.provisionalYears | 暂行、试行文件的有效期应为 1 到 50 之间的整数（年），不能是“0”
            5    | 2.5 | 6,2,1 | validity.setting.provisionalYears | 暂行、试行文件的有效期应为 1 到 50 之间的整数（年），不能是“2.5”
            5    | 2   | 6,0,1 | validity.setting.reminderMonths   | 提醒月数应为 1 到 36 之间的整数，多个用逗号分隔，不能是“0”
            5    | 2   | 6,-2  | validity.setting.reminderMonths   | 提醒月数应为 1 到 36 之间的整数，多个用逗号分隔，不能是“-2”
            5    | 2   | 六个月 | validity.setting.reminderMonths  | 提醒月数应为 1 到 36 之间的整数，多个用逗号分隔，不能是“六个月”
            5    | 2   | ''    | validity.setting.reminderMonths   | 提醒月数应为 1 到 36 之间的整数，多个用逗号分隔，不能是“”
            5    | 2   | 37    | validity.setting.reminderMonths   | 提醒月数应为 1 到 36 之间的整数，多个用逗号分隔，不能是“37”
            5    | 2   | 6,2,6 | validity.setting.reminderRepeated | 提醒月数 6 重复了
            """)
    void refused_values_name_what_is_wrong(String years, String provisional, String reminders, String key, String zh) {
        DomainException refused = assertThrows(DomainException.class,
                () -> ValiditySettings.parse(years, provisional, reminders));
        assertEquals(key, refused.messageKey());
        assertEquals(zh, Messages.load(Locale.SIMPLIFIED_CHINESE).format(refused));
        assertFalse(Messages.load(Locale.ENGLISH).format(refused).isBlank());
    }

    @ParameterizedTest
    @MethodSource("org.normdesk.testing.TestDatabases#kinds")
    void saved_rules_are_stored_with_the_register_and_used_for_suggestions_and_the_evaluation_window(DatabaseKind kind) {
        MutableClock clock = new MutableClock(LocalDate.of(2021, 3, 1));
        try (Workspace ws = Workspace.open(TestDatabases.fresh(kind, tempDir), tempDir.resolve("att"), clock, () -> "admin")) {
            assertEquals(ValidityRules.DEFAULT, ws.validity().rules());
            assertEquals(LocalDate.of(2026, 2, 28), ws.lifecycle().suggestValidUntil("某办法", null,
                    LocalDate.of(2021, 3, 1)).orElseThrow());

            long audited = ws.audit().verify().entries();
            ws.validity().save(ValiditySettings.parse("3", "1", "12, 3"));
            assertEquals(audited + 1, ws.audit().verify().entries(), "the change is audited");
            assertEquals(new ValidityRules(3, 1, List.of(12, 3)), ws.validity().rules());
            assertEquals(LocalDate.of(2024, 2, 28), ws.lifecycle().suggestValidUntil("某办法", null,
                    LocalDate.of(2021, 3, 1)).orElseThrow());
            assertEquals(LocalDate.of(2022, 2, 28), ws.lifecycle().suggestValidUntil("某暂行办法", null,
                    LocalDate.of(2021, 3, 1)).orElseThrow());
            assertEquals(12, ws.lifecycle().validityRules().evaluationWindowMonths());
            assertEquals(List.of(LocalDate.of(2023, 2, 28), LocalDate.of(2023, 11, 29)),
                    ws.lifecycle().validityRules().reminders(LocalDate.of(2024, 2, 29)));
            assertTrue(ws.audit().verify().intact());
        }
    }
}
