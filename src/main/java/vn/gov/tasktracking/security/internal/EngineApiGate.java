package vn.gov.tasktracking.security.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.rest.util.EngineUtil;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.gov.tasktracking.directory.Role;

/**
 * One gate in front of both REST surfaces of the engine: {@code /engine-rest} (Basic, for
 * integrations and administrators) and the webapps' own engine API {@code /camunda/api/engine} (the
 * session of Tasklist, Cockpit and Admin). Administrators pass; anyone else reaches only what
 * {@link EngineApiAllowList} names and is refused with 403 before the engine sees the call, so a
 * refused call leaves nothing behind (not even a failed run on a job).
 */
public class EngineApiGate extends OncePerRequestFilter {

  public static final String ENGINE_REST = "/engine-rest";
  public static final String WEBAPP_ENGINE_API = "/camunda/api/engine";

  private static final Logger LOG = LoggerFactory.getLogger(EngineApiGate.class);
  private static final List<String> METHOD_OVERRIDES =
      List.of("X-HTTP-Method-Override", "X-HTTP-Method", "X-Method-Override");

  /**
   * Where a call lands: the engine's name ({@code null} for the list of engines) and the path after
   * it.
   */
  public record Target(String engine, String path) {}

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String servletPath =
        request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
    boolean webapp =
        servletPath.startsWith(WEBAPP_ENGINE_API + "/") || servletPath.equals(WEBAPP_ENGINE_API);
    Target target = target(servletPath, webapp ? WEBAPP_ENGINE_API : ENGINE_REST, !webapp);
    if (target == null || target.engine() == null) {
      // Unknown shapes are answered by the engine's REST (404); the list of engines is public in
      // Camunda.
      chain.doFilter(request, response);
      return;
    }
    Caller caller =
        webapp
            ? fromSession(request.getSession(false), target.engine())
            : fromEngine(target.engine());
    if (caller == null) {
      // Not signed in: Camunda's own filters answer 401.
      chain.doFilter(request, response);
      return;
    }
    if (caller.groupIds().contains(Role.ADMINISTRATOR.groupId())) {
      chain.doFilter(request, response);
      return;
    }
    boolean overridden = METHOD_OVERRIDES.stream().anyMatch(h -> request.getHeader(h) != null);
    if (overridden
        || !EngineApiAllowList.permits(request.getMethod(), target.path(), caller.userId())) {
      LOG.info(
          "Engine API refused to {}: {} {}", caller.userId(), request.getMethod(), servletPath);
      JsonRefusal.write(
          response,
          HttpServletResponse.SC_FORBIDDEN,
          "Bạn không có quyền thực hiện thao tác này qua giao diện lập trình của Camunda. "
              + "Hãy làm việc trong Tasklist hoặc qua /api; thao tác quản trị dành cho quản trị hệ thống.");
      return;
    }
    chain.doFilter(request, response);
  }

  /**
   * @param defaultEngine whether a path without {@code /engine/{name}} addresses the default engine
   *     ({@code /engine-rest/task}); the webapps always name the engine
   */
  public static Target target(String servletPath, String prefix, boolean defaultEngine) {
    if (!servletPath.startsWith(prefix)) {
      return null;
    }
    String rest = servletPath.substring(prefix.length());
    if (rest.equals("/engine") || rest.equals("/engine/")) {
      return new Target(null, "");
    }
    String engine;
    if (rest.startsWith("/engine/")) {
      int slash = rest.indexOf('/', "/engine/".length());
      engine =
          slash < 0
              ? rest.substring("/engine/".length())
              : rest.substring("/engine/".length(), slash);
      rest = slash < 0 ? "" : rest.substring(slash);
    } else if (defaultEngine) {
      engine = "default";
    } else {
      return null;
    }
    while (rest.endsWith("/")) {
      rest = rest.substring(0, rest.length() - 1);
    }
    return new Target(engine, rest);
  }

  private record Caller(String userId, List<String> groupIds) {}

  /**
   * Camunda's authentication filter of /engine-rest, which runs before this gate, told the engine
   * it addressed; the same lookup finds it here.
   */
  private static Caller fromEngine(String engineName) {
    ProcessEngine engine = EngineUtil.lookupProcessEngine(engineName);
    Authentication auth =
        engine == null ? null : engine.getIdentityService().getCurrentAuthentication();
    if (auth == null || auth.getUserId() == null) {
      return null;
    }
    return new Caller(
        auth.getUserId(), auth.getGroupIds() == null ? List.of() : auth.getGroupIds());
  }

  private static Caller fromSession(HttpSession session, String engine) {
    if (session == null) {
      return null;
    }
    Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
    if (authentications == null
        || !(authentications.getAuthenticationForProcessEngine(engine)
            instanceof UserAuthentication user)) {
      return null;
    }
    return new Caller(
        user.getIdentityId(), user.getGroupIds() == null ? List.of() : user.getGroupIds());
  }
}
