package org.thinktank.surveyflow.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

/**
 * What a survey plan says. Text fields may be blank in a draft; a submitted plan has its objectives, research
 * questions, methods and at least one site ({@link #missingForSubmission}). The budget note is for the team and the
 * organizers only.
 */
public record PlanContent(
        @Size(max = 4000) String objectives,
        @Size(max = 4000) String researchQuestions,
        @Size(max = 30) List<@Valid PlanSite> sites,
        @Size(max = 4000) String interviewees,
        @Size(max = 4000) String methods,
        @Size(max = 4000) String schedule,
        @Size(max = 2000) String budgetNote) {

    public PlanContent {
        objectives = orEmpty(objectives);
        researchQuestions = orEmpty(researchQuestions);
        sites = sites == null ? List.of() : List.copyOf(sites);
        interviewees = orEmpty(interviewees);
        methods = orEmpty(methods);
        schedule = orEmpty(schedule);
        budgetNote = orEmpty(budgetNote);
    }

    public static PlanContent empty() {
        return new PlanContent("", "", List.of(), "", "", "", "");
    }

    /** The fields a submitted plan may not leave empty, by name. */
    List<String> missingForSubmission() {
        List<String> missing = new ArrayList<>();
        if (objectives.isBlank()) {
            missing.add("objectives");
        }
        if (researchQuestions.isBlank()) {
            missing.add("researchQuestions");
        }
        if (sites.isEmpty()) {
            missing.add("sites");
        }
        if (methods.isBlank()) {
            missing.add("methods");
        }
        return missing;
    }

    /** This plan as a reviewer may read it: without the budget note. */
    public PlanContent withoutBudgetNote() {
        return new PlanContent(objectives, researchQuestions, sites, interviewees, methods, schedule, "");
    }

    /** The plan's texts by field name, the sites one a line, for comparing two versions. */
    public Map<String, String> textsByName() {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("objectives", objectives);
        texts.put("researchQuestions", researchQuestions);
        texts.put("sites", sites.stream().map(site -> site.place() + " " + site.startsOn() + " – " + site.endsOn())
                .collect(Collectors.joining("\n")));
        texts.put("interviewees", interviewees);
        texts.put("methods", methods);
        texts.put("schedule", schedule);
        texts.put("budgetNote", budgetNote);
        return texts;
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text.strip();
    }
}
