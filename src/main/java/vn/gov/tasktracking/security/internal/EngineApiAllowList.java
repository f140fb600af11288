package vn.gov.tasktracking.security.internal;

import java.util.List;
import java.util.regex.Pattern;

/**
 * What a person who is not an administrator may ask of the engine's REST resources, the same on
 * {@code /engine-rest} and on the webapps' own engine API: the reads Tasklist and Cockpit make (the
 * engine's authorizations then show each person only what they may see), the queries those apps
 * send as POST, and the Tasklist journey (claim, unclaim, assignee, complete, submit a form,
 * comment, start a process). Everything else (jobs, deployments, authorizations, users and groups,
 * variables, messages, signals, process-instance changes, task changes, filters) is for
 * administrators.
 *
 * <p>Paths are relative to the engine: {@code /task/5/claim}, whichever surface and engine name.
 */
public final class EngineApiAllowList {

  private static final String ID = "[^/]+";

  /** Resources whose reads Tasklist and Cockpit make; the engine filters them by authorization. */
  private static final Pattern READABLE =
      Pattern.compile(
          "/(task|filter|process-definition|decision-definition|decision-requirements-definition"
              + "|case-definition|case-instance|case-execution|process-instance|execution|variable-instance"
              + "|history|incident|job|job-definition|external-task|deployment|user|group|tenant|identity/groups"
              + "|identity/password-policy|authorization/check|version)(/.*)?");

  private static final List<Pattern> WRITABLE =
      List.of(
          // Queries sent as POST with their criteria in the body.
          Pattern.compile("/task(/count)?"),
          Pattern.compile("/filter/" + ID + "/(list|count)"),
          Pattern.compile("/(process-instance|variable-instance)(/count)?"),
          Pattern.compile("/history/(?!cleanup)[a-z-]+(/count)?"),
          // The Tasklist journey; the engine checks the task belongs to the caller's unit or to
          // them.
          Pattern.compile(
              "/task/" + ID + "/(claim|unclaim|assignee|complete|submit-form|comment/create)"),
          Pattern.compile(
              "/process-definition/(key/"
                  + ID
                  + "(/tenant-id/"
                  + ID
                  + ")?|"
                  + ID
                  + ")/(start|submit-form)"),
          // Checking a new password against the policy (Camunda lets anyone do it).
          Pattern.compile("/identity/password-policy"));

  private EngineApiAllowList() {}

  /**
   * @param path the path after the engine's prefix, decoded and normalized, without a trailing
   *     slash
   * @param userId the signed-in person
   */
  public static boolean permits(String method, String path, String userId) {
    switch (method) {
      case "GET", "HEAD" -> {
        return READABLE.matcher(path).matches();
      }
      case "OPTIONS" -> {
        // Lists which links the caller may use; changes nothing.
        return true;
      }
      case "POST" -> {
        return WRITABLE.stream().anyMatch(p -> p.matcher(path).matches());
      }
      case "PUT" -> {
        // One's own password, as the Welcome page offers; Camunda asks for the current one too.
        return userId != null && path.equals("/user/" + userId + "/credentials");
      }
      default -> {
        return false;
      }
    }
  }
}
