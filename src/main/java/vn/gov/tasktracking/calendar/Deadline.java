package vn.gov.tasktracking.calendar;

import java.time.LocalDate;
import java.util.Objects;
import vn.gov.tasktracking.calendar.internal.VietnameseText;

/**
 * A deadline as its document wrote it and the day it is due: the same day, or the next working day
 * when the written one is a weekly day off or a holiday (Civil Code 2015 art. 148(2)).
 */
public record Deadline(LocalDate asWritten, LocalDate due) {

  public Deadline {
    Objects.requireNonNull(asWritten, "asWritten");
    Objects.requireNonNull(due, "due");
  }

  public boolean moved() {
    return !asWritten.equals(due);
  }

  /** "03/09/2026", or both dates with the rule when they differ. */
  public String text() {
    return text(asWritten, due);
  }

  /**
   * How a deadline is shown: the due date alone, or "hạn theo văn bản 02/09/2026, tính đến hết
   * 03/09/2026 theo Điều 148 BLDS" when the written date was a day off. Null without a deadline.
   */
  public static String text(LocalDate asWritten, LocalDate due) {
    if (due == null) {
      return null;
    }
    if (asWritten == null || asWritten.equals(due)) {
      return VietnameseText.date(due);
    }
    return "hạn theo văn bản "
        + VietnameseText.date(asWritten)
        + ", tính đến hết "
        + VietnameseText.date(due)
        + " theo Điều 148 BLDS";
  }
}
