package org.thinktank.surveyflow;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.Arrays;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;

/**
 * The module structure. Each top-level package is a feature module; its {@code web} package is a module of its
 * own, one layer up: pages compose the features and the workflow, the workflow drives the features, and the
 * features know neither. Between all of these modules there is no cycle, with no exemption.
 */
@AnalyzeClasses(packages = "org.thinktank.surveyflow", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    private static final String BASE = "org.thinktank.surveyflow.";

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
    static final ArchRule theDomainFeaturesDoNotKnowTheWorkflow =
            noClasses().that().resideInAnyPackage("..survey..", "..findings..", "..report..", "..review..",
                            "..decision..", "..meeting..", "..security..", "..notification..")
                    .and().resideOutsideOfPackage("org.thinktank.surveyflow..web..")
                    .should().dependOnClassesThat().resideInAPackage("org.thinktank.surveyflow.workflow..");

    @ArchTest
    static final ArchRule outsideTheWorkflowOnlyItsTypedDoorIsUsed =
            noClasses().that().resideOutsideOfPackage("org.thinktank.surveyflow.workflow..")
                    .should().dependOnClassesThat().resideInAnyPackage("org.thinktank.surveyflow.workflow.bpmn..",
                            "org.thinktank.surveyflow.workflow.task..", "org.thinktank.surveyflow.workflow.diagram..")
                    .orShould().dependOnClassesThat().belongToAnyOf(
                            org.thinktank.surveyflow.workflow.SurveyProcess.class,
                            org.thinktank.surveyflow.workflow.SurveyProcess.Variables.class)
                    .because("pages and controllers call SurveyTasks and never name task keys or variables");

    @ArchTest
    static final ArchRule nothingBelowThePagesDependsOnAPage =
            noClasses().that().resideOutsideOfPackage("org.thinktank.surveyflow..web..")
                    .should().dependOnClassesThat().resideInAPackage("org.thinktank.surveyflow..web..");

    /** SQL lives only in the features' repositories (docs/adr/0002-plain-jdbc.md). */
    @ArchTest
    static final ArchRule onlyRepositoriesRunSql =
            noClasses().that().haveSimpleNameNotEndingWith("Repository")
                    .should().dependOnClassesThat().resideInAPackage("org.springframework.jdbc..");

    @ArchTest
    static final ArchRule modulesHaveNoCycles = slices().assignedFrom(new FeatureModules()).should().beFreeOfCycles();

    /** {@code x.y.z} belongs to module {@code x}; {@code x.web} (and below) to module {@code x.web}. */
    static final class FeatureModules implements SliceAssignment {

        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            String name = javaClass.getPackageName();
            if (!name.startsWith(BASE)) {
                return SliceIdentifier.ignore();
            }
            String[] parts = name.substring(BASE.length()).split("\\.");
            boolean page = parts.length > 1 && Arrays.asList(parts).contains("web");
            return SliceIdentifier.of(page ? parts[0] + ".web" : parts[0]);
        }

        @Override
        public String getDescription() {
            return "feature modules, each with its pages as a module of their own";
        }
    }
}
