package org.thinktank.surveyflow.export.word;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.thinktank.surveyflow.decision.Decision;
import org.thinktank.surveyflow.decision.OrganizerDecisions;
import org.thinktank.surveyflow.export.FileNames;
import org.thinktank.surveyflow.export.template.Branding;
import org.thinktank.surveyflow.export.template.ReportTemplates;
import org.thinktank.surveyflow.findings.Attachment;
import org.thinktank.surveyflow.findings.Finding;
import org.thinktank.surveyflow.findings.FindingAttachments;
import org.thinktank.surveyflow.findings.FindingsBook;
import org.thinktank.surveyflow.meeting.Meeting;
import org.thinktank.surveyflow.meeting.MeetingCatalog;
import org.thinktank.surveyflow.plan.PlanReader;
import org.thinktank.surveyflow.questionnaire.ReportTables;
import org.thinktank.surveyflow.plan.PlanVersion;
import org.thinktank.surveyflow.report.ReportArchive;
import org.thinktank.surveyflow.report.ReportVersion;
import org.thinktank.surveyflow.review.Review;
import org.thinktank.surveyflow.review.ReviewDesk;
import org.thinktank.surveyflow.security.Actor;
import org.thinktank.surveyflow.security.AppUser;
import org.thinktank.surveyflow.security.UserDirectory;
import org.thinktank.surveyflow.survey.Survey;
import org.thinktank.surveyflow.survey.SurveyAccess;
import org.thinktank.surveyflow.survey.SurveyStage;
import org.thinktank.surveyflow.time.WorkCalendar;

/**
 * Gathers a submitted version of a study report for one reader, in the reader's language: only readers who may see
 * the investigation get it, and the review summary holds just the reviews that reader may see, without
 * confidential comments.
 */
@Service
public class ReportDocuments {

    private static final long MAX_PHOTO_BYTES = 10L * 1024 * 1024;

    private final SurveyAccess access;
    private final ReportArchive reports;
    private final MeetingCatalog meetings;
    private final FindingsBook findings;
    private final FindingAttachments attachments;
    private final ReviewDesk reviews;
    private final OrganizerDecisions decisions;
    private final UserDirectory users;
    private final WorkCalendar calendar;
    private final ReportTemplates templates;
    private final PlanReader plans;
    private final ReportTables surveyTables;

    ReportDocuments(SurveyAccess access, ReportArchive reports, MeetingCatalog meetings, FindingsBook findings,
                    FindingAttachments attachments, ReviewDesk reviews, OrganizerDecisions decisions,
                    UserDirectory users, WorkCalendar calendar, ReportTemplates templates, PlanReader plans,
                    ReportTables surveyTables) {
        this.surveyTables = surveyTables;
        this.plans = plans;
        this.access = access;
        this.reports = reports;
        this.meetings = meetings;
        this.findings = findings;
        this.attachments = attachments;
        this.reviews = reviews;
        this.decisions = decisions;
        this.users = users;
        this.calendar = calendar;
        this.templates = templates;
    }

    public ReportDocument of(long surveyId, int versionNumber, Actor reader) {
        Survey survey = access.visible(surveyId, reader);
        ReportVersion version = reports.submittedUnchecked(surveyId, versionNumber);
        Meeting meeting = meetings.find(survey.meetingId()).orElseThrow();
        Optional<Decision> approvalDecision = decisions.approvalOfUnchecked(surveyId);
        Map<String, Person> people = people(survey, approvalDecision);
        Function<String, Person> person = username -> people.getOrDefault(username, new Person(username, null));
        List<ReviewLine> reviewLines = reviews.visibleIn(surveyId, reader).stream()
                .filter(review -> review.versionNumber() == versionNumber)
                .map(review -> reviewLine(review, person)).toList();
        SignOff approval = approvalDecision
                .filter(decision -> Objects.equals(decision.versionNumber(), versionNumber))
                .map(decision -> signOff(decision, person)).orElse(null);
        List<Finding> submitted = findings.submittedInUnchecked(surveyId);
        Branding branding = templates.branding(meeting.id());
        return new ReportDocument(LocaleContextHolder.getLocale(), survey.businessKey(), meeting.name(),
                meeting.city(), survey.topic(), survey.topicEn(), survey.region(), survey.team().stream().map(person).toList(),
                versionNumber, status(survey, versionNumber, approval != null), calendar.dateOf(version.submittedAt()),
                version.sections(), submitted, attachmentsOf(submitted), reviewLines, approval,
                new ThinkTank(orEmpty(branding.thinkTankName()), orEmpty(branding.thinkTankNameEn()), branding.logo()),
                templates.inForce(meeting.id()))
                .withPlan(planOf(survey))
                .withSurveyTables(surveyTables.forReport(surveyId));
    }

    private PlanAppendix planOf(Survey survey) {
        PlanVersion approved = plans.approvedUnchecked(List.of(survey.id())).get(survey.id());
        return approved == null ? null : PlanAppendix.of(approved, calendar.dateOf(approved.decidedAt()));
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    public static String fileName(ReportDocument report) {
        return FileNames.report(report.surveyKey(), report.version(), report.topic(), "docx");
    }

    private ReportStatus status(Survey survey, int versionNumber, boolean approved) {
        if (approved) {
            return survey.stage() == SurveyStage.PUBLISHED ? ReportStatus.PUBLISHED : ReportStatus.APPROVED;
        }
        if (reports.latestSubmittedNumber(survey.id()) > versionNumber) {
            return ReportStatus.SUPERSEDED;
        }
        if (survey.stage() == SurveyStage.CLOSED) {
            return decisions.closedAfterRejectionUnchecked(survey.id()) ? ReportStatus.REJECTED : ReportStatus.CLOSED;
        }
        return ReportStatus.DRAFT;
    }

    private List<ReportAttachment> attachmentsOf(List<Finding> readable) {
        return attachments.of(readable).stream().map(this::reportAttachment).toList();
    }

    private ReportAttachment reportAttachment(Attachment attachment) {
        boolean photo = attachment.contentType().startsWith("image/") && attachment.sizeBytes() <= MAX_PHOTO_BYTES;
        return new ReportAttachment(attachment.id(), attachment.findingId(), attachment.fileName(),
                attachment.contentType(), attachment.sizeBytes(), photo ? attachments.contentOf(attachment) : null);
    }

    private Map<String, Person> people(Survey survey, Optional<Decision> approval) {
        Collection<String> people = new HashSet<>(survey.team());
        people.addAll(survey.reviewers());
        approval.map(Decision::decidedBy).ifPresent(people::add);
        return users.findAll(people).stream()
                .collect(Collectors.toMap(AppUser::username, user -> new Person(user.displayName(), user.institution())));
    }

    private static ReviewLine reviewLine(Review review, Function<String, Person> person) {
        return new ReviewLine(person.apply(review.reviewer()).displayName(), review.relevance(), review.evidence(),
                review.feasibility(), review.clarity(), review.recommendation());
    }

    private SignOff signOff(Decision decision, Function<String, Person> person) {
        return new SignOff(person.apply(decision.decidedBy()).displayName(),
                LocalDateTime.ofInstant(decision.decidedAt(), calendar.zone()));
    }
}
