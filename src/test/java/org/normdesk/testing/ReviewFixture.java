package org.normdesk.testing;

import org.normdesk.domain.account.Principal;
import org.normdesk.domain.account.Role;
import org.normdesk.domain.document.DocumentInput;
import org.normdesk.domain.document.DocumentType;
import org.normdesk.domain.filing.FilingChannel;
import org.normdesk.domain.filing.MaterialKind;
import org.normdesk.domain.filing.RegistrationNumberTemplate;
import org.normdesk.domain.issuer.Issuer;
import org.normdesk.domain.issuer.OrgKind;
import org.normdesk.domain.issuer.OrgLevel;
import org.normdesk.service.Workspace;
import org.normdesk.service.account.CurrentUser;
import org.normdesk.service.filing.FilingView;
import org.normdesk.service.filing.MaterialInput;
import org.normdesk.service.filing.ReceiveRequest;
import org.normdesk.service.settings.UnitSettings;
import org.normdesk.store.DatabaseConfig;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A real register at the 濮阳市司法局 with three registered filings waiting for review, seen on Monday
 * 14 October 2019: 清政〔2019〕4号 registered on 2 September (its 20 working days ran out on 8 October, after the
 * National Day week), 清政〔2019〕8号 and 濮教〔2019〕9号 registered on 8 October. Users: 王审查 (reviewer),
 * 李科长 (head); the workspace starts signed in as the reviewer.
 */
public final class ReviewFixture implements AutoCloseable {
    public static final LocalDate TODAY = LocalDate.of(2019, 10, 14);
    public static final Principal REVIEWER = new Principal("wang", "王审查", EnumSet.of(Role.REVIEWER));
    public static final Principal HEAD = new Principal("li", "李科长", EnumSet.of(Role.HEAD));
    public static final Principal CLERK = new Principal("zhao", "赵登记", EnumSet.of(Role.REGISTRAR));
    public static final String OVERDUE_TITLE = "清丰县农村公路养护管理办法";
    public static final String DOG_TITLE = "清丰县城区养犬管理办法";
    public static final String UNIFORM_TITLE = "濮阳市中小学校服管理办法";

    public final MutableClock clock = new MutableClock(LocalDate.of(2019, 9, 2));
    public final CurrentUser user = new CurrentUser(Principal.singleUser("setup"));
    public final Workspace workspace;
    public final Issuer city;
    public final Issuer county;
    public final Issuer education;
    public final long overdueFiling;
    public final long dogFiling;
    public final long uniformFiling;

    public ReviewFixture(DatabaseConfig config, Path dir) {
        workspace = Workspace.open(config, dir.resolve("attachments"), null, clock, user);
        var register = workspace.register();
        city = register.addIssuer(new Issuer(null, "濮阳市人民政府", "濮政", OrgLevel.CITY, OrgKind.GOVERNMENT, null));
        county = register.addIssuer(new Issuer(null, "清丰县人民政府", "清政", OrgLevel.COUNTY, OrgKind.GOVERNMENT, null));
        education = register.addIssuer(new Issuer(null, "濮阳市教育局", "濮教", OrgLevel.CITY, OrgKind.DEPARTMENT,
                city.id()));
        workspace.settings().save(new UnitSettings("濮阳市司法局", "濮",
                new RegistrationNumberTemplate(RegistrationNumberTemplate.DEFAULT), MaterialKind.defaultRequired(),
                Set.of(city.id())));
        overdueFiling = receiveAndRegister(OVERDUE_TITLE, "清政〔2019〕4号", county, "2019-08-12", "2019-08-30");
        clock.setDay(LocalDate.of(2019, 10, 8));
        dogFiling = receiveAndRegister(DOG_TITLE, "清政〔2019〕8号", county, "2019-09-10", "2019-09-29");
        uniformFiling = receiveAndRegister(UNIFORM_TITLE, "濮教〔2019〕9号", education, "2019-09-25", "2019-10-08");
        clock.setDay(TODAY);
        user.signIn(REVIEWER);
    }

    private long receiveAndRegister(String title, String number, Issuer issuer, String published, String received) {
        DocumentType type = issuer.kind().issuesGovernmentDocuments()
                ? DocumentType.GOVERNMENT_NORMATIVE : DocumentType.DEPARTMENT_NORMATIVE;
        FilingView view = workspace.filings().receive(new ReceiveRequest(null, new DocumentInput(title, number,
                List.of(issuer.id()), type, null, null, published, null, null, null), issuer.id(), received,
                FilingChannel.PAPER, MaterialKind.defaultRequired().stream().map(MaterialInput::present).toList(), true));
        return workspace.filings().register(view.filing().id(), view.filing().version(), true, true).filing().id();
    }

    /** Acts as {@code who} from now on. */
    public ReviewFixture as(Principal who) {
        user.signIn(who);
        return this;
    }

    @Override
    public void close() {
        workspace.close();
    }
}
