package org.thinktank.surveyflow.export.excel;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.thinktank.surveyflow.adoption.MeetingAdoption;
import org.thinktank.surveyflow.questionnaire.DatasetSheet;
import org.thinktank.surveyflow.workflow.TimelineTask;

/**
 * What the meeting workbook shows. The surveys are few and come as a list; findings, reviews and tasks may be
 * many and come as iterables that are read once, row by row, while the workbook streams.
 *
 * @param language                 the reader's language: sheet names, headers, words for codes, date formats
 * @param people                   how the people named by login are shown
 * @param audit                    the meeting's audit trail, for the Audit sheet of the organizers' own copy
 * @param withConfidentialComments whether this is the organizers' own copy: the Reviews sheet has the reviewers'
 *                                 confidential comments, the Plans sheet the budget notes, and the Audit sheet is added
 * @param programme                the meeting's presentations in the order they are given, for the Programme sheet
 * @param plans                    each investigation with its approved survey plan
 * @param datasets                 the questionnaire datasets of the meeting's investigations, a summary sheet each
 *                                 (and a raw-data sheet each where the dataset carries its raw rows)
 * @param adoption                 the recommendations tracked after the meeting, for the adoption sheets; null for
 *                                 none
 */
public record MeetingWorkbook(String meetingCode, String meetingName, ZoneId zone, Instant generatedAt,
                              WorkbookLanguage language, People people,
                              List<SurveyRow> surveys, Iterable<FindingRow> findings, Iterable<ReviewRow> reviews,
                              Iterable<TimelineTask> timeline, Iterable<AuditRow> audit,
                              boolean withConfidentialComments, List<ProgrammeRow> programme,
                              List<PlanRow> plans, List<DatasetSheet> datasets, MeetingAdoption adoption) {

    /** A workbook of a meeting without a programme and without survey plans. */
    public MeetingWorkbook(String meetingCode, String meetingName, ZoneId zone, Instant generatedAt,
                           WorkbookLanguage language, People people, List<SurveyRow> surveys,
                           Iterable<FindingRow> findings, Iterable<ReviewRow> reviews, Iterable<TimelineTask> timeline,
                           Iterable<AuditRow> audit, boolean withConfidentialComments) {
        this(meetingCode, meetingName, zone, generatedAt, language, people, surveys, findings, reviews, timeline, audit,
                withConfidentialComments, List.of(), List.of());
    }

    /** A workbook of a meeting without questionnaire datasets and without adoption records. */
    public MeetingWorkbook(String meetingCode, String meetingName, ZoneId zone, Instant generatedAt,
                           WorkbookLanguage language, People people, List<SurveyRow> surveys,
                           Iterable<FindingRow> findings, Iterable<ReviewRow> reviews, Iterable<TimelineTask> timeline,
                           Iterable<AuditRow> audit, boolean withConfidentialComments, List<ProgrammeRow> programme,
                           List<PlanRow> plans) {
        this(meetingCode, meetingName, zone, generatedAt, language, people, surveys, findings, reviews, timeline, audit,
                withConfidentialComments, programme, plans, List.of(), null);
    }

    /** This workbook with the meeting's questionnaire datasets. */
    public MeetingWorkbook withDatasets(List<DatasetSheet> datasets) {
        return new MeetingWorkbook(meetingCode, meetingName, zone, generatedAt, language, people, surveys, findings,
                reviews, timeline, audit, withConfidentialComments, programme, plans, List.copyOf(datasets), adoption);
    }

    /** This workbook with the meeting's recommendations tracked to adoption. */
    public MeetingWorkbook withAdoption(MeetingAdoption adoption) {
        return new MeetingWorkbook(meetingCode, meetingName, zone, generatedAt, language, people, surveys, findings,
                reviews, timeline, audit, withConfidentialComments, programme, plans, datasets, adoption);
    }

    /** This workbook with the given findings. */
    public MeetingWorkbook withFindings(Iterable<FindingRow> findings) {
        return new MeetingWorkbook(meetingCode, meetingName, zone, generatedAt, language, people, surveys, findings,
                reviews, timeline, audit, withConfidentialComments, programme, plans, datasets, adoption);
    }

    String text(String key, Object... arguments) {
        return language.text(key, arguments);
    }

    String word(String prefix, Enum<?> code) {
        return language.word(prefix, code);
    }
}
