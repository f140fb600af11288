package vn.gov.tasktracking.security.internal;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.gov.tasktracking.security.RequestGuardConfiguration;

/**
 * Both REST APIs require a signed-in caller: Camunda's {@code /engine-rest} through Camunda's own
 * filter, the product's {@code /api} through {@link ApiAuthenticationFilter}, which signs in the
 * callers of the actuator too (administrators only, {@link ActuatorAdministratorsOnly}; the probes
 * are anonymous). The webapps (Tasklist, Cockpit, Admin) keep their own session login.
 */
@Configuration
public class RestSecurityConfiguration {

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName("engine-rest-authentication");
    registration.addInitParameter(
        ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        HttpBasicAuthenticationProvider.class.getName());
    registration.addUrlPatterns("/engine-rest/*");
    registration.setOrder(RequestGuardConfiguration.AUTHENTICATION_ORDER);
    return registration;
  }

  @Bean
  FilterRegistrationBean<ApiAuthenticationFilter> apiAuthentication(
      IdentityService identity, ProcessEngine engine) {
    FilterRegistrationBean<ApiAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ApiAuthenticationFilter(identity, engine.getName()));
    registration.setName("api-authentication");
    registration.addUrlPatterns("/api/*", "/actuator/*");
    registration.setOrder(RequestGuardConfiguration.AUTHENTICATION_ORDER);
    return registration;
  }

  /**
   * The actuator reveals internals (metrics, health details): administrators only, except the
   * probes.
   */
  @Bean
  FilterRegistrationBean<ActuatorAdministratorsOnly> actuatorAdministratorsOnly(
      IdentityService identity) {
    FilterRegistrationBean<ActuatorAdministratorsOnly> registration =
        new FilterRegistrationBean<>(new ActuatorAdministratorsOnly(identity));
    registration.setName("actuator-administrators-only");
    registration.addUrlPatterns("/actuator/*");
    registration.setOrder(RequestGuardConfiguration.AUTHENTICATION_ORDER + 1);
    return registration;
  }
}
