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
import org.thinktank.surveyflow.problem.Reason;

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
        return (request, response, e) -> problems.write(request, response, HttpStatus.BAD_REQUEST, reason(e));
    }

    /** The firewall's reason in the reader's words: "The address may not contain "//"". */
    static Reason reason(RequestRejectedException e) {
        String rejected = e.getMessage() == null ? "" : e.getMessage();
        Matcher contained = CONTAINED.matcher(rejected);
        if (contained.find()) {
            return Reason.of("request.address.contains", contained.group(1));
        }
        Matcher method = METHOD.matcher(rejected);
        if (method.find()) {
            return Reason.of("request.method", method.group(1));
        }
        if (rejected.contains("header")) {
            return Reason.of("request.header");
        }
        if (rejected.contains("not normalized")) {
            return Reason.of("request.address.notNormalized");
        }
        if (rejected.contains("parameter")) {
            return Reason.of("request.parameter");
        }
        return Reason.of("request.address.rejected");
    }

    private static final Pattern CONTAINED = Pattern.compile("potentially malicious String \"(.*)\"");
    private static final Pattern METHOD = Pattern.compile("HTTP method \"(.*?)\"");
}
