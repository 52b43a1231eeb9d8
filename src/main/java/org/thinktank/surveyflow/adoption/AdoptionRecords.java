package org.thinktank.surveyflow.adoption;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thinktank.surveyflow.audit.AuditEntry;
import org.thinktank.surveyflow.audit.AuditKind;
import org.thinktank.surveyflow.audit.AuditTrail;
import org.thinktank.surveyflow.findings.AttachmentPolicy;
import org.thinktank.surveyflow.findings.Upload;
import org.thinktank.surveyflow.problem.ConflictException;
import org.thinktank.surveyflow.problem.InputProblem;
import org.thinktank.surveyflow.problem.InvalidRequestException;
import org.thinktank.surveyflow.problem.NotFoundException;
import org.thinktank.surveyflow.problem.Reason;
import org.thinktank.surveyflow.security.Actor;
import org.thinktank.surveyflow.survey.Survey;
import org.thinktank.surveyflow.time.WorkCalendar;

/**
 * An investigation's recommendations and what happened to each: read by its team and the organizers, steps recorded
 * in order by its lead and the organizers, the latest step taken back by organizers to correct a mistake. A
 * recommendation adopted or declined is settled: no step follows until the one that settled it is taken back.
 */
@Service
public class AdoptionRecords {

    /** A scan of an instruction or of evidence: PDF or an image. */
    private static final Set<String> SCAN_TYPES = Set.of("pdf", "png", "jpg", "jpeg");

    private final RecommendationRepository recommendations;
    private final AdoptionStepRepository steps;
    private final RecommendationTracking tracking;
    private final AdoptionAccess access;
    private final AttachmentPolicy attachments;
    private final AuditTrail audit;
    private final WorkCalendar calendar;
    private final ApplicationEventPublisher events;

    AdoptionRecords(RecommendationRepository recommendations, AdoptionStepRepository steps,
                    RecommendationTracking tracking, AdoptionAccess access, AttachmentPolicy attachments,
                    AuditTrail audit, WorkCalendar calendar, ApplicationEventPublisher events) {
        this.recommendations = recommendations;
        this.steps = steps;
        this.tracking = tracking;
        this.access = access;
        this.attachments = attachments;
        this.audit = audit;
        this.calendar = calendar;
        this.events = events;
    }

    /** The investigation's recommendations with their steps; empty before its report is approved. */
    @Transactional
    public List<RecommendationRecord> of(long surveyId, Actor actor) {
        Survey survey = access.readable(surveyId, actor);
        tracking.trackIfPublishedBefore(survey);
        return ofUnchecked(surveyId);
    }

    /** Whether every recommendation of the investigation is adopted or declined (false when it has none). */
    public boolean allSettledUnchecked(long surveyId) {
        List<RecommendationRecord> all = ofUnchecked(surveyId);
        return !all.isEmpty() && all.stream().allMatch(RecommendationRecord::settled);
    }

    @Transactional
    public RecommendationRecord record(long surveyId, long recommendationId, Actor actor, StepForm form,
                                       Optional<Upload> upload) {
        access.writable(surveyId, actor);
        recommendations.lockOfSurvey(surveyId);
        RecommendationRecord recommendation = find(surveyId, recommendationId);
        if (recommendation.settled()) {
            throw new ConflictException(Reason.of("refusal.recommendationSettled", recommendation.number()));
        }
        List<RecordedStep> before = recommendation.steps();
        LocalDate lastOn = before.isEmpty() ? null : before.get(before.size() - 1).step().on();
        List<InputProblem> problems = new ArrayList<>(
                StepRules.problems(form, recommendation.trackedOn(), lastOn, calendar.today()));
        Optional<StepFile> file = upload.filter(u -> u.fileName() != null && !u.fileName().isBlank())
                .map(u -> scan(u, form, problems));
        if (!problems.isEmpty()) {
            throw InvalidRequestException.of(problems);
        }
        AdoptionStep step = form.step();
        steps.insert(recommendationId, before.size() + 1, step, file, actor.username(), calendar.now());
        audit.record(AuditEntry.of(AuditKind.ADOPTION_STEP_RECORDED, actor.username(),
                "recommendation " + recommendation.number() + ": " + step.kind()).survey(surveyId).after(step));
        events.publishEvent(new AdoptionStepRecorded(surveyId, allSettledUnchecked(surveyId)));
        return find(surveyId, recommendationId);
    }

    /** Takes back the latest step of a recommendation, as organizers correct a step recorded by mistake. */
    @Transactional
    public RecommendationRecord deleteLatest(long surveyId, long recommendationId, Actor actor) {
        access.correctable(surveyId, actor);
        recommendations.lockOfSurvey(surveyId);
        RecommendationRecord recommendation = find(surveyId, recommendationId);
        if (recommendation.steps().isEmpty()) {
            throw new ConflictException(Reason.of("refusal.noAdoptionStep", recommendation.number()));
        }
        RecordedStep latest = recommendation.steps().get(recommendation.steps().size() - 1);
        steps.delete(latest.id());
        audit.record(AuditEntry.of(AuditKind.ADOPTION_STEP_DELETED, actor.username(),
                "recommendation " + recommendation.number() + ": " + latest.step().kind()).survey(surveyId)
                .change(latest.step(), null));
        return find(surveyId, recommendationId);
    }

    public StepFile attachment(long surveyId, long recommendationId, long stepId, Actor actor) {
        access.readable(surveyId, actor);
        find(surveyId, recommendationId);
        return steps.file(recommendationId, stepId)
                .orElseThrow(() -> new NotFoundException(Reason.of("refusal.noAdoptionAttachment", String.valueOf(stepId))));
    }

    List<RecommendationRecord> ofUnchecked(long surveyId) {
        return withSteps(recommendations.ofSurvey(surveyId));
    }

    List<RecommendationRecord> withSteps(List<RecommendationRepository.Row> rows) {
        Map<Long, List<RecordedStep>> byRecommendation = steps.of(rows.stream().map(RecommendationRepository.Row::id)
                .toList()).stream().collect(Collectors.groupingBy(AdoptionStepRepository.Row::recommendationId,
                Collectors.mapping(AdoptionStepRepository.Row::step, Collectors.toList())));
        return rows.stream().map(row -> new RecommendationRecord(row.id(), row.surveyId(), row.number(), row.text(),
                row.trackedOn(), byRecommendation.getOrDefault(row.id(), List.of()))).toList();
    }

    private RecommendationRecord find(long surveyId, long recommendationId) {
        return recommendations.find(surveyId, recommendationId).map(row -> withSteps(List.of(row)).get(0))
                .orElseThrow(() -> new NotFoundException(Reason.of("refusal.noRecommendation", String.valueOf(recommendationId))));
    }

    private StepFile scan(Upload upload, StepForm form, List<InputProblem> problems) {
        String name = AttachmentPolicy.safeName(upload.fileName());
        if (form.kind() != AdoptionStep.Kind.INSTRUCTION && form.kind() != AdoptionStep.Kind.DECLINED) {
            problems.add(InputProblem.of("attachment", "adoption.error.noAttachmentForKind"));
        } else if (!SCAN_TYPES.contains(extensionOf(name))) {
            problems.add(InputProblem.of("attachment", "adoption.error.scanType", name));
        } else {
            attachments.check(name, upload.content().length).forEach(problem -> problems.add(
                    InputProblem.of("attachment", problem.reason().code(), problem.reason().arguments())));
        }
        return new StepFile(name, attachments.contentTypeOf(name) == null ? "application/octet-stream"
                : attachments.contentTypeOf(name), upload.content());
    }

    private static String extensionOf(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
