package org.thinktank.surveyflow.web;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The pages go through the features' services: no Camunda, no JDBC, and page controllers where they belong. */
class WebArchitectureTests {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.thinktank.surveyflow");

    @Test
    void pageCodeNeverTouchesCamundaOrTheDatabase() {
        noClasses().that().resideInAPackage("..web..")
                .should().dependOnClassesThat(resideInAnyPackage("org.camunda..", "org.springframework.jdbc..")
                        .and(not(assignableTo(Throwable.class))))
                .because("pages use the workflow package's services; only the engine's exceptions may be named")
                .check(classes);
    }

    @Test
    void pageControllersAreNamedAndPlacedAlike() {
        classes().that().areAnnotatedWith(PageController.class)
                .should().haveSimpleNameEndingWith("WebController").andShould().resideInAPackage("..web..")
                .check(classes);
    }
}
