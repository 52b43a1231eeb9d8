package org.thinktank.surveyflow.findings;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.util.unit.DataSize;

class AttachmentPolicyTests {

    private final AttachmentPolicy policy = new AttachmentPolicy(DataSize.ofMegabytes(10));

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"a.pdf", "b.DOCX", "c.xlsx", "d.png", "e.JPG", "f.jpeg", "g.csv"})
    void takesEveryAllowedTypeWhateverTheCaseOfItsExtension(String name) {
        assertThat(policy.check(name, 100)).as(name).isEmpty();
    }

    @Test
    void refusesOtherTypesNamingTheAllowedOnes() {
        assertThat(policy.check("macro.xlsm", 100))
                .containsExactly("attachments: macro.xlsm is not an allowed type; allowed are pdf, docx, xlsx, png, jpg, csv");
        assertThat(policy.check("no-extension", 100)).hasSize(1);
    }

    @Test
    void refusesFilesOverTheLimitButTakesOneExactlyAtIt() {
        assertThat(policy.check("big.pdf", DataSize.ofMegabytes(10).toBytes())).isEmpty();
        assertThat(policy.check("big.pdf", DataSize.ofMegabytes(10).toBytes() + 1))
                .containsExactly("attachments: big.pdf is larger than 10 MB");
    }

    @Test
    void refusesEmptyFiles() {
        assertThat(policy.check("empty.csv", 0)).containsExactly("attachments: empty.csv is empty");
    }

    @Test
    void storesEachTypeWithItsContentType() {
        assertThat(policy.contentTypeOf("photo.JPG")).isEqualTo("image/jpeg");
        assertThat(policy.contentTypeOf("table.csv")).isEqualTo("text/csv");
    }
}
