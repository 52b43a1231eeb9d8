package org.thinktank.surveyflow.schedule;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The schedule of a meeting whose organizers set none, in days before the meeting. A schedule out of order stops
 * the application from starting.
 */
@ConfigurationProperties("surveyflow.deadlines.schedule")
public record ScheduleDefaults(@DefaultValue("-75") int plan, @DefaultValue("-40") int findings,
                               @DefaultValue("-28") int draft, @DefaultValue("-18") int review,
                               @DefaultValue("-10") int approval) {

    public ScheduleDefaults {
        if (!template(plan, findings, draft, review, approval).problems().isEmpty()) {
            throw new IllegalArgumentException("surveyflow.deadlines.schedule.* must be in order (plan < findings < "
                    + "draft < review < approval <= 0), not " + plan + ", " + findings + ", " + draft + ", " + review
                    + ", " + approval);
        }
    }

    ScheduleTemplate template() {
        return template(plan, findings, draft, review, approval);
    }

    private static ScheduleTemplate template(int plan, int findings, int draft, int review, int approval) {
        return new ScheduleTemplate(plan, findings, draft, review, approval);
    }
}
