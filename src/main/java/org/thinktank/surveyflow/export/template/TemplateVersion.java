package org.thinktank.surveyflow.export.template;

import java.time.Instant;

/**
 * One uploaded template of a meeting, without its content.
 *
 * @param uploadedBy     the organizer's username
 * @param uploadedByName the organizer's display name, as pages show people
 */
public record TemplateVersion(int version, String fileName, String uploadedBy, String uploadedByName,
                              Instant uploadedAt) {
}
