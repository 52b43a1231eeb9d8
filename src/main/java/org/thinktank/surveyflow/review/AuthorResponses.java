package org.thinktank.surveyflow.review;

import static java.util.function.Function.identity;
import static java.util.stream.Collectors.toMap;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thinktank.surveyflow.audit.AuditEntry;
import org.thinktank.surveyflow.audit.AuditKind;
import org.thinktank.surveyflow.audit.AuditTrail;
import org.thinktank.surveyflow.problem.ConflictException;
import org.thinktank.surveyflow.problem.ForbiddenException;
import org.thinktank.surveyflow.problem.InvalidRequestException;
import org.thinktank.surveyflow.report.ReportArchive;
import org.thinktank.surveyflow.report.ReportSections;
import org.thinktank.surveyflow.report.ReportVersion;
import org.thinktank.surveyflow.security.Actor;
import org.thinktank.surveyflow.security.AppUser;
import org.thinktank.surveyflow.security.Role;
import org.thinktank.surveyflow.security.UserDirectory;
import org.thinktank.surveyflow.survey.Survey;
import org.thinktank.surveyflow.survey.SurveyAccess;
import org.thinktank.surveyflow.survey.SurveyStage;
import org.thinktank.surveyflow.time.WorkCalendar;

/**
 * The lead's answers to the reviews, one per review, as HotCRP's author response: written while the report is revised
 * after a round, saved with the draft, frozen when the next version is submitted. The team reads them all the time;
 * organizers every submitted one, a reviewer the submitted answer to their own review.
 */
@Service
public class AuthorResponses {

    static final int MAX_LENGTH = 20_000;

    private final AuthorResponseRepository responses;
    private final ReviewRepository reviews;
    private final ReviewDesk desk;
    private final ReportArchive reports;
    private final SurveyAccess access;
    private final UserDirectory users;
    private final WorkCalendar calendar;
    private final AuditTrail audit;
    private final MessageSource messages;

    AuthorResponses(AuthorResponseRepository responses, ReviewRepository reviews, ReviewDesk desk,
                    ReportArchive reports, SurveyAccess access, UserDirectory users, WorkCalendar calendar,
                    AuditTrail audit, MessageSource messages) {
        this.responses = responses;
        this.reviews = reviews;
        this.desk = desk;
        this.reports = reports;
        this.access = access;
        this.users = users;
        this.calendar = calendar;
        this.audit = audit;
        this.messages = messages;
    }

    public List<AuthorResponse> visibleIn(long surveyId, Actor actor) {
        return visibleIn(access.visible(surveyId, actor), actor);
    }

    /** The reviews of one version the reader may see, each beside the response to it they may see. */
    public List<AnsweredReview> round(long surveyId, int versionNumber, Actor actor) {
        return round(access.visible(surveyId, actor), versionNumber, actor);
    }

    /** The last round's reviews with their responses while the lead revises the report after it; else none. */
    public List<AnsweredReview> toAnswer(long surveyId, Actor actor) {
        Survey survey = ledBy(surveyId, actor);
        int answered = roundToAnswer(survey);
        return answered == 0 ? List.of() : round(survey, answered, actor);
    }

    /** Saves the lead's answers to reviews of the last round; a blank answer withdraws one. */
    @Transactional
    public List<AuthorResponse> save(long surveyId, Actor actor, List<ResponseText> texts) {
        Survey survey = ledBy(surveyId, actor);
        int answered = roundToAnswer(survey);
        if (answered == 0) {
            throw new ConflictException(message("responses.closed"));
        }
        Map<Long, Review> round = reviews.ofVersion(surveyId, answered).stream().collect(toMap(Review::id, identity()));
        List<String> errors = texts.stream().map(text -> problemWith(text, round, answered)).flatMap(Optional::stream)
                .toList();
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        int changed = texts.stream().mapToInt(text -> text.text().isBlank() ? responses.delete(text.reviewId())
                : responses.save(surveyId, answered, text.reviewId(), text.text(), actor.username(), calendar.now()))
                .sum();
        if (changed > 0) {
            audit.record(AuditEntry.of(AuditKind.DRAFT_SAVED, actor.username(), "responses to the reviews of version "
                    + answered).survey(surveyId));
        }
        return visibleIn(survey, actor);
    }

    /** Saves the report's draft and the answers to the reviews together, or neither. */
    @Transactional
    public ReportVersion saveWithDraft(long surveyId, Actor actor, ReportSections sections, List<ResponseText> texts) {
        if (!texts.isEmpty()) {
            save(surveyId, actor, texts);
        }
        return reports.saveDraft(surveyId, actor, sections);
    }

    private List<AuthorResponse> visibleIn(Survey survey, Actor actor) {
        List<AuthorResponse> all = responses.ofSurvey(survey.id());
        if (survey.hasOnTeam(actor.username())) {
            return all;
        }
        return all.stream().filter(AuthorResponse::isFrozen)
                .filter(response -> actor.is(Role.ORGANIZER) || response.reviewer().equals(actor.username())).toList();
    }

    private List<AnsweredReview> round(Survey survey, int versionNumber, Actor actor) {
        Map<Long, AuthorResponse> byReview = visibleIn(survey, actor).stream()
                .collect(toMap(AuthorResponse::reviewId, identity()));
        return desk.visibleIn(survey, actor).stream().filter(review -> review.versionNumber() == versionNumber)
                .map(review -> new AnsweredReview(review.withoutConfidentialComments(), byReview.get(review.id())))
                .toList();
    }

    /** The version whose reviews the lead answers now: the newest submitted one, while the report is revised. */
    private int roundToAnswer(Survey survey) {
        return survey.stage() == SurveyStage.DRAFTING ? reports.latestSubmittedNumber(survey.id()) : 0;
    }

    private Survey ledBy(long surveyId, Actor actor) {
        Survey survey = access.visible(surveyId, actor);
        if (!survey.isLedBy(actor.username())) {
            throw new ForbiddenException(message("responses.onlyLead"));
        }
        return survey;
    }

    private Optional<String> problemWith(ResponseText text, Map<Long, Review> round, int answered) {
        Review review = round.get(text.reviewId());
        if (review == null) {
            return Optional.of(message("responses.unknownReview", text.reviewId(), answered));
        }
        if (text.text().length() > MAX_LENGTH) {
            return Optional.of(message("responses.tooLong", displayName(review.reviewer()), MAX_LENGTH,
                    text.text().length()));
        }
        return Optional.empty();
    }

    private String displayName(String username) {
        return users.find(username).map(AppUser::displayName).orElse(username);
    }

    private String message(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }
}
