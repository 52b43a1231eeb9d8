package org.thinktank.surveyflow.http;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.thinktank.surveyflow.problem.ProblemWriter;

/**
 * Spring Security's firewall, with its default rules, shared by {@link CanonicalPathFilter} and the security filter
 * chains; whatever it rejects is answered with 400 problem JSON that says why, never a 500.
 */
@Configuration(proxyBeanMethods = false)
class RequestRejectedProblems {

    @Bean
    HttpFirewall httpFirewall() {
        return new StrictHttpFirewall();
    }

    @Bean
    RequestRejectedHandler requestRejectedProblem(ProblemWriter problems) {
        return (request, response, e) -> problems.write(response, HttpStatus.BAD_REQUEST, describe(e));
    }

    /** The firewall's reason, e.g. "…the URL contained a potentially malicious String "//"". */
    static String describe(RequestRejectedException e) {
        return e.getMessage() == null ? "The request was rejected" : e.getMessage();
    }
}
