package org.thinktank.surveyflow.dashboard.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.thinktank.surveyflow.survey.MeetingSurveyFilter;
import org.thinktank.surveyflow.survey.SurveySearch;
import org.thinktank.surveyflow.survey.SurveyStage;

/**
 * The dashboard's filters as the address has them (so that a search can be bookmarked), kept as typed so the form
 * shows them again, and read only when {@link #errors} finds nothing wrong with them.
 */
record InvestigationSearch(String stage, String overdue, String q, String institution) {

    static final InvestigationSearch NONE = new InvestigationSearch(null, null, null, null);

    InvestigationSearch {
        stage = blankToNull(stage);
        overdue = blankToNull(overdue);
        institution = blankToNull(institution);
    }

    /** What is wrong with the values, in the reader's language; empty when they can be read. */
    List<String> errors(MessageSource messages, Locale locale) {
        List<String> errors = new ArrayList<>();
        if (stage != null && Arrays.stream(SurveyStage.values()).noneMatch(s -> s.name().equals(stage))) {
            errors.add(messages.getMessage("search.error.stage", new Object[] {stage}, locale));
        }
        if (overdue != null && !overdue.equals("true") && !overdue.equals("false")) {
            errors.add(messages.getMessage("search.error.overdue", new Object[] {overdue}, locale));
        }
        if (SurveySearch.tooLong(q)) {
            errors.add(messages.getMessage("search.error.text", new Object[] {SurveySearch.MAX_TEXT}, locale));
        }
        return errors;
    }

    public boolean overdueOnly() {
        return "true".equals(overdue);
    }

    /** The filter these values make; only for values without {@link #errors}. */
    MeetingSurveyFilter filter() {
        return new MeetingSurveyFilter(stage == null ? null : SurveyStage.valueOf(stage), overdueOnly(),
                new SurveySearch(q, institution));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
