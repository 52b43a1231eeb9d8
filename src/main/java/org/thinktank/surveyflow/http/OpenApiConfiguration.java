package org.thinktank.surveyflow.http;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The API description served at /v3/api-docs. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI surveyWorkflowApi() {
        return new OpenAPI()
                .info(new Info().title("Think Tank Survey Workflow API").version("1")
                        .description("Survey investigations before a meeting: launch, findings, study report versions, "
                                + "reviews and approval. Refusals are RFC 9457 problem JSON.")
                        .license(new License().name("Apache-2.0")))
                .components(new Components()
                        .addSecuritySchemes("token", new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer")
                                .description("A personal access token (ttsw_…), created with POST /api/tokens or on "
                                        + "the API tokens page"))
                        .addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                                .description("Username and password; a bcrypt check on every call, for trying the "
                                        + "API by hand")))
                // either of the two
                .addSecurityItem(new SecurityRequirement().addList("token"))
                .addSecurityItem(new SecurityRequirement().addList("basic"));
    }
}
