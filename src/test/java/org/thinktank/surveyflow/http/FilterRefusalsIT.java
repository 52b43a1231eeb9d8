package org.thinktank.surveyflow.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.thinktank.surveyflow.support.IntegrationTest;

/**
 * The refusals written before a page or the API is reached (headers, addresses, body limits, sign-in, the engine's
 * REST API) speak the request's language like every other refusal: Chinese first, English when asked for, the
 * language cookie winning as on the pages.
 */
@IntegrationTest
class FilterRefusalsIT {

    @LocalServerPort
    int port;

    private RawHttp chinese(String method, String target) {
        return RawHttp.to(port).request(method, target).header("Accept-Language", "zh-CN,zh;q=0.9");
    }

    private static void assertRefused(RawHttp.Response response, int status, String title, String detail) {
        assertThat(response.status()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.body()).contains("\"title\":\"" + title + "\"", detail);
    }

    @Test
    void anUnreadableContentTypeIsRefusedInChinese() {
        assertRefused(chinese("GET", "/api/me").basic("organizer", "demo").header("Content-Type", ";;;").send(),
                400, "输入无效", "Content-Type 请求头 ';;;' 不是媒体类型");
    }

    @Test
    void anUnknownCharsetIsRefusedInChinese() {
        assertRefused(chinese("POST", "/api/meetings").basic("organizer", "demo")
                        .body("application/json; charset=nope", "{}").send(),
                415, "不支持此内容类型", "字符集 'nope' 不受支持，请使用 UTF-8");
    }

    @Test
    void anAddressInTheWrongCaseIsRefusedInChinese() {
        assertRefused(chinese("GET", "/API/surveys").send(), 404, "未找到", "不存在地址 /API/surveys；地址区分大小写（应为 /api/…）");
    }

    @Test
    void anAddressTheFirewallRejectsIsRefusedInChinese() {
        assertRefused(chinese("GET", "/api;x=y/surveys").send(), 400, "输入无效", "地址中不能含有“;”");
    }

    @Test
    void aBodyOverTheLimitIsRefusedInChinese() {
        byte[] body = "{\"topic\":\"".concat("调".repeat(1_500_000)).concat("\"}").getBytes(StandardCharsets.UTF_8);

        assertRefused(chinese("POST", "/api/surveys").basic("organizer", "demo").body("application/json", body).send(),
                413, "内容过大", "请求正文有 " + body.length + " 字节，上限为 4 MB");
    }

    @Test
    void aMissingSignInIsExplainedInChinese() {
        assertRefused(chinese("GET", "/api/me").send(), 401, "未登录", "请使用有效的用户名和密码（HTTP Basic）或个人访问令牌");
    }

    @Test
    void anUnknownTokenIsRefusedInChinese() {
        assertRefused(chinese("GET", "/api/me").bearer("ttsw_" + "a".repeat(43)).send(), 401, "未登录", "令牌");
    }

    @Test
    void aRoleOutsideTheEngineIsRefusedInChinese() {
        assertRefused(chinese("GET", "/engine-rest/engine").basic("organizer", "demo").send(), 403,
                "您无权查看或执行此操作", "您的角色无权使用 /engine-rest/engine");
    }

    @Test
    void aRequestWithoutALanguageIsRefusedInChinese() {
        assertRefused(RawHttp.to(port).request("GET", "/API/surveys").withoutLanguage().send(), 404, "未找到", "地址区分大小写");
    }

    @Test
    void aRequestForEnglishIsRefusedInEnglish() {
        assertRefused(RawHttp.to(port).request("GET", "/API/surveys").header("Accept-Language", "en").send(), 404,
                "Not found", "There is no /API/surveys; addresses are case-sensitive (/api/…)");
    }

    @Test
    void theLanguageCookieWinsOverTheBrowser() {
        assertRefused(chinese("GET", "/API/surveys").header("Cookie", "surveyflow-lang=en").send(), 404,
                "Not found", "addresses are case-sensitive");
    }
}
