package org.thinktank.surveyflow.adoption;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * What the adoption dashboard, the adoption report and the workbook sheet count, computed once from a meeting's
 * recommendations so that the three say the same.
 *
 * @param byStatus          every status, in order, with its count (zeros included)
 * @param byAgency          per agency a recommendation was sent to, the count of each status it reached there
 * @param bySurvey          per investigation (by key, in the order of the recommendations), its counts by status
 * @param adoptionRate      adopted over all recommendations, 0 to 1; 0 when there are none
 * @param medianDaysToAdopt the median of days from the meeting to adoption over the adopted ones; empty when none
 */
public record AdoptionFigures(int total, Map<AdoptionStatus, Integer> byStatus,
                              Map<String, Map<AdoptionStatus, Integer>> byAgency,
                              Map<String, Map<AdoptionStatus, Integer>> bySurvey, double adoptionRate,
                              OptionalDouble medianDaysToAdopt) {

    public static AdoptionFigures of(MeetingAdoption adoption) {
        List<TrackedRecommendation> recommendations = adoption.recommendations();
        Map<AdoptionStatus, Integer> byStatus = zeros();
        Map<String, Map<AdoptionStatus, Integer>> byAgency = new TreeMap<>();
        Map<String, Map<AdoptionStatus, Integer>> bySurvey = new LinkedHashMap<>();
        List<Long> daysToAdopt = new ArrayList<>();
        for (TrackedRecommendation recommendation : recommendations) {
            AdoptionStatus status = recommendation.status();
            byStatus.merge(status, 1, Integer::sum);
            bySurvey.computeIfAbsent(recommendation.surveyKey(), key -> zeros()).merge(status, 1, Integer::sum);
            agencies(recommendation).forEach(agency ->
                    byAgency.computeIfAbsent(agency, key -> zeros()).merge(status, 1, Integer::sum));
            if (adoption.meetingDate() != null) {
                adoptedOn(recommendation).ifPresent(day ->
                        daysToAdopt.add(ChronoUnit.DAYS.between(adoption.meetingDate(), day)));
            }
        }
        int total = recommendations.size();
        double rate = total == 0 ? 0 : byStatus.get(AdoptionStatus.ADOPTED) / (double) total;
        return new AdoptionFigures(total, byStatus, byAgency, bySurvey, rate, median(daysToAdopt));
    }

    private static Map<AdoptionStatus, Integer> zeros() {
        Map<AdoptionStatus, Integer> counts = new EnumMap<>(AdoptionStatus.class);
        for (AdoptionStatus status : AdoptionStatus.values()) {
            counts.put(status, 0);
        }
        return counts;
    }

    private static List<String> agencies(TrackedRecommendation recommendation) {
        return recommendation.steps().stream().map(AdoptionStep::agency).filter(agency -> !agency.isBlank())
                .distinct().toList();
    }

    private static Optional<LocalDate> adoptedOn(TrackedRecommendation recommendation) {
        return recommendation.status() != AdoptionStatus.ADOPTED ? Optional.empty()
                : recommendation.steps().stream().filter(step -> step.kind() == AdoptionStep.Kind.ADOPTED)
                        .map(AdoptionStep::on).reduce((first, last) -> last);
    }

    private static OptionalDouble median(List<Long> values) {
        if (values.isEmpty()) {
            return OptionalDouble.empty();
        }
        Collections.sort(values);
        int middle = values.size() / 2;
        return OptionalDouble.of(values.size() % 2 == 1 ? values.get(middle)
                : (values.get(middle - 1) + values.get(middle)) / 2.0);
    }
}
