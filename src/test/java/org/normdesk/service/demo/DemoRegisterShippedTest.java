package org.normdesk.service.demo;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The shipped {@code data/demo/demo-register.json} is exactly what the generator makes from the documented seed,
 * so it can never go stale. If this fails after a deliberate generator change, regenerate the file (see
 * {@code data/demo/README.md}) and commit it.
 */
class DemoRegisterShippedTest {
    private static final Path SHIPPED = Path.of(DemoRegisterGenerator.SHIPPED_FILE);

    @Test
    void the_shipped_file_is_what_the_generator_makes_from_the_documented_seed() throws IOException {
        DemoRegister shipped;
        try (InputStream in = Files.newInputStream(SHIPPED)) {
            shipped = DemoRegisterService.read(in);
        }
        assertEquals(DemoRegisterGenerator.DEFAULT_SEED, shipped.seed());
        assertEquals(DemoRegisterGenerator.generate(shipped.seed(), DemoRegisterGenerator.DEFAULT_DOCUMENT_COUNT),
                shipped, "data/demo/demo-register.json is stale: regenerate it as data/demo/README.md says");
    }

    @Test
    void the_installation_carries_the_same_file() {
        assertEquals(DemoRegisterGenerator.generate(), DemoRegisterService.readShipped());
    }

    @Test
    void the_readme_documents_the_seed_and_the_command() throws IOException {
        String readme = Files.readString(SHIPPED.resolveSibling("README.md"), StandardCharsets.UTF_8);
        assertTrue(readme.contains(String.valueOf(DemoRegisterGenerator.DEFAULT_SEED)), "README names the seed");
        assertTrue(readme.contains(DemoRegisterGenerator.class.getName()), "README names the generator");
    }
}
