package vn.gov.tasktracking.directory;

/**
 * Who changes the directory, as the security module tells it: the directory does not depend on
 * security (security depends on the directory for {@link Role} and units); {@code
 * security.CurrentUser} implements this.
 */
public interface DirectoryCaller {

  /**
   * @return the username, or null outside an authenticated request
   */
  String username();

  /**
   * @throws vn.gov.tasktracking.system.ForbiddenException unless the caller is an administrator
   */
  void requireAdministrator();
}
