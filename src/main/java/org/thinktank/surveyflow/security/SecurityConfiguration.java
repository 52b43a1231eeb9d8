package org.thinktank.surveyflow.security;

import java.util.Arrays;
import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.thinktank.surveyflow.problem.DatabaseUnavailableHandler;
import org.thinktank.surveyflow.problem.ProblemWriter;

/**
 * Two filter chains. The API (and Camunda's webapps and engine REST API, for admins only) takes HTTP Basic on
 * every request, keeps no session and needs no CSRF token. The web pages use a session with form login and CSRF
 * protection. The application's own rules (who may see which survey) are checked by the feature services, which
 * pages and API share.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration implements WebMvcConfigurer {

    private static final String REALM = "Think Tank Survey Workflow";

    private static final String[] API_PATHS = {"/api/**", "/engine-rest/**", "/camunda/**", "/v3/api-docs/**",
            "/swagger-ui/**", "/swagger-ui.html", "/actuator/health/**"};

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /**
     * The downloads the pages link to (Word report, meeting workbook and package) are API paths, but a signed-in
     * browser must be able to follow those links: for these GET requests, the page session is accepted as well as
     * HTTP Basic. They change nothing, so no CSRF token is needed; the API's other paths stay stateless.
     */
    @Bean
    @Order(0)
    SecurityFilterChain downloadFilterChain(HttpSecurity http, ProblemWriter problems,
                                            DatabaseUnavailableHandler databaseUnavailable) throws Exception {
        PathPatternRequestMatcher.Builder get = PathPatternRequestMatcher.withDefaults();
        http.securityMatcher(new OrRequestMatcher(
                        get.matcher(HttpMethod.GET, "/api/surveys/*/report/versions/*/document.docx"),
                        get.matcher(HttpMethod.GET, "/api/meetings/*/workbook.xlsx"),
                        get.matcher(HttpMethod.GET, "/api/meetings/*/package.zip")))
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .httpBasic(basic -> basic.realmName(REALM).authenticationEntryPoint(databaseUnavailable.entryPoint(
                        (request, response, e) -> {
                            response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\"");
                            problems.write(response, HttpStatus.UNAUTHORIZED,
                                    "Sign in with a valid username and password (HTTP Basic), or on the sign-in page");
                        })))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER));
        return http.build();
    }

    @Bean
    @Order(1)
    SecurityFilterChain securityFilterChain(HttpSecurity http, ProblemWriter problems,
                                            DatabaseUnavailableHandler databaseUnavailable) throws Exception {
        // Full-path matchers: /engine-rest and /camunda are served by Camunda's own servlets, not Spring MVC's.
        http.securityMatcher(paths(API_PATHS))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(paths("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html",
                                "/actuator/health/**")).permitAll()
                        .requestMatchers(paths("/engine-rest/**", "/camunda/**")).hasRole(Role.ADMIN.name())
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.realmName(REALM)
                        .authenticationEntryPoint(databaseUnavailable.entryPoint((request, response, e) -> {
                            response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\"");
                            problems.write(response, HttpStatus.UNAUTHORIZED,
                                    "Sign in with a valid username and password (HTTP Basic)");
                        })))
                .exceptionHandling(handling -> handling.accessDeniedHandler((request, response, e) ->
                        problems.write(response, HttpStatus.FORBIDDEN, "Your role may not use " + request.getRequestURI())))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // The API is stateless (HTTP Basic, no session cookie); Camunda's webapps bring their own CSRF filter.
                .csrf(csrf -> csrf.ignoringRequestMatchers(paths("/api/**", "/engine-rest/**", "/camunda/**")));
        return http.build();
    }

    private static RequestMatcher paths(String... patterns) {
        PathPatternRequestMatcher.Builder builder = PathPatternRequestMatcher.withDefaults();
        return new OrRequestMatcher(Arrays.stream(patterns).map(builder::matcher).toArray(RequestMatcher[]::new));
    }

    /** Everything that is not the API: the web pages, signed in with a form, a session and CSRF tokens. */
    @Bean
    @Order(2)
    SecurityFilterChain pageFilterChain(HttpSecurity http, DatabaseUnavailableHandler databaseUnavailable)
            throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", "/css/**", "/webjars/**", "/favicon.ico", "/error").permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll()
                        .failureHandler(databaseUnavailable.loginFailure(
                                new SimpleUrlAuthenticationFailureHandler("/login?error"))))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout").permitAll());
        return http.build();
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new ActorArgumentResolver());
    }
}
