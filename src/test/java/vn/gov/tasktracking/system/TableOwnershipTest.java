package vn.gov.tasktracking.system;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * One owner per table: every SQL write in the main sources ({@code insert into}, {@code update …
 * set}, {@code delete from}, {@code merge into}) is in a file of the module that owns the table, as
 * the table list of docs/conventions.md ("Which module owns which table") says. Other modules ask
 * the owner's public API. The SQL is read from the string literals and text blocks of each file,
 * joined in order, so a statement split over concatenated strings is read whole. Schema migrations
 * (src/main/resources/db) are not checked: they change the schema, not the rows a module owns.
 */
class TableOwnershipTest {

  private static final Path SOURCES = Path.of("src/main/java/vn/gov/tasktracking");
  private static final Path CONVENTIONS = Path.of("docs/conventions.md");
  private static final Path MIGRATIONS = Path.of("src/main/resources/db");

  private static final Pattern WRITE =
      Pattern.compile(
          "\\b(insert\\s+into|update|delete\\s+from|merge\\s+into)\\s+([a-z_][a-z0-9_]*)(\\s+set\\b)?",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern OWNER_ROW =
      Pattern.compile("^\\|\\s*`([a-z0-9_]+)`\\s*\\|\\s*`([a-z]+)`\\s*\\|");
  private static final Pattern CREATE_TABLE =
      Pattern.compile("create\\s+table\\s+([a-z_][a-z0-9_]*)", Pattern.CASE_INSENSITIVE);

  /** A write found in a source file. */
  record Write(String file, int line, String module, String table) {}

  @Test
  void everyTableIsWrittenOnlyByTheModuleThatOwnsIt() throws IOException {
    Map<String, String> owners = owners();
    List<Write> writes = writes(SOURCES);
    assertThat(writes).as("SQL writes found in %s", SOURCES).isNotEmpty();
    assertThat(violations(writes, owners)).as("writes to another module's table").isEmpty();
  }

  @Test
  void everyTableOfTheSchemaHasAnOwner() throws IOException {
    Map<String, String> owners = owners();
    TreeSet<String> created = new TreeSet<>();
    try (Stream<Path> files = Files.walk(MIGRATIONS)) {
      for (Path sql : files.filter(p -> p.toString().endsWith(".sql")).toList()) {
        Matcher m = CREATE_TABLE.matcher(Files.readString(sql, UTF_8));
        while (m.find()) {
          created.add(m.group(1).toLowerCase(Locale.ROOT));
        }
      }
    }
    assertThat(created).as("tables created in %s", MIGRATIONS).isNotEmpty();
    assertThat(owners.keySet())
        .as("tables listed in %s \"Which module owns which table\"", CONVENTIONS)
        .containsAll(created);
  }

  /** The check itself fails on a write from another module, kept here in memory. */
  @Test
  void aWriteToAnotherModulesTableIsReportedWithFileTableAndOwner() {
    String source =
        """
        package vn.gov.tasktracking.deadline;
        class Sneaky {
          // update assigned_task set status = 'X' (a comment is not SQL)
          void run(org.springframework.jdbc.core.simple.JdbcClient jdbc) {
            jdbc.sql("update assigned_task"
                + " set overdue_since = ? where id = ?").update();
            jdbc.sql(\"""
                insert into
                  task_reminder (task_id) values (?)\""").update();
            String note = "Please update the page"; // not a statement: no "set"
          }
        }
        """;
    List<Write> writes = writes("deadline/Sneaky.java", "deadline", source);
    assertThat(writes).extracting(Write::table).containsExactly("assigned_task", "task_reminder");
    assertThat(writes.get(0).line()).isEqualTo(5);
    assertThat(
            violations(writes, Map.of("assigned_task", "assignment", "task_reminder", "deadline")))
        .containsExactly(
            "deadline/Sneaky.java:5 writes table assigned_task, owned by module assignment (not deadline):"
                + " call assignment's public API instead");
    assertThat(violations(writes, Map.of("task_reminder", "deadline")))
        .containsExactly(
            "deadline/Sneaky.java:5 writes table assigned_task, which has no owner in docs/conventions.md"
                + " (\"Which module owns which table\"): add it there");
  }

  static List<String> violations(List<Write> writes, Map<String, String> owners) {
    List<String> problems = new ArrayList<>();
    for (Write w : writes) {
      String owner = owners.get(w.table());
      if (owner == null) {
        problems.add(
            w.file()
                + ":"
                + w.line()
                + " writes table "
                + w.table()
                + ", which has no owner in "
                + CONVENTIONS
                + " (\"Which module owns which table\"): add it there");
      } else if (!owner.equals(w.module())) {
        problems.add(
            w.file()
                + ":"
                + w.line()
                + " writes table "
                + w.table()
                + ", owned by module "
                + owner
                + " (not "
                + w.module()
                + "): call "
                + owner
                + "'s public API instead");
      }
    }
    return problems;
  }

  /** The table list of docs/conventions.md: {@code | `table` | `module` | …}. */
  static Map<String, String> owners() throws IOException {
    Map<String, String> owners = new TreeMap<>();
    boolean inSection = false;
    for (String line : Files.readAllLines(CONVENTIONS, UTF_8)) {
      if (line.startsWith("#")) {
        inSection = line.toLowerCase(Locale.ROOT).contains("which module owns which table");
        continue;
      }
      Matcher m = OWNER_ROW.matcher(line);
      if (inSection && m.find()) {
        owners.put(m.group(1), m.group(2));
      }
    }
    assertThat(owners)
        .as("the table list under \"Which module owns which table\" in %s", CONVENTIONS)
        .isNotEmpty();
    return owners;
  }

  static List<Write> writes(Path root) throws IOException {
    List<Write> writes = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
        String relative = root.relativize(file).toString().replace('\\', '/');
        String module = relative.contains("/") ? relative.substring(0, relative.indexOf('/')) : "";
        writes.addAll(writes(relative, module, Files.readString(file, UTF_8)));
      }
    }
    return writes;
  }

  /**
   * The writes of one source: its string literals and text blocks joined in order, then searched
   * for statements.
   */
  static List<Write> writes(String file, String module, String source) {
    StringBuilder sql = new StringBuilder();
    List<Integer> lineAt = new ArrayList<>();
    int line = 1;
    int i = 0;
    while (i < source.length()) {
      char c = source.charAt(i);
      if (c == '\n') {
        line++;
        i++;
      } else if (source.startsWith("//", i)) {
        while (i < source.length() && source.charAt(i) != '\n') {
          i++;
        }
      } else if (source.startsWith("/*", i)) {
        int end = source.indexOf("*/", i + 2);
        end = end < 0 ? source.length() : end + 2;
        line += count(source, i, end);
        i = end;
      } else if (c == '\'') {
        i = source.charAt(i + 1) == '\\' ? source.indexOf('\'', i + 3) + 1 : i + 3;
      } else if (source.startsWith("\"\"\"", i)) {
        int end = source.indexOf("\"\"\"", i + 3);
        while (end > 0 && source.charAt(end - 1) == '\\') {
          end = source.indexOf("\"\"\"", end + 1);
        }
        end = end < 0 ? source.length() : end;
        append(sql, lineAt, source.substring(i + 3, end), line);
        line += count(source, i, end);
        i = end + 3;
      } else if (c == '"') {
        int j = i + 1;
        StringBuilder literal = new StringBuilder();
        while (j < source.length() && source.charAt(j) != '"' && source.charAt(j) != '\n') {
          if (source.charAt(j) == '\\' && j + 1 < source.length()) {
            literal.append(source.charAt(j + 1) == 'n' ? '\n' : source.charAt(j + 1));
            j += 2;
          } else {
            literal.append(source.charAt(j++));
          }
        }
        append(sql, lineAt, literal.toString(), line);
        i = j + 1;
      } else {
        i++;
      }
    }
    List<Write> writes = new ArrayList<>();
    Matcher m = WRITE.matcher(sql);
    while (m.find()) {
      boolean update = m.group(1).equalsIgnoreCase("update");
      if (update && m.group(3) == null) {
        continue; // "update" in words, or "on update cascade": not a statement
      }
      writes.add(
          new Write(file, lineAt.get(m.start()), module, m.group(2).toLowerCase(Locale.ROOT)));
    }
    return writes;
  }

  /**
   * Literals are joined with a space, as the concatenation of SQL fragments reads; each character
   * keeps its line.
   */
  private static void append(StringBuilder sql, List<Integer> lineAt, String literal, int line) {
    sql.append(' ');
    lineAt.add(line);
    for (int k = 0; k < literal.length(); k++) {
      sql.append(literal.charAt(k));
      lineAt.add(line);
      if (literal.charAt(k) == '\n') {
        line++;
      }
    }
  }

  private static int count(String source, int from, int to) {
    int lines = 0;
    for (int k = from; k < to; k++) {
      if (source.charAt(k) == '\n') {
        lines++;
      }
    }
    return lines;
  }
}
