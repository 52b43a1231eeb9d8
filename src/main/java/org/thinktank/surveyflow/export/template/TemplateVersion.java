package org.thinktank.surveyflow.export.template;

import java.time.Instant;

/** One uploaded template of a meeting, without its content. */
public record TemplateVersion(int version, String fileName, String uploadedBy, Instant uploadedAt) {
}
