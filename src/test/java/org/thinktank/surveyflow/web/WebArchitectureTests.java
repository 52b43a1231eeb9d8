package org.thinktank.surveyflow.web;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The pages go through the features' services: no Camunda, no JDBC, and page controllers where they belong. Analyses
 * the same classes as {@code ArchitectureTests}, so it reuses their cached import.
 */
@AnalyzeClasses(packages = "org.thinktank.surveyflow", importOptions = ImportOption.DoNotIncludeTests.class)
class WebArchitectureTests {

    @ArchTest
    static final ArchRule pageCodeNeverTouchesCamundaOrTheDatabase =
            noClasses().that().resideInAPackage("..web..")
                    .should().dependOnClassesThat(resideInAnyPackage("org.camunda..", "org.springframework.jdbc..")
                            .and(not(assignableTo(Throwable.class))))
                    .because("pages use the workflow package's services; only the engine's exceptions may be named");

    @ArchTest
    static final ArchRule pageControllersAreNamedAndPlacedAlike =
            classes().that().areAnnotatedWith(PageController.class)
                    .should().haveSimpleNameEndingWith("WebController").andShould().resideInAPackage("..web..");
}
