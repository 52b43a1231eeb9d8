package org.thinktank.surveyflow.export.office;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfOutlineTests {

    @TempDir
    Path dir;

    @Test
    void anEmptyFileIsUnreadableSoTheContentsPageGoesWithoutNumbersInsteadOfFailing() throws IOException {
        Path empty = Files.createFile(dir.resolve("empty.pdf"));

        assertThatThrownBy(() -> PdfOutline.of(empty))
                .isInstanceOf(PdfOutline.UnreadableException.class)
                .hasMessageContaining("empty.pdf");
    }
}
