package org.thinktank.surveyflow.adoption;

/** The scanned instruction or evidence kept with a step, for download. */
public record StepFile(String fileName, String contentType, byte[] content) {
}
