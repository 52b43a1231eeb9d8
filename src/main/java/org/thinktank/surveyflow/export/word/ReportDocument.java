package org.thinktank.surveyflow.export.word;

import java.time.LocalDate;
import java.util.List;

import org.thinktank.surveyflow.findings.Finding;
import org.thinktank.surveyflow.report.ReportSections;
import org.thinktank.surveyflow.report.VersionStatus;

/**
 * Everything a Word study report shows, already filtered for its reader. It has no place for confidential review
 * comments, so none can reach the document.
 *
 * @param approval who approved this version and when; null when it was not approved
 */
public record ReportDocument(String surveyKey, String meeting, String topic, String region, List<String> team,
                             int version, VersionStatus status, LocalDate date, ReportSections sections,
                             List<Finding> findings, List<ReviewLine> reviews, SignOff approval) {

    /** What the cover says: an approved version is approved, otherwise it is as submitted for review. */
    public String statusLabel() {
        return approval != null ? "已批准 APPROVED" : "已提交 " + status.name();
    }

    /** This report with the given sections and findings. */
    public ReportDocument withContent(ReportSections sections, List<Finding> findings) {
        return new ReportDocument(surveyKey, meeting, topic, region, team, version, status, date, sections, findings,
                reviews, approval);
    }
}
