package org.thinktank.surveyflow;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;

/**
 * The package structure the code relies on: features talk to the engine only through the workflow package. The main
 * classes are imported once and cached for every architecture test that analyses the same classes.
 */
@AnalyzeClasses(packages = "org.thinktank.surveyflow", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    @ArchTest
    static final ArchRule onlyTheWorkflowPackageUsesTheEngineServices =
            noClasses().that().resideOutsideOfPackage("org.thinktank.surveyflow.workflow..")
                    .should().dependOnClassesThat().areAssignableTo(RuntimeService.class)
                    .orShould().dependOnClassesThat().areAssignableTo(TaskService.class)
                    .orShould().dependOnClassesThat().areAssignableTo(HistoryService.class)
                    .orShould().dependOnClassesThat().areAssignableTo(ManagementService.class)
                    .orShould().dependOnClassesThat().areAssignableTo(RepositoryService.class)
                    .orShould().dependOnClassesThat().areAssignableTo(ProcessEngine.class);

    @ArchTest
    static final ArchRule theDomainFeaturesDoNotKnowTheWorkflowOnlyTheirPagesDo =
            noClasses().that().resideInAnyPackage("..survey..", "..findings..", "..report..", "..review..",
                            "..decision..", "..meeting..", "..security..", "..notification..")
                    .and().resideOutsideOfPackage("..web..")
                    .should().dependOnClassesThat().resideInAPackage("org.thinktank.surveyflow.workflow..");

    /** Page controllers compose the features and the workflow, so dependencies from them are left out here. */
    @ArchTest
    static final ArchRule featurePackagesHaveNoCycles =
            slices().matching("org.thinktank.surveyflow.(*)..").should().beFreeOfCycles()
                    .ignoreDependency(JavaClass.Predicates.resideInAPackage("..web.."), DescribedPredicate.alwaysTrue());
}
