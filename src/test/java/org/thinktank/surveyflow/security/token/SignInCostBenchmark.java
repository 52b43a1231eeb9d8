package org.thinktank.surveyflow.security.token;

import java.security.SecureRandom;
import java.util.function.BooleanSupplier;

import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The CPU one API request spends on its credentials, without the database: checking a password against its bcrypt
 * hash (HTTP Basic, with the application's encoder and cost) next to reading and hashing a personal access token.
 * Not part of the test suite; it prints figures and asserts nothing. Run it with the test classpath, as
 * {@code scripts/benchmark-exports.sh} runs the export benchmark:
 * <pre>
 * ./mvnw -q -DskipTests test-compile
 * ./mvnw -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/benchmark.classpath
 * java -cp "target/classes:target/test-classes:$(cat target/benchmark.classpath)" \
 *     org.thinktank.surveyflow.security.token.SignInCostBenchmark
 * </pre>
 * The database's share of a token sign-in (one select by a unique index) is measured end to end, under load.
 */
public final class SignInCostBenchmark {

    private SignInCostBenchmark() {
    }

    public static void main(String[] args) {
        PasswordEncoder passwords = PasswordEncoderFactories.createDelegatingPasswordEncoder();
        String hash = passwords.encode("a-password-of-a-user");
        String token = TokenSecret.generate(new SecureRandom()).value();

        measure("bcrypt check of a password (HTTP Basic)", 20, () -> passwords.matches("a-password-of-a-user", hash));
        measure("token read and SHA-256 hashed (Bearer)", 200_000,
                () -> TokenSecret.parse(token).map(TokenSecret::hash).isPresent());
    }

    /** Prints the mean time of one check, after a warm-up of as many. */
    private static void measure(String what, int times, BooleanSupplier check) {
        for (int i = 0; i < times; i++) {
            check.getAsBoolean();
        }
        long start = System.nanoTime();
        for (int i = 0; i < times; i++) {
            if (!check.getAsBoolean()) {
                throw new IllegalStateException(what + " failed");
            }
        }
        double micros = (System.nanoTime() - start) / 1000.0 / times;
        System.out.printf("%-45s %,12.1f µs per request%n", what, micros);
    }
}
