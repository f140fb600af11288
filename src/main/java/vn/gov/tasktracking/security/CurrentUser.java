package vn.gov.tasktracking.security;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;
import vn.gov.tasktracking.directory.Role;
import vn.gov.tasktracking.system.ForbiddenException;
import vn.gov.tasktracking.system.SystemWork;

/**
 * Who is calling, as the REST authentication filters told the engine. Services ask here, so that
 * a request runs under the same identity in the product's tables as in Camunda's authorizations.
 */
@Component
public class CurrentUser {

  private final IdentityService identity;

  CurrentUser(IdentityService identity) {
    this.identity = identity;
  }

  /** @return the username, or null outside an authenticated request */
  public String username() {
    Authentication auth = identity.getCurrentAuthentication();
    return auth == null ? null : auth.getUserId();
  }

  public List<String> groupIds() {
    Authentication auth = identity.getCurrentAuthentication();
    return auth == null || auth.getGroupIds() == null ? List.of() : auth.getGroupIds();
  }

  public boolean isInGroup(String groupId) {
    return groupIds().contains(groupId);
  }

  public boolean hasRole(Role role) {
    return isInGroup(role.groupId());
  }

  /**
   * Runs engine calls that the product allows by its own rule (e.g. an issuer withdrawing their
   * task) without Camunda's authorization checks, as {@link SystemWork}, then restores the caller's identity.
   */
  public void runAsProduct(Runnable engineCalls) {
    Authentication caller = identity.getCurrentAuthentication();
    identity.clearAuthentication();
    try {
      SystemWork.run(engineCalls);
    } finally {
      if (caller != null) {
        identity.setAuthentication(caller);
      }
    }
  }

  /** @throws ForbiddenException unless the caller is an administrator */
  public void requireAdministrator() {
    if (!hasRole(Role.ADMINISTRATOR)) {
      throw new ForbiddenException("Chỉ quản trị hệ thống được thực hiện thao tác này.");
    }
  }
}
