package org.thinktank.surveyflow.plan;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thinktank.surveyflow.problem.NotFoundException;
import org.thinktank.surveyflow.problem.Reason;
import org.thinktank.surveyflow.report.ReportDiff;
import org.thinktank.surveyflow.security.Actor;
import org.thinktank.surveyflow.security.Role;
import org.thinktank.surveyflow.survey.Survey;
import org.thinktank.surveyflow.survey.SurveyAccess;

/**
 * Who reads which version of the plan: the team every version, its draft too; organizers and reviewers the
 * submitted ones, reviewers without the budget note. Everyone else is refused as for the investigation itself.
 */
@Service
@Transactional(readOnly = true)
public class PlanReader {

    private final PlanRepository versions;
    private final SurveyAccess access;
    private final ReportDiff diff;

    PlanReader(PlanRepository versions, SurveyAccess access, ReportDiff diff) {
        this.versions = versions;
        this.access = access;
        this.diff = diff;
    }

    /** The versions the reader may see, oldest first. */
    public List<PlanVersion> versions(long surveyId, Actor actor) {
        Survey survey = access.visible(surveyId, actor);
        boolean team = survey.hasOnTeam(actor.username());
        return versions.all(surveyId).stream().filter(version -> team || version.status() != PlanStatus.DRAFT)
                .map(version -> asReadBy(version, actor)).toList();
    }

    /** The latest version the reader may see: the lead's draft for the team; empty when there is none yet. */
    public Optional<PlanVersion> latest(long surveyId, Actor actor) {
        List<PlanVersion> visible = versions(surveyId, actor);
        return visible.isEmpty() ? Optional.empty() : Optional.of(visible.get(visible.size() - 1));
    }

    /** The same as {@link #latest}, refusing when there is none. */
    public PlanVersion current(long surveyId, Actor actor) {
        return latest(surveyId, actor).orElseThrow(() -> new NotFoundException(
                Reason.of("refusal.noPlan", access.visible(surveyId, actor).businessKey())));
    }

    /**
     * What an organizer decides on: the latest submitted version, what changed since the one before and the comment
     * that sent that one back.
     */
    public PlanUnderDecision underDecision(long surveyId, Actor actor) {
        Survey survey = access.visible(surveyId, actor);
        actor.require(Role.ORGANIZER, "decide on survey plans");
        List<PlanVersion> submitted = versions.all(surveyId).stream()
                .filter(version -> version.status() != PlanStatus.DRAFT).toList();
        if (submitted.isEmpty() || submitted.get(submitted.size() - 1).status() != PlanStatus.SUBMITTED) {
            throw new NotFoundException(Reason.of("refusal.noPlanAwaitingDecision"));
        }
        PlanVersion current = submitted.get(submitted.size() - 1);
        PlanVersion previous = submitted.size() > 1 ? submitted.get(submitted.size() - 2) : null;
        return new PlanUnderDecision(survey, current, previous, previous == null ? List.of()
                : diff.compare(previous.content().textsByName(), current.content().textsByName()));
    }

    /** The questionnaire draft of a version, for a reader who may see that version. */
    public QuestionnaireFile questionnaire(long surveyId, int number, Actor actor) {
        PlanVersion version = versions(surveyId, actor).stream().filter(v -> v.number() == number)
                .filter(v -> v.questionnaire() != null).findFirst()
                .orElseThrow(() -> new NotFoundException(Reason.of("refusal.noQuestionnaire", String.valueOf(number))));
        return new QuestionnaireFile(version.questionnaire(), versions.questionnaireContent(version.id()));
    }

    /** The approved plan of each of these investigations that has one, by investigation: for exports that checked access. */
    public Map<Long, PlanVersion> approvedUnchecked(Collection<Long> surveyIds) {
        return versions.approved(surveyIds).stream()
                .collect(Collectors.toMap(PlanVersion::surveyId, Function.identity()));
    }

    private static PlanVersion asReadBy(PlanVersion version, Actor actor) {
        return actor.is(Role.REVIEWER) ? version.withoutBudgetNote() : version;
    }
}
