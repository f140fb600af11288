package vn.gov.tasktracking.security.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.gov.tasktracking.system.Probes;

/**
 * Authenticates calls to the product's own API ({@code /api}) as Camunda's REST filter does for
 * {@code /engine-rest}: HTTP Basic against the identity service, then the engine's current
 * authentication is set for the request, so the same authorizations apply. The session of someone
 * signed in to the Camunda webapps is accepted too, which is how Cockpit and Tasklist plugins call
 * it: for reads as it is, for writes only with the header {@code X-XSRF-TOKEN} equal to the token
 * Camunda's {@code CsrfPreventionFilter} keeps in that session (the webapps send it with every
 * write of their own), so a forged cross-site form cannot use a session.
 */
class ApiAuthenticationFilter extends OncePerRequestFilter {

  private final IdentityService identity;

  /**
   * The webapps keep a sign-in per engine: the session is read for this application's engine,
   * whatever its name.
   */
  private final String engineName;

  ApiAuthenticationFilter(IdentityService identity, String engineName) {
    this.identity = identity;
    this.engineName = engineName;
  }

  /**
   * The OpenAPI description and its viewer stay readable, so people can learn the API before
   * signing in; the liveness and readiness probes are anonymous (they say UP or DOWN only).
   */
  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    if (Probes.isProbe(request)) {
      return true;
    }
    String path = request.getRequestURI().substring(request.getContextPath().length());
    // springdoc serves /api/docs by a redirect to its viewer under /api/swagger-ui.
    return path.startsWith("/api/docs")
        || path.startsWith("/api/openapi")
        || path.startsWith("/api/swagger-ui");
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Caller caller = fromBasicHeader(request);
    // Credentials that were sent and are wrong are a failed login (counted by the login throttle),
    // never a reason to fall back to the session: a signed-in person could otherwise guess
    // passwords.
    boolean sentCredentials = request.getHeader("Authorization") != null;
    if (caller == null && !sentCredentials) {
      HttpSession session = request.getSession(false);
      caller = fromWebappSession(session);
      if (caller != null && !isRead(request) && !carriesSessionToken(request, session)) {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType("application/json;charset=UTF-8");
        response
            .getWriter()
            .write(
                "{\"status\":403,\"message\":\"Yêu cầu thay đổi dữ liệu không kèm mã xác thực của phiên làm việc: "
                    + "hãy tải lại trang rồi thử lại.\",\"problems\":[]}");
        return;
      }
    }
    if (caller == null) {
      response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
      response.setHeader("WWW-Authenticate", "Basic realm=\"tasktracking\", charset=\"UTF-8\"");
      response.setContentType("application/json;charset=UTF-8");
      response
          .getWriter()
          .write(
              "{\"status\":401,\"message\":\"Cần đăng nhập: gửi tên đăng nhập và mật khẩu (HTTP Basic).\",\"problems\":[]}");
      return;
    }
    identity.setAuthentication(caller.userId(), caller.groupIds(), caller.tenantIds());
    try {
      chain.doFilter(request, response);
    } finally {
      identity.clearAuthentication();
    }
  }

  private static boolean isRead(HttpServletRequest request) {
    String method = request.getMethod();
    return "GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method);
  }

  /**
   * A write from a webapp page carries the CSRF token Camunda's CsrfPreventionFilter keeps in the
   * session (and gives the page in the XSRF-TOKEN cookie), compared in constant time; a forged
   * cross-site form cannot read it.
   */
  private static boolean carriesSessionToken(HttpServletRequest request, HttpSession session) {
    Object expected = session.getAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME);
    String sent = request.getHeader(CsrfConstants.CSRF_TOKEN_HEADER_NAME);
    return expected instanceof String token
        && !token.isEmpty()
        && sent != null
        && MessageDigest.isEqual(
            token.getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8));
  }

  private record Caller(String userId, List<String> groupIds, List<String> tenantIds) {}

  private Caller fromBasicHeader(HttpServletRequest request) {
    String header = request.getHeader("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return null;
    }
    String decoded;
    try {
      decoded =
          new String(
              Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return null;
    }
    int colon = decoded.indexOf(':');
    if (colon <= 0) {
      return null;
    }
    String userId = decoded.substring(0, colon);
    if (!identity.checkPassword(userId, decoded.substring(colon + 1))) {
      return null;
    }
    List<String> groups =
        identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
    List<String> tenants =
        identity.createTenantQuery().userMember(userId).includingGroupsOfUser(true).list().stream()
            .map(Tenant::getId)
            .toList();
    return new Caller(userId, groups, tenants);
  }

  private Caller fromWebappSession(HttpSession session) {
    if (session == null) {
      return null;
    }
    Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
    if (authentications == null
        || !(authentications.getAuthenticationForProcessEngine(engineName)
            instanceof UserAuthentication user)) {
      return null;
    }
    return new Caller(user.getIdentityId(), user.getGroupIds(), user.getTenantIds());
  }
}
