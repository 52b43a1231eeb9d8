package org.thinktank.surveyflow.markdown;

import java.util.regex.Pattern;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Markdown as HTML to put in a page. The renderer already escapes raw HTML and drops unsafe link addresses; the
 * result then passes OWASP's HTML sanitizer with a policy of the elements Markdown produces and nothing else, so a
 * mistake in either one alone lets no script, handler, style or frame through. Links open outside the application
 * without a referrer; images are not shown in pages (they stay in the Word report, from the investigation's own
 * attachments), so their alternative text stands in for them.
 */
public final class PageHtml {

    private static final Pattern SAFE_URL = Pattern.compile("(?i)^(https?://|mailto:|#|/)[^\\s]*$");
    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "strong", "em",
                    "code", "pre", "blockquote", "table", "thead", "tbody", "tr", "th", "td", "a", "del")
            .allowAttributes("start").onElements("ol")
            .allowAttributes("align").matching(Pattern.compile("left|center|right")).onElements("th", "td")
            .allowAttributes("href").matching(SAFE_URL).onElements("a")
            .requireRelsOnLinks("nofollow", "noopener", "noreferrer")
            .allowStandardUrlProtocols()
            .toFactory();

    private PageHtml() {
    }

    /** The Markdown text rendered and sanitized; empty for null or blank text. */
    public static String of(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        return POLICY.sanitize(Markdown.toHtml(markdown).replaceAll("<img [^>]*alt=\"([^\"]*)\"[^>]*>", "[$1]"));
    }
}
