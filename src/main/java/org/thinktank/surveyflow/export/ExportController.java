package org.thinktank.surveyflow.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.thinktank.surveyflow.adoption.MeetingAdoption;
import org.thinktank.surveyflow.adoption.MeetingAdoptions;
import org.thinktank.surveyflow.export.excel.MeetingWorkbookWriter;
import org.thinktank.surveyflow.export.excel.MeetingWorkbooks;
import org.thinktank.surveyflow.export.office.StudyReportFiles;
import org.thinktank.surveyflow.export.pack.MeetingPackage;
import org.thinktank.surveyflow.export.word.AdoptionReportWriter;
import org.thinktank.surveyflow.export.word.ProgrammeDocument;
import org.thinktank.surveyflow.export.word.ProgrammeDocumentWriter;
import org.thinktank.surveyflow.export.word.ProgrammeDocuments;
import org.thinktank.surveyflow.export.word.ReportDocument;
import org.thinktank.surveyflow.export.word.ReportDocuments;
import org.thinktank.surveyflow.meeting.Meeting;
import org.thinktank.surveyflow.meeting.MeetingCatalog;
import org.thinktank.surveyflow.problem.NotFoundException;
import org.thinktank.surveyflow.problem.Reason;
import org.thinktank.surveyflow.security.Actor;
import org.thinktank.surveyflow.security.Role;

/**
 * Downloads, streamed as they are written. Rights are checked and the content gathered before the first byte,
 * so a refusal is still a proper problem response.
 */
@RestController
class ExportController {

    private final ReportDocuments documents;
    private final MeetingWorkbooks workbooks;
    private final MeetingWorkbookWriter workbookWriter;
    private final MeetingPackage meetingPackage;
    private final StudyReportFiles reportFiles;
    private final ProgrammeDocuments programmes;
    private final ProgrammeDocumentWriter programmeWriter;
    private final MeetingCatalog meetings;
    private final MeetingAdoptions adoptions;
    private final AdoptionReportWriter adoptionWriter;

    ExportController(ReportDocuments documents, MeetingWorkbooks workbooks,
                     MeetingWorkbookWriter workbookWriter, MeetingPackage meetingPackage, StudyReportFiles reportFiles,
                     ProgrammeDocuments programmes, ProgrammeDocumentWriter programmeWriter, MeetingCatalog meetings,
                     MeetingAdoptions adoptions, AdoptionReportWriter adoptionWriter) {
        this.adoptions = adoptions;
        this.adoptionWriter = adoptionWriter;
        this.programmes = programmes;
        this.programmeWriter = programmeWriter;
        this.meetings = meetings;
        this.documents = documents;
        this.reportFiles = reportFiles;
        this.workbooks = workbooks;
        this.workbookWriter = workbookWriter;
        this.meetingPackage = meetingPackage;
    }

    @GetMapping("/api/surveys/{surveyId}/report/versions/{number}/document.docx")
    ResponseEntity<StreamingResponseBody> reportDocument(Actor actor, @PathVariable long surveyId,
                                                         @PathVariable int number) {
        ReportDocument report = documents.of(surveyId, number, actor);
        return Downloads.attachment(ReportDocuments.fileName(report), Downloads.DOCX,
                out -> reportFiles.writeDocx(report, out));
    }

    /** Converted before the first byte, so that a missing LibreOffice is still a proper 503 problem response. */
    @GetMapping("/api/surveys/{surveyId}/report/versions/{number}/document.pdf")
    ResponseEntity<StreamingResponseBody> reportPdf(Actor actor, @PathVariable long surveyId, @PathVariable int number)
            throws IOException {
        ReportDocument report = documents.of(surveyId, number, actor);
        Path pdf = reportFiles.temporaryPdf(report);
        return Downloads.attachment(StudyReportFiles.fileName(report), MediaType.APPLICATION_PDF, out -> {
            try {
                Files.copy(pdf, out);
            } finally {
                Files.deleteIfExists(pdf);
            }
        });
    }

    @GetMapping("/api/meetings/{meetingId}/workbook.xlsx")
    ResponseEntity<StreamingResponseBody> meetingWorkbook(Actor actor, @PathVariable long meetingId, Locale locale) {
        actor.require(Role.ORGANIZER, "may download a meeting's workbook");
        Meeting meeting = workbooks.meeting(meetingId);
        return Downloads.attachment(FileNames.of(meeting.code() + " " + meeting.name(), "xlsx"), Downloads.XLSX,
                out -> workbookWriter.write(workbooks.of(meeting, true, locale), out));
    }

    @GetMapping("/api/meetings/{meetingId}/package.zip")
    ResponseEntity<StreamingResponseBody> meetingPackage(Actor actor, @PathVariable long meetingId, Locale locale) {
        actor.require(Role.ORGANIZER, "may download a meeting's package");
        Meeting meeting = workbooks.meeting(meetingId);
        return Downloads.attachment(MeetingPackage.fileName(meeting), Downloads.ZIP,
                out -> inLanguage(locale, () -> meetingPackage.write(meeting, actor, out)));
    }

    /** The printed programme, bilingual whatever the request's language; organizers only, as the whole programme. */
    @GetMapping("/api/meetings/{meetingId}/programme.docx")
    ResponseEntity<StreamingResponseBody> programme(Actor actor, @PathVariable long meetingId) {
        Meeting meeting = meetings.require(meetingId);
        ProgrammeDocument programme = programmes.of(meeting, actor);
        return Downloads.attachment(ProgrammeDocuments.fileName(meeting), Downloads.DOCX,
                out -> programmeWriter.write(programme, out));
    }

    /** The adoption report of a meeting's recommendations, in the reader's language; organizers only. */
    @GetMapping("/api/meetings/{meetingId}/adoption.docx")
    ResponseEntity<StreamingResponseBody> adoptionReport(Actor actor, @PathVariable long meetingId, Locale locale) {
        actor.require(Role.ORGANIZER, "may download a meeting's adoption report");
        MeetingAdoption adoption = adoptions.of(meetingId);
        return Downloads.attachment(adoptionWriter.fileName(adoption, locale), Downloads.DOCX,
                out -> adoptionWriter.write(adoption, locale, out));
    }

    /** The body streams on another thread than the request's: it takes the request's language along. */
    private static void inLanguage(Locale locale, Writing writing) throws IOException {
        LocaleContextHolder.setLocale(locale);
        try {
            writing.write();
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
    }

    private interface Writing {
        void write() throws IOException;
    }
}
