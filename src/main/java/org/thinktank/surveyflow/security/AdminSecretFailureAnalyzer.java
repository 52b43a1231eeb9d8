package org.thinktank.surveyflow.security;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Explains a refused start in the log, as Spring Boot explains its own ("APPLICATION FAILED TO START"). */
class AdminSecretFailureAnalyzer extends AbstractFailureAnalyzer<AdminSecretException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, AdminSecretException cause) {
        String description = "The application does not start with a missing or weak admin password:\n  - "
                + String.join("\n  - ", cause.problems());
        String action = """
                Set SURVEYFLOW_ADMIN_PASSWORD to a password of at least %d characters that is not a common one \
                (generate one, e.g. `openssl rand -base64 18`). The first admin, SURVEYFLOW_ADMIN_USERNAME (default \
                'admin'), is created with it on the first start; Camunda's admin gets the same password unless \
                SURVEYFLOW_CAMUNDA_ADMIN_PASSWORD is set. Only the demo (the embedded database, or SURVEYFLOW_DEMO=true) \
                starts without one.""".formatted(PasswordPolicy.MINIMUM_LENGTH);
        return new FailureAnalysis(description, action, cause);
    }
}
