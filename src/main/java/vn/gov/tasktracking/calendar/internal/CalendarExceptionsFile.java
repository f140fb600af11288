package vn.gov.tasktracking.calendar.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Reads the yearly calendar exceptions from YAML, in this shape:
 *
 * <pre>
 * years:
 *   2025:
 *     tet: {firstDay: 2025-01-25, lastDay: 2025-02-02, note: "..."}
 *     extraDaysOff:
 *       - {date: 2025-05-02, note: "..."}
 *     swappedWorkingDays:
 *       - {date: 2025-04-26, note: "..."}
 * </pre>
 *
 * The tree is walked by hand rather than bound to classes so that every refusal is a Vietnamese
 * sentence naming the year and the entry, never a parser's stack trace; all problems of the file
 * are reported together.
 */
public final class CalendarExceptionsFile {

  /** Classpath location of the defaults shipped with the application. */
  public static final String SHIPPED_RESOURCE = "deadline/calendar-exceptions.yaml";

  private static final Set<String> ROOT_FIELDS = Set.of("years");
  private static final Set<String> YEAR_FIELDS =
      Set.of("tet", "extraDaysOff", "swappedWorkingDays");
  private static final Set<String> TET_FIELDS = Set.of("firstDay", "lastDay", "note");
  private static final Set<String> ENTRY_FIELDS = Set.of("date", "note");
  private static final Pattern DATE_SHAPE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern YEAR_SHAPE = Pattern.compile("\\d{4}");
  private static final DateTimeFormatter ISO_DATE =
      DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

  // Duplicate keys would otherwise silently keep the last one, hiding an administrator's slip.
  private static final YAMLMapper MAPPER =
      YAMLMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  private CalendarExceptionsFile() {}

  /** The exceptions shipped with the application, by year. */
  public static SortedMap<Integer, CalendarExceptions> loadShipped() {
    try (InputStream in =
        CalendarExceptionsFile.class.getClassLoader().getResourceAsStream(SHIPPED_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(
            "Không tìm thấy tệp dữ liệu lịch " + SHIPPED_RESOURCE + ".");
      }
      return parse(in, SHIPPED_RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Không đọc được tệp dữ liệu lịch " + SHIPPED_RESOURCE + ".", e);
    }
  }

  /** Parses YAML text, e.g. an administrator's upload. */
  public static SortedMap<Integer, CalendarExceptions> parse(String yaml) {
    return parse(
        new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "dữ liệu tải lên");
  }

  /**
   * @param sourceName how the source is named in messages (a file name)
   * @throws CalendarDataException listing every problem found, each naming year and entry
   */
  public static SortedMap<Integer, CalendarExceptions> parse(InputStream in, String sourceName) {
    JsonNode root;
    try {
      root = MAPPER.readTree(in);
    } catch (JsonProcessingException e) {
      throw new CalendarDataException(syntaxProblem(sourceName, e), e);
    } catch (IOException e) {
      throw new UncheckedIOException("Không đọc được " + sourceName + ".", e);
    }
    List<String> problems = new ArrayList<>();
    SortedMap<Integer, CalendarExceptions> result = new TreeMap<>();
    if (root == null || root.isMissingNode() || root.isNull()) {
      throw new CalendarDataException(sourceName + ": tệp trống; cần có mục 'years'.");
    }
    if (!root.isObject()) {
      throw new CalendarDataException(sourceName + ": nội dung phải là một bảng có mục 'years'.");
    }
    unknownFields(root, ROOT_FIELDS, sourceName, problems);
    JsonNode years = root.path("years");
    if (years.isMissingNode() || years.isNull()) {
      problems.add(sourceName + ": thiếu mục 'years'.");
    } else if (!years.isObject()) {
      problems.add(sourceName + ": mục 'years' phải là một bảng theo năm (ví dụ 2025:).");
    } else {
      for (Iterator<Map.Entry<String, JsonNode>> it = years.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        if (!YEAR_SHAPE.matcher(field.getKey()).matches()) {
          problems.add(
              sourceName
                  + ": '"
                  + field.getKey()
                  + "' không phải là một năm (cần 4 chữ số, ví dụ 2025).");
          continue;
        }
        int year = Integer.parseInt(field.getKey());
        CalendarExceptions exceptions = readYear(year, field.getValue(), problems);
        if (exceptions != null) {
          result.put(year, exceptions);
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new CalendarDataException(problems);
    }
    return Collections.unmodifiableSortedMap(result);
  }

  /** One year's node; null when it has problems (they are added to {@code problems}). */
  private static CalendarExceptions readYear(int year, JsonNode node, List<String> problems) {
    String prefix = "Năm " + year;
    if (node.isNull()) {
      // "2027:" with nothing under it: no exceptions announced yet.
      return CalendarExceptions.none(year);
    }
    if (!node.isObject()) {
      problems.add(prefix + ": phải là một bảng gồm tet, extraDaysOff, swappedWorkingDays.");
      return null;
    }
    int before = problems.size();
    unknownFields(node, YEAR_FIELDS, prefix, problems);
    CalendarExceptions.TetSpan tet = readTet(node.path("tet"), prefix, problems);
    List<CalendarExceptions.Entry> daysOff =
        readEntries(node.path("extraDaysOff"), prefix, "ngày nghỉ thêm", "extraDaysOff", problems);
    List<CalendarExceptions.Entry> workingDays =
        readEntries(
            node.path("swappedWorkingDays"), prefix, "ngày làm bù", "swappedWorkingDays", problems);
    if (problems.size() > before) {
      return null;
    }
    try {
      return new CalendarExceptions(year, tet, daysOff, workingDays);
    } catch (CalendarDataException e) {
      problems.addAll(e.problems());
      return null;
    }
  }

  private static CalendarExceptions.TetSpan readTet(
      JsonNode node, String prefix, List<String> problems) {
    if (node.isMissingNode() || node.isNull()) {
      return null;
    }
    String label = prefix + ", kỳ nghỉ Tết Nguyên đán";
    if (!node.isObject()) {
      problems.add(label + ": phải gồm firstDay, lastDay và note.");
      return null;
    }
    unknownFields(node, TET_FIELDS, label, problems);
    String note = text(node.path("note"));
    LocalDate first =
        readDate(node.path("firstDay"), label + ", ngày bắt đầu (firstDay)", problems);
    LocalDate last = readDate(node.path("lastDay"), label + ", ngày kết thúc (lastDay)", problems);
    return first == null || last == null ? null : new CalendarExceptions.TetSpan(first, last, note);
  }

  private static List<CalendarExceptions.Entry> readEntries(
      JsonNode node, String prefix, String kind, String fieldName, List<String> problems) {
    List<CalendarExceptions.Entry> entries = new ArrayList<>();
    if (node.isMissingNode() || node.isNull()) {
      return entries;
    }
    if (!node.isArray()) {
      problems.add(prefix + ", " + fieldName + ": phải là một danh sách các mục gồm date và note.");
      return entries;
    }
    int position = 0;
    for (JsonNode item : node) {
      position++;
      if (!item.isObject()) {
        problems.add(prefix + ", " + kind + " (mục số " + position + "): phải gồm date và note.");
        continue;
      }
      String note = text(item.path("note"));
      // "mục số 2", not "thứ 2", which a Vietnamese reader takes for Monday.
      String label =
          prefix
              + ", "
              + kind
              + " (mục số "
              + position
              + (note == null || note.isBlank() ? "" : ", «" + note + "»")
              + ")";
      unknownFields(item, ENTRY_FIELDS, label, problems);
      LocalDate date = readDate(item.path("date"), label, problems);
      if (date != null) {
        entries.add(new CalendarExceptions.Entry(date, note));
      }
    }
    return entries;
  }

  private static LocalDate readDate(JsonNode node, String label, List<String> problems) {
    if (node.isMissingNode() || node.isNull()) {
      problems.add(label + ": thiếu ngày.");
      return null;
    }
    String text = node.asText().trim();
    if (!DATE_SHAPE.matcher(text).matches()) {
      problems.add(
          label + ": '" + text + "' sai định dạng ngày, cần năm-tháng-ngày (ví dụ 2025-09-01).");
      return null;
    }
    try {
      return LocalDate.parse(text, ISO_DATE);
    } catch (DateTimeParseException e) {
      problems.add(label + ": ngày '" + text + "' không tồn tại.");
      return null;
    }
  }

  private static void unknownFields(
      JsonNode node, Set<String> allowed, String label, List<String> problems) {
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!allowed.contains(name)) {
        problems.add(
            label
                + ": mục '"
                + name
                + "' không hợp lệ (chỉ dùng "
                + String.join(", ", new TreeSet<>(allowed))
                + ").");
      }
    }
  }

  private static String text(JsonNode node) {
    return node.isMissingNode() || node.isNull() ? null : node.asText();
  }

  private static String syntaxProblem(String sourceName, JsonProcessingException e) {
    JsonLocation location = e.getLocation();
    String where =
        location == null || location.getLineNr() < 1
            ? ""
            : " ở dòng " + location.getLineNr() + ", cột " + location.getColumnNr();
    String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
    if (original.startsWith("Duplicate field")) {
      return sourceName
          + ": khóa bị khai báo lặp lại"
          + where
          + " ("
          + original.replace("Duplicate field", "khóa")
          + ").";
    }
    return sourceName + ": không đúng cú pháp YAML" + where + ".";
  }
}
