package vn.gov.tasktracking.operations.internal;

import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The availability gate on the REST surfaces and the actuator (see docs/operations.md). */
@Configuration
class OperationsConfiguration {

  /**
   * After the response headers (10) and the cross-site check (20), before the login throttle (30)
   * and authentication (40) of security.RequestGuardConfiguration: a node that is not ready must
   * not reach the identity service.
   */
  static final int AVAILABILITY_ORDER = 25;

  @Bean
  FilterRegistrationBean<AvailabilityGate> availabilityGate(
      ApplicationAvailability availability,
      StartupReadiness startup,
      DatabaseReachability database) {
    FilterRegistrationBean<AvailabilityGate> registration =
        new FilterRegistrationBean<>(new AvailabilityGate(availability, startup, database));
    registration.setName("availability-gate");
    registration.addUrlPatterns("/api/*", "/engine-rest/*", "/camunda/api/*", "/actuator/*");
    registration.setOrder(AVAILABILITY_ORDER);
    return registration;
  }
}
