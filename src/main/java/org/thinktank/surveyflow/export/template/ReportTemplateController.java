package org.thinktank.surveyflow.export.template;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.thinktank.surveyflow.export.Downloads;
import org.thinktank.surveyflow.security.Actor;
import org.thinktank.surveyflow.security.Role;

/** A meeting's report templates: upload, versions, download, the meeting's choice and a preview. Organizers only. */
@RestController
@RequestMapping("/api/meetings/{meetingId}")
class ReportTemplateController {

    private final ReportTemplates templates;

    ReportTemplateController(ReportTemplates templates) {
        this.templates = templates;
    }

    /** {@code {"template": "default" | "official-document" | "uploaded:3"}} */
    record Choice(String template) {
    }

    @PostMapping(path = "/report-templates", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    TemplateVersion upload(Actor actor, @PathVariable long meetingId, @RequestParam("file") MultipartFile file,
                           Locale locale) throws IOException {
        return templates.upload(meetingId, file.getOriginalFilename(), file.getBytes(), actor, locale);
    }

    @GetMapping("/report-templates")
    List<TemplateVersion> versions(Actor actor, @PathVariable long meetingId) {
        return templates.versions(meetingId, actor);
    }

    @GetMapping("/report-templates/{version}/file")
    ResponseEntity<StreamingResponseBody> file(Actor actor, @PathVariable long meetingId, @PathVariable int version) {
        actor.require(Role.ORGANIZER, "download report templates");
        StoredTemplate stored = templates.file(meetingId, version);
        return Downloads.attachment(stored.fileName(), Downloads.DOCX, out -> out.write(stored.content()));
    }

    @GetMapping("/report-template")
    Choice choice(Actor actor, @PathVariable long meetingId) {
        actor.require(Role.ORGANIZER, "see the report template choice");
        return new Choice(templates.choice(meetingId).toString());
    }

    @PutMapping("/report-template")
    Choice choose(Actor actor, @PathVariable long meetingId, @RequestBody Choice choice, Locale locale) {
        return new Choice(templates.choose(meetingId, choice.template(), actor, locale).toString());
    }

    /** A sample report on the named template (the meeting's choice when none is named) with the meeting's branding. */
    @GetMapping("/report-templates/preview.docx")
    ResponseEntity<StreamingResponseBody> preview(Actor actor, @PathVariable long meetingId,
                                                  @RequestParam(required = false) String template, Locale locale) {
        actor.require(Role.ORGANIZER, "preview report templates");
        TemplateChoice choice = template == null ? templates.choice(meetingId)
                : templates.parse(meetingId, template, locale);
        byte[] preview = templates.preview(meetingId, choice, actor, locale);
        return Downloads.attachment("preview " + choice.toString().replace(':', '-') + ".docx", Downloads.DOCX,
                out -> out.write(preview));
    }
}
