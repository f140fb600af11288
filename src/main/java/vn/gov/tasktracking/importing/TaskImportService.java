package vn.gov.tasktracking.importing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import vn.gov.tasktracking.assignment.ImportedTaskTracking;
import vn.gov.tasktracking.assignment.RegisterOperations;
import vn.gov.tasktracking.assignment.RegisterOperations.DirectiveTask;
import vn.gov.tasktracking.assignment.RegisterOperations.NumberedDirective;
import vn.gov.tasktracking.assignment.RegisterOperations.PastTask;
import vn.gov.tasktracking.assignment.RegisterOperations.Registered;
import vn.gov.tasktracking.assignment.TaskStatus;
import vn.gov.tasktracking.calendar.WorkingDayCalendar;
import vn.gov.tasktracking.directory.DirectoryService;
import vn.gov.tasktracking.importing.internal.ImportColumn;
import vn.gov.tasktracking.importing.internal.ImportRefusedException;
import vn.gov.tasktracking.importing.internal.ImportRefusedException.ImportError;
import vn.gov.tasktracking.importing.internal.ImportRules;
import vn.gov.tasktracking.importing.internal.ImportRules.ImportedRow;
import vn.gov.tasktracking.importing.internal.TaskWorkbook;
import vn.gov.tasktracking.security.CurrentUser;
import vn.gov.tasktracking.system.EngineClock;

/**
 * Imports historical tasks from an Excel sheet: every row is checked first, then everything is
 * written in one transaction with the processes of the tasks still open, or nothing is.
 */
@Service
public class TaskImportService {

  private final DirectoryService directory;
  private final RegisterOperations register;
  private final ImportedTaskTracking tracking;
  private final WorkingDayCalendar calendar;
  private final EngineClock clock;
  private final CurrentUser currentUser;
  private final TransactionTemplate transaction;

  TaskImportService(
      DirectoryService directory,
      RegisterOperations register,
      ImportedTaskTracking tracking,
      WorkingDayCalendar calendar,
      EngineClock clock,
      CurrentUser currentUser,
      TransactionTemplate transaction) {
    this.directory = directory;
    this.register = register;
    this.tracking = tracking;
    this.calendar = calendar;
    this.clock = clock;
    this.currentUser = currentUser;
    this.transaction = transaction;
  }

  /** What an import did; {@code tasks} in the order of the file's rows. */
  public record ImportResult(
      String fileName,
      int imported,
      int directivesCreated,
      int directivesReused,
      int completed,
      int withdrawn,
      int open,
      List<ImportedTask> tasks) {}

  /**
   * One imported row: its register number, status, and its directive as the register's filter takes
   * it.
   */
  public record ImportedTask(
      int row,
      String registerNumber,
      TaskStatus status,
      String directiveNumber,
      LocalDate directiveIssuedOn) {}

  /**
   * @throws ImportRefusedException listing every problem of the file; nothing is imported then
   */
  public ImportResult importTasks(String fileName, byte[] content) {
    List<TaskWorkbook.RawRow> raw = TaskWorkbook.read(content);
    List<ImportedRow> rows =
        new ImportRules(directory.units(), directory.people(null), clock.today()).check(raw);
    return transaction.execute(status -> write(fileName == null ? "tệp Excel" : fileName, rows));
  }

  private ImportResult write(String fileName, List<ImportedRow> rows) {
    Map<String, NumberedDirective> existing = new HashMap<>();
    for (NumberedDirective d :
        register.directivesNumbered(
            rows.stream().map(ImportedRow::directiveNumber).distinct().toList())) {
      existing.put(key(d), d);
    }
    // The look-up is by number: keep only the directives of the file's issuers and years.
    existing
        .keySet()
        .retainAll(rows.stream().map(ImportedRow::directiveKey).collect(Collectors.toSet()));
    checkAgainstRegister(rows, existing);

    String by = currentUser.username();
    Instant now = clock.now();
    Map<String, Long> directiveIds = new HashMap<>();
    existing.forEach((key, d) -> directiveIds.put(key, d.id()));
    Map<String, ImportedRow> newDirectives = new LinkedHashMap<>();
    for (ImportedRow row : rows) {
      if (!directiveIds.containsKey(row.directiveKey())) {
        newDirectives.merge(
            row.directiveKey(),
            row,
            (first, next) -> first.excerpt() == null && next.excerpt() != null ? next : first);
      }
    }
    for (Map.Entry<String, ImportedRow> d : newDirectives.entrySet()) {
      ImportedRow row = d.getValue();
      directiveIds.put(
          d.getKey(),
          register.importDirective(
              row.directiveNumber(),
              row.directiveDate(),
              row.issuer().kind(),
              row.issuer().key(),
              row.issuer().name(),
              row.excerpt() != null ? row.excerpt() : row.content(),
              by,
              now));
    }

    List<PastTask> tasks = new ArrayList<>(rows.size());
    List<TaskStatus> statuses = new ArrayList<>(rows.size());
    for (ImportedRow row : rows) {
      TaskStatus status = row.status();
      statuses.add(status);
      tasks.add(
          new PastTask(
              directiveIds.get(row.directiveKey()),
              row.content(),
              row.unitCode(),
              row.assignedOn(),
              row.deadline(),
              due(row),
              status,
              row.officer(),
              row.completedOn(),
              row.withdrawnOn(),
              overdueSince(row),
              "Nhập dữ liệu cũ từ " + fileName + ", dòng " + row.row()));
    }
    List<Registered> inserted = register.importPastTasks(tasks, by, now);

    List<Long> openIds = new ArrayList<>();
    List<String> instanceIds = new ArrayList<>();
    List<ImportedTask> result = new ArrayList<>(rows.size());
    for (int i = 0; i < rows.size(); i++) {
      ImportedRow row = rows.get(i);
      Registered task = inserted.get(i);
      result.add(
          new ImportedTask(
              row.row(),
              task.registerNumber(),
              statuses.get(i),
              row.directiveNumber(),
              row.directiveDate()));
      if (statuses.get(i) != TaskStatus.COMPLETED && statuses.get(i) != TaskStatus.WITHDRAWN) {
        openIds.add(task.id());
        instanceIds.add(
            tracking.startTracking(
                new ImportedTaskTracking.OpenTask(
                    task.id(),
                    task.registerNumber(),
                    row.directiveNumber(),
                    row.directiveDate(),
                    row.issuer().name(),
                    row.content(),
                    row.unitCode(),
                    row.deadline(),
                    due(row),
                    row.officer())));
      }
    }
    register.trackedBy(openIds, instanceIds);
    return new ImportResult(
        fileName,
        rows.size(),
        newDirectives.size(),
        directiveIds.size() - newDirectives.size(),
        Collections.frequency(statuses, TaskStatus.COMPLETED),
        Collections.frequency(statuses, TaskStatus.WITHDRAWN),
        openIds.size(),
        result);
  }

  /**
   * A directive already in the register must have the file's date; a task already under it is not
   * imported twice.
   */
  private void checkAgainstRegister(
      List<ImportedRow> rows, Map<String, NumberedDirective> existing) {
    Map<String, String> registered = new HashMap<>();
    Map<Long, NumberedDirective> byId = new HashMap<>();
    existing.values().forEach(d -> byId.put(d.id(), d));
    List<DirectiveTask> tasks =
        byId.isEmpty() ? List.of() : register.tasksOfDirectives(List.copyOf(byId.keySet()));
    for (DirectiveTask t : tasks) {
      NumberedDirective d = byId.get(t.directiveId());
      registered.put(
          key(d) + "\u0000" + t.leadUnit() + "\u0000" + ImportColumn.contentKey(t.content()),
          t.registerNumber());
    }
    List<ImportError> errors = new ArrayList<>();
    for (ImportedRow row : rows) {
      NumberedDirective d = existing.get(row.directiveKey());
      if (d == null) {
        continue;
      }
      if (!d.issuedOn().equals(row.directiveDate())) {
        errors.add(
            row.error(
                ImportColumn.DIRECTIVE_DATE,
                "văn bản "
                    + row.directiveNumber()
                    + " của "
                    + row.issuer().name()
                    + " năm "
                    + d.issuedOn().getYear()
                    + " đã có trong sổ với ngày "
                    + ImportRules.vietnameseDate(d.issuedOn())
                    + ", khác ngày "
                    + ImportRules.vietnameseDate(row.directiveDate())
                    + " ghi trong tệp."));
      }
      String number =
          registered.get(
              row.directiveKey()
                  + "\u0000"
                  + row.unitCode()
                  + "\u0000"
                  + ImportColumn.contentKey(row.content()));
      if (number != null) {
        errors.add(
            row.error(
                ImportColumn.CONTENT,
                "nhiệm vụ này đã có trong sổ (số vào sổ "
                    + number
                    + "); tệp có thể đã được nhập trước đây."));
      }
    }
    if (!errors.isEmpty()) {
      throw ImportRules.refused(errors);
    }
  }

  /** As {@link ImportRules.ImportedRow#directiveKey()}: issuer, number and year of issue. */
  private static String key(NumberedDirective d) {
    return ImportRules.directiveKey(d.issuerKey(), d.number(), d.issuedOn());
  }

  /**
   * The day the row's task is due: its deadline, or the next working day when that is a day off
   * (Civil Code art. 148).
   */
  private LocalDate due(ImportedRow row) {
    return row.deadline() == null ? null : calendar.deadline(row.deadline()).due();
  }

  /**
   * The task was still open at 24:00 of its due day: the register marks it as the deadline watch
   * would have.
   */
  private Instant overdueSince(ImportedRow row) {
    LocalDate due = due(row);
    if (due == null) {
      return null;
    }
    LocalDate closedOn = row.completedOn() != null ? row.completedOn() : row.withdrawnOn();
    boolean overdue = closedOn != null ? closedOn.isAfter(due) : clock.today().isAfter(due);
    return overdue ? calendar.endOfDay(due) : null;
  }
}
