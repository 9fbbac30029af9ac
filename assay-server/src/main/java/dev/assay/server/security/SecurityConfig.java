package dev.assay.server.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may call what. Everything needs a signed-in user except the health probe, the login page and
 * the static assets it uses. Pages sit under one prefix per role (/risk, /licensing, /analyst,
 * /exporter, /admin), so that a page added later is protected by where it is put; the API's rules
 * are listed per resource here in one place, and the data a role may see within a resource (own
 * offices, own USCC) is narrowed by the services.
 *
 * <p>Browsers sign in with the form (session cookie, CSRF token on every form and unsafe request);
 * machine clients send {@code Authorization: Bearer <token>} to /api/** (no cookie, so no CSRF
 * token needed, and no session made).
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity
public class SecurityConfig {

  /** Scripts, styles and images only from this server; no framing; forms post only here. */
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self'"
          + " data:; font-src 'self'; connect-src 'self'; object-src 'none'; frame-ancestors"
          + " 'none'; form-action 'self'; base-uri 'self'";

  private static final String RISK = Role.RISK_OFFICER.name();
  private static final String LICENSING = Role.LICENSING_OFFICER.name();
  private static final String ANALYST = Role.ANALYST.name();
  private static final String EXPORTER = Role.EXPORTER.name();
  private static final String ADMIN = Role.ADMIN.name();

  /**
   * No Micrometer observations of the security filter chain. They wrapped each of its filters and
   * the authorization decision in an observation with its own events and tags: a quarter of all the
   * bytes a screening request allocated (JFR, 1,000 requests a second), so more young collections
   * and a longer tail, for meters that nothing reads. Request timings stay in {@code
   * http.server.requests}; failed logins are in the audit log.
   */
  @Bean
  SecurityObservationSettings securityObservationSettings() {
    return SecurityObservationSettings.noObservations();
  }

  @Bean
  PasswordEncoder passwordEncoder() {
    // bcrypt for new hashes; the {id} prefix lets a stronger encoder take over later.
    return PasswordEncoderFactories.createDelegatingPasswordEncoder();
  }

  @Bean
  AuthenticationManager authenticationManager(
      UserStore users, PasswordEncoder encoder, ApplicationEventPublisher events) {
    DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users);
    provider.setPasswordEncoder(encoder);
    ProviderManager manager = new ProviderManager(provider);
    // Successes and failures become events: the login throttle and the audit log listen.
    manager.setAuthenticationEventPublisher(new DefaultAuthenticationEventPublisher(events));
    return manager;
  }

  @Bean
  SecurityFilterChain filterChain(
      HttpSecurity http,
      ApiTokens tokens,
      UserStore users,
      ProblemResponses problems,
      AuthenticationManager authenticationManager)
      throws Exception {
    RequestMatcher api = request -> path(request).startsWith("/api/");
    RequestMatcher bearer = ApiTokenFilter::hasBearer;
    AuthenticationEntryPoint apiEntryPoint =
        (request, response, e) ->
            problems.write(request, response, 401, "Unauthorized", "sign in or send a token");
    AccessDeniedHandler apiDenied =
        (request, response, e) ->
            problems.write(request, response, 403, "Forbidden", "your role may not do this");
    http.authenticationManager(authenticationManager)
        .addFilterBefore(
            new ApiTokenFilter(tokens, problems), UsernamePasswordAuthenticationFilter.class)
        .addFilterBefore(new DisabledUserFilter(users), AnonymousAuthenticationFilter.class)
        .authorizeHttpRequests(
            auth ->
                // An async or error dispatch continues a request that was authorised already.
                auth.dispatcherTypeMatchers(DispatcherType.ASYNC, DispatcherType.ERROR)
                    .permitAll()
                    .requestMatchers("/actuator/health", "/actuator/health/**")
                    .permitAll()
                    .requestMatchers(HttpMethod.GET, "/login", "/assets/**", "/favicon.ico")
                    .permitAll()
                    .requestMatchers("/error")
                    .permitAll()
                    .requestMatchers("/actuator/**")
                    .hasRole(ADMIN)
                    // Pages, one prefix per role.
                    .requestMatchers("/risk/**")
                    .hasAnyRole(RISK, ADMIN)
                    .requestMatchers("/licensing/**")
                    .hasAnyRole(LICENSING, ADMIN)
                    .requestMatchers("/analyst/**")
                    .hasAnyRole(ANALYST, ADMIN)
                    .requestMatchers("/exporter/**")
                    .hasAnyRole(EXPORTER)
                    .requestMatchers("/admin/**")
                    .hasRole(ADMIN)
                    // The API, per resource.
                    .requestMatchers("/api/v1/admin/**", "/api/v1/users", "/api/v1/users/**")
                    .hasRole(ADMIN)
                    .requestMatchers("/api/v1/tokens", "/api/v1/tokens/**")
                    .authenticated()
                    .requestMatchers(HttpMethod.POST, "/api/v1/screen", "/api/v1/batches")
                    .hasAnyRole(RISK, ANALYST, ADMIN)
                    .requestMatchers("/api/v1/batches", "/api/v1/batches/**")
                    .hasAnyRole(RISK, ANALYST, ADMIN)
                    .requestMatchers(HttpMethod.POST, "/api/v1/assessments/**")
                    .hasAnyRole(RISK, ADMIN)
                    .requestMatchers(
                        HttpMethod.GET, "/api/v1/assessments", "/api/v1/assessments/**")
                    .hasAnyRole(RISK, ANALYST, EXPORTER, ADMIN)
                    .requestMatchers(HttpMethod.GET, "/api/v1/alerts", "/api/v1/alerts/**")
                    .hasAnyRole(RISK, ANALYST, ADMIN)
                    .requestMatchers(HttpMethod.GET, "/api/v1/cases", "/api/v1/cases/**")
                    .hasAnyRole(RISK, ANALYST, ADMIN)
                    .requestMatchers("/api/v1/cases", "/api/v1/cases/**")
                    .hasAnyRole(RISK, ADMIN)
                    .requestMatchers(
                        HttpMethod.GET, "/api/v1/licenses/**", "/api/v1/applications/**")
                    .hasAnyRole(LICENSING, ANALYST, EXPORTER, ADMIN)
                    .requestMatchers(
                        HttpMethod.POST,
                        "/api/v1/applications",
                        "/api/v1/applications/*/transition")
                    .hasAnyRole(EXPORTER, LICENSING, ADMIN)
                    .requestMatchers(
                        "/api/v1/licenses", "/api/v1/licenses/**", "/api/v1/applications/**")
                    .hasAnyRole(LICENSING, ADMIN)
                    .requestMatchers(
                        "/api/v1/measures/announcements", "/api/v1/measures/announcements/**")
                    .hasRole(ADMIN)
                    .requestMatchers(
                        HttpMethod.GET,
                        "/api/v1/rules",
                        "/api/v1/rules/**",
                        "/api/v1/measures",
                        "/api/v1/measures/**")
                    .hasAnyRole(RISK, LICENSING, ANALYST, ADMIN)
                    .requestMatchers(
                        "/api/v1/rules",
                        "/api/v1/rules/**",
                        "/api/v1/measures",
                        "/api/v1/measures/**")
                    .hasAnyRole(ANALYST, ADMIN)
                    .requestMatchers(
                        "/api/v1/lists",
                        "/api/v1/lists/**",
                        "/api/v1/matches",
                        "/api/v1/matches/**")
                    .hasAnyRole(LICENSING, ANALYST, ADMIN)
                    .requestMatchers("/api/v1/determinations")
                    .hasAnyRole(EXPORTER, LICENSING, ADMIN)
                    .requestMatchers("/api/v1/audit", "/api/v1/audit/**")
                    .hasAnyRole(ADMIN)
                    .requestMatchers(HttpMethod.GET, "/api/v1/weights")
                    .hasAnyRole(ANALYST, ADMIN)
                    .requestMatchers("/api/**")
                    .hasRole(ADMIN)
                    .anyRequest()
                    .authenticated())
        .formLogin(form -> form.loginPage("/login").permitAll())
        // Only pages are worth returning to after sign-in; API calls never make a session.
        .requestCache(cache -> cache.requestCache(pageRequestCache(api)))
        .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
        .csrf(csrf -> csrf.ignoringRequestMatchers(bearer))
        .sessionManagement(session -> session.sessionFixation(f -> f.changeSessionId()))
        .headers(
            headers ->
                headers
                    .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                    .referrerPolicy(
                        r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                    .frameOptions(f -> f.deny()))
        .exceptionHandling(
            ex ->
                ex.defaultAuthenticationEntryPointFor(apiEntryPoint, api)
                    .defaultAuthenticationEntryPointFor(
                        new LoginUrlAuthenticationEntryPoint("/login"), request -> true)
                    .defaultAccessDeniedHandlerFor(apiDenied, api));
    return http.build();
  }

  private static HttpSessionRequestCache pageRequestCache(RequestMatcher api) {
    HttpSessionRequestCache cache = new HttpSessionRequestCache();
    cache.setRequestMatcher(request -> !api.matches(request) && "GET".equals(request.getMethod()));
    return cache;
  }

  private static String path(HttpServletRequest request) {
    return request.getRequestURI().substring(request.getContextPath().length());
  }
}
