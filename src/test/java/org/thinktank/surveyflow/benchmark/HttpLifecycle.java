package org.thinktank.surveyflow.benchmark;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;

/** The lifecycle through the HTTP API, each person with their own credentials (a token, or Basic). */
final class HttpLifecycle implements Lifecycle {

    private final Http http;
    private final Population population;
    private final boolean tokens;
    private final Map<String, Http.Caller> callers = new ConcurrentHashMap<>();

    HttpLifecycle(Http http, Population population, boolean tokens) {
        this.http = http;
        this.population = population;
        this.tokens = tokens;
    }

    private Http.Caller as(String username) {
        return callers.computeIfAbsent(username, name -> http.caller(name, Population.PASSWORD, tokens));
    }

    @Override
    public void run(Cast cast, int number) {
        Http.Caller organizer = as(cast.organizer());
        long id = organizer.callJson("launch", "POST", "/api/surveys", population.launch("接口调研 HTTP " + number,
                cast.lead(), cast.team(), cast.reviewers())).path("id").asLong();
        String survey = "/api/surveys/" + id;
        as(cast.lead()).callJson("save plan", "PUT", survey + "/plan", Population.plan());
        as(cast.lead()).callJson("submit plan", "POST", survey + "/plan/submit", null);
        organizer.callJson("approve plan", "POST", survey + "/plan/approval", Map.of("decision", "APPROVE"));
        for (String researcher : cast.researchers()) {
            as(researcher).callJson("add finding", "POST", survey + "/findings", Population.finding("发现 Finding " + number));
            as(researcher).callJson("submit findings", "POST", survey + "/findings/submit", null);
        }
        Lifecycle.await("drafting", () -> "DRAFTING".equals(stage(organizer, survey)));
        Http.Caller lead = as(cast.lead());
        lead.callJson("save draft", "PUT", survey + "/report/draft", Population.sections());
        lead.callJson("submit report", "POST", survey + "/report/submit", null);
        for (String reviewer : cast.reviewers()) {
            as(reviewer).callJson("review", "POST", survey + "/reviews", Population.review());
        }
        organizer.callJson("approve", "POST", survey + "/approval", Map.of("decision", "APPROVE"));
        if (!"PUBLISHED".equals(stage(organizer, survey))) {
            throw new IllegalStateException("Investigation " + id + " was not published");
        }
    }

    private static String stage(Http.Caller organizer, String survey) {
        JsonNode details = organizer.callJson("read investigation", "GET", survey, null);
        return details.path("survey").path("stage").asText();
    }
}
