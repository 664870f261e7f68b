package org.normdesk.ui;

import org.normdesk.domain.document.DocumentInput;
import org.normdesk.domain.document.DocumentType;
import org.normdesk.domain.document.LifecycleStatus;
import org.normdesk.domain.document.NormativeDocument;
import org.normdesk.domain.issuer.Issuer;
import org.normdesk.domain.issuer.OrgKind;
import org.normdesk.domain.issuer.OrgLevel;
import org.normdesk.service.DataFolder;
import org.normdesk.service.Workspace;
import org.normdesk.service.i18n.Messages;
import org.normdesk.service.register.RegisterService;
import org.normdesk.testing.MutableClock;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * A real register on an H2 file whose clock a test moves, seen first on 2 March 2020. Validity ends are chosen
 * around that day:
 * <pre>
 *   濮政〔2015〕8号   户外广告设置管理办法      valid until 2020-02-29  (ended: nobody has expired it yet)
 *   濮政办〔2018〕9号 城区停车管理暂行办法       valid until 2020-03-02  (ends today: expires tomorrow)
 *   濮政〔2015〕20号  城市绿化管理办法           valid until 2020-03-25  (within a month)
 *   濮政〔2015〕31号  燃气管理办法               valid until 2020-04-20  (within two months)
 *   濮教〔2015〕6号   中小学校安全管理办法       valid until 2020-08-10  (within six months: to evaluate)
 *   濮政〔2019〕12号  物业服务管理办法           valid until 2024-12-31
 *   濮政〔2020〕5号   关于修改和废止部分规范性文件的决定  (acts on others)
 * </pre>
 */
public final class LifecycleFixture implements AutoCloseable {
    public static final LocalDate FIRST_DAY = LocalDate.of(2020, 3, 2);
    public static final String ADS = "濮阳市户外广告设置管理办法";
    public static final String PARKING = "濮阳市城区停车管理暂行办法";
    public static final String GREENING = "濮阳市城市绿化管理办法";
    public static final String GAS = "濮阳市燃气管理办法";
    public static final String SCHOOLS = "濮阳市中小学校安全管理办法";
    public static final String PROPERTY = "濮阳市物业服务管理办法";
    public static final String DECISION = "濮阳市人民政府关于修改和废止部分规范性文件的决定";

    public final MutableClock clock = new MutableClock(FIRST_DAY);
    public final Workspace workspace;
    public final Messages messages = Messages.load(Locale.SIMPLIFIED_CHINESE);
    public final Issuer city;
    public final Issuer education;
    public final NormativeDocument ads;
    public final NormativeDocument parking;
    public final NormativeDocument greening;
    public final NormativeDocument gas;
    public final NormativeDocument schools;
    public final NormativeDocument property;
    public final NormativeDocument decision;

    public LifecycleFixture(Path dir) {
        workspace = Workspace.openEmbedded(new DataFolder(dir), clock);
        RegisterService register = workspace.register();
        city = register.addIssuer(new Issuer(null, "濮阳市人民政府", "濮政", OrgLevel.CITY, OrgKind.GOVERNMENT, null));
        education = register.addIssuer(new Issuer(null, "濮阳市教育局", "濮教", OrgLevel.CITY, OrgKind.DEPARTMENT,
                city.id()));
        ads = add(ADS, "濮政〔2015〕8号", city, "2015-02-10", "2015-03-01", "2020-02-29");
        parking = add(PARKING, "濮政办〔2018〕9号", city, "2018-02-20", "2018-03-03", "2020-03-02");
        greening = add(GREENING, "濮政〔2015〕20号", city, "2015-03-10", "2015-03-26", "2020-03-25");
        gas = add(GAS, "濮政〔2015〕31号", city, "2015-04-01", "2015-04-21", "2020-04-20");
        schools = add(SCHOOLS, "濮教〔2015〕6号", education, "2015-07-20", "2015-08-11", "2020-08-10");
        property = add(PROPERTY, "濮政〔2019〕12号", city, "2019-12-20", "2020-01-01", "2024-12-31");
        decision = add(DECISION, "濮政〔2020〕5号", city, "2020-02-20", "2020-02-20", "2025-02-19");
    }

    private NormativeDocument add(String title, String number, Issuer issuer, String published, String effective,
                                  String validUntil) {
        DocumentType type = issuer.kind().issuesGovernmentDocuments()
                ? DocumentType.GOVERNMENT_NORMATIVE : DocumentType.DEPARTMENT_NORMATIVE;
        // VALID even where the validity has ended: a register brought in before anyone expired it
        return workspace.register().add(new DocumentInput(title, number, List.of(issuer.id()), type, "城市管理", null,
                published, effective, validUntil, LifecycleStatus.VALID));
    }

    public RegisterService register() {
        return workspace.register();
    }

    @Override
    public void close() {
        workspace.close();
    }
}
