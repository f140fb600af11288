package vn.gov.tasktracking.calendar.internal;

import java.util.List;

/**
 * Calendar data (a year's exceptions, the data file) that cannot be accepted. Each problem is a
 * Vietnamese sentence naming the year and the entry, because an administrator reads it to fix the
 * data; all problems found are reported at once so that one correction round suffices.
 */
public class CalendarDataException extends IllegalArgumentException {

  private final List<String> problems;

  public CalendarDataException(String problem) {
    this(List.of(problem), null);
  }

  public CalendarDataException(List<String> problems) {
    this(problems, null);
  }

  public CalendarDataException(String problem, Throwable cause) {
    this(List.of(problem), cause);
  }

  private CalendarDataException(List<String> problems, Throwable cause) {
    super(String.join("\n", problems), cause);
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("A data error needs at least one problem");
    }
    this.problems = List.copyOf(problems);
  }

  /** The problems, one Vietnamese sentence each. */
  public List<String> problems() {
    return problems;
  }
}
