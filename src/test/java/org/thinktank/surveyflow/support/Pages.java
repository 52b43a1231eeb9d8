package org.thinktank.surveyflow.support;

import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.thinktank.surveyflow.security.UserDirectory;

/**
 * The web pages through MockMvc with the real security filter chains, signed in as demo users with their real
 * role. Built from the shared application context, so it costs no extra application start. Requests ask for
 * English unless they name a language ({@link EnglishUnlessAsked}).
 */
@Component
public class Pages {

    private final WebApplicationContext context;
    private final UserDirectory users;
    private MockMvc mvc;

    public Pages(WebApplicationContext context, UserDirectory users) {
        this.context = context;
        this.users = users;
    }

    public MockMvc mvc() {
        if (mvc == null) {
            mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity())
                    .defaultRequest(EnglishUnlessAsked.mockMvcDefaults()).build();
        }
        return mvc;
    }

    /** Signed in as a demo user, with the role the user directory gives them. */
    public RequestPostProcessor as(String username) {
        String role = users.find(username).orElseThrow().role().name();
        return SecurityMockMvcRequestPostProcessors.user(username).roles(role);
    }
}
