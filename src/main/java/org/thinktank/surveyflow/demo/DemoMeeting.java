package org.thinktank.surveyflow.demo;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** The shape of {@code demo/demo-meeting.json}: a bilingual demo meeting with invented people and institutions. */
@JsonIgnoreProperties(ignoreUnknown = true)
record DemoMeeting(Meeting meeting, List<Institution> institutions, List<Person> people,
                   @JsonProperty("investigations") List<DemoSurvey> surveys) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Meeting(String code, @JsonProperty("name_zh") String nameZh, @JsonProperty("city_zh") String cityZh,
                   @JsonProperty("theme_zh") String themeZh) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Institution(String code, @JsonProperty("name_zh") String nameZh, @JsonProperty("name_en") String nameEn) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Person(String username, String name, String role, String institution) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record DemoSurvey(@JsonProperty("topic_zh") String topicZh, @JsonProperty("topic_en") String topicEn,
                      @JsonProperty("region_zh") String regionZh,
                      String lead, List<String> team, List<String> reviewers, List<DemoFinding> findings,
                      DemoPlan plan) {
    }

    /** The survey plan the demo investigation was approved with; its sites count from the day of seeding. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record DemoPlan(@JsonProperty("objectives_zh") String objectivesZh,
                    @JsonProperty("research_questions_zh") String researchQuestionsZh, List<DemoSite> sites,
                    @JsonProperty("interviewees_zh") String intervieweesZh, @JsonProperty("methods_zh") String methodsZh,
                    @JsonProperty("schedule_zh") String scheduleZh, @JsonProperty("budget_zh") String budgetZh) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record DemoSite(@JsonProperty("place_zh") String placeZh, @JsonProperty("starts_in_days") int startsInDays,
                    int days) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record DemoFinding(String by, @JsonProperty("title_zh") String titleZh, String method,
                       @JsonProperty("place_zh") String placeZh, String date,
                       @JsonProperty("summary_zh") String summaryZh,
                       @JsonProperty("recommendation_zh") String recommendationZh, List<DemoFigure> figures) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record DemoFigure(@JsonProperty("name_zh") String nameZh, BigDecimal value, String unit) {
    }
}
