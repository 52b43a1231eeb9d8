package org.thinktank.surveyflow.export.template;

/** An uploaded template's file as it was uploaded. */
public record StoredTemplate(String fileName, byte[] content) {
}
