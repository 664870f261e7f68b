package org.normdesk.service.report;

import org.junit.jupiter.api.Test;
import org.normdesk.service.cleanup.CatalogueExport;
import org.normdesk.service.review.ReviewLetters;
import org.normdesk.service.stats.AnnualReport;
import org.normdesk.service.upward.UpwardPackages;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shipped templates, their README and their generator agree. */
class ShippedTemplatesTest {
    private static final Map<String, ThrowingSupplier> GENERATED = Map.of(
            PrintService.FILING_RECEIPT, TemplateGenerator::filingReceipt,
            PrintService.RETURN_NOTICE, TemplateGenerator::returnNotice,
            CatalogueExport.TEMPLATE, StatsTemplateGenerator::cleanupCatalogue,
            AnnualReport.TEMPLATE, StatsTemplateGenerator::annualReport,
            ReviewLetters.TEMPLATE, ReviewTemplateGenerator::reviewOpinion,
            ReviewLetters.REMINDER_TEMPLATE, ReviewTemplateGenerator::correctionReminder,
            UpwardPackages.TEMPLATE, UpwardTemplateGenerator::upwardFilingReport);

    interface ThrowingSupplier {
        byte[] get() throws IOException;
    }

    @Test
    void each_template_uses_exactly_the_placeholders_its_readme_lists() throws IOException {
        String readme = Files.readString(Path.of("data", "templates", "README.md"));
        for (String name : GENERATED.keySet()) {
            DocxTemplate.Placeholders p = shipped(name).placeholders();
            assertEquals(Set.of(), p.unknown(), name);
            Set<String> used = new TreeSet<>();
            p.fields().forEach(f -> used.add("{{" + f + "}}"));
            p.tables().forEach((table, columns) -> {
                used.add("{{#rows:" + table + "}}");
                columns.forEach(c -> used.add("{{" + table + "." + c + "}}"));
            });
            assertEquals(documented(readme, name), used, name + ".docx against data/templates/README.md");
        }
    }

    @Test
    void the_committed_templates_are_what_the_generator_makes() throws IOException {
        for (Map.Entry<String, ThrowingSupplier> t : GENERATED.entrySet()) {
            byte[] committed;
            try (InputStream in = resource(t.getKey())) {
                committed = in.readAllBytes();
            }
            byte[] generated = t.getValue().get();
            for (String part : new String[]{"word/document.xml", "word/styles.xml"}) {
                assertEquals(part(generated, part), part(committed, part),
                        t.getKey() + ": " + part + " differs; regenerate (see data/templates/README.md)");
            }
        }
    }

    @Test
    void the_sample_letters_fill_every_shipped_template() {
        assertTrue(shipped(PrintService.FILING_RECEIPT).fill(SampleLetters.receipt()).length > 0);
        assertTrue(shipped(PrintService.RETURN_NOTICE).fill(SampleLetters.returnNotice(5)).length > 0);
    }

    private static Set<String> documented(String readme, String name) {
        int start = readme.indexOf("## " + name + ".docx");
        assertTrue(start >= 0, "README has a section for " + name);
        int end = readme.indexOf("\n## ", start + 1);
        String section = readme.substring(start, end < 0 ? readme.length() : end);
        Set<String> listed = new TreeSet<>();
        Matcher m = Pattern.compile("^\\| `(\\{\\{[^}]+}})`", Pattern.MULTILINE).matcher(section);
        while (m.find()) {
            listed.add(m.group(1));
        }
        return listed;
    }

    private static DocxTemplate shipped(String name) {
        try (InputStream in = resource(name)) {
            return DocxTemplate.read(name, in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = ShippedTemplatesTest.class.getResourceAsStream(PrintService.SHIPPED + name + ".docx");
        assertNotNull(in, name + " is on the classpath");
        return in;
    }

    private static String part(byte[] docx, String part) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals(part)) {
                    return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError(part + " missing");
    }
}
