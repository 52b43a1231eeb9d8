package org.thinktank.surveyflow.plan.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.thinktank.surveyflow.plan.PlanContent;
import org.thinktank.surveyflow.plan.PlanSite;
import org.thinktank.surveyflow.problem.InputProblem;
import org.thinktank.surveyflow.problem.InputText;

/**
 * The lead's plan form: the sites come as three parallel lists, a row of inputs per site; a row left empty is no site.
 * Dates are read here rather than bound, so that a bad one is reported as the site's.
 */
record PlanPageForm(String objectives, String researchQuestions, List<String> sitePlace, List<String> siteStartsOn,
                    List<String> siteEndsOn, String interviewees, String methods, String schedule, String budgetNote) {

    /** The rows the form offers: the plan's sites and a few empty ones. */
    private static final int EMPTY_ROWS = 2;

    PlanPageForm {
        sitePlace = orEmpty(sitePlace);
        siteStartsOn = orEmpty(siteStartsOn);
        siteEndsOn = orEmpty(siteEndsOn);
    }

    static PlanPageForm of(PlanContent content) {
        return new PlanPageForm(content.objectives(), content.researchQuestions(),
                content.sites().stream().map(PlanSite::place).toList(),
                content.sites().stream().map(site -> site.startsOn().toString()).toList(),
                content.sites().stream().map(site -> site.endsOn().toString()).toList(),
                content.interviewees(), content.methods(), content.schedule(), content.budgetNote());
    }

    /** A row of the site inputs as typed. */
    public record SiteRow(String place, String startsOn, String endsOn) {
    }

    public List<SiteRow> rows() {
        List<SiteRow> rows = new ArrayList<>();
        int typed = Math.max(sitePlace.size(), Math.max(siteStartsOn.size(), siteEndsOn.size()));
        for (int i = 0; i < typed; i++) {
            if (!isEmptyRow(i)) {
                rows.add(new SiteRow(at(sitePlace, i), at(siteStartsOn, i), at(siteEndsOn, i)));
            }
        }
        for (int i = 0; i < EMPTY_ROWS; i++) {
            rows.add(new SiteRow("", "", ""));
        }
        return rows;
    }

    /** The plan as typed; {@code problems} receives each site date that is missing or not a date. */
    PlanContent content(List<InputProblem> problems) {
        List<PlanSite> sites = new ArrayList<>();
        int typed = Math.max(sitePlace.size(), Math.max(siteStartsOn.size(), siteEndsOn.size()));
        for (int i = 0; i < typed; i++) {
            if (isEmptyRow(i)) {
                continue;
            }
            int index = sites.size();
            LocalDate startsOn = date(at(siteStartsOn, i), "sites[" + index + "].startsOn", problems);
            LocalDate endsOn = date(at(siteEndsOn, i), "sites[" + index + "].endsOn", problems);
            sites.add(new PlanSite(at(sitePlace, i), startsOn, endsOn));
        }
        return new PlanContent(objectives, researchQuestions, sites, interviewees, methods, schedule, budgetNote);
    }

    private boolean isEmptyRow(int i) {
        return at(sitePlace, i).isBlank() && at(siteStartsOn, i).isBlank() && at(siteEndsOn, i).isBlank();
    }

    private static LocalDate date(String text, String field, List<InputProblem> problems) {
        if (text.isBlank()) {
            problems.add(InputProblem.of(field, "plan.error.dateMissing"));
            return null;
        }
        try {
            return InputText.isoDate(text.strip());
        } catch (DateTimeParseException e) {
            problems.add(InputProblem.of(field, "plan.error.notADate", text));
            return null;
        }
    }

    private static String at(List<String> values, int i) {
        return i < values.size() && values.get(i) != null ? values.get(i) : "";
    }

    private static List<String> orEmpty(List<String> values) {
        return values == null ? List.of() : values;
    }
}
