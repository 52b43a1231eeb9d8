package org.thinktank.surveyflow.web;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.thinktank.surveyflow.http.PageSession;
import org.thinktank.surveyflow.http.RawHttp;
import org.thinktank.surveyflow.support.IntegrationTest;
import org.thinktank.surveyflow.support.ManyInvestigations;
import org.thinktank.surveyflow.support.ManyInvestigations.Crowd;

/**
 * Times the dashboard of a meeting of a thousand investigations, and the home page of their lead, over real HTTP;
 * not part of the suite (run it with {@code -Dit.test=PageRenderingBenchmark}). Prints what docs/benchmarks.md quotes.
 * Link building is measured on the packaged application (docs/benchmarks.md): from target/classes the class path
 * lookups it once made per link are cheap.
 */
@IntegrationTest
class PageRenderingBenchmark {

    private static final int INVESTIGATIONS = 1_000;

    @Autowired
    ManyInvestigations many;
    @LocalServerPort
    int port;

    @Test
    void linksAndPages() throws Exception {
        System.out.printf("%d cores%n", Runtime.getRuntime().availableProcessors());
        Crowd crowd = many.newMeeting();
        long start = System.nanoTime();
        many.launch(crowd, 0, INVESTIGATIONS);
        System.out.printf("launched %d investigations in %d ms%n", INVESTIGATIONS, (System.nanoTime() - start) / 1_000_000);
        page("organizer", "/meetings/" + crowd.meetingId() + "/dashboard");
        page(crowd.lead(), "/");
    }

    private void page(String username, String path) {
        PageSession session = PageSession.signIn(port, username);
        long[] millis = new long[5];
        int bytes = 0;
        for (int i = 0; i < millis.length; i++) {
            long start = System.nanoTime();
            RawHttp.Response page = session.request("GET", path).send();
            millis[i] = (System.nanoTime() - start) / 1_000_000;
            bytes = page.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
            if (page.status() != 200) {
                throw new AssertionError(path + ": " + page.status());
            }
        }
        Arrays.sort(millis);
        System.out.printf("GET %s as %s: median %d ms, best %d ms, %d KB%n", path, username, millis[2], millis[0],
                bytes / 1024);
    }
}
