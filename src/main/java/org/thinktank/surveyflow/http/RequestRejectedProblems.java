package org.thinktank.surveyflow.http;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    /** The firewall's reason, in the API's words: "The address may not contain "//"". */
    static String describe(RequestRejectedException e) {
        String reason = e.getMessage() == null ? "The request was rejected" : e.getMessage();
        Matcher contained = CONTAINED.matcher(reason);
        return contained.find() ? "The address may not contain \"" + contained.group(1) + "\"; write it in its plain form"
                : reason;
    }

    private static final Pattern CONTAINED = Pattern.compile("potentially malicious String \"(.*)\"");
}
