package org.thinktank.surveyflow.export.pack;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.commons.io.output.CloseShieldOutputStream;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.thinktank.surveyflow.export.FileNames;
import org.thinktank.surveyflow.export.excel.MeetingWorkbookWriter;
import org.thinktank.surveyflow.export.excel.MeetingWorkbooks;
import org.thinktank.surveyflow.export.word.ReportDocumentWriter;
import org.thinktank.surveyflow.export.word.ReportDocuments;
import org.thinktank.surveyflow.meeting.Meeting;
import org.thinktank.surveyflow.report.ReportArchive;
import org.thinktank.surveyflow.security.Actor;
import org.thinktank.surveyflow.survey.SurveyRegistry;
import org.thinktank.surveyflow.survey.SurveyStage;

/**
 * The meeting package: one ZIP with the Word report of every published investigation (its latest submitted
 * version), the meeting workbook and an index.html. Each entry is written straight into the ZIP stream, so the
 * package is never held whole in memory. The package is for handing out, so its workbook leaves out the
 * reviewers' confidential comments.
 */
@Service
public class MeetingPackage {

    static final String WORKBOOK_ENTRY = "workbook.xlsx";
    static final String INDEX_ENTRY = "index.html";

    private final SurveyRegistry surveys;
    private final ReportArchive reports;
    private final ReportDocuments documents;
    private final ReportDocumentWriter documentWriter;
    private final MeetingWorkbooks workbooks;
    private final MeetingWorkbookWriter workbookWriter;

    MeetingPackage(SurveyRegistry surveys, ReportArchive reports, ReportDocuments documents,
                   ReportDocumentWriter documentWriter, MeetingWorkbooks workbooks, MeetingWorkbookWriter workbookWriter) {
        this.surveys = surveys;
        this.reports = reports;
        this.documents = documents;
        this.documentWriter = documentWriter;
        this.workbooks = workbooks;
        this.workbookWriter = workbookWriter;
    }

    public static String fileName(Meeting meeting) {
        return FileNames.of(meeting.code() + " " + meeting.name() + " package", "zip");
    }

    public void write(Meeting meeting, Actor organizer, OutputStream out) throws IOException {
        List<PackagedReport> published = published(meeting);
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        for (PackagedReport report : published) {
            zip.putNextEntry(new ZipEntry(report.entryName()));
            documentWriter.write(documents.of(report.survey().id(), report.version(), organizer),
                    CloseShieldOutputStream.wrap(zip));
            zip.closeEntry();
        }
        zip.putNextEntry(new ZipEntry(WORKBOOK_ENTRY));
        workbookWriter.write(workbooks.of(meeting, false, LocaleContextHolder.getLocale()), CloseShieldOutputStream.wrap(zip));
        zip.closeEntry();
        zip.putNextEntry(new ZipEntry(INDEX_ENTRY));
        zip.write(PackageIndex.html(meeting, published).getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
        zip.finish();
    }

    private List<PackagedReport> published(Meeting meeting) {
        return surveys.ofMeetingUnchecked(meeting.id()).stream()
                .filter(survey -> survey.stage() == SurveyStage.PUBLISHED)
                .map(survey -> {
                    int version = reports.latestSubmittedNumber(survey.id());
                    return new PackagedReport(survey, version, "reports/"
                            + FileNames.of(survey.businessKey() + " " + survey.topic() + " v" + version, "docx"));
                })
                .toList();
    }
}
