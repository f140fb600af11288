package vn.gov.tasktracking.security;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.gov.tasktracking.security.internal.CrossSiteWriteFilter;
import vn.gov.tasktracking.security.internal.EngineApiGate;
import vn.gov.tasktracking.security.internal.LoginThrottle;
import vn.gov.tasktracking.security.internal.LoginThrottleFilter;
import vn.gov.tasktracking.security.internal.RestSecurityConfiguration;
import vn.gov.tasktracking.security.internal.SecurityHeadersFilter;

/**
 * The filters in front of the REST surfaces, in this order: response headers, cross-site writes,
 * password guessing, then authentication ({@link RestSecurityConfiguration}), then the gate of the
 * engine's REST resources, which needs to know who is calling.
 */
@Configuration
public class RequestGuardConfiguration {

  static final int HEADERS_ORDER = 10;
  static final int CROSS_SITE_ORDER = 20;
  static final int THROTTLE_ORDER = 30;
  public static final int AUTHENTICATION_ORDER = 40;
  static final int ENGINE_GATE_ORDER = 50;

  @Bean
  FilterRegistrationBean<SecurityHeadersFilter> securityHeaders() {
    FilterRegistrationBean<SecurityHeadersFilter> registration =
        new FilterRegistrationBean<>(new SecurityHeadersFilter());
    registration.setName("security-headers");
    registration.addUrlPatterns("/api/*", "/engine-rest/*", "/actuator/*");
    registration.setOrder(HEADERS_ORDER);
    return registration;
  }

  @Bean
  FilterRegistrationBean<CrossSiteWriteFilter> crossSiteWrites(
      @Value("${tasktracking.notification.base-url:}") String baseUrl,
      @Value("${tasktracking.security.trusted-origins:}") List<String> trustedOrigins) {
    List<String> origins = new ArrayList<>(trustedOrigins);
    if (!baseUrl.isBlank()) {
      origins.add(baseUrl);
    }
    FilterRegistrationBean<CrossSiteWriteFilter> registration =
        new FilterRegistrationBean<>(new CrossSiteWriteFilter(origins));
    registration.setName("cross-site-writes");
    registration.addUrlPatterns("/api/*", "/engine-rest/*");
    registration.setOrder(CROSS_SITE_ORDER);
    return registration;
  }

  @Bean
  FilterRegistrationBean<LoginThrottleFilter> loginThrottle(
      @Value("${tasktracking.security.login.address-free-failures:30}") int addressFree,
      @Value("${tasktracking.security.login.address-max-delay:PT15M}") Duration addressMax,
      @Value("${tasktracking.security.login.account-free-failures:5}") int accountFree,
      @Value("${tasktracking.security.login.account-max-delay:PT2M}") Duration accountMax,
      @Value("${tasktracking.security.login.first-delay:PT1S}") Duration firstDelay,
      @Value("${tasktracking.security.login.forget-after:PT15M}") Duration forgetAfter,
      @Value("${tasktracking.security.login.capacity:10000}") int capacity) {
    LoginThrottle addresses =
        new LoginThrottle(
            new LoginThrottle.Policy(addressFree, firstDelay, addressMax, forgetAfter, capacity));
    LoginThrottle accounts =
        new LoginThrottle(
            new LoginThrottle.Policy(accountFree, firstDelay, accountMax, forgetAfter, capacity));
    FilterRegistrationBean<LoginThrottleFilter> registration =
        new FilterRegistrationBean<>(
            new LoginThrottleFilter(addresses, accounts, Clock.systemUTC()));
    registration.setName("login-throttle");
    registration.addUrlPatterns(
        "/api/*", "/engine-rest/*", "/camunda/api/admin/auth/user/*", "/actuator/*");
    registration.setOrder(THROTTLE_ORDER);
    return registration;
  }

  @Bean
  FilterRegistrationBean<EngineApiGate> engineApiGate() {
    FilterRegistrationBean<EngineApiGate> registration =
        new FilterRegistrationBean<>(new EngineApiGate());
    registration.setName("engine-api-gate");
    registration.addUrlPatterns(
        EngineApiGate.ENGINE_REST + "/*", EngineApiGate.WEBAPP_ENGINE_API + "/*");
    registration.setOrder(ENGINE_GATE_ORDER);
    return registration;
  }
}
