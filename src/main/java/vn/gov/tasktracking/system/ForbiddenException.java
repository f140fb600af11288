package vn.gov.tasktracking.system;

/** The authenticated person may not do this; the message is Vietnamese. */
public class ForbiddenException extends RuntimeException {
  public ForbiddenException(String message) {
    super(message);
  }
}
