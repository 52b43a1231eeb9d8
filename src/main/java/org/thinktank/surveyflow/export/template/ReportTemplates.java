package org.thinktank.surveyflow.export.template;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thinktank.surveyflow.audit.AuditEntry;
import org.thinktank.surveyflow.audit.AuditKind;
import org.thinktank.surveyflow.audit.AuditTrail;
import org.thinktank.surveyflow.export.word.ReportDocumentWriter;
import org.thinktank.surveyflow.export.word.ReportTemplate;
import org.thinktank.surveyflow.meeting.Meeting;
import org.thinktank.surveyflow.meeting.MeetingCatalog;
import org.thinktank.surveyflow.problem.InvalidRequestException;
import org.thinktank.surveyflow.problem.NotFoundException;
import org.thinktank.surveyflow.problem.Reason;
import org.thinktank.surveyflow.security.Actor;
import org.thinktank.surveyflow.security.Role;

/**
 * The report templates of each meeting: organizers upload versions (checked first), choose which one the meeting's
 * reports are written on, and preview a sample report on any of them. The report writer asks for the template in
 * force and the meeting's branding.
 */
@Service
public class ReportTemplates {

    private final ReportSettingsRepository settings;
    private final ReportTemplateCheck check;
    private final MeetingCatalog meetings;
    private final MeetingBranding branding;
    private final AuditTrail audit;
    private final MessageSource messages;
    private final Clock clock;
    private final ReportTemplate configuredDefault;

    /** @param configuredDefault the default template: the bundled one, or surveyflow.export.report-template */
    ReportTemplates(ReportSettingsRepository settings, ReportTemplateCheck check, MeetingCatalog meetings,
                    MeetingBranding branding, AuditTrail audit, MessageSource messages, Clock clock,
                    ReportTemplate configuredDefault) {
        this.configuredDefault = configuredDefault;
        this.settings = settings;
        this.check = check;
        this.meetings = meetings;
        this.branding = branding;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
    }

    /** The template the meeting's reports are written on now. */
    public ReportTemplate inForce(long meetingId) {
        return template(meetingId, choice(meetingId));
    }

    /** The think tank on the meeting's report covers. */
    public Branding branding(long meetingId) {
        return branding.of(meetingId);
    }

    public TemplateChoice choice(long meetingId) {
        meetings.require(meetingId);
        return settings.templateChoice(meetingId).flatMap(TemplateChoice::parse).orElse(TemplateChoice.DEFAULT);
    }

    public ReportTemplate template(long meetingId, TemplateChoice choice) {
        if (choice.equals(TemplateChoice.DEFAULT)) {
            return configuredDefault;
        }
        if (!choice.isUploaded()) {
            return choice.bundledTemplate();
        }
        return ReportTemplate.of(file(meetingId, choice.uploadedVersion()).content());
    }

    @Transactional
    public TemplateVersion upload(long meetingId, String fileName, byte[] content, Actor actor, Locale locale) {
        actor.require(Role.ORGANIZER, "upload report templates");
        meetings.require(meetingId);
        List<String> problems = check.problems(fileName, content, locale);
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        int version = settings.storeTemplate(meetingId, fileName, content, actor.username(), clock.instant());
        audit.record(AuditEntry.of(AuditKind.REPORT_TEMPLATE_UPLOADED, actor.username(), "version " + version)
                .meeting(meetingId).after(Map.of("version", version, "fileName", fileName, "bytes", content.length)));
        return settings.templates(meetingId).stream().filter(t -> t.version() == version).findFirst().orElseThrow();
    }

    public List<TemplateVersion> versions(long meetingId, Actor actor) {
        actor.require(Role.ORGANIZER, "see report templates");
        meetings.require(meetingId);
        return settings.templates(meetingId);
    }

    public StoredTemplate file(long meetingId, int version) {
        meetings.require(meetingId);
        return settings.templateContent(meetingId, version)
                .map(content -> new StoredTemplate(settings.templateFileName(meetingId, version).orElseThrow(), content))
                .orElseThrow(() -> new NotFoundException(Reason.of("refusal.noTemplateVersion", String.valueOf(version))));
    }

    @Transactional
    public TemplateChoice choose(long meetingId, String choiceText, Actor actor, Locale locale) {
        actor.require(Role.ORGANIZER, "choose report templates");
        TemplateChoice before = choice(meetingId);
        TemplateChoice choice = parse(meetingId, choiceText, locale);
        settings.storeTemplateChoice(meetingId, choice);
        audit.record(AuditEntry.of(AuditKind.REPORT_TEMPLATE_CHOSEN, actor.username(), choice.toString())
                .meeting(meetingId).change(before.toString(), choice.toString()));
        return choice;
    }

    /** The choice the text names, refused (400) when it names none or a version the meeting does not have. */
    public TemplateChoice parse(long meetingId, String choiceText, Locale locale) {
        TemplateChoice choice = TemplateChoice.parse(choiceText).orElseThrow(() -> new InvalidRequestException(
                messages.getMessage("reportTemplate.error.choice", new Object[] {String.valueOf(choiceText)}, locale)));
        if (choice.isUploaded() && settings.templateContent(meetingId, choice.uploadedVersion()).isEmpty()) {
            throw new InvalidRequestException(messages.getMessage("reportTemplate.error.noVersion",
                    new Object[] {choice.uploadedVersion()}, locale));
        }
        return choice;
    }

    /**
     * A sample study report on the template with the meeting's branding, as a .docx. Rendered whole before it is
     * sent, so that a template the writer cannot use is refused (400) rather than cut off mid-download.
     */
    public byte[] preview(long meetingId, TemplateChoice choice, Actor actor, Locale locale) {
        actor.require(Role.ORGANIZER, "preview report templates");
        Meeting meeting = meetings.require(meetingId);
        ReportTemplate template = template(meetingId, choice);
        try {
            ByteArrayOutputStream preview = new ByteArrayOutputStream();
            new ReportDocumentWriter(template, messages)
                    .write(PreviewReport.document(meeting.name(), branding(meetingId), template, locale), preview);
            return preview.toByteArray();
        } catch (IOException | RuntimeException e) {
            throw new InvalidRequestException(messages.getMessage("reportTemplate.error.render",
                    new Object[] {choice.toString()}, locale));
        }
    }
}
