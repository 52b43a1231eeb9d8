package org.thinktank.surveyflow.web;

import org.springframework.stereotype.Component;
import org.thinktank.surveyflow.markdown.PageHtml;

/** Pages show report sections and findings as documents: {@code th:utext="${@markdown.html(text)}"}. */
@Component("markdown")
public class MarkdownView {

    /** Rendered and sanitized HTML (see {@link PageHtml}); never raw input. */
    public String html(String markdown) {
        return PageHtml.of(markdown);
    }
}
