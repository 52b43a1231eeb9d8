package org.thinktank.surveyflow.questionnaire;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/** The largest dataset file taken ({@code surveyflow.questionnaire.max-bytes}, 50 MB by default). */
@ConfigurationProperties("surveyflow.questionnaire")
public record DatasetLimits(@DefaultValue("50MB") DataSize maxBytes) {
}
