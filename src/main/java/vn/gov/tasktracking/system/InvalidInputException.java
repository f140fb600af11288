package vn.gov.tasktracking.system;

import java.util.List;

/**
 * Input refused before anything is stored. The message and every problem are Vietnamese, written
 * for the person who sent the input; {@link Problem#field()} names the offending field.
 */
public class InvalidInputException extends RuntimeException {

  public record Problem(String field, String message) {}

  private final List<Problem> problems;

  public InvalidInputException(String message, List<Problem> problems) {
    super(message);
    this.problems = List.copyOf(problems);
  }

  public static InvalidInputException of(String field, String message) {
    return new InvalidInputException(message, List.of(new Problem(field, message)));
  }

  public List<Problem> problems() {
    return problems;
  }
}
