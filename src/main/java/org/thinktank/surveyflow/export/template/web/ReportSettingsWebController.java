package org.thinktank.surveyflow.export.template.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.thinktank.surveyflow.export.template.Branding;
import org.thinktank.surveyflow.export.template.BrandingNames;
import org.thinktank.surveyflow.export.template.MeetingBranding;
import org.thinktank.surveyflow.export.template.ReportTemplates;
import org.thinktank.surveyflow.export.template.TemplateChoice;
import org.thinktank.surveyflow.export.template.TemplateVersion;
import org.thinktank.surveyflow.export.word.Logo;
import org.thinktank.surveyflow.meeting.MeetingCatalog;
import org.thinktank.surveyflow.problem.InvalidRequestException;
import org.thinktank.surveyflow.security.Actor;
import org.thinktank.surveyflow.security.Role;
import org.thinktank.surveyflow.web.Irreversible;
import org.thinktank.surveyflow.web.PageController;

/**
 * "Report settings" of a meeting, for organizers: the think tank's names and logo, the template its reports are
 * written on, uploads of templates (refusals shown on the page) and previews of each template.
 */
@PageController
class ReportSettingsWebController {

    private static final String PAGE = "report-settings";

    private final MeetingCatalog meetings;
    private final MeetingBranding branding;
    private final ReportTemplates templates;

    ReportSettingsWebController(MeetingCatalog meetings, MeetingBranding branding, ReportTemplates templates) {
        this.meetings = meetings;
        this.branding = branding;
        this.templates = templates;
    }

    @GetMapping("/meetings/{meetingId}/report-settings")
    String show(Actor actor, @PathVariable long meetingId, Model model) {
        actor.require(Role.ORGANIZER, "change report settings");
        Branding brand = branding.of(meetingId);
        List<TemplateVersion> versions = templates.versions(meetingId, actor);
        model.addAttribute("meeting", meetings.require(meetingId));
        model.addAttribute("branding", brand);
        model.addAttribute("versions", versions);
        model.addAttribute("choice", templates.choice(meetingId).toString());
        model.addAttribute("bundled", List.of(TemplateChoice.DEFAULT.toString(),
                TemplateChoice.OFFICIAL_DOCUMENT.toString()));
        if (!model.containsAttribute("refusals")) {
            model.addAttribute("refusals", List.of());
        }
        return PAGE;
    }

    @GetMapping("/meetings/{meetingId}/report-settings/logo")
    ResponseEntity<byte[]> logo(Actor actor, @PathVariable long meetingId) {
        actor.require(Role.ORGANIZER, "change report settings");
        Logo logo = branding.logo(meetingId);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(logo.contentType()))
                .cacheControl(CacheControl.noCache()).body(logo.content());
    }

    @PostMapping("/meetings/{meetingId}/report-settings/names")
    String rename(Actor actor, @PathVariable long meetingId, @RequestParam(required = false) String thinkTankName,
                  @RequestParam(required = false) String thinkTankNameEn, Model model, HttpServletResponse response,
                  RedirectAttributes redirect) {
        return attempt(actor, meetingId, model, response, redirect, "reportSettings.namesSaved", () ->
                branding.rename(meetingId, new BrandingNames(thinkTankName, thinkTankNameEn), actor));
    }

    @PostMapping("/meetings/{meetingId}/report-settings/logo")
    String replaceLogo(Actor actor, @PathVariable long meetingId, @RequestParam("file") MultipartFile file,
                       Locale locale, Model model, HttpServletResponse response, RedirectAttributes redirect)
            throws IOException {
        byte[] content = file.getBytes();
        return attempt(actor, meetingId, model, response, redirect, "reportSettings.logoSaved", () ->
                branding.replaceLogo(meetingId, file.getOriginalFilename(), content, actor, locale));
    }

    @Irreversible("confirm.removeLogo")
    @PostMapping("/meetings/{meetingId}/report-settings/logo/remove")
    String removeLogo(Actor actor, @PathVariable long meetingId, RedirectAttributes redirect) {
        branding.removeLogo(meetingId, actor);
        redirect.addFlashAttribute("notice", "reportSettings.logoRemoved");
        return redirectTo(meetingId);
    }

    @PostMapping("/meetings/{meetingId}/report-settings/template")
    String choose(Actor actor, @PathVariable long meetingId, @RequestParam String template, Locale locale,
                  Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return attempt(actor, meetingId, model, response, redirect, "reportSettings.chosen", () ->
                templates.choose(meetingId, template, actor, locale));
    }

    @PostMapping("/meetings/{meetingId}/report-settings/templates")
    String upload(Actor actor, @PathVariable long meetingId, @RequestParam("file") MultipartFile file, Locale locale,
                  Model model, HttpServletResponse response, RedirectAttributes redirect) throws IOException {
        byte[] content = file.getBytes();
        return attempt(actor, meetingId, model, response, redirect, "reportSettings.uploaded", () ->
                templates.upload(meetingId, file.getOriginalFilename(), content, actor, locale).version());
    }

    /** Does the change and shows the page again: with a notice after it, or with its refusals (400) when refused. */
    private String attempt(Actor actor, long meetingId, Model model, HttpServletResponse response,
                           RedirectAttributes redirect, String notice, Supplier<Object> change) {
        try {
            Object result = change.get();
            redirect.addFlashAttribute("notice", notice);
            redirect.addFlashAttribute("noticeArgument", String.valueOf(result));
            return redirectTo(meetingId);
        } catch (InvalidRequestException refused) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("refusals", refused.errors());
            return show(actor, meetingId, model);
        }
    }

    private static String redirectTo(long meetingId) {
        return "redirect:/meetings/" + meetingId + "/report-settings";
    }
}
