package org.thinktank.surveyflow.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.util.HtmlUtils;
import org.thinktank.surveyflow.audit.AuditKind;
import org.thinktank.surveyflow.decision.DecisionForm;
import org.thinktank.surveyflow.decision.DecisionKind;
import org.thinktank.surveyflow.decision.DecisionOutcome;
import org.thinktank.surveyflow.export.jobs.ExportKind;
import org.thinktank.surveyflow.export.jobs.ExportStatus;
import org.thinktank.surveyflow.export.word.ReportStatus;
import org.thinktank.surveyflow.findings.FieldMethod;
import org.thinktank.surveyflow.findings.Figure;
import org.thinktank.surveyflow.findings.FindingForm;
import org.thinktank.surveyflow.findings.FindingStatus;
import org.thinktank.surveyflow.findings.FindingsBook;
import org.thinktank.surveyflow.notification.NotificationKind;
import org.thinktank.surveyflow.questionnaire.DatasetUpload;
import org.thinktank.surveyflow.questionnaire.QuestionKind;
import org.thinktank.surveyflow.questionnaire.QuestionnaireDatasets;
import org.thinktank.surveyflow.questionnaire.QuestionnaireFiles;
import org.thinktank.surveyflow.report.ReportArchive;
import org.thinktank.surveyflow.report.ReportSections;
import org.thinktank.surveyflow.report.VersionStatus;
import org.thinktank.surveyflow.review.Recommendation;
import org.thinktank.surveyflow.review.ReviewForm;
import org.thinktank.surveyflow.review.ReviewOutcome;
import org.thinktank.surveyflow.security.Actor;
import org.thinktank.surveyflow.security.Role;
import org.thinktank.surveyflow.support.IntegrationTest;
import org.thinktank.surveyflow.support.Pages;
import org.thinktank.surveyflow.support.Processes;
import org.thinktank.surveyflow.support.Surveys;
import org.thinktank.surveyflow.survey.LaunchRequest;
import org.thinktank.surveyflow.survey.Survey;
import org.thinktank.surveyflow.survey.SurveyEventKind;
import org.thinktank.surveyflow.survey.SurveyRegistry;
import org.thinktank.surveyflow.survey.SurveyStage;
import org.thinktank.surveyflow.time.WorkCalendar;
import org.thinktank.surveyflow.workflow.SurveyTasks;

/**
 * With Chinese chosen, no page of an investigation's whole route shows a code name (an enum constant of the domain,
 * a task key or other BPMN id, a process variable) or an English phrase of the bundles in its visible text: the
 * text of the page and the attributes a person reads (title, alt, placeholder, aria-label, hx-confirm).
 */
@IntegrationTest
class NoCodeNamesIT {

    private static final List<Class<? extends Enum<?>>> DOMAIN_ENUMS = List.of(SurveyStage.class,
            SurveyEventKind.class, Recommendation.class, ReviewOutcome.class, DecisionOutcome.class, DecisionKind.class,
            FieldMethod.class, FindingStatus.class, VersionStatus.class, NotificationKind.class, AuditKind.class,
            Role.class, ExportKind.class, ExportStatus.class, ReportStatus.class, QuestionKind.class);
    private static final Path MODEL = Path.of("processes", "survey-investigation.bpmn");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[^}]*}");
    private static final Pattern READ_ATTRIBUTE =
            Pattern.compile("(?i)\\s(?:title|alt|placeholder|aria-label|hx-confirm)=\"([^\"]*)\"");

    private static Pattern codeNames;
    private static List<String> englishPhrases;

    @Autowired
    Pages pages;
    @Autowired
    SurveyRegistry registry;
    @Autowired
    FindingsBook findings;
    @Autowired
    ReportArchive reports;
    @Autowired
    SurveyTasks surveyTasks;
    @Autowired
    Processes processes;
    @Autowired
    Surveys surveys;
    @Autowired
    WorkCalendar calendar;
    @Autowired
    QuestionnaireDatasets datasets;

    private final List<String> leaks = new ArrayList<>();

    @BeforeAll
    static void denyLists() throws IOException {
        Set<String> codes = new LinkedHashSet<>();
        DOMAIN_ENUMS.forEach(type -> Arrays.stream(type.getEnumConstants()).map(Enum::name).forEach(codes::add));
        codes.addAll(modelCodes(Files.readString(MODEL)));
        codes.removeIf(code -> code.length() < 3);
        codeNames = Pattern.compile("(?<![\\p{L}\\p{N}_.-])(" + codes.stream()
                .sorted(Comparator.comparing(String::length).reversed()).map(Pattern::quote)
                .collect(Collectors.joining("|")) + ")(?![\\p{L}\\p{N}_])");
        englishPhrases = englishPhrases(bundle("messages.properties"), bundle("messages_zh_CN.properties"));
    }

    /** Every element id of the model and every variable or bean its expressions name. */
    static Set<String> modelCodes(String model) {
        Set<String> codes = new LinkedHashSet<>();
        Matcher id = Pattern.compile("\\bid=\"([^\"]+)\"").matcher(model);
        while (id.find()) {
            codes.add(id.group(1));
        }
        Matcher expression = Pattern.compile("\\$\\{([^}]*)}").matcher(model);
        while (expression.find()) {
            Matcher root = Pattern.compile("(?<![.'\\w])([A-Za-z_]\\w*)").matcher(expression.group(1)
                    .replaceAll("'[^']*'|&#39;[^&]*&#39;", ""));
            while (root.find()) {
                codes.add(root.group(1));
            }
        }
        codes.remove("execution");
        return codes;
    }

    /** The English bundle's phrases of two words or more that the Chinese bundle does not share. */
    static List<String> englishPhrases(Properties english, Properties chinese) {
        return english.stringPropertyNames().stream()
                .filter(key -> !english.getProperty(key).equals(chinese.getProperty(key)))
                .flatMap(key -> Arrays.stream(PLACEHOLDER.split(english.getProperty(key))))
                .map(String::strip)
                .filter(phrase -> phrase.length() >= 8 && phrase.matches(".*\\p{IsLatin}{2,}\\s+\\p{IsLatin}{2,}.*"))
                .distinct().sorted().toList();
    }

    private static Properties bundle(String name) throws IOException {
        Properties messages = new Properties();
        try (Reader in = new InputStreamReader(NoCodeNamesIT.class.getResourceAsStream("/" + name), StandardCharsets.UTF_8)) {
            messages.load(in);
        }
        return messages;
    }

    /** What a person reads of a page: its text and the attributes shown on hover or in a dialog, no markup. */
    static String visibleText(String html) {
        String shown = html.replaceAll("(?is)<script\\b.*?</script>", " ").replaceAll("(?is)<style\\b.*?</style>", " ")
                .replaceAll("(?s)<!--.*?-->", " ");
        StringBuilder text = new StringBuilder();
        Matcher attribute = READ_ATTRIBUTE.matcher(shown);
        while (attribute.find()) {
            text.append(' ').append(attribute.group(1));
        }
        text.append(' ').append(shown.replaceAll("(?s)<[^>]*>", " "));
        return HtmlUtils.htmlUnescape(text.toString()).replaceAll("\\s+", " ");
    }

    private void read(String username, String path) throws Exception {
        MockHttpServletResponse response = pages.mvc().perform(get(path).with(pages.as(username))
                .header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN")).andReturn().getResponse();
        assertThat(response.getStatus()).as(path + " as " + username).isEqualTo(200);
        String text = visibleText(response.getContentAsString());
        Matcher code = codeNames.matcher(text);
        while (code.find()) {
            leaks.add(path + " as " + username + ": code " + code.group(1) + " in «" + around(text, code.start()) + "»");
        }
        englishPhrases.stream().filter(text::contains)
                .forEach(phrase -> leaks.add(path + " as " + username + ": English «" + phrase + "»"));
    }

    private static String around(String text, int at) {
        return text.substring(Math.max(0, at - 30), Math.min(text.length(), at + 40));
    }

    @Test
    void noPageOfAnInvestigationsWholeRouteShowsACodeNameOrEnglishInChinese() throws Exception {
        long meetingId = surveys.meetingId();
        Survey survey = launch();
        String at = "/surveys/" + survey.id();
        findings.add(survey.id(), Surveys.RESEARCHER, finding("草稿：企业访谈记录"));
        everyonesPages(survey, meetingId);
        read("li.wei", at + "/findings");
        read("wang.fang", at + "/findings");
        questionnairePages(survey);

        submitFindings(survey, Surveys.LEAD);
        submitFindings(survey, Surveys.RESEARCHER);
        read("li.wei", at + "/report");
        submitVersion(survey, "第一稿");
        read("zhou.qiang", at + "/review");
        everyonesPages(survey, meetingId);

        review(survey, Recommendation.MAJOR_REVISION, Recommendation.MINOR_REVISION);
        read("li.wei", at + "/report");
        read("li.wei", at);
        submitVersion(survey, "第二稿");
        review(survey, Recommendation.REJECT, Recommendation.ACCEPT);
        read("organizer", at + "/decision");
        everyonesPages(survey, meetingId);

        surveyTasks.decideRejection(survey.id(), Surveys.ORGANIZER, new DecisionForm(DecisionOutcome.SEND_BACK, "请补充国际比较"));
        submitVersion(survey, "第三稿");
        review(survey, Recommendation.ACCEPT, Recommendation.ACCEPT);
        read("organizer", at + "/decision");
        surveyTasks.approve(survey.id(), Surveys.ORGANIZER, new DecisionForm(DecisionOutcome.APPROVE, null));
        everyonesPages(survey, meetingId);
        read("organizer", "/audit");
        read("organizer", "/audit?surveyId=" + survey.id());
        read("organizer", "/tokens");
        read("organizer", "/meetings/" + meetingId + "/report-settings");

        assertThat(leaks).as("code names and English on the pages in Chinese").isEmpty();
    }

    private void questionnairePages(Survey survey) throws Exception {
        byte[] file = QuestionnaireFiles.wenjuanxingXlsx(12);
        long id = datasets.upload(survey.id(), Surveys.RESEARCHER, new DatasetUpload("营商环境问卷", "问卷星.xlsx",
                file.length, new ByteArrayResource(file))).id();
        String at = "/surveys/" + survey.id() + "/datasets";
        for (String username : List.of("organizer", "li.wei", "wang.fang")) {
            read(username, at);
            read(username, at + "/" + id);
        }
        read("li.wei", at + "/" + id + "/cross?question=" + QuestionnaireFiles.WJX_SATISFACTION + "&by="
                + QuestionnaireFiles.WJX_REGION);
    }

    private void everyonesPages(Survey survey, long meetingId) throws Exception {
        String at = "/surveys/" + survey.id();
        for (String username : List.of("organizer", "li.wei", "wang.fang", "zhou.qiang")) {
            read(username, at);
            read(username, "/");
            read(username, "/?tab=done");
            read(username, "/notifications");
        }
        read("organizer", "/?tab=launched");
        read("organizer", "/meetings/" + meetingId + "/dashboard");
    }

    private Survey launch() {
        LocalDate today = calendar.today();
        return surveys.planApproved(registry.launch(new LaunchRequest(Surveys.MEETING, "绥化市农村电子商务发展调研", "绥化",
                "li.wei", List.of("wang.fang"), List.of("zhou.qiang", "m.ivanov"), today.plusDays(10), today.plusDays(20),
                today.plusDays(30), today.plusDays(35), null, null), Surveys.ORGANIZER));
    }

    private static FindingForm finding(String title) {
        return new FindingForm(title, FieldMethod.INTERVIEW, "哈尔滨经开区", LocalDate.of(2026, 4, 18),
                "受访的 212 家中小企业中，仅 31% 已上云。", "设立上云补贴。", "省统计局",
                List.of(new Figure("受访企业数", java.math.BigDecimal.valueOf(212), "家")));
    }

    private void submitFindings(Survey survey, Actor researcher) {
        findings.add(survey.id(), researcher, finding("中小企业上云比例偏低（" + researcher.username().length() + "）"));
        surveyTasks.submitFindings(survey.id(), researcher);
        processes.runAsyncContinuations();
    }

    private void submitVersion(Survey survey, String version) {
        reports.saveDraft(survey.id(), Surveys.LEAD, new ReportSections("摘要：" + version, "背景", "方法", "发现", "建议"));
        surveyTasks.submitReport(survey.id(), Surveys.LEAD);
    }

    private void review(Survey survey, Recommendation first, Recommendation second) {
        surveyTasks.review(survey.id(), Surveys.REVIEWER_1, review(first));
        surveyTasks.review(survey.id(), Surveys.REVIEWER_2, review(second));
    }

    private static ReviewForm review(Recommendation recommendation) {
        return new ReviewForm(4, 4, 3, 5, recommendation, "请补充证据。", "保密意见。");
    }

    @Test
    void theDenyListsHoldTheCodesAPageMustNotShow() {
        assertThat(codeNames.matcher("阶段：MAJOR_REVISION").find()).isTrue();
        assertThat(codeNames.matcher("任务 submitFindings").find()).isTrue();
        assertThat(codeNames.matcher("负责人 lead").find()).isTrue();
        assertThat(codeNames.matcher("大修").find()).isFalse();
        assertThat(englishPhrases).contains("Submit findings", "Major revision");
        assertThat(Stream.of("我的任务", "提交调研发现").anyMatch(text -> englishPhrases.stream().anyMatch(text::contains))).isFalse();
    }
}
