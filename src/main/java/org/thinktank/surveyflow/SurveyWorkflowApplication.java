package org.thinktank.surveyflow;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class SurveyWorkflowApplication {

    public static void main(String[] args) {
        SpringApplication.run(SurveyWorkflowApplication.class, args);
    }
}
