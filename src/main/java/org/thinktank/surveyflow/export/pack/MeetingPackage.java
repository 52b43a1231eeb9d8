package org.thinktank.surveyflow.export.pack;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.commons.io.output.CloseShieldOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.thinktank.surveyflow.export.FileNames;
import org.thinktank.surveyflow.export.excel.MeetingWorkbookWriter;
import org.thinktank.surveyflow.export.excel.MeetingWorkbooks;
import org.thinktank.surveyflow.export.office.PdfUnavailableException;
import org.thinktank.surveyflow.export.office.StudyReportFiles;
import org.thinktank.surveyflow.export.word.ProgrammeDocumentWriter;
import org.thinktank.surveyflow.export.word.ProgrammeDocuments;
import org.thinktank.surveyflow.export.word.ReportDocument;
import org.thinktank.surveyflow.export.word.TocPages;
import org.thinktank.surveyflow.export.word.ReportDocuments;
import org.thinktank.surveyflow.meeting.Meeting;
import org.thinktank.surveyflow.report.ReportArchive;
import org.thinktank.surveyflow.security.Actor;
import org.thinktank.surveyflow.survey.SurveyRegistry;
import org.thinktank.surveyflow.survey.SurveyStage;

/**
 * The meeting package: one ZIP with the Word report of every published investigation (its latest submitted
 * version), its PDF when LibreOffice is there, the meeting workbook, the programme and an index.html. Each entry is written straight
 * into the ZIP stream (a PDF through one temporary file at a time), so the package is never held whole in memory.
 * The package is for handing out, so its workbook leaves out the reviewers' confidential comments.
 */
@Service
public class MeetingPackage {

    static final String WORKBOOK_ENTRY = "workbook.xlsx";
    static final String INDEX_ENTRY = "index.html";
    static final String PROGRAMME_ENTRY = "programme.docx";
    static final String PDF_MISSING = "package.index.pdfMissing";

    private static final Logger log = LoggerFactory.getLogger(MeetingPackage.class);

    private final SurveyRegistry surveys;
    private final ReportArchive reports;
    private final ReportDocuments documents;
    private final MeetingWorkbooks workbooks;
    private final MeetingWorkbookWriter workbookWriter;
    private final StudyReportFiles reportFiles;
    private final MessageSource messages;
    private final ProgrammeDocuments programmes;
    private final ProgrammeDocumentWriter programmeWriter;

    MeetingPackage(SurveyRegistry surveys, ReportArchive reports, ReportDocuments documents,
                   MeetingWorkbooks workbooks, MeetingWorkbookWriter workbookWriter,
                   StudyReportFiles reportFiles, MessageSource messages, ProgrammeDocuments programmes,
                   ProgrammeDocumentWriter programmeWriter) {
        this.programmes = programmes;
        this.programmeWriter = programmeWriter;
        this.surveys = surveys;
        this.reports = reports;
        this.documents = documents;
        this.workbooks = workbooks;
        this.workbookWriter = workbookWriter;
        this.reportFiles = reportFiles;
        this.messages = messages;
    }

    public static String fileName(Meeting meeting) {
        return FileNames.of(meeting.code() + " " + meeting.name() + " package", "zip");
    }

    /** The package in the language of the current locale context (the request's, or the one a job keeps). */
    public void write(Meeting meeting, Actor organizer, OutputStream out) throws IOException {
        Locale locale = LocaleContextHolder.getLocale();
        List<PackagedReport> published = published(meeting);
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        Set<String> pdfEntries = new HashSet<>();
        Map<String, String> leads = new HashMap<>();
        boolean convert = reportFiles.available();
        for (PackagedReport report : published) {
            ReportDocument document = documents.of(report.survey().id(), report.version(), organizer);
            leads.put(report.entryName(), document.lead().displayName());
            // one layout by LibreOffice numbers the contents of both the Word file and the PDF
            TocPages pages = convert ? reportFiles.pages(document) : TocPages.UNKNOWN;
            zip.putNextEntry(new ZipEntry(report.entryName()));
            reportFiles.writeDocx(document, pages, CloseShieldOutputStream.wrap(zip));
            zip.closeEntry();
            convert = convert && addedPdf(zip, report, document, pages);
            if (convert) {
                pdfEntries.add(report.pdfEntryName());
            }
        }
        zip.putNextEntry(new ZipEntry(WORKBOOK_ENTRY));
        workbookWriter.write(workbooks.of(meeting, false, locale), CloseShieldOutputStream.wrap(zip));
        zip.closeEntry();
        zip.putNextEntry(new ZipEntry(PROGRAMME_ENTRY));
        programmeWriter.write(programmes.ofUnchecked(meeting), CloseShieldOutputStream.wrap(zip));
        zip.closeEntry();
        zip.putNextEntry(new ZipEntry(INDEX_ENTRY));
        String pdfNote = pdfEntries.size() == published.size() ? null : messages.getMessage(PDF_MISSING, null, locale);
        zip.write(PackageIndex.html(meeting, published, leads, pdfEntries, pdfNote, locale,
                key -> messages.getMessage(key, null, locale)).getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
        zip.finish();
    }

    /** After one report failed to convert the others are not tried: each would wait for LibreOffice again. */
    private boolean addedPdf(ZipOutputStream zip, PackagedReport report, ReportDocument document, TocPages pages)
            throws IOException {
        Path pdf;
        try {
            pdf = reportFiles.temporaryPdf(document, pages);
        } catch (PdfUnavailableException e) {
            log.warn("The meeting package goes without PDFs: {}", e.getMessage());
            return false;
        }
        try {
            zip.putNextEntry(new ZipEntry(report.pdfEntryName()));
            Files.copy(pdf, zip);
            zip.closeEntry();
        } finally {
            Files.deleteIfExists(pdf);
        }
        return true;
    }

    private List<PackagedReport> published(Meeting meeting) {
        return surveys.ofMeetingUnchecked(meeting.id()).stream()
                .filter(survey -> survey.stage() == SurveyStage.PUBLISHED)
                .map(survey -> {
                    int version = reports.latestSubmittedNumber(survey.id());
                    return new PackagedReport(survey, version, "reports/"
                            + FileNames.report(survey.businessKey(), version, survey.topic(), "docx"));
                })
                .toList();
    }
}
