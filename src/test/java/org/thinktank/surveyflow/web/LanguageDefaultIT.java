package org.thinktank.surveyflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.thinktank.surveyflow.http.RawHttp;
import org.thinktank.surveyflow.support.IntegrationTest;

/**
 * Chinese comes first: a request that names no language, or none the application has, is answered in Chinese,
 * pages and API alike; a browser asking for English gets English; {@code ?lang=} and the cookie still choose.
 */
@IntegrationTest
class LanguageDefaultIT {

    @LocalServerPort
    int port;

    private RawHttp.Response signInPage(String acceptLanguage) {
        RawHttp request = RawHttp.to(port).request("GET", "/login");
        return (acceptLanguage == null ? request.withoutLanguage() : request.header("Accept-Language", acceptLanguage))
                .send();
    }

    @Test
    void aPageAskedForWithoutALanguageIsInChinese() {
        assertThat(signInPage(null).body()).contains("<html lang=\"zh-CN\">", "登录");
    }

    @Test
    void aBrowserAskingForEnglishGetsEnglish() {
        assertThat(signInPage("en-US,en;q=0.9").body()).contains("<html lang=\"en\">");
    }

    @Test
    void aBrowserAskingForEnglishAndAlsoChineseGetsChinese() {
        assertThat(signInPage("en-US,en;q=0.9,zh;q=0.5").body()).contains("<html lang=\"zh-CN\">");
    }

    @Test
    void aBrowserAskingOnlyForALanguageTheApplicationLacksGetsChinese() {
        assertThat(signInPage("fr-FR,fr;q=0.9").body()).contains("<html lang=\"zh-CN\">");
    }

    @Test
    void theLanguageParameterStillChoosesEnglish() {
        assertThat(RawHttp.to(port).request("GET", "/login?lang=en").withoutLanguage().send().body())
                .contains("<html lang=\"en\">");
    }

    @Test
    void theLanguageCookieStillChoosesEnglish() {
        assertThat(RawHttp.to(port).request("GET", "/login").withoutLanguage().header("Cookie", "surveyflow-lang=en")
                .send().body()).contains("<html lang=\"en\">");
    }

    @Test
    void theApiAnswersARequestWithoutALanguageInChinese() {
        RawHttp.Response problem = RawHttp.to(port).request("GET", "/api/surveys/abc").basic("organizer", "demo")
                .header("Accept", "application/json").withoutLanguage().send();

        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.body()).contains("调研编号：必须是整数，而不是 'abc'", "\"field\":\"surveyId\"");
    }

    @Test
    void theApiAnswersARequestForEnglishInEnglish() {
        RawHttp.Response problem = RawHttp.to(port).request("GET", "/api/surveys/abc").basic("organizer", "demo")
                .header("Accept", "application/json").header("Accept-Language", "en").send();

        assertThat(problem.body()).contains("Investigation number: must be a whole number, not 'abc'");
    }
}
