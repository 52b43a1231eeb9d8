package org.thinktank.surveyflow.export.office;

/**
 * No PDF can be made now: LibreOffice is not installed, could not start, or gave up on the document. Answered 503
 * ({@link PdfProblems}) with the message of {@link #messageKey()} in the reader's language; the Word file can still
 * be had.
 */
public class PdfUnavailableException extends RuntimeException {

    static final String OFFICE_MISSING = "export.pdf.officeMissing";
    static final String CONVERSION_FAILED = "export.pdf.conversionFailed";

    private final String messageKey;

    PdfUnavailableException(String messageKey, String reason, Throwable cause) {
        super(reason, cause);
        this.messageKey = messageKey;
    }

    String messageKey() {
        return messageKey;
    }
}
