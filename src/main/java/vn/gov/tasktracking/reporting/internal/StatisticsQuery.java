package vn.gov.tasktracking.reporting.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import vn.gov.tasktracking.directory.UnitKind;
import vn.gov.tasktracking.system.InvalidInputException;
import vn.gov.tasktracking.system.InvalidInputException.Problem;

/**
 * A question for the statistics: tasks assigned in [{@code from}, {@code to}], counted at the
 * reference date {@code at}, grouped by {@code groupBy}, optionally for one unit or one kind of
 * unit. Built from request parameters by {@link #of}, which refuses bad ones in Vietnamese.
 */
public record StatisticsQuery(
    GroupBy groupBy,
    LocalDate from,
    LocalDate to,
    LocalDate at,
    String unit,
    UnitKind unitKind,
    String periodLabel) {

  /**
   * @param period MONTH, QUARTER, HALF_YEAR or YEAR with {@code year} and {@code number}; or {@code
   *     from} and {@code to}; neither: the year of the reference date
   * @throws InvalidInputException naming each parameter that is wrong
   */
  public static StatisticsQuery of(
      String groupBy,
      String period,
      String year,
      String number,
      String from,
      String to,
      String at,
      String unit,
      String unitKind,
      LocalDate today) {
    List<Problem> problems = new ArrayList<>();
    GroupBy parsedGroupBy =
        blank(groupBy)
            ? GroupBy.UNIT
            : parse(GroupBy.class, groupBy, "groupBy", "cách nhóm", problems);
    UnitKind parsedKind =
        blank(unitKind)
            ? null
            : parse(UnitKind.class, unitKind, "unitKind", "loại đơn vị", problems);
    LocalDate parsedAt = blank(at) ? today : date(at, "at", "Ngày tham chiếu", problems);
    LocalDate start = null;
    LocalDate end = null;
    String label = null;
    if (!blank(period)) {
      if (!blank(from) || !blank(to)) {
        problems.add(
            new Problem(
                "period",
                "Chỉ chọn kỳ báo cáo (period) hoặc khoảng ngày (from, to), không chọn cả hai."));
      }
      PeriodKind kind = parse(PeriodKind.class, period, "period", "kỳ báo cáo", problems);
      Integer y = integer(year, "year", "Năm", problems);
      if (y == null && blank(year)) {
        problems.add(new Problem("year", "Cần chọn năm (year) của kỳ báo cáo."));
      } else if (y != null && (y < 1900 || y > 9999)) {
        problems.add(new Problem("year", "Năm (year) phải từ 1900 đến 9999."));
        y = null;
      }
      Integer n =
          kind == PeriodKind.YEAR
              ? Integer.valueOf(1)
              : integer(number, "number", "Số thứ tự kỳ", problems);
      if (kind != null && kind != PeriodKind.YEAR) {
        String what =
            switch (kind) {
              case MONTH -> "Tháng";
              case QUARTER -> "Quý";
              default -> "Số thứ tự 6 tháng";
            };
        if (n == null && blank(number)) {
          problems.add(
              new Problem(
                  "number",
                  "Cần chọn " + what.toLowerCase(Locale.ROOT) + " (number) của kỳ báo cáo."));
        } else if (n != null && (n < 1 || n > kind.perYear())) {
          problems.add(
              new Problem("number", what + " (number) phải từ 1 đến " + kind.perYear() + "."));
          n = null;
        }
      }
      if (kind != null && y != null && n != null) {
        start = LocalDate.of(y, (n - 1) * kind.months() + 1, 1);
        end = start.plusMonths(kind.months()).minusDays(1);
        label =
            switch (kind) {
              case MONTH -> "Tháng " + n + "/" + y;
              case QUARTER -> "Quý " + roman(n) + " năm " + y;
              case HALF_YEAR -> (n == 1 ? "6 tháng đầu năm " : "6 tháng cuối năm ") + y;
              case YEAR -> "Năm " + y;
            };
      }
    } else if (!blank(from) || !blank(to)) {
      start =
          blank(from)
              ? missing("from", "Cần ngày đầu kỳ (from).", problems)
              : date(from, "from", "Ngày đầu kỳ", problems);
      end =
          blank(to)
              ? missing("to", "Cần ngày cuối kỳ (to).", problems)
              : date(to, "to", "Ngày cuối kỳ", problems);
      if (start != null && end != null && end.isBefore(start)) {
        problems.add(
            new Problem(
                "to",
                "Ngày cuối kỳ (to) "
                    + VietnameseDates.format(end)
                    + " không được trước ngày đầu kỳ (from) "
                    + VietnameseDates.format(start)
                    + "."));
      }
      if (start != null && end != null) {
        label =
            "Từ ngày " + VietnameseDates.format(start) + " đến ngày " + VietnameseDates.format(end);
      }
    } else if (parsedAt != null) {
      start = LocalDate.of(parsedAt.getYear(), 1, 1);
      end = LocalDate.of(parsedAt.getYear(), 12, 31);
      label = "Năm " + parsedAt.getYear();
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems.get(0).message(), problems);
    }
    return new StatisticsQuery(
        parsedGroupBy, start, end, parsedAt, blank(unit) ? null : unit.trim(), parsedKind, label);
  }

  /** The same question for a plain period, e.g. from another module. */
  public static StatisticsQuery of(
      GroupBy groupBy, LocalDate from, LocalDate to, LocalDate at, String unit) {
    if (to.isBefore(from)) {
      throw InvalidInputException.of(
          "to",
          "Ngày cuối kỳ (to) "
              + VietnameseDates.format(to)
              + " không được trước ngày đầu kỳ (from) "
              + VietnameseDates.format(from)
              + ".");
    }
    return new StatisticsQuery(
        groupBy,
        from,
        to,
        at,
        unit,
        null,
        "Từ ngày " + VietnameseDates.format(from) + " đến ngày " + VietnameseDates.format(to));
  }

  private static String roman(int quarter) {
    return new String[] {"I", "II", "III", "IV"}[quarter - 1];
  }

  private static LocalDate missing(String field, String message, List<Problem> problems) {
    problems.add(new Problem(field, message));
    return null;
  }

  private static LocalDate date(String value, String field, String label, List<Problem> problems) {
    try {
      return LocalDate.parse(value.trim());
    } catch (DateTimeParseException e) {
      problems.add(
          new Problem(
              field,
              label
                  + " ("
                  + field
                  + ") '"
                  + value
                  + "' không hợp lệ; ghi theo dạng YYYY-MM-DD, ví dụ 2017-10-15."));
      return null;
    }
  }

  private static Integer integer(String value, String field, String label, List<Problem> problems) {
    if (blank(value)) {
      return null;
    }
    try {
      return Integer.valueOf(value.trim());
    } catch (NumberFormatException e) {
      problems.add(
          new Problem(field, label + " (" + field + ") '" + value + "' phải là một số nguyên."));
      return null;
    }
  }

  private static <E extends Enum<E>> E parse(
      Class<E> type, String value, String field, String label, List<Problem> problems) {
    for (E e : type.getEnumConstants()) {
      if (e.name().equalsIgnoreCase(value.trim())) {
        return e;
      }
    }
    problems.add(
        new Problem(
            field,
            "Giá trị "
                + label
                + " ("
                + field
                + ") '"
                + value
                + "' không hợp lệ; dùng một trong "
                + Arrays.toString(type.getEnumConstants())
                + "."));
    return null;
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
