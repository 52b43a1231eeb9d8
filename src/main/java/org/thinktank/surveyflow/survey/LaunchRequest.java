package org.thinktank.surveyflow.survey;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.thinktank.surveyflow.problem.InputText;
import org.thinktank.surveyflow.problem.SingleLine;

/**
 * What an organizer gives to launch an investigation. The lead joins the team automatically.
 *
 * @param topicEn the topic in English, optional, for the bilingual title of the study report
 * @param planDue the day by which the survey plan is to be approved, not after {@code findingsDue}
 * @param reminderLead how long before each due date the assignees are reminded (ISO 8601, default from configuration)
 * @param revisionPeriod the least time a revision round gives the lead (ISO 8601, default from configuration)
 * @param conflictOverride an organizer's reason to assign reviewers despite a conflict of interest, or null
 */
public record LaunchRequest(
        @NotBlank @Size(max = 32) @SingleLine String meetingCode,
        @NotBlank @Size(max = 300) @SingleLine String topic,
        @Size(max = 300) @SingleLine String topicEn,
        @NotBlank @Size(max = 200) @SingleLine String region,
        @NotBlank @Size(max = 64) @SingleLine String lead,
        @NotNull @Size(max = 30) List<@NotBlank @Size(max = 64) @SingleLine String> team,
        @NotEmpty @Size(max = 10) List<@NotBlank @Size(max = 64) @SingleLine String> reviewers,
        @NotNull LocalDate planDue,
        @NotNull LocalDate findingsDue,
        @NotNull LocalDate draftDue,
        @NotNull LocalDate reviewDue,
        @NotNull LocalDate approvalDue,
        Duration reminderLead,
        Duration revisionPeriod,
        @Valid ConflictOverride conflictOverride) {

    /**
     * A request without an English topic and without a conflict-of-interest override, whose plan is due with the
     * findings: for code that launches without a plan date of its own (the API and the pages ask for one).
     */
    public LaunchRequest(String meetingCode, String topic, String region, String lead, List<String> team,
                         List<String> reviewers, LocalDate findingsDue, LocalDate draftDue, LocalDate reviewDue,
                         LocalDate approvalDue, Duration reminderLead, Duration revisionPeriod) {
        this(meetingCode, topic, null, region, lead, team, reviewers, findingsDue, findingsDue, draftDue, reviewDue,
                approvalDue, reminderLead, revisionPeriod, null);
    }

    /** A request without an English topic and without a conflict-of-interest override. */
    public LaunchRequest(String meetingCode, String topic, String region, String lead, List<String> team,
                         List<String> reviewers, LocalDate planDue, LocalDate findingsDue, LocalDate draftDue,
                         LocalDate reviewDue, LocalDate approvalDue, Duration reminderLead, Duration revisionPeriod) {
        this(meetingCode, topic, null, region, lead, team, reviewers, planDue, findingsDue, draftDue, reviewDue,
                approvalDue, reminderLead, revisionPeriod, null);
    }

    /**
     * Text without the spaces and invisible characters at its edges (see {@link InputText#line}); meeting codes in
     * upper case, as meetings keep them, so {@code am21} is {@code AM21}; an English topic left blank is none.
     */
    public LaunchRequest {
        meetingCode = meetingCode == null ? null : InputText.line(meetingCode).toUpperCase(Locale.ROOT);
        topic = InputText.line(topic);
        topicEn = noneIfEmpty(InputText.line(topicEn));
        region = InputText.line(region);
        lead = InputText.line(lead);
        team = lines(team);
        reviewers = lines(reviewers);
    }

    private static String noneIfEmpty(String text) {
        return text == null || text.isEmpty() ? null : text;
    }

    private static List<String> lines(List<String> texts) {
        return texts == null ? null : texts.stream().map(InputText::line).collect(Collectors.toList());
    }

    DueDates dueDates() {
        return new DueDates(planDue, findingsDue, draftDue, reviewDue, approvalDue);
    }

    /** This request with the given reviewers. */
    public LaunchRequest withReviewers(List<String> reviewers) {
        return new LaunchRequest(meetingCode, topic, topicEn, region, lead, team, reviewers, planDue, findingsDue, draftDue,
                reviewDue, approvalDue, reminderLead, revisionPeriod, conflictOverride);
    }

    /** This request with the given due dates, the plan due no later than the findings. */
    public LaunchRequest withDueDates(LocalDate findingsDue, LocalDate draftDue, LocalDate reviewDue,
                                      LocalDate approvalDue) {
        LocalDate earlierPlanDue = planDue == null || planDue.isAfter(findingsDue) ? findingsDue : planDue;
        return new LaunchRequest(meetingCode, topic, topicEn, region, lead, team, reviewers, earlierPlanDue,
                findingsDue, draftDue, reviewDue, approvalDue, reminderLead, revisionPeriod, conflictOverride);
    }

    /** This request with the plan due on the given day. */
    public LaunchRequest withPlanDue(LocalDate planDue) {
        return new LaunchRequest(meetingCode, topic, topicEn, region, lead, team, reviewers, planDue, findingsDue,
                draftDue, reviewDue, approvalDue, reminderLead, revisionPeriod, conflictOverride);
    }

    /** This request with an organizer's reason to override a conflict of interest. */
    public LaunchRequest withConflictOverride(String reason) {
        return new LaunchRequest(meetingCode, topic, topicEn, region, lead, team, reviewers, planDue, findingsDue, draftDue,
                reviewDue, approvalDue, reminderLead, revisionPeriod, new ConflictOverride(reason));
    }

    /** This request with the topic in English. */
    public LaunchRequest withTopicEn(String topicEn) {
        return new LaunchRequest(meetingCode, topic, topicEn, region, lead, team, reviewers, planDue, findingsDue, draftDue,
                reviewDue, approvalDue, reminderLead, revisionPeriod, conflictOverride);
    }

    /** This request with the given reminder lead. */
    public LaunchRequest withReminderLead(Duration reminderLead) {
        return new LaunchRequest(meetingCode, topic, topicEn, region, lead, team, reviewers, planDue, findingsDue, draftDue,
                reviewDue, approvalDue, reminderLead, revisionPeriod, conflictOverride);
    }
}
