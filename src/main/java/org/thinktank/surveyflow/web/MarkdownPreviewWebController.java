package org.thinktank.surveyflow.web;

import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.http.MediaType;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.thinktank.surveyflow.markdown.PageHtml;

/**
 * The live preview beside a Markdown field: htmx posts the field (under its own name) as the author types and puts
 * the answer under it. It stores nothing and shows only what the author sent, rendered and sanitized. A page's
 * helper, not part of the API: hidden from the OpenAPI document.
 */
@PageController
@Hidden
class MarkdownPreviewWebController {

    @PostMapping(path = "/markdown/preview", produces = MediaType.TEXT_HTML_VALUE)
    @ResponseBody
    String preview(@RequestParam MultiValueMap<String, String> fields) {
        String text = fields.entrySet().stream().filter(field -> !field.getKey().startsWith("_"))
                .flatMap(field -> field.getValue().stream()).findFirst().orElse("");
        return PageHtml.of(text);
    }
}
