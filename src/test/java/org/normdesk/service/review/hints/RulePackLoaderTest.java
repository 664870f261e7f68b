package org.normdesk.service.review.hints;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normdesk.domain.review.rules.RulePack;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RulePackLoaderTest {
    @TempDir
    Path dir;

    private static final String GOOD = """
            {
              "id": "bureau-extra",
              "version": "2027.1",
              "rules": [
                {
                  "id": "fee.deposit",
                  "category": "FEE",
                  "title": {"zh": "押金", "en": "Deposit"},
                  "triggers": ["押金"],
                  "unless": ["依法"],
                  "reason": {"zh": "请核对押金依据。", "en": "Check the basis of the deposit."}
                }
              ]
            }
            """;

    @Test
    void the_shipped_pack_loads_with_its_version() {
        RulePack pack = RulePackLoader.bundled();
        assertEquals("cn-normative-core", pack.id());
        assertTrue(pack.version().matches("\\d{4}\\.\\d{2}-\\d+"), pack.version());
        assertTrue(pack.rules().size() >= 6);
    }

    @Test
    void a_good_pack_file_loads() throws Exception {
        RulePack pack = RulePackLoader.load(Files.writeString(dir.resolve("extra.json"), GOOD));
        assertEquals("2027.1", pack.version());
        assertEquals("fee.deposit", pack.rules().get(0).id());
    }

    @Test
    void a_json_syntax_error_is_refused_naming_the_file_and_line() throws Exception {
        // line 9: a missing comma after the triggers list
        Path file = Files.writeString(dir.resolve("broken.json"), GOOD.replace("\"triggers\": [\"押金\"],", "\"triggers\": [\"押金\"]"));
        RulePackException e = assertThrows(RulePackException.class, () -> RulePackLoader.load(file));
        assertEquals("review.rules.invalid", e.messageKey());
        assertEquals(file.toString(), e.args()[0]);
        assertEquals(10, e.args()[1], e.getMessage());
    }

    @Test
    void a_bad_regular_expression_an_unknown_category_and_a_missing_reason_name_their_line() throws Exception {
        assertLine(GOOD.replace("[\"押金\"]", "[\"押金(\"]"), 9, "not a valid regular expression");
        assertLine(GOOD.replace("\"FEE\"", "\"TAX\""), 7, "unknown category TAX");
        assertLine(GOOD.replace("      \"reason\": {\"zh\": \"请核对押金依据。\", \"en\": \"Check the basis of the deposit.\"}\n", "")
                .replace("[\"依法\"],", "[\"依法\"]"), 6, "\"reason\" needs");
        assertLine(GOOD.replace("\"version\": \"2027.1\",", ""), 1, "\"version\" is missing");
        assertLine(GOOD.replace("\"category\": \"FEE\",", "\"category\": \"FEE\", \"category\": \"PENALTY\","), 7,
                "Duplicate field");
    }

    @Test
    void the_hint_service_keeps_its_pack_when_a_new_one_is_refused() throws Exception {
        RulePack bundled = RulePackLoader.bundled();
        // the pack swap needs no database: usePack reads the file before touching anything
        HintService service = new HintService(null, null, java.time.Clock.systemUTC(),
                org.normdesk.service.account.CurrentUser.osUser(), bundled);
        Path broken = Files.writeString(dir.resolve("broken.json"), GOOD.replace("\"FEE\"", "\"TAX\""));
        assertThrows(RulePackException.class, () -> service.usePack(broken));
        assertEquals(bundled, service.pack(), "the pack in use stays");
        RulePack extra = service.usePack(Files.writeString(dir.resolve("extra.json"), GOOD));
        assertEquals(extra, service.pack());
    }

    private void assertLine(String json, int line, String detail) throws Exception {
        Path file = Files.writeString(dir.resolve("pack-" + line + ".json"), json);
        RulePackException e = assertThrows(RulePackException.class, () -> RulePackLoader.load(file));
        assertEquals(line, e.args()[1], e.getMessage());
        assertTrue(String.valueOf(e.args()[2]).contains(detail), e.getMessage());
    }
}
