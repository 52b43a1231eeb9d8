package org.thinktank.surveyflow.security;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.thinktank.surveyflow.problem.DatabaseUnavailableHandler;
import org.thinktank.surveyflow.problem.ProblemWriter;
import org.thinktank.surveyflow.problem.Reason;
import org.thinktank.surveyflow.security.token.BearerSignIn;

/**
 * Two filter chains. The API (and Camunda's webapps and engine REST API, for admins only) takes HTTP Basic on
 * every request, keeps no session and needs no CSRF token; {@code /api/**} also takes a personal access token
 * ({@code Authorization: Bearer}, {@link BearerSignIn}), which is checked without a password hash. The web pages use
 * a session with form login and CSRF protection. The application's own rules (who may see which survey) are checked by the feature services, which
 * pages and API share. Both check passwords through the {@link LoginThrottle}, and both send the security headers
 * below; Camunda's webapps keep their own Content-Security-Policy.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration implements WebMvcConfigurer {

    private static final String REALM = "Think Tank Survey Workflow";
    private static final Reason BASIC_HINT = Reason.of("signIn.basic");
    private static final Reason BASIC_OR_TOKEN_HINT = Reason.of("signIn.basicOrToken");
    private static final Reason BASIC_TOKEN_OR_PAGE_HINT = Reason.of("signIn.basicTokenOrPage");

    private static final String[] API_PATHS = {"/api/**", "/engine-rest/**", "/camunda/**", "/v3/api-docs/**",
            "/swagger-ui/**", "/swagger-ui.html", "/actuator/health/**"};

    private static final String CONTENT_SECURITY_POLICY = "Content-Security-Policy";
    /** The pages: their own scripts (htmx), styles and images only, no inline code, never framed. */
    static final String PAGE_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; "
            + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";
    /** The process map opened alone: an SVG document that may load the application's stylesheets and nothing else. */
    static final String DIAGRAM_POLICY = "default-src 'none'; style-src 'self'; frame-ancestors 'none'";
    /** JSON and downloads: nothing in them may load or run anything. */
    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";
    static final String PERMISSIONS_POLICY = "accelerometer=(), camera=(), geolocation=(), gyroscope=(), "
            + "magnetometer=(), microphone=(), payment=(), usb=()";

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    PasswordPolicy passwordPolicy() {
        return PasswordPolicy.standard();
    }

    /** Runs before any other bean is made: a production start without a strong admin secret stops here. */
    @Bean
    static AdminSecretCheck adminSecretCheck() {
        return new AdminSecretCheck(PasswordPolicy.standard());
    }

    /**
     * The one way passwords are checked, for HTTP Basic and the sign-in form: through the {@link LoginThrottle}, and
     * the password before the account's state, so that a disabled account costs the same time as any other.
     */
    @Bean
    AuthenticationManager authenticationManager(UserDetailsService users, PasswordEncoder passwordEncoder,
                                                LoginThrottle throttle,
                                                ObjectProvider<AuthenticationEventPublisher> events) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(passwordEncoder);
        passwords.setPreAuthenticationChecks(user -> { });
        passwords.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
        ProviderManager manager = new ProviderManager(new ThrottledAuthenticationProvider(passwords, throttle));
        events.ifAvailable(manager::setAuthenticationEventPublisher);
        return manager;
    }

    /**
     * The downloads the pages link to (Word report, meeting workbook and package) are API paths, but a signed-in
     * browser must be able to follow those links: for these GET requests, the page session is accepted as well as
     * HTTP Basic and a personal access token. They change nothing, so no CSRF token is needed; the API's other paths
     * stay stateless.
     */
    @Bean
    @Order(0)
    SecurityFilterChain downloadFilterChain(HttpSecurity http, ProblemWriter problems,
                                            AuthenticationManager authenticationManager,
                                            DatabaseUnavailableHandler databaseUnavailable,
                                            BearerSignIn bearer) throws Exception {
        PathPatternRequestMatcher.Builder get = PathPatternRequestMatcher.withDefaults();
        http.securityMatcher(new OrRequestMatcher(
                        get.matcher(HttpMethod.GET, "/api/surveys/*/report/versions/*/document.docx"),
                        get.matcher(HttpMethod.GET, "/api/meetings/*/workbook.xlsx"),
                        get.matcher(HttpMethod.GET, "/api/meetings/*/package.zip"),
                        get.matcher(HttpMethod.GET, "/api/meetings/*/programme.docx"),
                        get.matcher(HttpMethod.GET, "/api/meetings/*/adoption.docx"),
                        get.matcher(HttpMethod.GET, "/api/meetings/*/report-templates/preview.docx"),
                        get.matcher(HttpMethod.GET, "/api/meetings/*/report-templates/*/file"),
                        get.matcher(HttpMethod.GET, "/api/meetings/*/branding/logo")))
                .authenticationManager(authenticationManager)
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .addFilterBefore(bearer.filter(REALM, AnyRequestMatcher.INSTANCE), BasicAuthenticationFilter.class)
                .httpBasic(basic -> basic.realmName(REALM).authenticationEntryPoint(databaseUnavailable.entryPoint(
                        basicEntryPoint(problems, BASIC_TOKEN_OR_PAGE_HINT, true))))
                .headers(headers -> securityHeaders(headers, (request, response) -> API_POLICY))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER));
        return http.build();
    }

    /**
     * The API, Camunda's webapps and engine REST API, and the API's documentation. Personal access tokens are taken
     * on {@code /api/**} only: Camunda's admin-only paths keep HTTP Basic (docs/adr/0011-personal-access-tokens.md).
     */
    @Bean
    @Order(1)
    SecurityFilterChain securityFilterChain(HttpSecurity http, ProblemWriter problems,
                                            AuthenticationManager authenticationManager,
                                            DatabaseUnavailableHandler databaseUnavailable,
                                            BearerSignIn bearer) throws Exception {
        RequestMatcher api = paths("/api/**");
        AuthenticationEntryPoint basicOrToken = basicEntryPoint(problems, BASIC_OR_TOKEN_HINT, true);
        AuthenticationEntryPoint basicOnly = basicEntryPoint(problems, BASIC_HINT, false);
        // Full-path matchers: /engine-rest and /camunda are served by Camunda's own servlets, not Spring MVC's.
        http.securityMatcher(paths(API_PATHS))
                .authenticationManager(authenticationManager)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(paths("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html",
                                "/actuator/health/**")).permitAll()
                        .requestMatchers(paths("/engine-rest/**", "/camunda/**")).hasRole(Role.ADMIN.name())
                        .anyRequest().authenticated())
                .addFilterBefore(bearer.filter(REALM, api), BasicAuthenticationFilter.class)
                .httpBasic(basic -> basic.realmName(REALM).authenticationEntryPoint(databaseUnavailable.entryPoint(
                        (request, response, e) -> (api.matches(request) ? basicOrToken : basicOnly)
                                .commence(request, response, e))))
                // Camunda's webapps and Swagger UI set or need their own policy; the API's JSON gets the strictest
                .headers(headers -> securityHeaders(headers, (request, response) -> api.matches(request) ? API_POLICY : null))
                .exceptionHandling(handling -> handling.accessDeniedHandler((request, response, e) ->
                        problems.write(request, response, HttpStatus.FORBIDDEN,
                                Reason.of("access.role", request.getRequestURI()))))
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
    SecurityFilterChain pageFilterChain(HttpSecurity http, AuthenticationManager authenticationManager,
                                     DatabaseUnavailableHandler databaseUnavailable) throws Exception {
        RelativeRedirects relativeRedirects = new RelativeRedirects();
        LoginUrlAuthenticationEntryPoint signInPage = new LoginUrlAuthenticationEntryPoint("/login");
        signInPage.setFavorRelativeUris(true);
        SavedRequestAwareAuthenticationSuccessHandler success = new SavedRequestAwareAuthenticationSuccessHandler();
        success.setDefaultTargetUrl("/");
        success.setRedirectStrategy(relativeRedirects);
        ExceptionMappingAuthenticationFailureHandler failure = new ExceptionMappingAuthenticationFailureHandler();
        failure.setDefaultFailureUrl("/login?error");
        failure.setExceptionMappings(Map.of(SignInLockedException.class.getName(), "/login?locked"));
        failure.setRedirectStrategy(relativeRedirects);
        RequestMatcher diagram = paths("/surveys/*/diagram.svg");
        http.authenticationManager(authenticationManager)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", "/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/error").permitAll()
                        // a calendar feed's secret address is its credential (calendar/CalendarFeeds)
                        .requestMatchers(HttpMethod.GET, "/calendar/feed/*").permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").successHandler(success).failureHandler(databaseUnavailable.loginFailure(failure)).permitAll())
                .exceptionHandling(handling -> handling.authenticationEntryPoint(signInPage))
                .headers(headers -> securityHeaders(headers,
                        (request, response) -> diagram.matches(request) ? DIAGRAM_POLICY : PAGE_POLICY))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout").permitAll());
        return http.build();
    }

    /**
     * Answers a missing or wrong password with 401 and the hint, and a locked username with 429 and when to try
     * again; alike whether or not the username has an account. Where tokens are taken, the 401 offers both schemes.
     */
    private static AuthenticationEntryPoint basicEntryPoint(ProblemWriter problems, Reason hint, boolean tokens) {
        return (request, response, e) -> {
            if (e instanceof SignInLockedException locked) {
                long seconds = Math.max(1, locked.remaining().toSeconds());
                response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
                problems.write(request, response, HttpStatus.TOO_MANY_REQUESTS,
                        Reason.of("signIn.lockedApi", minutes(seconds)));
                return;
            }
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"" + REALM + "\"");
            if (tokens) {
                response.addHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"" + REALM + "\"");
            }
            problems.write(request, response, HttpStatus.UNAUTHORIZED, hint);
        };
    }

    private static long minutes(long seconds) {
        return (seconds + 59) / 60;
    }

    /** The policy a response gets, or null for none (Camunda's webapps set their own). */
    private interface ContentSecurityPolicy {
        String of(HttpServletRequest request, HttpServletResponse response);
    }

    /**
     * Every response: no MIME sniffing, never framed, the referrer only as the origin to other sites, no camera,
     * microphone, location and the like, and the Content-Security-Policy the chain gives it. (Spring Security's
     * defaults add Cache-Control, and HSTS on HTTPS.)
     */
    private static void securityHeaders(HeadersConfigurer<HttpSecurity> headers, ContentSecurityPolicy policy) {
        HeaderWriter csp = (request, response) -> {
            String value = policy.of(request, response);
            if (value != null && !response.containsHeader(CONTENT_SECURITY_POLICY)) {
                response.setHeader(CONTENT_SECURITY_POLICY, value);
            }
        };
        headers.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY))
                .addHeaderWriter(csp);
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new ActorArgumentResolver());
    }
}
