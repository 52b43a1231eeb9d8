package org.thinktank.surveyflow.support;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The expected answer of every API operation to every identity in every stage of an investigation, as a text
 * table: one row per operation, one column per identity. A cell is a status for all stages ({@code 200}), or
 * statuses per stage with a default ({@code R=204 *=409}: 204 in review, 409 in every other stage).
 */
public final class AccessMatrix {

    /** Who calls: the demo users in each relation to the investigation. */
    public enum Identity {
        ANONYMOUS(null), ON_TEAM("wang.fang"), OFF_TEAM("zhang.lei"), LEAD("li.wei"), REVIEWER("zhou.qiang"),
        OTHER_REVIEWER("wu.jing"), ORGANIZER("organizer"), ADMIN("admin");

        private final String username;

        Identity(String username) {
            this.username = username;
        }

        public String username() {
            return username;
        }
    }

    /** The stage of the investigation the call is made on, with the letter the table uses for it. */
    public enum Stage {
        FINDINGS('F'), DRAFTING('D'), REVIEW('R'), APPROVAL('A'), DECISION('X'), PUBLISHED('P');

        private final char letter;

        Stage(char letter) {
            this.letter = letter;
        }

        static Stage of(char letter) {
            return Arrays.stream(values()).filter(stage -> stage.letter == letter).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("No stage " + letter + "; use F D R A X P or *"));
        }
    }

    private final Map<String, Map<Identity, Map<Stage, Integer>>> cells = new TreeMap<>();

    public static AccessMatrix parse(String table) {
        AccessMatrix matrix = new AccessMatrix();
        table.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).forEach(line -> {
            String[] columns = line.split("\\|");
            if (columns.length != Identity.values().length + 1) {
                throw new IllegalArgumentException("Row needs an operation and " + Identity.values().length
                        + " cells: " + line);
            }
            String operation = columns[0].strip();
            for (Identity identity : Identity.values()) {
                String cell = columns[identity.ordinal() + 1].strip();
                for (Stage stage : Stage.values()) {
                    matrix.put(operation, identity, stage, statusIn(cell, stage));
                }
            }
        });
        return matrix;
    }

    private static int statusIn(String cell, Stage stage) {
        Integer fallback = null;
        for (String part : cell.split("\\s+")) {
            int equals = part.indexOf('=');
            if (equals < 0) {
                return Integer.parseInt(part);
            }
            String key = part.substring(0, equals);
            int status = Integer.parseInt(part.substring(equals + 1));
            if (key.equals("*")) {
                fallback = status;
            } else if (key.chars().anyMatch(letter -> Stage.of((char) letter) == stage)) {
                return status;
            }
        }
        if (fallback == null) {
            throw new IllegalArgumentException("Cell '" + cell + "' has no status for " + stage + " and no '*'");
        }
        return fallback;
    }

    public void put(String operation, Identity identity, Stage stage, int status) {
        cells.computeIfAbsent(operation, key -> new EnumMap<>(Identity.class))
                .computeIfAbsent(identity, key -> new EnumMap<>(Stage.class)).put(stage, status);
    }

    public Integer get(String operation, Identity identity, Stage stage) {
        return cells.getOrDefault(operation, Map.of()).getOrDefault(identity, Map.of()).get(stage);
    }

    public Set<String> operations() {
        return cells.keySet();
    }

    /** The table in the form {@link #parse} reads, each cell as short as it can be written. */
    public String format() {
        StringBuilder table = new StringBuilder("# operation | " + Arrays.stream(Identity.values())
                .map(Identity::name).collect(Collectors.joining(" | ")) + "\n");
        cells.forEach((operation, row) -> {
            table.append(operation);
            for (Identity identity : Identity.values()) {
                table.append(" | ").append(shortest(row.getOrDefault(identity, Map.of())));
            }
            table.append('\n');
        });
        return table.toString();
    }

    private static String shortest(Map<Stage, Integer> byStage) {
        Map<Integer, Long> counts = byStage.values().stream()
                .collect(Collectors.groupingBy(status -> status, TreeMap::new, Collectors.counting()));
        if (counts.isEmpty()) {
            return "?";
        }
        int common = counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        if (counts.size() == 1) {
            return String.valueOf(common);
        }
        Map<Integer, StringBuilder> letters = new LinkedHashMap<>();
        byStage.forEach((stage, status) -> {
            if (status != common) {
                letters.computeIfAbsent(status, key -> new StringBuilder()).append(stage.letter);
            }
        });
        return letters.entrySet().stream().map(entry -> entry.getValue() + "=" + entry.getKey())
                .collect(Collectors.joining(" ")) + " *=" + common;
    }
}
