package vn.gov.tasktracking.security;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;
import vn.gov.tasktracking.directory.DirectoryCaller;
import vn.gov.tasktracking.directory.DirectoryService;
import vn.gov.tasktracking.directory.Unit;
import vn.gov.tasktracking.system.ForbiddenException;
import vn.gov.tasktracking.system.SystemWork;

/**
 * Who is calling, as the REST authentication filters told the engine. Services ask here, so that a
 * request runs under the same identity in the product's tables as in Camunda's authorizations. What
 * the caller may do is decided by {@link AccessPolicy} ({@link #policy()}), which denies a caller
 * without a user unless the thread runs {@link SystemWork}.
 */
@Component
public class CurrentUser implements DirectoryCaller {

  private final IdentityService identity;
  private final DirectoryService directory;

  CurrentUser(IdentityService identity, DirectoryService directory) {
    this.identity = identity;
    this.directory = directory;
  }

  /** The access rules for the caller as the thread stands now (person, groups, system work). */
  public AccessPolicy policy() {
    return new AccessPolicy(
        AccessPolicy.Caller.of(username(), groupIds()),
        group -> directory.unit(group).map(Unit::code));
  }

  /**
   * @return the username, or null outside an authenticated request
   */
  @Override
  public String username() {
    Authentication auth = identity.getCurrentAuthentication();
    return auth == null ? null : auth.getUserId();
  }

  public List<String> groupIds() {
    Authentication auth = identity.getCurrentAuthentication();
    return auth == null || auth.getGroupIds() == null ? List.of() : auth.getGroupIds();
  }

  /**
   * Runs engine calls that the product allows by its own rule (e.g. an issuer withdrawing their
   * task) without Camunda's authorization checks, as {@link SystemWork}, then restores the caller's
   * identity.
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

  /**
   * @throws ForbiddenException unless the caller is an administrator
   */
  @Override
  public void requireAdministrator() {
    if (!policy().isAdministrator()) {
      throw new ForbiddenException("Chỉ quản trị hệ thống được thực hiện thao tác này.");
    }
  }
}
