package org.thinktank.surveyflow.export.template;

import java.io.IOException;
import java.util.Locale;

import jakarta.validation.Valid;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.thinktank.surveyflow.export.word.Logo;
import org.thinktank.surveyflow.security.Actor;

/** A meeting's think tank names and logo: organizers change them; everyone signed in may read them. */
@RestController
@RequestMapping("/api/meetings/{meetingId}/branding")
class BrandingController {

    private final MeetingBranding branding;

    BrandingController(MeetingBranding branding) {
        this.branding = branding;
    }

    /** The names, and the logo's format and size when there is one. */
    record BrandingView(String thinkTankName, String thinkTankNameEn, LogoView logo) {

        static BrandingView of(Branding branding) {
            Logo logo = branding.logo();
            return new BrandingView(branding.thinkTankName(), branding.thinkTankNameEn(),
                    logo == null ? null : new LogoView(logo.format(), logo.width(), logo.height()));
        }
    }

    record LogoView(String format, int width, int height) {
    }

    @GetMapping
    BrandingView get(@PathVariable long meetingId) {
        return BrandingView.of(branding.of(meetingId));
    }

    @PutMapping
    BrandingView rename(Actor actor, @PathVariable long meetingId, @Valid @RequestBody BrandingNames names) {
        return BrandingView.of(branding.rename(meetingId, names, actor));
    }

    @GetMapping("/logo")
    ResponseEntity<byte[]> logo(@PathVariable long meetingId) {
        Logo logo = branding.logo(meetingId);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(logo.contentType()))
                .cacheControl(CacheControl.noCache()).body(logo.content());
    }

    @PutMapping(path = "/logo", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    LogoView replaceLogo(Actor actor, @PathVariable long meetingId, @RequestParam("file") MultipartFile file,
                         Locale locale) throws IOException {
        Logo logo = branding.replaceLogo(meetingId, file.getOriginalFilename(), file.getBytes(), actor, locale);
        return new LogoView(logo.format(), logo.width(), logo.height());
    }

    @DeleteMapping("/logo")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void removeLogo(Actor actor, @PathVariable long meetingId) {
        branding.removeLogo(meetingId, actor);
    }
}
