package org.thinktank.surveyflow.questionnaire;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The agreement, satisfaction and importance scales the tools export as labels, each from its lowest point to its
 * highest, in Chinese and English. A column whose answers are all points of one scale is that scale.
 */
final class LikertScales {

    private static final List<List<String>> SCALES = List.of(
            List.of("非常不满意", "不满意", "一般", "满意", "非常满意"),
            List.of("非常不满意", "比较不满意", "一般", "比较满意", "非常满意"),
            List.of("很不满意", "不太满意", "一般", "比较满意", "很满意"),
            List.of("非常不同意", "不同意", "一般", "同意", "非常同意"),
            List.of("非常不同意", "不同意", "中立", "同意", "非常同意"),
            List.of("非常不同意", "比较不同意", "一般", "比较同意", "非常同意"),
            List.of("非常不重要", "不重要", "一般", "重要", "非常重要"),
            List.of("Strongly disagree", "Disagree", "Neither agree nor disagree", "Agree", "Strongly agree"),
            List.of("Strongly disagree", "Disagree", "Neutral", "Agree", "Strongly agree"),
            List.of("Strongly disagree", "Disagree", "Somewhat disagree", "Neither agree nor disagree",
                    "Somewhat agree", "Agree", "Strongly agree"),
            List.of("Very dissatisfied", "Dissatisfied", "Neutral", "Satisfied", "Very satisfied"),
            List.of("Very dissatisfied", "Dissatisfied", "Neither satisfied nor dissatisfied", "Satisfied",
                    "Very satisfied"),
            List.of("Very unimportant", "Unimportant", "Neutral", "Important", "Very important"));

    private LikertScales() {
    }

    /** The scale, lowest point first and as the tools spell it, whose points include every one of the (at least two) distinct answers. */
    static Optional<List<String>> of(Collection<String> answers) {
        if (answers.size() < 2) {
            return Optional.empty();
        }
        List<String> lower = answers.stream().map(LikertScales::key).toList();
        return SCALES.stream().filter(scale -> keys(scale).containsAll(lower)).findFirst();
    }

    /** A point's position on its scale, from 1; 0 when it is not on it. */
    static int position(List<String> scale, String answer) {
        return keys(scale).indexOf(key(answer)) + 1;
    }

    private static List<String> keys(List<String> scale) {
        return scale.stream().map(LikertScales::key).toList();
    }

    private static String key(String answer) {
        return answer.strip().toLowerCase(Locale.ROOT);
    }
}
