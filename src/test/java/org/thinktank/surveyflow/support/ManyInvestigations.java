package org.thinktank.surveyflow.support;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.thinktank.surveyflow.meeting.MeetingCatalog;
import org.thinktank.surveyflow.meeting.NewMeeting;
import org.thinktank.surveyflow.security.NewUser;
import org.thinktank.surveyflow.security.Role;
import org.thinktank.surveyflow.security.UserAccounts;
import org.thinktank.surveyflow.survey.LaunchRequest;
import org.thinktank.surveyflow.survey.Survey;
import org.thinktank.surveyflow.survey.SurveyRegistry;
import org.thinktank.surveyflow.time.WorkCalendar;

/**
 * A meeting of its own with as many investigations as a test needs, launched through the application's services (real
 * rows, real process instances) in one transaction, which is what keeps a thousand of them to seconds. Each meeting has
 * a lead and a reviewer of its own (password "demo"), so the lead's open tasks are exactly one per investigation and
 * the demo people's lists stay as other tests expect them.
 */
@Component
public class ManyInvestigations {

    private static final AtomicInteger MEETINGS = new AtomicInteger();

    private final MeetingCatalog meetings;
    private final UserAccounts accounts;
    private final SurveyRegistry registry;
    private final WorkCalendar calendar;
    private final TransactionTemplate transaction;
    private final Surveys surveys;

    public ManyInvestigations(MeetingCatalog meetings, UserAccounts accounts, SurveyRegistry registry,
                              WorkCalendar calendar, PlatformTransactionManager transactions, Surveys surveys) {
        this.surveys = surveys;
        this.meetings = meetings;
        this.accounts = accounts;
        this.registry = registry;
        this.calendar = calendar;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** A meeting, its lead researcher and its reviewer. */
    public record Crowd(long meetingId, String meetingCode, String lead, String reviewer) {
    }

    public Crowd newMeeting() {
        String suffix = Long.toString(System.nanoTime() % 1_000_000_000L, 36) + MEETINGS.incrementAndGet();
        String code = "M" + suffix.toUpperCase(java.util.Locale.ROOT);
        long meetingId = meetings.create(new NewMeeting(code, "Meeting " + code, "Harbin", null, null), Surveys.ORGANIZER)
                .id();
        String lead = "lead-" + suffix;
        String reviewer = "reviewer-" + suffix;
        accounts.createDemoAccount(new NewUser(lead, "Lead " + suffix, null, null, Role.RESEARCHER, "demo"));
        accounts.createDemoAccount(new NewUser(reviewer, "Reviewer " + suffix, null, null, Role.REVIEWER, "demo"));
        return new Crowd(meetingId, code, lead, reviewer);
    }

    /**
     * Launches {@code count} investigations of the meeting, numbered on from {@code first} in their topics, each with
     * its plan approved: the lead's one open task on each is its findings.
     */
    public List<Survey> launch(Crowd crowd, int first, int count) {
        LocalDate today = calendar.today();
        return transaction.execute(status -> {
            List<Survey> launched = new ArrayList<>(count);
            for (int i = first; i < first + count; i++) {
                launched.add(surveys.planApproved(registry.launch(new LaunchRequest(crowd.meetingCode(),
                        "Topic " + i + " 课题", "Region " + i, crowd.lead(), List.of(), List.of(crowd.reviewer()),
                        today.plusDays(10 + i % 7), today.plusDays(20), today.plusDays(30), today.plusDays(35), null,
                        null), Surveys.ORGANIZER)));
            }
            return launched;
        });
    }
}
