package org.thinktank.surveyflow.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.thinktank.surveyflow.decision.DecisionOutcome;
import org.thinktank.surveyflow.report.ReportArchive;
import org.thinktank.surveyflow.review.Recommendation;
import org.thinktank.surveyflow.survey.Survey;
import org.thinktank.surveyflow.workflow.SurveyTasks;
import org.thinktank.surveyflow.support.IntegrationTest;
import org.thinktank.surveyflow.support.Surveys;

/** GET /api/surveys/{id}/report/versions/{n}/document.docx: who may download it, and what it holds. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportDocumentDownloadIT {

    @Autowired
    Surveys surveys;
    @Autowired
    HttpFiles files;
    @Autowired
    ReportArchive reports;
    @Autowired
    SurveyTasks surveyTasks;

    private Survey approved;

    @BeforeAll
    void anApprovedInvestigation() {
        approved = surveys.awaitingApproval();
        surveys.approval(approved, DecisionOutcome.APPROVE);
    }

    private String path(Survey survey, int version) {
        return "/api/surveys/" + survey.id() + "/report/versions/" + version + "/document.docx";
    }

    private static String text(HttpFiles.Download download) throws IOException {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(download.body()))) {
            return new XWPFWordExtractor(document).getText();
        }
    }

    @Test
    void organizerDownloadsAWordDocumentNamedInChinese() throws IOException {
        HttpFiles.Download download = files.get("organizer", path(approved, 1));

        assertThat(download.status()).as(download.toString()).isEqualTo(200);
        assertThat(download.headers().getContentType().equalsTypeAndSubtype(Downloads.DOCX)).isTrue();
        assertThat(download.headers().getFirst(HttpHeaders.CONTENT_DISPOSITION))
                .startsWith("attachment").contains("filename*=UTF-8''");
        assertThat(download.disposition().getFilename())
                .isEqualTo(approved.businessKey() + " v1 数字经济发展现状与路径调研 Digital economy.docx");
        assertThat(download.disposition().getCharset()).isEqualTo(StandardCharsets.UTF_8);
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(download.body()))) {
            assertThat(document.getParagraphs()).filteredOn(p -> "Title".equals(p.getStyle()))
                    .extracting(XWPFParagraph::getText).containsExactly("数字经济发展现状与路径调研 Digital economy");
        }
    }

    @Test
    void eachVersionDownloadsUnderANameOfItsOwn() {
        Survey revised = surveys.inReview();
        surveys.reviewRound(revised, Recommendation.MINOR_REVISION, Recommendation.ACCEPT);
        surveys.submitDraft(revised, "v2");

        assertThat(List.of(1, 2)).extracting(version -> files.get("organizer", path(revised, version)).disposition()
                .getFilename()).containsExactly(revised.businessKey() + " v1 数字经济发展现状与路径调研 Digital economy.docx",
                revised.businessKey() + " v2 数字经济发展现状与路径调研 Digital economy.docx");
    }

    @Test
    void documentHoldsFindingsReviewSummaryAndSignOffButNoConfidentialComments() throws IOException {
        String text = text(files.get("organizer", path(approved, 1), Locale.SIMPLIFIED_CHINESE));

        assertThat(text).contains("摘要 Summary v1").contains("3.1　中小企业上云比例偏低")
                .contains("受访企业数\t212\t家").contains("省统计局 2026")
                .contains("Zhou Qiang 周强").contains("Mikhail Ivanov").contains("接受")
                .contains("批准人：Zhao Min 赵敏").doesNotContain("zhou.qiang").doesNotContain("ACCEPT");
        assertThat(text).doesNotContain("保密意见").doesNotContain("Confidential");
    }

    @Test
    void aReaderWhoAsksInEnglishGetsEnglishLabels() throws IOException {
        assertThat(text(files.get("organizer", path(approved, 1), Locale.ENGLISH))).contains("Approved by: Zhao Min 赵敏")
                .contains("Accept").doesNotContain("批准人");
    }

    @Test
    void researchersOfTheTeamMayDownloadIt() {
        assertThat(files.get("li.wei", path(approved, 1)).status()).isEqualTo(200);
        assertThat(files.get("wang.fang", path(approved, 1)).status()).isEqualTo(200);
    }

    @Test
    void researchersOfOtherInvestigationsMayNot() {
        HttpFiles.Download download = files.get("zhang.lei", path(approved, 1));
        assertThat(download.status()).isEqualTo(403);
        assertThat(download.headers().getContentType().toString()).contains("problem+json");
    }

    @Test
    void anAssignedReviewerMayDownloadItAndSeesOnlyTheirOwnReview() throws IOException {
        HttpFiles.Download download = files.get("zhou.qiang", path(approved, 1));
        assertThat(download.status()).isEqualTo(200);
        assertThat(text(download)).contains("Zhou Qiang 周强").doesNotContain("Mikhail Ivanov").doesNotContain("保密意见");
    }

    @Test
    void otherReviewersAndAdminsMayNot() {
        assertThat(files.get("wu.jing", path(approved, 1)).status()).isEqualTo(403);
        assertThat(files.get("admin", path(approved, 1)).status()).isEqualTo(403);
    }

    @Test
    void anonymousCallersMustSignIn() {
        assertThat(files.get(null, path(approved, 1)).status()).isEqualTo(401);
    }

    @Test
    void aVersionThatWasNeverSubmittedIsNotFound() {
        assertThat(files.get("organizer", path(approved, 2)).status()).isEqualTo(404);
    }

    @Test
    void anOpenDraftIsNotADocumentEvenForItsLead() {
        Survey drafting = surveys.launch();
        surveys.allFindingsIn(drafting);
        reports.saveDraft(drafting.id(), Surveys.LEAD, Surveys.sections("draft"));

        HttpFiles.Download download = files.get("li.wei", path(drafting, 1));
        assertThat(download.status()).as(download.toString()).isEqualTo(404);
    }

    @Test
    void theTeamDoesNotSeeReviewsOfTheRoundInProgressButOrganizersDo() throws IOException {
        Survey inReview = surveys.inReview();
        surveyTasks.review(inReview.id(), Surveys.REVIEWER_1,
                Surveys.review(Recommendation.ACCEPT));

        assertThat(text(files.get("li.wei", path(inReview, 1), Locale.SIMPLIFIED_CHINESE))).doesNotContain("Zhou Qiang 周强")
                .contains("本版本尚无评审意见。");
        assertThat(text(files.get("organizer", path(inReview, 1), Locale.SIMPLIFIED_CHINESE))).contains("Zhou Qiang 周强");
    }
}
