package org.thinktank.surveyflow.security.token;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The secret of a personal access token: {@value #PREFIX} and 43 letters and digits, 256 random bits written in base
 * 62, so that it is selected by a double click and secret scanners find it by its prefix. Only its SHA-256
 * {@link #hash()} is stored: for 256 random bits a fast hash is as safe as a slow one, since nobody can try enough
 * of them (docs/adr/0011-personal-access-tokens.md).
 */
record TokenSecret(String value) {

    static final String PREFIX = "ttsw_";
    private static final int RANDOM_BYTES = 32;
    /** The digits of 2^256 - 1 in base 62 (62^43 > 2^256). */
    private static final int DIGITS = 43;
    private static final String BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private static final BigInteger RADIX = BigInteger.valueOf(BASE62.length());
    private static final Pattern FORM = Pattern.compile(PREFIX + "[0-9A-Za-z]{" + DIGITS + "}");

    static TokenSecret generate(SecureRandom random) {
        byte[] bytes = new byte[RANDOM_BYTES];
        random.nextBytes(bytes);
        BigInteger number = new BigInteger(1, bytes);
        char[] digits = new char[DIGITS];
        for (int i = DIGITS - 1; i >= 0; i--) {
            BigInteger[] quotientAndRemainder = number.divideAndRemainder(RADIX);
            digits[i] = BASE62.charAt(quotientAndRemainder[1].intValue());
            number = quotientAndRemainder[0];
        }
        return new TokenSecret(PREFIX + new String(digits));
    }

    /** The secret written in a request, if it has the form of one; anything else is refused without a lookup. */
    static Optional<TokenSecret> parse(String text) {
        return text != null && FORM.matcher(text).matches() ? Optional.of(new TokenSecret(text)) : Optional.empty();
    }

    /** SHA-256 of the whole secret, prefix included: what the database keeps and looks tokens up by. */
    byte[] hash() {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /** Never the secret itself, wherever a record is printed (a log line, an exception). */
    @Override
    public String toString() {
        return PREFIX + "…";
    }
}
