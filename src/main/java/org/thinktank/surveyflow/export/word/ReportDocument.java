package org.thinktank.surveyflow.export.word;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.thinktank.surveyflow.findings.Finding;
import org.thinktank.surveyflow.questionnaire.ReportTable;
import org.thinktank.surveyflow.report.ReportSections;

/**
 * Everything a Word study report shows, already filtered for its reader and in the reader's language. It has no
 * place for confidential review comments, so none can reach the document.
 *
 * @param topicEn     the English title, or null
 * @param city        where the meeting is held, for the cover's place and date
 * @param team        the lead first
 * @param date        when this version was submitted
 * @param attachments the files of the findings; photos with their content
 * @param approval    who approved this version and when; null when it was not approved
 * @param template    the template of the report's meeting; null for the writer's own
 * @param plan        the investigation's approved survey plan, for its appendix; null when there is none
 * @param surveyTables the questionnaire summaries the researchers chose for the report, in their order; empty when
 *                     none
 */
public record ReportDocument(Locale locale, String surveyKey, String meeting, String city, String topic,
                             String topicEn, String region, List<Person> team, int version, ReportStatus status,
                             LocalDate date, ReportSections sections, List<Finding> findings,
                             List<ReportAttachment> attachments, List<ReviewLine> reviews, SignOff approval,
                             ThinkTank thinkTank, ReportTemplate template, PlanAppendix plan,
                             List<ReportTable> surveyTables) {

    /** A report without a survey plan. */
    public ReportDocument(Locale locale, String surveyKey, String meeting, String city, String topic, String topicEn,
                          String region, List<Person> team, int version, ReportStatus status, LocalDate date,
                          ReportSections sections, List<Finding> findings, List<ReportAttachment> attachments,
                          List<ReviewLine> reviews, SignOff approval, ThinkTank thinkTank, ReportTemplate template) {
        this(locale, surveyKey, meeting, city, topic, topicEn, region, team, version, status, date, sections, findings,
                attachments, reviews, approval, thinkTank, template, null);
    }

    /** A report without questionnaire tables. */
    public ReportDocument(Locale locale, String surveyKey, String meeting, String city, String topic, String topicEn,
                          String region, List<Person> team, int version, ReportStatus status, LocalDate date,
                          ReportSections sections, List<Finding> findings, List<ReportAttachment> attachments,
                          List<ReviewLine> reviews, SignOff approval, ThinkTank thinkTank, ReportTemplate template,
                          PlanAppendix plan) {
        this(locale, surveyKey, meeting, city, topic, topicEn, region, team, version, status, date, sections, findings,
                attachments, reviews, approval, thinkTank, template, plan, List.of());
    }

    /** This report with the questionnaire summaries chosen for it. */
    public ReportDocument withSurveyTables(List<ReportTable> surveyTables) {
        return new ReportDocument(locale, surveyKey, meeting, city, topic, topicEn, region, team, version, status,
                date, sections, findings, attachments, reviews, approval, thinkTank, template, plan,
                List.copyOf(surveyTables));
    }

    /** This report with the survey plan it was made from. */
    public ReportDocument withPlan(PlanAppendix plan) {
        return new ReportDocument(locale, surveyKey, meeting, city, topic, topicEn, region, team, version, status,
                date, sections, findings, attachments, reviews, approval, thinkTank, template, plan, surveyTables);
    }

    public Person lead() {
        return team.get(0);
    }

    /** This report with the given sections and findings (and none of its former attachments). */
    public ReportDocument withContent(ReportSections sections, List<Finding> findings) {
        return new ReportDocument(locale, surveyKey, meeting, city, topic, topicEn, region, team, version, status,
                date, sections, findings, List.of(), reviews, approval, thinkTank, template, plan, surveyTables);
    }

    /** This report with the given attachments. */
    public ReportDocument withAttachments(List<ReportAttachment> attachments) {
        return new ReportDocument(locale, surveyKey, meeting, city, topic, topicEn, region, team, version, status,
                date, sections, findings, attachments, reviews, approval, thinkTank, template, plan, surveyTables);
    }

    /** This report as of another status. */
    public ReportDocument withStatus(ReportStatus status) {
        return new ReportDocument(locale, surveyKey, meeting, city, topic, topicEn, region, team, version, status,
                date, sections, findings, attachments, reviews, approval, thinkTank, template, plan, surveyTables);
    }

    /** This report on another template. */
    public ReportDocument on(ReportTemplate template) {
        return new ReportDocument(locale, surveyKey, meeting, city, topic, topicEn, region, team, version, status,
                date, sections, findings, attachments, reviews, approval, thinkTank, template, plan, surveyTables);
    }

    /** This report in another language. */
    public ReportDocument in(Locale locale) {
        return new ReportDocument(locale, surveyKey, meeting, city, topic, topicEn, region, team, version, status,
                date, sections, findings, attachments, reviews, approval, thinkTank, template, plan, surveyTables);
    }
}
