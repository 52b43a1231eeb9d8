package org.thinktank.surveyflow.survey;

import java.util.List;
import java.util.Map;

import org.thinktank.surveyflow.paging.LikePattern;

/**
 * The search conditions both lists of investigations share, on {@code survey s}: a piece of text in the topic (either
 * language), the region or a member's display name or login, and a member's institution. Served by the trigram and
 * institution indexes of V9 and V15.
 */
final class SearchConditions {

    private static final String MEMBERS_AS = """
            select m.survey_id from survey_member m join app_user u on u.username = m.username where\s""";

    private SearchConditions() {
    }

    static void add(SurveySearch search, List<String> conditions, Map<String, Object> params) {
        if (search.text() != null) {
            conditions.add("(s.topic ilike :text or s.topic_en ilike :text or s.region ilike :text or s.id in ("
                    + MEMBERS_AS + "(u.display_name ilike :text or u.username ilike :text)))");
            params.put("text", LikePattern.containing(search.text()));
        }
        if (search.institution() != null) {
            conditions.add("s.id in (" + MEMBERS_AS + "lower(u.institution) = lower(:institution))");
            params.put("institution", search.institution());
        }
    }
}
