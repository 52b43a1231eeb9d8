package org.thinktank.surveyflow.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.containsString;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.beans.factory.annotation.Autowired;
import org.thinktank.surveyflow.support.IntegrationTest;
import org.thinktank.surveyflow.support.Pages;
import org.thinktank.surveyflow.support.Surveys;

/** Pages sign in with a form, a session and CSRF tokens; the API keeps HTTP Basic without a session. */
@IntegrationTest
class SignInIT {

    @Autowired
    Pages pages;
    @Autowired
    Surveys surveys;

    @Test
    void aPageAskedForWithoutSigningInRedirectsToTheSignInForm() throws Exception {
        pages.mvc().perform(get("/surveys/1")).andExpect(status().isFound())
                .andExpect(redirectedUrl("/login"));
    }

    @Test
    void theSignInFormSignsInWithAValidPasswordAndACsrfToken() throws Exception {
        pages.mvc().perform(post("/login").param("username", "li.wei").param("password", "demo").with(csrf()))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/"));
    }

    @Test
    void aWrongPasswordReturnsToTheFormWithAnError() throws Exception {
        pages.mvc().perform(post("/login").param("username", "li.wei").param("password", "wrong").with(csrf()))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void signingInWithoutACsrfTokenIsRefused() throws Exception {
        pages.mvc().perform(post("/login").param("username", "li.wei").param("password", "demo"))
                .andExpect(status().isForbidden());
    }

    @Test
    void aPagePostWithoutACsrfTokenIsRefused() throws Exception {
        pages.mvc().perform(post("/surveys/1/findings/submit").param("confirmed", "true").with(pages.as("li.wei")))
                .andExpect(status().isForbidden());
    }

    @Test
    void theApiStillAnswersHttpBasicWithoutASessionOrRedirect() throws Exception {
        pages.mvc().perform(get("/api/tasks").with(httpBasic("li.wei", "demo")))
                .andExpect(status().isOk()).andExpect(cookie().doesNotExist("JSESSIONID"));
        pages.mvc().perform(get("/api/tasks")).andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", containsString("Basic")));
    }

    private MockHttpSession signedIn(String username) throws Exception {
        return (MockHttpSession) pages.mvc().perform(post("/login").param("username", username).param("password", "demo")
                .with(csrf())).andExpect(status().isFound()).andReturn().getRequest().getSession(false);
    }

    @Test
    void aSignedInBrowserFollowsTheDownloadLinksWithItsSession() throws Exception {
        long meetingId = surveys.meetingId();
        MvcResult download = pages.mvc().perform(get("/api/meetings/" + meetingId + "/workbook.xlsx")
                        .session(signedIn("organizer")))
                .andExpect(status().isOk()).andReturn();
        // the workbook streams on the task executor: let it finish here rather than run on into later tests
        download.getAsyncResult();
    }

    @Test
    void theDownloadsStillRefuseWhoeverMayNotHaveThem() throws Exception {
        long meetingId = surveys.meetingId();
        pages.mvc().perform(get("/api/meetings/" + meetingId + "/workbook.xlsx").session(signedIn("li.wei")))
                .andExpect(status().isForbidden());
        pages.mvc().perform(get("/api/meetings/" + meetingId + "/workbook.xlsx")).andExpect(status().isUnauthorized());
    }

    @Test
    void theRestOfTheApiIgnoresThePageSession() throws Exception {
        pages.mvc().perform(get("/api/tasks").session(signedIn("li.wei"))).andExpect(status().isUnauthorized());
    }

    @Test
    void theSignInFormIsInChineseWhenAskedFor() throws Exception {
        pages.mvc().perform(get("/login").param("lang", "zh-CN"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("用户名")))
                .andExpect(cookie().value("surveyflow-lang", "zh-CN"));
    }

    @Test
    void htmxIsServedFromItsWebjarWithoutSigningIn() throws Exception {
        pages.mvc().perform(get("/webjars/htmx.org/dist/htmx.min.js")).andExpect(status().isOk());
    }

    @Test
    void anUnknownPageIsNotFound() throws Exception {
        pages.mvc().perform(get("/no/such/page").with(pages.as("li.wei")).accept("text/html"))
                .andExpect(status().isNotFound());
    }

    @Test
    void theSignInFormIsInEnglishByDefault() throws Exception {
        pages.mvc().perform(get("/login")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Username")));
    }
}
