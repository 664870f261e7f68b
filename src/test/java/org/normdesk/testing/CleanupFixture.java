package org.normdesk.testing;

import org.normdesk.domain.document.DocumentInput;
import org.normdesk.domain.document.DocumentType;
import org.normdesk.domain.document.LifecycleStatus;
import org.normdesk.domain.document.NormativeDocument;
import org.normdesk.domain.filing.MaterialKind;
import org.normdesk.domain.filing.RegistrationNumberTemplate;
import org.normdesk.domain.issuer.Issuer;
import org.normdesk.domain.issuer.OrgKind;
import org.normdesk.domain.issuer.OrgLevel;
import org.normdesk.service.DataFolder;
import org.normdesk.service.Workspace;
import org.normdesk.service.settings.UnitSettings;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/**
 * A real register on an H2 file for the cleanup stories, seen on 2 September 2019: five of the city
 * government's documents in force (the campaign's scope) and one of the education bureau's (outside it).
 */
public final class CleanupFixture implements AutoCloseable {
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2019-09-02T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
    public static final LocalDate TODAY = LocalDate.now(CLOCK);
    public static final List<String> CITY_TITLES = List.of("濮阳市城市绿化管理办法", "濮阳市燃气管理办法",
            "濮阳市城市道路挖掘管理规定", "濮阳市户外广告设置管理办法", "濮阳市城市供水管理办法");
    public static final List<String> CITY_NUMBERS = List.of("濮政〔2015〕12号", "濮政〔2016〕24号", "濮政〔2016〕31号",
            "濮政〔2017〕8号", "濮政〔2018〕5号");
    /** Publication years of the city documents. */
    public static final List<Integer> CITY_YEARS = List.of(2015, 2016, 2016, 2017, 2018);
    public static final String EDUCATION_TITLE = "濮阳市校外培训机构管理暂行办法";

    public final Workspace workspace;
    public final Issuer city;
    public final Issuer education;
    public final List<NormativeDocument> cityDocuments;
    public final NormativeDocument educationDocument;

    public CleanupFixture(Path dir) {
        workspace = Workspace.openEmbedded(new DataFolder(dir), CLOCK);
        city = workspace.register().addIssuer(new Issuer(null, "濮阳市人民政府", "濮政", OrgLevel.CITY,
                OrgKind.GOVERNMENT, null));
        education = workspace.register().addIssuer(new Issuer(null, "濮阳市教育局", "濮教", OrgLevel.CITY,
                OrgKind.DEPARTMENT, city.id()));
        workspace.settings().save(new UnitSettings("濮阳市司法局", "濮",
                new RegistrationNumberTemplate(RegistrationNumberTemplate.DEFAULT), MaterialKind.defaultRequired(),
                Set.of(city.id())));
        cityDocuments = java.util.stream.IntStream.range(0, CITY_TITLES.size())
                .mapToObj(i -> add(CITY_TITLES.get(i), CITY_NUMBERS.get(i), city, CITY_YEARS.get(i)))
                .toList();
        educationDocument = add(EDUCATION_TITLE, "濮教〔2018〕3号", education, 2018);
    }

    private NormativeDocument add(String title, String number, Issuer issuer, int year) {
        DocumentType type = issuer.kind().issuesGovernmentDocuments()
                ? DocumentType.GOVERNMENT_NORMATIVE : DocumentType.DEPARTMENT_NORMATIVE;
        String published = year + "-03-10";
        return workspace.register().add(new DocumentInput(title, number, List.of(issuer.id()), type, "城市管理", null,
                published, year + "-04-10", null, LifecycleStatus.VALID));
    }

    public List<Long> cityIds() {
        return cityDocuments.stream().map(NormativeDocument::id).toList();
    }

    @Override
    public void close() {
        workspace.close();
    }
}
