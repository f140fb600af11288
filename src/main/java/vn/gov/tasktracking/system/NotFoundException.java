package vn.gov.tasktracking.system;

/** Something the request names does not exist; the message is Vietnamese. */
public class NotFoundException extends RuntimeException {
  public NotFoundException(String message) {
    super(message);
  }
}
