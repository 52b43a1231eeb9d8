package org.thinktank.surveyflow.export.word;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.thinktank.surveyflow.decision.Decision;
import org.thinktank.surveyflow.decision.OrganizerDecisions;
import org.thinktank.surveyflow.export.FileNames;
import org.thinktank.surveyflow.findings.FindingsBook;
import org.thinktank.surveyflow.meeting.Meeting;
import org.thinktank.surveyflow.meeting.MeetingCatalog;
import org.thinktank.surveyflow.report.ReportArchive;
import org.thinktank.surveyflow.report.ReportVersion;
import org.thinktank.surveyflow.review.Review;
import org.thinktank.surveyflow.review.ReviewDesk;
import org.thinktank.surveyflow.security.Actor;
import org.thinktank.surveyflow.security.AppUser;
import org.thinktank.surveyflow.security.UserDirectory;
import org.thinktank.surveyflow.survey.Survey;
import org.thinktank.surveyflow.survey.SurveyAccess;
import org.thinktank.surveyflow.time.WorkCalendar;

/**
 * Gathers a submitted version of a study report for one reader: only readers who may see the investigation get
 * it, and the review summary holds just the reviews that reader may see, without confidential comments.
 */
@Service
public class ReportDocuments {

    private final SurveyAccess access;
    private final ReportArchive reports;
    private final MeetingCatalog meetings;
    private final FindingsBook findings;
    private final ReviewDesk reviews;
    private final OrganizerDecisions decisions;
    private final UserDirectory users;
    private final WorkCalendar calendar;

    ReportDocuments(SurveyAccess access, ReportArchive reports, MeetingCatalog meetings, FindingsBook findings,
                    ReviewDesk reviews, OrganizerDecisions decisions, UserDirectory users, WorkCalendar calendar) {
        this.access = access;
        this.reports = reports;
        this.meetings = meetings;
        this.findings = findings;
        this.reviews = reviews;
        this.decisions = decisions;
        this.users = users;
        this.calendar = calendar;
    }

    public ReportDocument of(long surveyId, int versionNumber, Actor reader) {
        Survey survey = access.visible(surveyId, reader);
        ReportVersion version = reports.submittedUnchecked(surveyId, versionNumber);
        Meeting meeting = meetings.find(survey.meetingId()).orElseThrow();
        Function<String, String> name = displayNames(survey);
        List<ReviewLine> reviewLines = reviews.visibleIn(surveyId, reader).stream()
                .filter(review -> review.versionNumber() == versionNumber)
                .map(review -> reviewLine(review, name)).toList();
        SignOff approval = decisions.approvalOfUnchecked(surveyId)
                .filter(decision -> Objects.equals(decision.versionNumber(), versionNumber))
                .map(decision -> signOff(decision, name)).orElse(null);
        return new ReportDocument(survey.businessKey(), meeting.name(), survey.topic(), survey.region(),
                survey.team().stream().map(name).toList(), versionNumber, version.status(),
                calendar.dateOf(version.submittedAt()), version.sections(), findings.submittedInUnchecked(surveyId),
                reviewLines, approval);
    }

    public static String fileName(ReportDocument report) {
        return FileNames.of(report.surveyKey() + " " + report.topic() + " v" + report.version(), "docx");
    }

    private Function<String, String> displayNames(Survey survey) {
        Collection<String> people = new HashSet<>(survey.team());
        people.addAll(survey.reviewers());
        decisions.approvalOfUnchecked(survey.id()).map(Decision::decidedBy).ifPresent(people::add);
        Map<String, String> names = users.findAll(people).stream()
                .collect(Collectors.toMap(AppUser::username, user -> user.displayName() + " (" + user.username() + ")"));
        return username -> names.getOrDefault(username, username);
    }

    private static ReviewLine reviewLine(Review review, Function<String, String> name) {
        return new ReviewLine(name.apply(review.reviewer()), review.relevance(), review.evidence(),
                review.feasibility(), review.clarity(), review.recommendation());
    }

    private SignOff signOff(Decision decision, Function<String, String> name) {
        return new SignOff(name.apply(decision.decidedBy()), LocalDateTime.ofInstant(decision.decidedAt(), calendar.zone()));
    }
}
