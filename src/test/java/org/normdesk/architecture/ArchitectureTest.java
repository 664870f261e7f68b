package org.normdesk.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** Layers: domain → store → service → ui / cli; app is the wiring and may see everything. */
@AnalyzeClasses(packages = "org.normdesk", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    @ArchTest
    static final ArchRule layers = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("domain").definedBy("org.normdesk.domain..")
            .layer("store").definedBy("org.normdesk.store..")
            .layer("service").definedBy("org.normdesk.service..")
            .layer("ui").definedBy("org.normdesk.ui..")
            .layer("cli").definedBy("org.normdesk.cli..")
            .layer("app").definedBy("org.normdesk.app..")
            .whereLayer("app").mayNotBeAccessedByAnyLayer()
            .whereLayer("ui").mayOnlyBeAccessedByLayers("app")
            .whereLayer("cli").mayOnlyBeAccessedByLayers("app")
            .whereLayer("service").mayOnlyBeAccessedByLayers("ui", "cli", "app")
            .whereLayer("store").mayOnlyBeAccessedByLayers("service", "app")
            .whereLayer("domain").mayOnlyBeAccessedByLayers("store", "service", "ui", "cli", "app");

    @ArchTest
    static final ArchRule domainDependsOnNothingOfOurs = noClasses().that().resideInAPackage("org.normdesk.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("org.normdesk.store..", "org.normdesk.service..",
                    "org.normdesk.ui..", "org.normdesk.cli..", "org.normdesk.app..");

    @ArchTest
    static final ArchRule domainDoesNoIo = noClasses().that().resideInAPackage("org.normdesk.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.jooq..", "java.sql..", "java.io..",
                    "java.nio.file..", "com.fasterxml..")
            .because("the domain is plain rules, testable without a database or files");

    @ArchTest
    static final ArchRule coreIsHeadless = noClasses()
            .that().resideInAnyPackage("org.normdesk.domain..", "org.normdesk.store..", "org.normdesk.service..",
                    "org.normdesk.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..")
            .because("they must run in the CLI and in plain unit tests");

    @ArchTest
    static final ArchRule sqlOnlyInTheStore = noClasses()
            .that().resideOutsideOfPackage("org.normdesk.store..")
            .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "java.sql..", "org.flywaydb..")
            .because("SQL goes through generated jOOQ classes in the store layer only");

    @ArchTest
    static final ArchRule noCycles = slices().matching("org.normdesk.(*)..").should().beFreeOfCycles();
}
