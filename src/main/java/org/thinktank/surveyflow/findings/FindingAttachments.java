package org.thinktank.surveyflow.findings;

import java.util.List;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thinktank.surveyflow.audit.AuditEntry;
import org.thinktank.surveyflow.audit.AuditKind;
import org.thinktank.surveyflow.audit.AuditTrail;
import org.thinktank.surveyflow.problem.ConflictException;
import org.thinktank.surveyflow.problem.ForbiddenException;
import org.thinktank.surveyflow.problem.InputProblem;
import org.thinktank.surveyflow.problem.InvalidRequestException;
import org.thinktank.surveyflow.problem.NotFoundException;
import org.thinktank.surveyflow.problem.Reason;
import org.thinktank.surveyflow.security.Actor;
import org.thinktank.surveyflow.time.WorkCalendar;

/**
 * Files attached to findings. The author attaches them to a finding while it is a draft; whoever may read the
 * finding may download them. Only allowed types up to the size limit are taken (see {@link AttachmentPolicy}).
 */
@Service
@EnableConfigurationProperties(AttachmentPolicy.class)
public class FindingAttachments {

    private final AttachmentRepository attachments;
    private final FindingsBook findings;
    private final AttachmentPolicy policy;
    private final WorkCalendar calendar;
    private final AuditTrail audit;

    FindingAttachments(AttachmentRepository attachments, FindingsBook findings, AttachmentPolicy policy,
                       WorkCalendar calendar, AuditTrail audit) {
        this.attachments = attachments;
        this.findings = findings;
        this.policy = policy;
        this.calendar = calendar;
        this.audit = audit;
    }

    /** The errors of a file before it is uploaded anywhere, so a form can refuse it with the rest of its input. */
    public List<InputProblem> check(String fileName, long size) {
        return policy.check(plainName(fileName), size);
    }

    @Transactional
    public Attachment attach(long surveyId, long findingId, Actor actor, String fileName, byte[] content) {
        Finding finding = readable(surveyId, findingId, actor);
        if (!finding.author().equals(actor.username())) {
            throw new ForbiddenException(Reason.of("refusal.attachAuthorOnly", finding.author(), String.valueOf(findingId)));
        }
        if (finding.status() == FindingStatus.SUBMITTED) {
            throw new ConflictException(Reason.of("refusal.attachSubmitted", String.valueOf(findingId)));
        }
        String name = plainName(fileName);
        List<InputProblem> problems = policy.check(name, content.length);
        if (!problems.isEmpty()) {
            throw InvalidRequestException.of(problems);
        }
        Attachment attached = attachments.insert(findingId, name, policy.contentTypeOf(name), content,
                actor.username(), calendar.now());
        audit.record(AuditEntry.of(AuditKind.ATTACHMENT_ADDED, actor.username(), "finding " + findingId + ": " + name)
                .survey(surveyId).after(attached));
        return attached;
    }

    /** Adds a finding with its files, all or nothing. */
    @Transactional
    public Finding addWithFiles(long surveyId, Actor actor, FindingForm form, List<Upload> uploads) {
        Finding finding = findings.add(surveyId, actor, form);
        uploads.forEach(upload -> attach(surveyId, finding.id(), actor, upload.fileName(), upload.content()));
        return finding;
    }

    /** Edits a draft finding and attaches more files to it, all or nothing. */
    @Transactional
    public Finding editWithFiles(long surveyId, long findingId, Actor actor, FindingForm form, List<Upload> uploads) {
        Finding finding = findings.edit(surveyId, findingId, actor, form);
        uploads.forEach(upload -> attach(surveyId, finding.id(), actor, upload.fileName(), upload.content()));
        return finding;
    }

    /** The attachments of the findings the actor may read in a survey. */
    public List<Attachment> visibleIn(long surveyId, Actor actor) {
        return attachments.ofFindings(findings.visibleIn(surveyId, actor).stream().map(Finding::id).toList());
    }

    /** The attachments of findings the caller read through {@link FindingsBook}, so may read the files of. */
    public List<Attachment> of(List<Finding> readable) {
        return attachments.ofFindings(readable.stream().map(Finding::id).toList());
    }

    /** The content of an attachment the caller got from {@link #of}, so may read. */
    public byte[] contentOf(Attachment readable) {
        return attachments.content(readable.id());
    }

    public AttachmentFile download(long surveyId, long attachmentId, Actor actor) {
        Attachment attachment = visibleIn(surveyId, actor).stream().filter(a -> a.id() == attachmentId).findFirst()
                .orElseThrow(() -> new NotFoundException(Reason.of("refusal.noAttachment", String.valueOf(attachmentId))));
        return new AttachmentFile(attachment, attachments.content(attachmentId));
    }

    private Finding readable(long surveyId, long findingId, Actor actor) {
        return findings.visibleIn(surveyId, actor).stream().filter(f -> f.id() == findingId).findFirst()
                .orElseThrow(() -> new NotFoundException(Reason.of("refusal.noFindingToRead", String.valueOf(findingId))));
    }

    /** The file's own name, as it is stored and served (see {@link AttachmentPolicy#safeName}). */
    private static String plainName(String fileName) {
        return AttachmentPolicy.safeName(fileName);
    }
}
