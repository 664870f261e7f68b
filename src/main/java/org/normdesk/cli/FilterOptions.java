package org.normdesk.cli;

import org.normdesk.domain.common.DateRange;
import org.normdesk.domain.common.NotFoundException;
import org.normdesk.domain.common.RelativePeriod;
import org.normdesk.domain.document.DocumentQuery;
import org.normdesk.domain.document.DocumentType;
import org.normdesk.domain.issuer.OrgLevel;
import org.normdesk.domain.document.LifecycleStatus;
import org.normdesk.service.Workspace;
import org.normdesk.service.search.ViewFilter;
import picocli.CommandLine.Option;

import java.util.List;
import java.util.Set;

/** The register's filters as options, shared by {@code search}, {@code export} and {@code views save}. */
final class FilterOptions {
    @Option(names = "--status", split = ",", converter = EnumNames.StatusConverter.class, paramLabel = "STATUS",
            description = "valid, amended, expired, repealed, revoked, not-yet-effective (comma separated).")
    List<LifecycleStatus> statuses = List.of();

    @Option(names = "--type", split = ",", converter = EnumNames.TypeConverter.class, paramLabel = "TYPE",
            description = "government-normative, department-normative, government-rule.")
    List<DocumentType> types = List.of();

    @Option(names = "--year", description = "Year of publication.")
    Integer year;

    @Option(names = "--level", split = ",", converter = EnumNames.LevelConverter.class, paramLabel = "LEVEL",
            description = "Level of the lead body: province, city, county, township.")
    List<OrgLevel> levels = List.of();

    @Option(names = "--issuer", paramLabel = "NAME", description = "Only documents of this issuing body.")
    String issuerName;

    @Option(names = "--valid-until-in", paramLabel = "YEAR", description = "Validity ends in this year.")
    Integer validUntilYear;

    @Option(names = "--valid-until-period", converter = EnumNames.PeriodConverter.class, paramLabel = "PERIOD",
            description = "Validity ends in: this-year, last-year, next-year, next-6-months, last-12-months "
                    + "(relative to the day the view is used).")
    RelativePeriod validUntilPeriod;

    @Option(names = "--status-changed-in", paramLabel = "YEAR",
            description = "The current status began in this year (e.g. repealed in 2019).")
    Integer statusChangedYear;

    boolean isEmpty() {
        return statuses.isEmpty() && types.isEmpty() && year == null && levels.isEmpty() && issuerName == null
                && validUntilYear == null && validUntilPeriod == null && statusChangedYear == null;
    }

    /** The filters (and {@code text}) as a view filter; the issuer is looked up by name. */
    ViewFilter toFilter(Workspace workspace, String text) {
        Long issuerId = issuerName == null ? null : workspace.register().issuers().stream()
                .filter(i -> i.name().equals(issuerName.strip())).findFirst()
                .orElseThrow(() -> new NotFoundException("issuer", issuerName)).id();
        DocumentQuery q = new DocumentQuery(text, Set.copyOf(statuses), Set.copyOf(types), year, issuerId,
                DocumentQuery.DEFAULT_LIMIT, Set.copyOf(levels), Set.of(), Set.of(),
                validUntilYear == null ? null : DateRange.year(validUntilYear),
                statusChangedYear == null ? null : DateRange.year(statusChangedYear), 0);
        return ViewFilter.of(q).withValidUntilPeriod(validUntilPeriod);
    }
}
