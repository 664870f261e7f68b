package org.normdesk.ui;

import org.normdesk.domain.document.DocumentInput;
import org.normdesk.domain.document.DocumentType;
import org.normdesk.domain.document.NormativeDocument;
import org.normdesk.domain.filing.FilingChannel;
import org.normdesk.domain.filing.MaterialKind;
import org.normdesk.domain.filing.RegistrationNumberTemplate;
import org.normdesk.domain.issuer.Issuer;
import org.normdesk.domain.issuer.OrgKind;
import org.normdesk.domain.issuer.OrgLevel;
import org.normdesk.service.DataFolder;
import org.normdesk.service.Workspace;
import org.normdesk.service.filing.FilingView;
import org.normdesk.service.filing.MaterialInput;
import org.normdesk.service.filing.ReceiveRequest;
import org.normdesk.service.i18n.Messages;
import org.normdesk.service.settings.UnitSettings;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A real register on an H2 file at the 濮阳市司法局, seen on Monday 14 October 2019 (the week after the
 * National Day holidays, whose 调休 Saturday was 12 October). Three bodies; one county document published in
 * August and never filed (漏报). {@link #withFilings()} adds three filings in different states.
 */
public final class IntakeFixture implements AutoCloseable {
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2019-10-14T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
    public static final LocalDate TODAY = LocalDate.now(CLOCK);
    public static final String UNFILED = "清丰县城市绿化管理办法";
    public static final List<MaterialInput> ALL_REQUIRED = MaterialKind.defaultRequired().stream()
            .map(MaterialInput::present).toList();

    public final Workspace workspace;
    public final Messages messages = Messages.load(Locale.SIMPLIFIED_CHINESE);
    public final Issuer city;
    public final Issuer county;
    public final Issuer education;
    public final NormativeDocument unfiled;

    public IntakeFixture(Path dir) {
        workspace = Workspace.openEmbedded(new DataFolder(dir), CLOCK);
        var register = workspace.register();
        city = register.addIssuer(new Issuer(null, "濮阳市人民政府", "濮政", OrgLevel.CITY, OrgKind.GOVERNMENT, null));
        county = register.addIssuer(new Issuer(null, "清丰县人民政府", "清政", OrgLevel.COUNTY, OrgKind.GOVERNMENT, null));
        education = register.addIssuer(new Issuer(null, "濮阳市教育局", "濮教", OrgLevel.CITY, OrgKind.DEPARTMENT,
                city.id()));
        workspace.settings().save(new UnitSettings("濮阳市司法局", "濮",
                new RegistrationNumberTemplate(RegistrationNumberTemplate.DEFAULT), MaterialKind.defaultRequired(),
                Set.of(city.id())));
        unfiled = register.add(new DocumentInput(UNFILED, "清政〔2019〕3号", List.of(county.id()),
                DocumentType.GOVERNMENT_NORMATIVE, "城市管理", null, "2019-08-01", "2019-09-01", null, null));
    }

    /**
     * Adds: 清政〔2019〕5号 received 2019-09-20 and never checked (formal check overdue since 09-27);
     * 清政〔2019〕7号 received 2019-10-11 (formal check due Thursday 10-17); 濮教〔2019〕9号 returned for
     * correction on 10-14 (due 10-28); 清政〔2019〕6号 registered.
     */
    public IntakeFixture withFilings() {
        receive("清丰县农村公路养护管理办法", "清政〔2019〕5号", county, "2019-09-02", "2019-09-20");
        receive("清丰县集贸市场管理办法", "清政〔2019〕7号", county, "2019-09-27", "2019-10-11");
        FilingView returned = receive("濮阳市中小学校服管理办法", "濮教〔2019〕9号", education, "2019-09-25", "2019-10-08");
        workspace.filings().returnForCorrection(returned.filing().id(), returned.filing().version(),
                List.of("缺少起草说明"));
        FilingView registered = receive("清丰县村庄规划管理办法", "清政〔2019〕6号", county, "2019-09-10", "2019-09-29");
        workspace.filings().register(registered.filing().id(), registered.filing().version(), true, true);
        return this;
    }

    public FilingView receive(String title, String number, Issuer issuer, String published, String received) {
        DocumentType type = issuer.kind().issuesGovernmentDocuments()
                ? DocumentType.GOVERNMENT_NORMATIVE : DocumentType.DEPARTMENT_NORMATIVE;
        return workspace.filings().receive(new ReceiveRequest(null, new DocumentInput(title, number,
                List.of(issuer.id()), type, null, null, published, null, null, null), issuer.id(), received,
                FilingChannel.PAPER, ALL_REQUIRED, true));
    }

    @Override
    public void close() {
        workspace.close();
    }
}
