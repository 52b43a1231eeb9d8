package org.thinktank.surveyflow.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import org.springframework.web.servlet.resource.ResourceUrlProviderExposingInterceptor;

/** Asset links get the path the resource chain gives them; no other link is ever looked up in the chain. */
class AssetLinkFilterTests {

    private static final String HTMX = "/webjars/htmx.org/dist/htmx.min.js";
    private static final String VERSIONED_HTMX = "/webjars/htmx.org/2.0.4/dist/htmx.min.js";

    private final ResourceUrlProvider chain = mock(ResourceUrlProvider.class);
    private final AssetLinkFilter filter = new AssetLinkFilter(List.of("/css/", "/webjars/"));

    private List<String> encode(String contextPath, String... urls) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", contextPath + "/");
        request.setContextPath(contextPath);
        request.setAttribute(ResourceUrlProviderExposingInterceptor.RESOURCE_URL_PROVIDER_ATTR, chain);
        List<String> encoded = new ArrayList<>();
        filter.doFilter(request, new MockHttpServletResponse(), (req, res) -> {
            for (String url : urls) {
                encoded.add(((HttpServletResponse) res).encodeURL(url));
            }
        });
        return encoded;
    }

    @Test
    void aThousandLinksToPagesNeverAskTheResourceChain() throws Exception {
        String[] links = new String[1_000];
        for (int i = 0; i < links.length; i++) {
            links[i] = "/surveys/" + i + "/tasks/submitFindings?tab=todo";
        }
        assertThat(encode("", links)).containsExactly(links);
        verify(chain, never()).getForLookupPath(anyString());
    }

    @Test
    void anAssetLinkGetsThePathTheChainServesItUnder() throws Exception {
        when(chain.getForLookupPath(HTMX)).thenReturn(VERSIONED_HTMX);
        assertThat(encode("", HTMX, HTMX + "?v=1#top")).containsExactly(VERSIONED_HTMX, VERSIONED_HTMX + "?v=1#top");
        verify(chain, times(2)).getForLookupPath(HTMX);
    }

    @Test
    void underAContextPathTheAssetIsLookedUpWithinIt() throws Exception {
        when(chain.getForLookupPath("/css/app.css")).thenReturn("/css/app-1a2b.css");
        assertThat(encode("/flow", "/flow/css/app.css", "/flow/surveys/1", "/css/app.css"))
                .containsExactly("/flow/css/app-1a2b.css", "/flow/surveys/1", "/css/app.css");
    }

    @Test
    void anAssetTheChainDoesNotKnowKeepsItsLink() throws Exception {
        assertThat(encode("", "/css/missing.css")).containsExactly("/css/missing.css");
    }
}
