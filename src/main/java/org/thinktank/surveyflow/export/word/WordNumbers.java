package org.thinktank.surveyflow.export.word;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/** Numbers as a report prints them: shares as percentages to one decimal, measures to at most two decimals. */
final class WordNumbers {

    private WordNumbers() {
    }

    /** {@code 0.315} as {@code "31.5%"}. */
    static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f%%", share * 100);
    }

    /** {@code 0.315} as {@code 31.5}, for a chart of percentages. */
    static double percentValue(double share) {
        return BigDecimal.valueOf(share * 100).setScale(1, RoundingMode.HALF_UP).doubleValue();
    }

    /** {@code 3.456} as {@code "3.46"}, {@code 4.0} as {@code "4"}. */
    static String decimal(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
