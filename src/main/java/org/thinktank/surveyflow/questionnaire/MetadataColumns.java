package org.thinktank.surveyflow.questionnaire;

import java.util.Locale;
import java.util.Set;

/**
 * The columns the survey tools add about a submission rather than its answers: time, duration, source, IP, ids.
 * Recognised by their exact header (English ones in any case), never summarised, never shown.
 */
final class MetadataColumns {

    private static final Set<String> WENJUANXING = Set.of("序号", "提交答卷时间", "所用时间", "来源", "来源详情", "来自IP",
            "来自ip", "总分", "答卷编号");
    private static final Set<String> KOBO = Set.of("start", "end", "today", "deviceid", "_id", "_uuid",
            "_submission_time", "_index", "_status", "_validation_status", "_submitted_by", "__version__",
            "meta/instanceid", "_tags", "_notes", "meta/rootuuid");
    private static final Set<String> LIMESURVEY = Set.of("id", "submitdate", "lastpage", "startlanguage", "seed",
            "startdate", "datestamp", "ipaddr", "refurl");

    private MetadataColumns() {
    }

    static boolean isMetadata(String header) {
        String name = header.strip();
        String lower = name.toLowerCase(Locale.ROOT);
        return WENJUANXING.contains(name) || KOBO.contains(lower) || LIMESURVEY.contains(lower);
    }
}
