package org.thinktank.surveyflow.questionnaire;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A multiple choice exported one column per option, recognised by its headers: Wenjuanxing
 * "3、您使用过哪些服务？(政务服务)", KoboToolbox "services/gov", LimeSurvey "Q3[SQ001]". Consecutive columns with the same
 * question part are a candidate; it is one question when at least two of them hold only ticks (0/1, 1/blank,
 * Y/blank).
 */
final class OptionColumns {

    private static final List<Pattern> HEADERS = List.of(
            Pattern.compile("(.+?)\\s*\\[([^\\[\\]]+)]"),
            Pattern.compile("(.+?)\\s*[(（]([^()（）]+)[)）]"),
            Pattern.compile("(.+)/([^/]+)"));
    private static final Set<String> TICKED = Set.of("1", "y", "yes", "是", "√", "✓");
    private static final Set<String> UNTICKED = Set.of("0", "n", "no", "否");

    private OptionColumns() {
    }

    /** Columns of one candidate question, in order; {@code parent} is KoboToolbox's summary column before them, or -1. */
    record Candidate(String question, List<Integer> columns, List<String> options, int parent) {
    }

    /** The candidates among the header's columns, metadata columns left out. */
    static List<Candidate> candidates(List<String> header, Set<Integer> metadata) {
        List<Candidate> candidates = new ArrayList<>();
        int column = 0;
        while (column < header.size()) {
            Optional<String[]> first = metadata.contains(column) ? Optional.empty() : split(header.get(column));
            if (first.isEmpty()) {
                column++;
                continue;
            }
            List<Integer> columns = new ArrayList<>();
            List<String> options = new ArrayList<>();
            int next = column;
            for (Optional<String[]> part = first; part.isPresent() && part.get()[0].equals(first.get()[0]);
                 part = ++next < header.size() && !metadata.contains(next) ? split(header.get(next)) : Optional.empty()) {
                columns.add(next);
                options.add(part.get()[1]);
            }
            if (columns.size() >= 2) {
                int parent = column > 0 && header.get(column - 1).equals(first.get()[0]) ? column - 1 : -1;
                candidates.add(new Candidate(first.get()[0], columns, options, parent));
            }
            column = next;
        }
        return candidates;
    }

    private static Optional<String[]> split(String header) {
        for (Pattern pattern : HEADERS) {
            Matcher matcher = pattern.matcher(header.strip());
            if (matcher.matches()) {
                return Optional.of(new String[] {matcher.group(1).strip(), matcher.group(2).strip()});
            }
        }
        return Optional.empty();
    }

    /** Whether a column's distinct answers are all ticks or blanks. */
    static boolean holdsTicks(ColumnTally tally) {
        return !tally.tooManyDistinct() && tally.counts().keySet().stream()
                .map(answer -> answer.toLowerCase(Locale.ROOT))
                .allMatch(answer -> TICKED.contains(answer) || UNTICKED.contains(answer));
    }

    static boolean isTicked(String answer) {
        return TICKED.contains(answer.toLowerCase(Locale.ROOT));
    }
}
