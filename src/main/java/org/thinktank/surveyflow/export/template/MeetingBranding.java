package org.thinktank.surveyflow.export.template;

import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thinktank.surveyflow.audit.AuditEntry;
import org.thinktank.surveyflow.audit.AuditKind;
import org.thinktank.surveyflow.audit.AuditTrail;
import org.thinktank.surveyflow.export.word.Logo;
import org.thinktank.surveyflow.meeting.MeetingCatalog;
import org.thinktank.surveyflow.problem.InvalidRequestException;
import org.thinktank.surveyflow.problem.NotFoundException;
import org.thinktank.surveyflow.problem.Reason;
import org.thinktank.surveyflow.security.Actor;
import org.thinktank.surveyflow.security.Role;

/** The think tank a meeting's reports are issued by: its names and logo. Organizers set them; anyone signed in reads. */
@Service
public class MeetingBranding {

    private final ReportSettingsRepository settings;
    private final MeetingCatalog meetings;
    private final AuditTrail audit;
    private final MessageSource messages;

    MeetingBranding(ReportSettingsRepository settings, MeetingCatalog meetings, AuditTrail audit,
                    MessageSource messages) {
        this.settings = settings;
        this.meetings = meetings;
        this.audit = audit;
        this.messages = messages;
    }

    public Branding of(long meetingId) {
        meetings.require(meetingId);
        return settings.branding(meetingId);
    }

    @Transactional
    public Branding rename(long meetingId, BrandingNames names, Actor actor) {
        actor.require(Role.ORGANIZER, "set a meeting's branding");
        Branding before = of(meetingId);
        settings.storeNames(meetingId, names);
        audit.record(AuditEntry.of(AuditKind.BRANDING_CHANGED, actor.username(), "think tank names")
                .meeting(meetingId).change(namesOf(before), namesOf(settings.branding(meetingId))));
        return settings.branding(meetingId);
    }

    @Transactional
    public Logo replaceLogo(long meetingId, String fileName, byte[] content, Actor actor, Locale locale) {
        actor.require(Role.ORGANIZER, "set a meeting's branding");
        meetings.require(meetingId);
        if (content.length > LogoImage.MAX_BYTES) {
            throw new InvalidRequestException(messages.getMessage("branding.error.logoTooLarge",
                    new Object[] {fileName, LogoImage.MAX_BYTES / 1024}, locale));
        }
        Logo logo = LogoImage.decode(content).orElseThrow(() -> new InvalidRequestException(
                messages.getMessage("branding.error.logoNotImage", new Object[] {fileName}, locale)));
        settings.storeLogo(meetingId, logo);
        audit.record(AuditEntry.of(AuditKind.BRANDING_CHANGED, actor.username(), "logo").meeting(meetingId)
                .after(Map.of("fileName", String.valueOf(fileName), "format", logo.format(), "width", logo.width(),
                        "height", logo.height(), "bytes", content.length)));
        return logo;
    }

    @Transactional
    public void removeLogo(long meetingId, Actor actor) {
        actor.require(Role.ORGANIZER, "set a meeting's branding");
        if (of(meetingId).logo() == null) {
            return;
        }
        settings.storeLogo(meetingId, null);
        audit.record(AuditEntry.of(AuditKind.BRANDING_CHANGED, actor.username(), "logo removed").meeting(meetingId));
    }

    public Logo logo(long meetingId) {
        Logo logo = of(meetingId).logo();
        if (logo == null) {
            throw new NotFoundException(Reason.of("refusal.noLogo"));
        }
        return logo;
    }

    private static Map<String, String> namesOf(Branding branding) {
        return Map.of("thinkTankName", String.valueOf(branding.thinkTankName()),
                "thinkTankNameEn", String.valueOf(branding.thinkTankNameEn()));
    }
}
