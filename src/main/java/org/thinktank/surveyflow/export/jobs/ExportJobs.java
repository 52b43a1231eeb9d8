package org.thinktank.surveyflow.export.jobs;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.task.TaskExecutionAutoConfiguration;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Service;
import org.thinktank.surveyflow.audit.AuditEntry;
import org.thinktank.surveyflow.audit.AuditKind;
import org.thinktank.surveyflow.audit.AuditTrail;
import org.thinktank.surveyflow.export.FileNames;
import org.thinktank.surveyflow.export.excel.MeetingWorkbookWriter;
import org.thinktank.surveyflow.export.excel.MeetingWorkbooks;
import org.thinktank.surveyflow.export.pack.MeetingPackage;
import org.thinktank.surveyflow.meeting.Meeting;
import org.thinktank.surveyflow.problem.NotFoundException;
import org.thinktank.surveyflow.problem.Reason;
import org.thinktank.surveyflow.security.Actor;
import org.thinktank.surveyflow.security.Role;
import org.thinktank.surveyflow.time.WorkCalendar;

/**
 * Meeting exports written in the background to a private file ({@link ExportFiles}), for exports
 * too big to wait for in one request. Organizers start them, follow their status and download the file.
 */
@Service
public class ExportJobs {

    private static final Logger log = LoggerFactory.getLogger(ExportJobs.class);

    private final ExportJobRepository jobs;
    private final MeetingWorkbooks workbooks;
    private final MeetingWorkbookWriter workbookWriter;
    private final MeetingPackage meetingPackage;
    private final TaskExecutor executor;
    private final WorkCalendar calendar;
    private final ExportFiles files;
    private final AuditTrail audit;
    private final MessageSource messages;

    ExportJobs(ExportJobRepository jobs, MeetingWorkbooks workbooks, MeetingWorkbookWriter workbookWriter,
               MeetingPackage meetingPackage,
               @Qualifier(TaskExecutionAutoConfiguration.APPLICATION_TASK_EXECUTOR_BEAN_NAME) TaskExecutor executor,
               WorkCalendar calendar, ExportFiles files, AuditTrail audit, MessageSource messages) {
        this.jobs = jobs;
        this.workbooks = workbooks;
        this.workbookWriter = workbookWriter;
        this.meetingPackage = meetingPackage;
        this.executor = executor;
        this.calendar = calendar;
        this.files = files;
        this.audit = audit;
        this.messages = messages;
    }

    @EventListener(ApplicationReadyEvent.class)
    void failJobsARestartInterrupted() {
        int interrupted = jobs.failUnfinished(calendar.now());
        if (interrupted > 0) {
            log.warn("{} export job(s) were interrupted by a restart", interrupted);
        }
    }

    /** Starts an export written in the language of the request that asked for it, whenever it runs. */
    public ExportJob start(long meetingId, ExportKind kind, Actor actor, Locale locale) {
        actor.require(Role.ORGANIZER, "may export a meeting");
        Meeting meeting = workbooks.meeting(meetingId);
        UUID id = UUID.randomUUID();
        String fileName = kind == ExportKind.WORKBOOK
                ? FileNames.of(meeting.code() + " " + meeting.name(), "xlsx") : MeetingPackage.fileName(meeting);
        jobs.insert(id, kind, meetingId, actor.username(), fileName, calendar.now());
        audit.record(AuditEntry.of(AuditKind.EXPORT_REQUESTED, actor.username(), kind + " " + fileName)
                .meeting(meetingId).after(Map.of("job", id, "kind", kind)));
        executor.execute(() -> run(id, meeting, kind, actor, locale));
        return jobs.find(id).orElseThrow();
    }

    public ExportJob status(UUID jobId, Actor actor) {
        actor.require(Role.ORGANIZER, "may follow exports");
        return jobs.find(jobId).orElseThrow(() -> new NotFoundException(Reason.of("refusal.noExport", String.valueOf(jobId))));
    }

    /** The written file of a finished export. */
    public Path file(ExportJob job) {
        if (job.status() != ExportStatus.DONE) {
            throw new NotFoundException(Reason.of("refusal.exportHasNoFile", String.valueOf(job.id()), job.status()));
        }
        return files.of(job.id());
    }

    private void run(UUID id, Meeting meeting, ExportKind kind, Actor actor, Locale locale) {
        jobs.running(id);
        // the pooled thread has no request: the package's writers read the language from here
        LocaleContextHolder.setLocale(locale);
        try {
            try (OutputStream out = files.create(id)) {
                if (kind == ExportKind.WORKBOOK) {
                    workbookWriter.write(workbooks.of(meeting, true, locale), out);
                } else {
                    meetingPackage.write(meeting, new Actor(actor.username(), Role.ORGANIZER), out);
                }
            }
            jobs.done(id, Files.size(files.of(id)), calendar.now());
        } catch (IOException | RuntimeException e) {
            log.error("Export {} failed", id, e);
            jobs.failed(id, messages.getMessage("workbook.exportFailed", new Object[] {id.toString()}, locale),
                    calendar.now());
            files.delete(id);
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
    }
}
