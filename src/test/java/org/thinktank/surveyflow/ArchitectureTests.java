package org.thinktank.surveyflow;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The package structure the code relies on: features talk to the engine only through the workflow package. */
class ArchitectureTests {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.thinktank.surveyflow");

    @Test
    void onlyTheWorkflowPackageUsesTheEngineServices() {
        noClasses().that().resideOutsideOfPackage("org.thinktank.surveyflow.workflow..")
                .should().dependOnClassesThat().areAssignableTo(RuntimeService.class)
                .orShould().dependOnClassesThat().areAssignableTo(TaskService.class)
                .orShould().dependOnClassesThat().areAssignableTo(HistoryService.class)
                .orShould().dependOnClassesThat().areAssignableTo(ManagementService.class)
                .orShould().dependOnClassesThat().areAssignableTo(RepositoryService.class)
                .orShould().dependOnClassesThat().areAssignableTo(ProcessEngine.class)
                .check(classes);
    }

    @Test
    void theDomainFeaturesDoNotKnowTheWorkflowOnlyTheirPagesDo() {
        noClasses().that().resideInAnyPackage("..survey..", "..findings..", "..report..", "..review..",
                        "..decision..", "..meeting..", "..security..", "..notification..")
                .and().resideOutsideOfPackage("..web..")
                .should().dependOnClassesThat().resideInAPackage("org.thinktank.surveyflow.workflow..")
                .check(classes);
    }

    /** SQL lives only in the features' repositories (docs/adr/0002-plain-jdbc.md). */
    @Test
    void onlyRepositoriesRunSql() {
        noClasses().that().haveSimpleNameNotEndingWith("Repository")
                .should().dependOnClassesThat().resideInAPackage("org.springframework.jdbc..")
                .check(classes);
    }

    /** Page controllers compose the features and the workflow, so dependencies from them are left out here. */
    @Test
    void featurePackagesHaveNoCycles() {
        slices().matching("org.thinktank.surveyflow.(*)..").should().beFreeOfCycles()
                .ignoreDependency(JavaClass.Predicates.resideInAPackage("..web.."), DescribedPredicate.alwaysTrue())
                .check(classes);
    }
}
