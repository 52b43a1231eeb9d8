package org.thinktank.surveyflow.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.core.io.ClassPathResource;
import org.thinktank.surveyflow.problem.ProblemMessages;
import org.thinktank.surveyflow.problem.Reason;

/**
 * What makes a password acceptable: at least {@value #MINIMUM_LENGTH} characters, at least
 * {@value #MINIMUM_DISTINCT_CHARACTERS} different ones, not the username or containing it, and not one of the
 * common passwords of {@code security/common-passwords.txt}, also when it only adds digits or symbols before or
 * after one, swaps letters for look-alike digits and symbols ({@code P@ssw0rd2024!}) or repeats one.
 */
public final class PasswordPolicy {

    public static final int MINIMUM_LENGTH = 10;
    static final int MINIMUM_DISTINCT_CHARACTERS = 5;
    private static final String LIST = "security/common-passwords.txt";

    private final Set<String> common;

    PasswordPolicy(Set<String> common) {
        this.common = Set.copyOf(common);
    }

    /** The policy with the bundled list of common passwords. */
    public static PasswordPolicy standard() {
        Set<String> common = new HashSet<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                new ClassPathResource(LIST).getInputStream(), StandardCharsets.UTF_8))) {
            reader.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT)).forEach(common::add);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + LIST, e);
        }
        return new PasswordPolicy(common);
    }

    /**
     * What is wrong with the password for that user, one reason each ("must have at least 10 characters"); empty
     * when it is acceptable.
     */
    public List<Reason> reasons(String username, String password) {
        List<Reason> reasons = new ArrayList<>();
        if (password == null || password.isBlank()) {
            reasons.add(Reason.of("password.empty"));
            return reasons;
        }
        if (password.codePointCount(0, password.length()) < MINIMUM_LENGTH) {
            reasons.add(Reason.of("password.tooShort", MINIMUM_LENGTH));
        }
        if (password.codePoints().distinct().count() < MINIMUM_DISTINCT_CHARACTERS) {
            reasons.add(Reason.of("password.fewCharacters", MINIMUM_DISTINCT_CHARACTERS));
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (username != null && username.length() >= 3 && lower.contains(username.toLowerCase(Locale.ROOT))) {
            reasons.add(Reason.of("password.username"));
        }
        if (isCommon(lower)) {
            reasons.add(Reason.of("password.common"));
        }
        return reasons;
    }

    /** The same in English, for the start-up checks' messages in the log. */
    public List<String> problems(String username, String password) {
        return reasons(username, password).stream().map(reason -> ProblemMessages.english().text(reason, Locale.ENGLISH))
                .toList();
    }

    public boolean isAcceptable(String username, String password) {
        return reasons(username, password).isEmpty();
    }

    private boolean isCommon(String lower) {
        String core = lower.replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", "");
        for (String candidate : List.of(lower, core, undoSubstitutions(core), undoSubstitutions(lower))) {
            if (common.contains(candidate) || common.contains(repeatedUnit(candidate))) {
                return true;
            }
        }
        return false;
    }

    private static String undoSubstitutions(String text) {
        StringBuilder plain = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            plain.append(switch (c) {
                case '@', '4' -> 'a';
                case '3' -> 'e';
                case '1', '!' -> 'i';
                case '0' -> 'o';
                case '$', '5' -> 's';
                case '7', '+' -> 't';
                default -> c;
            });
        }
        return plain.toString();
    }

    /** The shortest piece the text repeats ({@code abc} of {@code abcabcabc}), else the text. */
    private static String repeatedUnit(String text) {
        for (int length = 1; length <= text.length() / 2; length++) {
            if (text.length() % length == 0 && text.equals(text.substring(0, length).repeat(text.length() / length))) {
                return text.substring(0, length);
            }
        }
        return text;
    }
}
