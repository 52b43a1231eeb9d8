package org.thinktank.surveyflow.adoption;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * After the meeting: the months after its first day at which each lead is asked for an update of the adoption
 * record, unless the meeting's organizers set their own, and how long the lead has for each update. Months out of
 * order stop the application from starting.
 */
@ConfigurationProperties("surveyflow.follow-up")
public record FollowUpDefaults(@DefaultValue("3,6") List<Integer> months,
                               @DefaultValue("P14D") Duration updatePeriod) {

    public FollowUpDefaults {
        if (!new FollowUpPoints(months).problems().isEmpty()) {
            throw new IllegalArgumentException("surveyflow.follow-up.months must be ascending months from "
                    + FollowUpPoints.FIRST + " to " + FollowUpPoints.LAST + ", not " + months);
        }
    }
}
