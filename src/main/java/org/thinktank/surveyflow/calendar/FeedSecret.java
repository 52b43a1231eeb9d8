package org.thinktank.surveyflow.calendar;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The secret in the address of someone's calendar feed: 256 random bits, 43 characters of URL-safe base 64. Only its
 * SHA-256 {@link #hash()} is stored and looked up, so the lookup's timing tells nothing about the stored secrets, and
 * a database copy gives no working address (as for personal access tokens, docs/adr/0011).
 */
record FeedSecret(String value) {

    private static final int RANDOM_BYTES = 32;
    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9_-]{43}");

    static FeedSecret generate(SecureRandom random) {
        byte[] bytes = new byte[RANDOM_BYTES];
        random.nextBytes(bytes);
        return new FeedSecret(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    /** The secret written in an address, if it has the form of one; anything else is refused without a lookup. */
    static Optional<FeedSecret> parse(String text) {
        return text != null && FORM.matcher(text).matches() ? Optional.of(new FeedSecret(text)) : Optional.empty();
    }

    byte[] hash() {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /** Never the secret itself, wherever a record is printed. */
    @Override
    public String toString() {
        return "FeedSecret[…]";
    }
}
