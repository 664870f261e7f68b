package org.normdesk.ui;

import org.normdesk.domain.document.DocumentInput;
import org.normdesk.domain.document.DocumentQuery;
import org.normdesk.domain.document.DocumentSummary;
import org.normdesk.domain.document.DocumentType;
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
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A county register (清丰县司法局) on its own H2 file, seen on the same day as {@link RegisterFixture}, with three
 * documents of the county government and its education bureau, that sends exchange packages to the city
 * (濮阳市司法局, a {@link RegisterFixture} register once {@link #introduceTo} has told it about the county).
 */
public final class PackageFixture implements AutoCloseable {
    public static final String COUNTY = "清丰县司法局";
    public static final String CITY = "濮阳市司法局";
    public static final String GREENING = "清丰县城市绿化管理办法";
    public static final String FUNERALS = "清丰县殡葬管理办法";
    public static final String SCHOOLS = "清丰县中小学学籍管理办法";

    public final Workspace county;
    public final Issuer government;
    public final Issuer education;

    public PackageFixture(Path dir) {
        county = Workspace.openEmbedded(new DataFolder(dir), RegisterFixture.CLOCK);
        county.settings().save(new UnitSettings(COUNTY, "清", new RegistrationNumberTemplate(
                RegistrationNumberTemplate.DEFAULT), MaterialKind.defaultRequired(), Set.of()));
        government = county.register().addIssuer(new Issuer(null, "清丰县人民政府", "清政", OrgLevel.COUNTY,
                OrgKind.GOVERNMENT, null));
        county.register().addIssuer(new Issuer(null, COUNTY, "清司", OrgLevel.COUNTY, OrgKind.DEPARTMENT,
                government.id()));
        education = county.register().addIssuer(new Issuer(null, "清丰县教育局", "清教", OrgLevel.COUNTY,
                OrgKind.DEPARTMENT, government.id()));
        add(government, GREENING, "清政〔2019〕5号", "2019-06-01");
        add(government, FUNERALS, "清政〔2019〕6号", "2019-07-01");
        add(education, SCHOOLS, "清教〔2019〕1号", "2019-09-02");
    }

    /**
     * The city register learns its own unit's name and the county's government and justice bureau; returns the
     * county government as the city knows it.
     */
    public static Issuer introduceTo(Workspace city) {
        city.settings().save(new UnitSettings(CITY, "濮", new RegistrationNumberTemplate(
                RegistrationNumberTemplate.DEFAULT), MaterialKind.defaultRequired(), Set.of()));
        Issuer government = city.register().addIssuer(new Issuer(null, "清丰县人民政府", "清政", OrgLevel.COUNTY,
                OrgKind.GOVERNMENT, null));
        city.register().addIssuer(new Issuer(null, COUNTY, "清司", OrgLevel.COUNTY, OrgKind.DEPARTMENT,
                government.id()));
        return government;
    }

    public NormativeDocument add(Issuer issuer, String title, String number, String published) {
        return county.register().add(new DocumentInput(title, number, List.of(issuer.id()),
                issuer.kind() == OrgKind.GOVERNMENT ? DocumentType.GOVERNMENT_NORMATIVE
                        : DocumentType.DEPARTMENT_NORMATIVE, null, null, published, published, null, null));
    }

    /** Writes a package for the city: the whole register, or what changed since the last one. */
    public Path export(Path file, boolean sinceLast) {
        return county.packages().export(CITY, sinceLast, file).file();
    }

    public static NormativeDocument byNumber(Workspace ws, String number) {
        for (DocumentSummary s : ws.register().search(DocumentQuery.all().page(0, 1_000))) {
            NormativeDocument d = ws.register().get(s.id());
            if (d.docNumber() != null && d.docNumber().normalized().equals(number)) {
                return d;
            }
        }
        throw new AssertionError("no document " + number);
    }

    /** Gives a document a new title (and optionally a new end of validity), as an edit in the register does. */
    public static NormativeDocument retitle(Workspace ws, String number, String title, String validUntil) {
        NormativeDocument d = byNumber(ws, number);
        return ws.register().update(d.id(), d.version(), new DocumentInput(title, d.docNumber().raw(),
                d.issuers().stream().map(Issuer::id).toList(), d.type(), d.subjectArea(), iso(d.signedDate()),
                iso(d.publishedDate()), iso(d.effectiveDate()), validUntil != null ? validUntil : iso(d.validUntil()),
                null));
    }

    private static String iso(LocalDate date) {
        return date == null ? null : date.toString();
    }

    @Override
    public void close() {
        county.close();
    }
}
