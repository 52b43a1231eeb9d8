package org.thinktank.surveyflow.findings;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.util.unit.DataSize;
import org.thinktank.surveyflow.problem.InputProblem;

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
                .containsExactly(InputProblem.of("attachments", "attachment.notAllowedType", "macro.xlsm", "pdf, docx, xlsx, png, jpg, csv"));
        assertThat(policy.check("no-extension", 100)).hasSize(1);
    }

    @Test
    void refusesFilesOverTheLimitButTakesOneExactlyAtIt() {
        assertThat(policy.check("big.pdf", DataSize.ofMegabytes(10).toBytes())).isEmpty();
        assertThat(policy.check("big.pdf", DataSize.ofMegabytes(10).toBytes() + 1))
                .containsExactly(InputProblem.of("attachments", "attachment.tooLarge", "big.pdf", "10"));
    }

    @Test
    void refusesEmptyFiles() {
        assertThat(policy.check("empty.csv", 0)).containsExactly(InputProblem.of("attachments", "attachment.empty", "empty.csv"));
    }

    @Test
    void storesEachTypeWithItsContentType() {
        assertThat(policy.contentTypeOf("photo.JPG")).isEqualTo("image/jpeg");
        assertThat(policy.contentTypeOf("table.csv")).isEqualTo("text/csv");
    }

    @Test
    void aFileIsKeptUnderItsOwnNameWithoutThePathABrowserSends() {
        assertThat(AttachmentPolicy.safeName("C:\\Users\\li\\调研 数据.xlsx")).isEqualTo("调研 数据.xlsx");
        assertThat(AttachmentPolicy.safeName("../../etc/report.pdf")).isEqualTo("report.pdf");
        assertThat(AttachmentPolicy.safeName(null)).isEmpty();
    }

    @Test
    void invisibleAndControlCharactersInANameBecomeVisible() {
        assertThat(AttachmentPolicy.safeName("invoice\u202Efdp.exe")).isEqualTo("invoice_fdp.exe");
        assertThat(AttachmentPolicy.safeName("a\u0000b\u0007c\u007F.pdf")).isEqualTo("a_b_c_.pdf");
        assertThat(AttachmentPolicy.safeName("zero\u200Bwidth\u2066.csv")).isEqualTo("zero_width_.csv");
        assertThat(AttachmentPolicy.safeName("lone\uD800.png")).isEqualTo("lone_.png");
        assertThat(AttachmentPolicy.safeName("\u3000 notes.pdf\u00A0")).isEqualTo("notes.pdf");
    }

    @Test
    void aDisguisedTypeIsRefusedUnderItsVisibleName() {
        assertThat(policy.check(AttachmentPolicy.safeName("invoice\u202Efdp.exe"), 100))
                .containsExactly(InputProblem.of("attachments", "attachment.notAllowedType", "invoice_fdp.exe", "pdf, docx, xlsx, png, jpg, csv"));
    }

    @Test
    void aLongNameKeepsItsEnd() {
        assertThat(AttachmentPolicy.safeName("x".repeat(300) + ".pdf")).hasSize(255).endsWith("x.pdf");
    }
}
