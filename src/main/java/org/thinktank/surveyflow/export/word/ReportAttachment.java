package org.thinktank.surveyflow.export.word;

/**
 * A file attached to one of the report's findings, as the appendix lists it. Photos carry their content, which the
 * report embeds as figures; other files carry none.
 */
public record ReportAttachment(long id, long findingId, String fileName, String contentType, long sizeBytes,
                               byte[] content) {

    public boolean isPhoto() {
        return content != null && (contentType.equals("image/png") || contentType.equals("image/jpeg")
                || contentType.equals("image/gif"));
    }
}
