package org.thinktank.surveyflow.export.word;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The pictures a report's Markdown may show: the photos attached to the report's own findings, named as
 * {@code attachment:123} or by file name. It remembers which it placed, so a photo shown in the text is not shown
 * again under its finding.
 */
final class ReportImages implements MarkdownImages {

    private static final String BY_ID = "attachment:";

    private final List<ReportAttachment> attachments;
    private final Set<Long> placed = new HashSet<>();

    ReportImages(List<ReportAttachment> attachments) {
        this.attachments = attachments;
    }

    @Override
    public Optional<Image> find(String destination) {
        Optional<ReportAttachment> photo = attachments.stream().filter(ReportAttachment::isPhoto)
                .filter(attachment -> names(attachment, destination.strip())).findFirst();
        return photo.flatMap(attachment -> Pictures.size(attachment.content()).map(size -> {
            placed.add(attachment.id());
            return new Image(attachment.content(), attachment.fileName(), size[0], size[1]);
        }));
    }

    boolean placed(ReportAttachment attachment) {
        return placed.contains(attachment.id());
    }

    private static boolean names(ReportAttachment attachment, String destination) {
        return destination.equals(BY_ID + attachment.id()) || destination.equals(attachment.fileName());
    }
}
