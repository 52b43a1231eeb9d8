package org.thinktank.surveyflow.export.excel;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.thinktank.surveyflow.adoption.MeetingAdoption;
import org.thinktank.surveyflow.adoption.MeetingAdoptions;
import org.thinktank.surveyflow.audit.AuditTrail;
import org.thinktank.surveyflow.findings.FindingsBook;
import org.thinktank.surveyflow.meeting.Meeting;
import org.thinktank.surveyflow.meeting.MeetingCatalog;
import org.thinktank.surveyflow.programme.ProgrammeReader;
import org.thinktank.surveyflow.plan.PlanReader;
import org.thinktank.surveyflow.plan.PlanVersion;
import org.thinktank.surveyflow.questionnaire.ReportTables;
import org.thinktank.surveyflow.review.ReviewDesk;
import org.thinktank.surveyflow.security.UserDirectory;
import org.thinktank.surveyflow.survey.DueDates;
import org.thinktank.surveyflow.survey.Survey;
import org.thinktank.surveyflow.survey.SurveyHistory;
import org.thinktank.surveyflow.survey.SurveyRegistry;
import org.thinktank.surveyflow.survey.SurveyStage;
import org.thinktank.surveyflow.time.WorkCalendar;
import org.thinktank.surveyflow.workflow.TaskTimeline;

/**
 * The content of a meeting's workbook from the database and the engine's history. Findings, reviews and tasks
 * are read one investigation at a time as the workbook streams, never a whole meeting at once.
 */
@Service
public class MeetingWorkbooks {

    private final MeetingCatalog meetings;
    private final SurveyRegistry surveys;
    private final SurveyHistory history;
    private final FindingsBook findings;
    private final ReviewDesk reviews;
    private final TaskTimeline timeline;
    private final WorkCalendar calendar;
    private final AuditTrail audit;
    private final UserDirectory users;
    private final MessageSource messages;
    private final ProgrammeReader programme;
    private final PlanReader plans;
    private final MeetingAdoptions adoptions;
    private final ReportTables datasets;

    MeetingWorkbooks(MeetingCatalog meetings, SurveyRegistry surveys, SurveyHistory history, FindingsBook findings,
                     ReviewDesk reviews, TaskTimeline timeline, WorkCalendar calendar, AuditTrail audit,
                     UserDirectory users, MessageSource messages, ProgrammeReader programme, PlanReader plans,
                     MeetingAdoptions adoptions, ReportTables datasets) {
        this.datasets = datasets;
        this.adoptions = adoptions;
        this.plans = plans;
        this.meetings = meetings;
        this.surveys = surveys;
        this.history = history;
        this.findings = findings;
        this.reviews = reviews;
        this.timeline = timeline;
        this.calendar = calendar;
        this.audit = audit;
        this.users = users;
        this.messages = messages;
        this.programme = programme;
    }

    public Meeting meeting(long meetingId) {
        return meetings.require(meetingId);
    }

    /**
     * The workbook of a meeting in a reader's language; the caller has checked that its reader is an organizer. The
     * people it names are looked up once: a meeting's people are a few hundred accounts at most.
     */
    public MeetingWorkbook of(Meeting meeting, boolean withConfidentialComments, Locale locale) {
        List<Survey> all = surveys.ofMeetingUnchecked(meeting.id());
        Instant now = calendar.now();
        LocalDate today = calendar.today();
        WorkbookLanguage language = new WorkbookLanguage(messages, locale);
        return new MeetingWorkbook(meeting.code(), meeting.name(), calendar.zone(), now, language,
                new People(users.all(), language),
                all.stream().map(survey -> row(survey, now, today)).toList(),
                () -> all.stream().flatMap(survey -> findings.submittedInUnchecked(survey.id()).stream()
                        .map(finding -> new FindingRow(survey.businessKey(), survey.region(), finding))).iterator(),
                () -> all.stream().flatMap(survey -> reviews.allOfUnchecked(survey.id()).stream()
                        .map(review -> new ReviewRow(survey.businessKey(), survey.region(), review))).iterator(),
                () -> all.stream().flatMap(survey -> timeline.of(survey.businessKey()).stream()).iterator(),
                withConfidentialComments ? auditOf(meeting, all) : List.of(), withConfidentialComments,
                programme.ofUnchecked(meeting).slots().stream().map(ProgrammeRow::of).toList(),
                plansOf(all))
                .withDatasets(datasets.forWorkbook(meeting.id(), withConfidentialComments))
                .withAdoption(adoptionOf(meeting));
    }

    /** The adoption sheets come once a report of the meeting is approved and its recommendations tracked. */
    private MeetingAdoption adoptionOf(Meeting meeting) {
        MeetingAdoption adoption = adoptions.of(meeting.id());
        return adoption.recommendations().isEmpty() ? null : adoption;
    }

    private List<PlanRow> plansOf(List<Survey> all) {
        Map<Long, PlanVersion> approved = plans.approvedUnchecked(all.stream().map(Survey::id).toList());
        return all.stream().map(survey -> new PlanRow(survey.businessKey(), survey.topic(), approved.get(survey.id())))
                .toList();
    }

    /** The events about the meeting itself, then each investigation's, read one investigation at a time. */
    private Iterable<AuditRow> auditOf(Meeting meeting, List<Survey> all) {
        return () -> Stream.concat(
                audit.ofMeetingUnchecked(meeting.id()).stream().map(event -> new AuditRow(null, event)),
                all.stream().flatMap(survey -> audit.ofSurveyUnchecked(survey.id()).stream()
                        .map(event -> new AuditRow(survey.businessKey(), event)))).iterator();
    }

    private SurveyRow row(Survey survey, Instant now, LocalDate today) {
        LocalDate due = dueIn(survey.stage(), survey.dueDates());
        return new SurveyRow(survey.businessKey(), survey.topic(), survey.region(), survey.lead(), survey.team(),
                survey.reviewers(), survey.stage(), survey.stageEnteredAt(), due, due != null && today.isAfter(due),
                StageDurations.daysIn(survey.launchedAt(), history.ofUnchecked(survey.id()), now));
    }

    static LocalDate dueIn(SurveyStage stage, DueDates due) {
        return due.ofStage(stage);
    }
}
