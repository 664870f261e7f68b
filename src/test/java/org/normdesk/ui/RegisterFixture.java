package org.normdesk.ui;

import org.normdesk.domain.document.DocumentInput;
import org.normdesk.domain.document.DocumentType;
import org.normdesk.domain.document.NormativeDocument;
import org.normdesk.domain.issuer.Issuer;
import org.normdesk.domain.issuer.OrgKind;
import org.normdesk.domain.issuer.OrgLevel;
import org.normdesk.service.DataFolder;
import org.normdesk.service.Workspace;
import org.normdesk.service.i18n.Messages;
import org.normdesk.service.register.RegisterService;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/**
 * A real register on an H2 file with four documents, seen on 2 March 2020:
 * <pre>
 *   濮政〔2019〕12号 濮阳市城市绿化管理办法          VALID             published 2019
 *   濮政〔2019〕24号 濮阳市燃气管理办法              VALID             published 2019
 *   濮教〔2020〕5号  濮阳市校外培训机构管理暂行办法   NOT_YET_EFFECTIVE published 2020 (教育局)
 *   濮政〔2018〕3号  濮阳市城市绿化条例实施细则       EXPIRED           published 2018
 * </pre>
 */
public final class RegisterFixture implements AutoCloseable {
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2020-03-02T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
    public static final LocalDate TODAY = LocalDate.now(CLOCK);
    public static final String GREENING = "濮阳市城市绿化管理办法";
    public static final String GAS = "濮阳市燃气管理办法";
    public static final String TUTORING = "濮阳市校外培训机构管理暂行办法";
    public static final String GREENING_OLD = "濮阳市城市绿化条例实施细则";

    public final Workspace workspace;
    public final Messages messages = Messages.load(Locale.SIMPLIFIED_CHINESE);
    public final Issuer city;
    public final Issuer education;
    public final NormativeDocument greening;
    public final NormativeDocument gas;
    public final NormativeDocument tutoring;
    public final NormativeDocument greeningOld;

    public RegisterFixture(Path dir) {
        workspace = Workspace.openEmbedded(new DataFolder(dir), CLOCK);
        RegisterService register = workspace.register();
        city = register.addIssuer(new Issuer(null, "濮阳市人民政府", "濮政", OrgLevel.CITY, OrgKind.GOVERNMENT, null));
        education = register.addIssuer(new Issuer(null, "濮阳市教育局", "濮教", OrgLevel.CITY, OrgKind.DEPARTMENT,
                city.id()));
        greening = add(GREENING, "濮政〔2019〕12号", city, "2019年12月20日", "2020-01-20", null);
        gas = add(GAS, "濮政〔2019〕24号", city, "2019-07-22", "2019-09-01", null);
        tutoring = add(TUTORING, "濮教〔2020〕5号", education, "2020-03-01", "2020-04-01", null);
        greeningOld = add(GREENING_OLD, "濮政〔2018〕3号", city, "2018-01-10", "2018-02-01", "2019-12-31");
    }

    private NormativeDocument add(String title, String number, Issuer issuer, String published, String effective,
                                  String validUntil) {
        DocumentType type = issuer.kind().issuesGovernmentDocuments()
                ? DocumentType.GOVERNMENT_NORMATIVE : DocumentType.DEPARTMENT_NORMATIVE;
        return workspace.register().add(new DocumentInput(title, number, List.of(issuer.id()), type, "城市管理", null,
                published, effective, validUntil, null));
    }

    public RegisterService register() {
        return workspace.register();
    }

    @Override
    public void close() {
        workspace.close();
    }
}
