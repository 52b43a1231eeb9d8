package org.thinktank.surveyflow.findings;

/** An attachment with its content, for download. */
public record AttachmentFile(Attachment attachment, byte[] content) {
}
