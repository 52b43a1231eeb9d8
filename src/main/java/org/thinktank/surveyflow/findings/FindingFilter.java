package org.thinktank.surveyflow.findings;

/**
 * Which of the findings a reader may see a list holds; both filters are optional.
 *
 * @param author the user name of the researcher who wrote them
 * @param status drafts (only the reader's own exist for them) or submitted findings
 */
public record FindingFilter(String author, FindingStatus status) {

    public FindingFilter {
        author = author == null || author.isBlank() ? null : author.strip();
    }

    public static FindingFilter none() {
        return new FindingFilter(null, null);
    }
}
