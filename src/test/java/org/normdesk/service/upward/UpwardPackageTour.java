package org.normdesk.service.upward;

import org.normdesk.domain.document.DocumentInput;
import org.normdesk.domain.document.DocumentType;
import org.normdesk.domain.document.NormativeDocument;
import org.normdesk.domain.filing.MaterialKind;
import org.normdesk.domain.filing.RegistrationNumberTemplate;
import org.normdesk.domain.issuer.Issuer;
import org.normdesk.domain.issuer.OrgKind;
import org.normdesk.domain.issuer.OrgLevel;
import org.normdesk.domain.upward.UpwardFiling;
import org.normdesk.service.Workspace;
import org.normdesk.service.settings.UnitSettings;
import org.normdesk.store.DatabaseConfig;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Writes a sample filing package to {@code target/upward-tour/} (a city rule for 省人民政府, every material
 * attached) so that its 备案报告 can be rendered and looked at: {@code pdftoppm -png -r 60 …/1-备案报告.pdf}.
 */
public final class UpwardPackageTour {
    public static void main(String[] args) throws Exception {
        Path root = Path.of("target", "upward-tour");
        if (Files.exists(root)) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        Clock clock = Clock.fixed(Instant.parse("2019-02-20T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
        try (Workspace ws = Workspace.open(DatabaseConfig.embedded(root.resolve("db")), root.resolve("attachments"),
                clock, () -> "tour")) {
            Issuer city = ws.register().addIssuer(new Issuer(null, "濮阳市人民政府", "濮政", OrgLevel.CITY, OrgKind.GOVERNMENT, null));
            ws.settings().save(new UnitSettings("濮阳市司法局", "濮", new RegistrationNumberTemplate(
                    RegistrationNumberTemplate.DEFAULT), MaterialKind.defaultRequired(), Set.of(city.id())));
            NormativeDocument rule = ws.register().add(new DocumentInput("濮阳市城市绿化管理办法", "濮阳市人民政府令第60号",
                    List.of(city.id()), DocumentType.GOVERNMENT_RULE, null, null, "2019-02-01", "2019-03-01", null, null));
            List<UpwardFiling> filings = ws.upward().propose(rule.id());
            for (MaterialKind kind : List.of(MaterialKind.OFFICIAL_TEXT, MaterialKind.DRAFTING_EXPLANATION,
                    MaterialKind.LEGAL_BASIS, MaterialKind.LEGALITY_REVIEW_OPINION, MaterialKind.COLLECTIVE_DELIBERATION)) {
                Path file = Files.writeString(root.resolve(kind.name().toLowerCase() + ".txt"), kind.name());
                ws.upwardPackages().attach(rule.id(), kind, file);
            }
            UpwardFiling province = filings.stream().filter(f -> f.destination().equals("省人民政府")).findFirst().orElseThrow();
            UpwardPackages.Package made = ws.upwardPackages().prepare(province.id(), root.resolve("out"));
            System.out.println(made.folder());
            made.letter().forEach(System.out::println);
        }
    }
}
