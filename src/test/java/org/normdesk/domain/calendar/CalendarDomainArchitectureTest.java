package org.normdesk.domain.calendar;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class CalendarDomainArchitectureTest {

    @Test
    void the_calendar_domain_uses_only_the_java_time_and_collection_libraries() {
        JavaClasses domain = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.normdesk.domain.calendar");
        classes().should().onlyDependOnClassesThat()
                .resideInAnyPackage("org.normdesk.domain.calendar..", "java.lang..", "java.time..", "java.util..")
                .check(domain);
    }
}
