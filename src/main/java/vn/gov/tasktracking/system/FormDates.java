package vn.gov.tasktracking.system;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Dates as Camunda Forms submit them ("2026-03-20", sometimes with a time after it). */
public final class FormDates {

  private FormDates() {}

  /**
   * @return the date, or null for an empty value
   * @throws InvalidInputException naming the field when the value is not a date or lies outside
   *     1900–2100
   */
  public static LocalDate parse(Object value, String field) {
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    String text = value.toString().trim();
    LocalDate date;
    try {
      date = LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    } catch (DateTimeParseException e) {
      throw InvalidInputException.of(
          field, "Ngày '" + text + "' không hợp lệ (cần dạng năm-tháng-ngày).");
    }
    if (date.isBefore(InputRules.EARLIEST_DATE) || date.isAfter(InputRules.LATEST_DATE)) {
      throw InvalidInputException.of(field, InputRules.dateProblem("Ngày", date.toString()));
    }
    return date;
  }
}
