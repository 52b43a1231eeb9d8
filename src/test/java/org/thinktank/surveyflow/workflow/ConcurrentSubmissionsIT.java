package org.thinktank.surveyflow.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.thinktank.surveyflow.findings.FindingsBook;
import org.thinktank.surveyflow.report.ReportArchive;
import org.thinktank.surveyflow.review.Recommendation;
import org.thinktank.surveyflow.security.Actor;
import org.thinktank.surveyflow.security.NewUser;
import org.thinktank.surveyflow.security.Role;
import org.thinktank.surveyflow.security.UserAccounts;
import org.thinktank.surveyflow.survey.LaunchRequest;
import org.thinktank.surveyflow.survey.Survey;
import org.thinktank.surveyflow.survey.SurveyRegistry;
import org.thinktank.surveyflow.survey.SurveyStage;
import org.thinktank.surveyflow.support.Processes;
import org.thinktank.surveyflow.support.Surveys;

/**
 * The deadline night: the researchers of an investigation hand in their findings at the same instant, over HTTP, on
 * the real engine and PostgreSQL, with Camunda's job executor running as in production (the other tests turn it off):
 * every submission is acknowledged and stored once, and the job executor moves the investigation on to drafting once.
 * Reviewers reviewing at the same instant likewise. Its own context and database, closed after
 * (docs/adr/0009-concurrent-submissions.md).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "camunda.bpm.job-execution.enabled=true",
        "surveyflow.embedded-database.data-directory=target/test-postgres/concurrent-data"})
@ActiveProfiles("test")
@DirtiesContext
class ConcurrentSubmissionsIT {

    private static final String PASSWORD = "deadline-night";
    private static final AtomicInteger PEOPLE = new AtomicInteger();

    @Autowired
    UserAccounts accounts;
    @Autowired
    SurveyRegistry registry;
    @Autowired
    FindingsBook findings;
    @Autowired
    ReportArchive reports;
    @Autowired
    SurveyTasks surveyTasks;
    @Autowired
    Surveys surveys;
    @Autowired
    Processes processes;
    @Autowired
    HistoryService history;
    @Autowired
    TaskService tasks;
    @Autowired
    ManagementService management;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ObjectMapper json;
    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void twentyResearchersSubmittingAtTheSameInstantAreAllAcknowledgedAndTheInvestigationMovesToDraftingOnce()
            throws Exception {
        Survey survey = launchWithFindingsFrom(people(20, Role.RESEARCHER));
        List<String> team = teamOf(survey);

        Map<String, Answer> answers = atTheSameInstant(team, researcher -> submitFindings(survey, researcher));

        assertThat(answers).hasSize(20).allSatisfy(ConcurrentSubmissionsIT::acknowledged);
        assertEveryFindingStoredOnceAndSubmitted(survey, team);
        assertMovedToDraftingOnce(survey);
    }

    @Test
    void researchersOfSeveralInvestigationsSubmittingAtOnceAreAllAcknowledgedAndEachInvestigationMovesOnOnce()
            throws Exception {
        List<Survey> investigations = IntStream.range(0, 4)
                .mapToObj(i -> launchWithFindingsFrom(people(6, Role.RESEARCHER))).toList();
        Map<String, Survey> investigationOf = new LinkedHashMap<>();
        investigations.forEach(survey -> teamOf(survey).forEach(researcher -> investigationOf.put(researcher, survey)));

        Map<String, Answer> answers = atTheSameInstant(List.copyOf(investigationOf.keySet()),
                researcher -> submitFindings(investigationOf.get(researcher), researcher));

        assertThat(answers).hasSize(24).allSatisfy(ConcurrentSubmissionsIT::acknowledged);
        for (Survey survey : investigations) {
            assertEveryFindingStoredOnceAndSubmitted(survey, teamOf(survey));
            assertMovedToDraftingOnce(survey);
        }
    }

    @Test
    void reviewersOfSeveralInvestigationsReviewingAtTheSameInstantAreAllAcknowledgedAndEachReportIsTalliedOnce()
            throws Exception {
        List<String> reviewers = people(3, Role.REVIEWER);
        List<Survey> investigations = IntStream.range(0, 4).mapToObj(i -> inReviewBy(reviewers)).toList();
        List<String[]> reviews = investigations.stream()
                .flatMap(survey -> reviewers.stream().map(reviewer -> new String[] {String.valueOf(survey.id()), reviewer}))
                .toList();

        Map<String, Answer> answers = atTheSameInstant(reviews.stream().map(r -> r[0] + "/" + r[1]).toList(), key -> {
            String[] parts = key.split("/");
            return post("/api/surveys/" + parts[0] + "/reviews", parts[1], json.writeValueAsString(
                    Surveys.review(Recommendation.ACCEPT)));
        });

        assertThat(answers).hasSize(12).allSatisfy(ConcurrentSubmissionsIT::acknowledged);
        for (Survey survey : investigations) {
            assertThat(jdbc.sql("select reviewer from review where survey_id = ? order by reviewer").param(survey.id())
                    .query(String.class).list()).as("reviews of %s", survey.businessKey()).isEqualTo(reviewers);
            assertThat(eventsOf(survey, "REVIEWS_TALLIED")).as("tallies of %s", survey.businessKey()).isEqualTo(1);
            assertThat(surveys.reload(survey).stage()).isEqualTo(SurveyStage.APPROVAL);
        }
    }

    /** New accounts of one role, created through the service as an admin would. */
    private List<String> people(int count, Role role) {
        List<String> usernames = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String username = "night-" + role.name().toLowerCase() + "-" + PEOPLE.incrementAndGet();
            accounts.create(new NewUser(username, "Researcher " + username, null, null, role, PASSWORD));
            usernames.add(username);
        }
        return usernames;
    }

    /** Launched with the first as lead and the rest as team; each of them has added one finding. */
    private Survey launchWithFindingsFrom(List<String> researchers) {
        LaunchRequest request = surveys.launchRequest();
        Survey survey = surveys.planApproved(registry.launch(new LaunchRequest(request.meetingCode(), "截止之夜 Deadline night",
                request.region(), researchers.get(0), researchers.subList(1, researchers.size()), request.reviewers(),
                request.findingsDue(), request.draftDue(), request.reviewDue(), request.approvalDue(), null, null),
                Surveys.ORGANIZER));
        researchers.forEach(researcher ->
                findings.add(survey.id(), new Actor(researcher, Role.RESEARCHER), Surveys.finding("发现 by " + researcher)));
        return survey;
    }

    /** Findings in (one researcher, the lead) and version 1 submitted to these reviewers. */
    private Survey inReviewBy(List<String> reviewers) {
        String lead = people(1, Role.RESEARCHER).get(0);
        LaunchRequest request = surveys.launchRequest();
        Survey survey = surveys.planApproved(registry.launch(new LaunchRequest(request.meetingCode(), "截止之夜 Review night",
                request.region(), lead, List.of(), reviewers, request.findingsDue(), request.draftDue(),
                request.reviewDue(), request.approvalDue(), null, null), Surveys.ORGANIZER));
        Actor leadActor = new Actor(lead, Role.RESEARCHER);
        findings.add(survey.id(), leadActor, Surveys.finding("发现 by " + lead));
        surveyTasks.submitFindings(survey.id(), leadActor);
        awaitStage(survey, SurveyStage.DRAFTING);
        reports.saveDraft(survey.id(), leadActor, Surveys.sections("v1"));
        surveyTasks.submitReport(survey.id(), leadActor);
        return survey;
    }

    private List<String> teamOf(Survey survey) {
        return jdbc.sql("select username from survey_member where survey_id = ? and role in ('LEAD', 'RESEARCHER') "
                + "order by username").param(survey.id()).query(String.class).list();
    }

    private static void acknowledged(String who, Answer answer) {
        assertThat(answer.status()).as("%s was answered %s", who, answer).isEqualTo(204);
    }

    record Answer(int status, String body) {
    }

    private Answer submitFindings(Survey survey, String researcher) throws Exception {
        return post("/api/surveys/" + survey.id() + "/findings/submit", researcher, null);
    }

    private Answer post(String path, String username, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((username + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Accept", "application/json, application/problem+json");
        if (body == null) {
            request.POST(HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.body());
    }

    interface Call {
        Answer send(String key) throws Exception;
    }

    /** Sends every call from a thread of its own, all released at the same instant; answers each key. */
    private Map<String, Answer> atTheSameInstant(List<String> keys, Call call) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(keys.size());
        try {
            CountDownLatch ready = new CountDownLatch(keys.size());
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Answer>> calls = new ArrayList<>();
            for (String key : keys) {
                calls.add(threads.submit((Callable<Answer>) () -> {
                    ready.countDown();
                    go.await();
                    return call.send(key);
                }));
            }
            assertThat(ready.await(30, TimeUnit.SECONDS)).isTrue();
            go.countDown();
            Map<String, Answer> answers = new LinkedHashMap<>();
            for (int i = 0; i < keys.size(); i++) {
                answers.put(keys.get(i), calls.get(i).get(120, TimeUnit.SECONDS));
            }
            return answers;
        } finally {
            threads.shutdownNow();
        }
    }

    private void assertEveryFindingStoredOnceAndSubmitted(Survey survey, List<String> team) {
        Map<String, List<String>> statusesByAuthor = jdbc.sql("select author, status from finding where survey_id = ?")
                .param(survey.id()).query((rs, row) -> new String[] {rs.getString(1), rs.getString(2)}).list().stream()
                .collect(Collectors.groupingBy(r -> r[0], Collectors.mapping(r -> r[1], Collectors.toList())));
        assertThat(statusesByAuthor.keySet()).containsExactlyInAnyOrderElementsOf(team);
        assertThat(statusesByAuthor).allSatisfy((author, statuses) ->
                assertThat(statuses).as(author).containsExactly("SUBMITTED"));
        assertThat(eventsOf(survey, "FINDINGS_SUBMITTED")).isEqualTo(team.size());
    }

    private void awaitStage(Survey survey, SurveyStage stage) {
        await().atMost(Duration.ofSeconds(30)).until(() -> surveys.reload(survey).stage() == stage);
    }

    private void assertMovedToDraftingOnce(Survey survey) {
        awaitStage(survey, SurveyStage.DRAFTING);
        assertThat(management.createJobQuery().processInstanceId(processes.of(survey).getId()).messages().count())
                .as("continuations left").isZero();
        assertThat(history.createHistoricTaskInstanceQuery().processInstanceBusinessKey(survey.businessKey())
                .taskDefinitionKey(SurveyProcess.DRAFT_REPORT).count()).as("draft tasks ever created").isEqualTo(1);
        assertThat(history.createHistoricTaskInstanceQuery().processInstanceBusinessKey(survey.businessKey())
                .taskDefinitionKey(SurveyProcess.SUBMIT_FINDINGS).unfinished().count()).isZero();
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(survey.businessKey()).list())
                .extracting(task -> task.getTaskDefinitionKey()).containsExactly(SurveyProcess.DRAFT_REPORT);
    }

    private long eventsOf(Survey survey, String kind) {
        return jdbc.sql("select count(*) from survey_event where survey_id = ? and kind = ?")
                .params(survey.id(), kind).query(Long.class).single();
    }
}
