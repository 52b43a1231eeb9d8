package org.thinktank.surveyflow.questionnaire;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.thinktank.surveyflow.audit.AuditEntry;
import org.thinktank.surveyflow.audit.AuditKind;
import org.thinktank.surveyflow.audit.AuditTrail;
import org.thinktank.surveyflow.findings.AttachmentPolicy;
import org.thinktank.surveyflow.problem.ConflictException;
import org.thinktank.surveyflow.problem.ForbiddenException;
import org.thinktank.surveyflow.problem.InputProblem;
import org.thinktank.surveyflow.problem.InputText;
import org.thinktank.surveyflow.problem.InvalidRequestException;
import org.thinktank.surveyflow.problem.NotFoundException;
import org.thinktank.surveyflow.problem.Reason;
import org.thinktank.surveyflow.security.Actor;
import org.thinktank.surveyflow.security.Role;
import org.thinktank.surveyflow.survey.Survey;
import org.thinktank.surveyflow.survey.SurveyAccess;
import org.thinktank.surveyflow.survey.SurveyStage;
import org.thinktank.surveyflow.time.WorkCalendar;

/**
 * The questionnaire datasets of an investigation. Its researchers upload them while they collect findings and draft
 * the report; the team and organizers read them (the raw file holds personal data); reviewers see none, only the
 * tables chosen into the report. The uploader or the lead delete one before review.
 */
@Service
@EnableConfigurationProperties(DatasetLimits.class)
public class QuestionnaireDatasets {

    /** The stages in which the team still changes the data behind its report. */
    static final Set<SurveyStage> OPEN = EnumSet.of(SurveyStage.FINDINGS, SurveyStage.DRAFTING);
    private static final Map<String, String> TYPES = Map.of(
            "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "csv", "text/csv");
    private static final int TITLE_LENGTH = 200;

    private final DatasetRepository datasets;
    private final DatasetReading reading;
    private final DatasetLimits limits;
    private final SurveyAccess access;
    private final WorkCalendar calendar;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;

    QuestionnaireDatasets(DatasetRepository datasets, DatasetReading reading, DatasetLimits limits,
                          SurveyAccess access, WorkCalendar calendar, AuditTrail audit,
                          PlatformTransactionManager transactions) {
        this.transaction = new TransactionTemplate(transactions);
        this.datasets = datasets;
        this.reading = reading;
        this.limits = limits;
        this.access = access;
        this.calendar = calendar;
        this.audit = audit;
    }

    /**
     * Reads the file whole, then stores it with its summary in one transaction: a file that cannot be read stores
     * nothing, and no database connection waits while a large file is read.
     */
    public Dataset upload(long surveyId, Actor actor, DatasetUpload upload) {
        Survey survey = access.ofTeam(surveyId, actor);
        requireOpen(survey);
        if (upload.content() == null || upload.fileName() == null || upload.fileName().isBlank()) {
            throw InvalidRequestException.of(InputProblem.of("file", "dataset.noFile"));
        }
        String fileName = AttachmentPolicy.safeName(upload.fileName());
        String contentType = TYPES.get(extensionOf(fileName));
        if (contentType == null) {
            throw InvalidRequestException.of(InputProblem.of("file", "dataset.wrongType", fileName));
        }
        if (upload.size() <= 0) {
            throw InvalidRequestException.of(InputProblem.of("file", "dataset.emptyFile", fileName));
        }
        if (upload.size() > limits.maxBytes().toBytes()) {
            throw InvalidRequestException.of(InputProblem.of("file", "dataset.tooLarge", fileName,
                    limits.maxBytes().toMegabytes()));
        }
        String title = titleOf(upload.title(), fileName);
        DatasetSummary summary;
        try (InputStream content = upload.content().getInputStream()) {
            summary = reading.summarise(fileName, content, limits.maxBytes().toBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return transaction.execute(status -> {
            long id;
            try (InputStream content = upload.content().getInputStream()) {
                id = datasets.insert(surveyId, title, fileName, contentType, content, upload.size(), summary,
                        actor.username(), calendar.now());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Dataset stored = datasets.find(surveyId, id).orElseThrow();
            audit.record(AuditEntry.of(AuditKind.DATASET_UPLOADED, actor.username(), "dataset " + id + ": " + title)
                    .survey(surveyId).after(stored));
            return stored;
        });
    }

    public List<Dataset> list(long surveyId, Actor actor) {
        readable(surveyId, actor);
        return datasets.ofSurvey(surveyId);
    }

    public DatasetView view(long surveyId, long datasetId, Actor actor) {
        Dataset dataset = find(readable(surveyId, actor), datasetId);
        return new DatasetView(dataset, datasets.summary(datasetId));
    }

    /** A choice or scale question of the dataset counted by the options of another. */
    public CrossTable cross(long surveyId, long datasetId, String question, String byQuestion, Actor actor) {
        DatasetView view = view(surveyId, datasetId, actor);
        requireCrossable(view, question, byQuestion);
        return reading.cross(view.dataset().fileName(), datasets.content(datasetId), question, byQuestion);
    }

    public DatasetDownload download(long surveyId, long datasetId, Actor actor) {
        Dataset dataset = find(readable(surveyId, actor), datasetId);
        return new DatasetDownload(dataset, datasets.content(datasetId));
    }

    @Transactional
    public void delete(long surveyId, long datasetId, Actor actor) {
        Survey survey = readable(surveyId, actor);
        Dataset dataset = find(survey, datasetId);
        if (!dataset.uploadedBy().equals(actor.username()) && !survey.isLedBy(actor.username())) {
            throw new ForbiddenException(Reason.of("refusal.datasetUploaderOrLead", dataset.title()));
        }
        requireOpen(survey);
        datasets.delete(datasetId);
        audit.record(AuditEntry.of(AuditKind.DATASET_DELETED, actor.username(), "dataset " + datasetId + ": "
                + dataset.title()).survey(surveyId).change(dataset, null));
    }

    /** The datasets of an investigation the actor sees (its page checked that), empty to those who may not read them. */
    public DatasetShelf shelfFor(Survey survey, Actor actor) {
        boolean shown = readsData(survey, actor);
        return new DatasetShelf(shown, survey.hasOnTeam(actor.username()) && takesData(survey),
                shown ? datasets.ofSurvey(survey.id()) : List.of());
    }

    /** The investigation, when the actor may read its datasets: its team and the organizers. */
    public Survey readable(long surveyId, Actor actor) {
        Survey survey = access.visible(surveyId, actor);
        if (!readsData(survey, actor)) {
            throw new ForbiddenException(Reason.of("refusal.datasetsTeamOnly", survey.businessKey()));
        }
        return survey;
    }

    // the raw answers hold personal data: the team that collected them and the organizers, never the reviewers
    private static boolean readsData(Survey survey, Actor actor) {
        return actor.is(Role.ORGANIZER) || survey.hasOnTeam(actor.username());
    }

    Dataset find(Survey survey, long datasetId) {
        return datasets.find(survey.id(), datasetId).orElseThrow(() -> new NotFoundException(
                Reason.of("refusal.noDataset", String.valueOf(datasetId), survey.businessKey())));
    }

    /** Whether the team may still change the investigation's data: upload, delete, choose report tables. */
    public static boolean takesData(Survey survey) {
        return OPEN.contains(survey.stage());
    }

    static void requireOpen(Survey survey) {
        if (!takesData(survey)) {
            throw new ConflictException(Reason.of("refusal.datasetsClosed", survey.businessKey(), survey.stage()));
        }
    }

    /** Refuses a question the dataset does not have, or one that cannot be cross-tabulated by the other. */
    static void requireCrossable(DatasetView view, String question, String byQuestion) {
        QuestionSummary counted = Questions.require(view, "question", question);
        QuestionSummary by = Questions.require(view, "by", byQuestion);
        if (!Questions.isCounted(counted.kind())) {
            throw InvalidRequestException.of(InputProblem.of("question", "dataset.notCounted", question));
        }
        if (by.kind() != QuestionKind.SINGLE_CHOICE && by.kind() != QuestionKind.LIKERT || by.equals(counted)) {
            throw InvalidRequestException.of(InputProblem.of("by", "dataset.notCrossBy", byQuestion));
        }
    }

    private static String titleOf(String title, String fileName) {
        String line = title == null ? "" : InputText.line(title);
        String chosen = line.isEmpty() ? fileName : line;
        if (chosen.length() > TITLE_LENGTH) {
            throw InvalidRequestException.of(InputProblem.of("title", "dataset.titleTooLong", TITLE_LENGTH));
        }
        return chosen;
    }

    private static String extensionOf(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
