package org.thinktank.surveyflow.findings;

/** A file as it arrives from a form, before it is checked and attached. */
public record Upload(String fileName, byte[] content) {
}
