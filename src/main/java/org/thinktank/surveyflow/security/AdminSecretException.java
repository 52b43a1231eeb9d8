package org.thinktank.surveyflow.security;

import java.util.List;

import org.springframework.boot.ExitCodeGenerator;

/** The application may not start: the admin secrets are missing or weak. Exits with code 78 (EX_CONFIG). */
class AdminSecretException extends RuntimeException implements ExitCodeGenerator {

    static final int EXIT_CODE = 78;

    private final List<String> problems;

    AdminSecretException(List<String> problems) {
        super("The admin password is missing or too weak: " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    List<String> problems() {
        return problems;
    }

    @Override
    public int getExitCode() {
        return EXIT_CODE;
    }
}
