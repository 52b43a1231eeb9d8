package org.thinktank.surveyflow.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The pages' irreversible actions wait for confirmation. */
@Configuration(proxyBeanMethods = false)
class FormConfiguration implements WebMvcConfigurer {

    private final ConfirmedActions confirmedActions;

    FormConfiguration(ConfirmedActions confirmedActions) {
        this.confirmedActions = confirmedActions;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(confirmedActions).excludePathPatterns("/api/**");
    }
}
