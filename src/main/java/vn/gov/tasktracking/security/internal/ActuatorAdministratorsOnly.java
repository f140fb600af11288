package vn.gov.tasktracking.security.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.gov.tasktracking.directory.Role;
import vn.gov.tasktracking.system.Probes;

/**
 * After {@link ApiAuthenticationFilter} (401 without a login) on {@code /actuator}: metrics and
 * health details are for the administrators' group; anyone else signed in gets 403. The liveness
 * and readiness probes pass, anonymous.
 */
class ActuatorAdministratorsOnly extends OncePerRequestFilter {

  private final IdentityService identity;

  ActuatorAdministratorsOnly(IdentityService identity) {
    this.identity = identity;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return Probes.isProbe(request);
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Authentication caller = identity.getCurrentAuthentication();
    if (caller == null
        || caller.getGroupIds() == null
        || !caller.getGroupIds().contains(Role.ADMINISTRATOR.groupId())) {
      JsonRefusal.write(
          response,
          HttpServletResponse.SC_FORBIDDEN,
          "Chỉ quản trị hệ thống được xem thông tin vận hành (chỉ số, chi tiết tình trạng).");
      return;
    }
    chain.doFilter(request, response);
  }
}
