package vn.gov.tasktracking.security;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractAddIdentityLinkCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractPatchVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractRemoveVariableCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractRestartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetVariableCmd;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CorrelateAllMessageCmd;
import org.camunda.bpm.engine.impl.cmd.CorrelateMessageCmd;
import org.camunda.bpm.engine.impl.cmd.DelegateTaskCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteIdentityLinkCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskBpmnErrorCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskEscalationCmd;
import org.camunda.bpm.engine.impl.cmd.MessageEventReceivedCmd;
import org.camunda.bpm.engine.impl.cmd.ModifyProcessInstanceAsyncCmd;
import org.camunda.bpm.engine.impl.cmd.ModifyProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.ProcessInstanceModificationBatchCmd;
import org.camunda.bpm.engine.impl.cmd.SaveTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskDueDateCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskFollowUpDateCmd;
import org.camunda.bpm.engine.impl.cmd.SignalCmd;
import org.camunda.bpm.engine.impl.cmd.SignalEventReceivedCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceAtActivitiesCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.cmd.batch.variables.SetVariablesToProcessInstancesBatchCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.IdentityLinkEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.stereotype.Component;
import vn.gov.tasktracking.directory.Role;
import vn.gov.tasktracking.security.internal.StepForms;
import vn.gov.tasktracking.system.ProductRefusals;
import vn.gov.tasktracking.system.SystemWork;

/**
 * What a signed-in person may send to the process engine, whichever surface they use ({@code
 * /engine-rest}, the webapps' engine API that Tasklist and Cockpit call, or the engine's Java API
 * under their identity). A command interceptor inside the engine's command context, so a refusal
 * rolls the command back whole: nothing is changed.
 *
 * <ul>
 *   <li>Completing a step (complete, resolve, submit-form) may carry only fields of that step's
 *       Camunda Form, read from the deployed {@code .form} (a field a designer adds in Modeler is
 *       accepted at once); a field the form only shows may be sent back unchanged, as Tasklist
 *       does. Values the product owns ({@link #NEVER_INPUT}) are refused whatever a form says. The
 *       same holds for a start form, which also may not carry a business key: register numbers and
 *       inspection codes are given by the product.
 *   <li>Writing variables directly (set, patch, remove; task, execution, process instance; local or
 *       not; in a batch) is for administrators only, and not even they change {@link
 *       #PRODUCT_OWNED}.
 *   <li>Due and follow-up dates of a step are the product's (the deadline and the next reminder):
 *       nobody changes them by hand. Claim, unclaim of one's own work where the step is offered to
 *       a group, and the Office's reassignment stay as Tasklist uses them; other changes of the
 *       assignee, owner, delegation and candidates are for administrators.
 *   <li>Starting, correlating messages, signals, modifying and restarting instances by hand are for
 *       administrators: people start processes with start forms, the product does the rest.
 * </ul>
 *
 * <p>Not checked, on purpose: calls without a signed-in person (the job executor, the product's own
 * services inside {@link CurrentUser#runAsProduct}, and the process tests, which drive the engine
 * directly without authentication, as the engine itself does), calls the product makes inside
 * {@link SystemWork} (it checked them itself), and commands that run inside another command (a
 * step's listener or delegate, i.e. the product's code).
 *
 * <p>The command objects carry their input in protected fields without getters; they are read by
 * reflection, pinned to Camunda 7.24 by {@code StepInputSecurityIT}: a field that disappears in
 * another version refuses the call instead of letting it pass.
 */
class StepGuard extends CommandInterceptor {

  /**
   * Variables only the product writes: never accepted from a person, on any step.
   * processes/README.md describes each.
   */
  static final Set<String> NEVER_INPUT =
      Set.of(
          // task-assignment
          "taskId",
          "taskSummary",
          "coordinatingUnits",
          "coordinatingUnit",
          "dueDate",
          "unitOfficers",
          "unitOptions",
          "unitLeaders",
          "coordinationSummary",
          "resultDocumentId",
          "reminderPolicy",
          "remindDaysBefore",
          "overdueRepeatDays",
          "escalateAfterDays",
          "askExplanation",
          "nextReminderAt",
          "reminderKind",
          "explanationDue",
          "extensionId",
          "extensionSummary",
          "extensionDeciders",
          "withdrawnBy",
          // inspection-visit, inspection-petition
          "inspectionId",
          "inspectionSummary",
          "groupMembers",
          "member",
          "reportRemindAt",
          "reportDueAt",
          "visitStartsAt",
          "requirementNumber",
          "requirementNumbers",
          "petitionCount",
          "recordedByApi",
          "petitionId",
          "petitionSummary",
          "deciderOptions");

  /**
   * Values the product owns that a person decides on exactly one form (the unit and officer of a
   * task, the unit and leader of an inspection, the decider of a petition, whether a task is key):
   * accepted only as an editable field of the step's own form, which the step's listener checks
   * against the register and the directory.
   */
  static final Set<String> DECIDED_ON_ITS_FORM =
      Set.of("leadUnit", "keyTask", "officer", "unit", "leader", "decider");

  /** Every value the product owns. */
  static final Set<String> PRODUCT_OWNED;

  static {
    Set<String> all = new TreeSet<>(NEVER_INPUT);
    all.addAll(DECIDED_ON_ITS_FORM);
    PRODUCT_OWNED = Set.copyOf(all);
  }

  private static final ThreadLocal<Integer> DEPTH = ThreadLocal.withInitial(() -> 0);
  private static final Map<String, Field> FIELDS = new ConcurrentHashMap<>();

  private final StepForms forms;

  StepGuard(StepForms forms) {
    this.forms = forms;
  }

  @Override
  public <T> T execute(Command<T> command) {
    int depth = DEPTH.get();
    DEPTH.set(depth + 1);
    try {
      CommandContext context = Context.getCommandContext();
      Authentication person = context == null ? null : context.getAuthentication();
      // Nested: a listener or delegate of the product runs it. No person: the job executor, the
      // product's own
      // work (CurrentUser.runAsProduct), the process tests, which drive the engine as the engine
      // itself does.
      if (depth > 0 || person == null || person.getUserId() == null) {
        return next.execute(command);
      }
      try {
        // System work: the product checked the call itself.
        if (!SystemWork.active()) {
          check(command, new Caller(person), context);
        }
        return next.execute(command);
      } catch (RuntimeException e) {
        // A person's refusal is a client error: 400/403 with the Vietnamese sentence, no error log
        // with a stack trace.
        throw ProductRefusals.forEngineClients(e);
      }
    } finally {
      if (depth == 0) {
        DEPTH.remove();
      } else {
        DEPTH.set(depth);
      }
    }
  }

  private record Caller(String userId, List<String> groups) {
    Caller(Authentication auth) {
      this(auth.getUserId(), auth.getGroupIds() == null ? List.of() : auth.getGroupIds());
    }

    boolean administrator() {
      return groups.contains(Role.ADMINISTRATOR.groupId());
    }

    boolean office() {
      return groups.contains(Role.OFFICE_SPECIALIST.groupId());
    }
  }

  private void check(Command<?> command, Caller caller, CommandContext context) {
    if (command instanceof CompleteTaskCmd) {
      stepInput(context, (String) field(command, "taskId"), map(field(command, "variables")));
    } else if (command instanceof SubmitTaskFormCmd) {
      stepInput(context, (String) field(command, "taskId"), map(field(command, "properties")));
    } else if (command instanceof SubmitStartFormCmd) {
      startInput(
          context,
          caller,
          (String) field(command, "processDefinitionId"),
          (String) field(command, "businessKey"),
          map(field(command, "variables")));
    } else if (command instanceof AbstractSetVariableCmd) {
      variableWrite(caller, map(field(command, "variables")).keySet());
    } else if (command instanceof AbstractRemoveVariableCmd) {
      variableWrite(caller, names(field(command, "variableNames")));
    } else if (command instanceof AbstractPatchVariablesCmd) {
      List<String> names = new ArrayList<>(map(field(command, "variables")).keySet());
      names.addAll(names(field(command, "deletions")));
      variableWrite(caller, names);
    } else if (command instanceof SetVariablesToProcessInstancesBatchCmd) {
      variableWrite(caller, map(field(command, "variables")).keySet());
    } else if (command instanceof SetTaskDueDateCmd || command instanceof SetTaskFollowUpDateCmd) {
      throw datesRefused();
    } else if (command instanceof SaveTaskCmd) {
      savedTask(context, caller, (TaskEntity) field(command, "task"));
    } else if (command instanceof AbstractAddIdentityLinkCmd) {
      if (IdentityLinkType.ASSIGNEE.equals(field(command, "type"))) {
        assignee(
            context, caller, (String) field(command, "taskId"), (String) field(command, "userId"));
      } else {
        administratorOnly(
            caller,
            "Chỉ quản trị hệ thống được thay đổi người, nhóm được giao hoặc người chủ trì của bước.");
      }
    } else if (command instanceof DeleteIdentityLinkCmd || command instanceof DelegateTaskCmd) {
      administratorOnly(
          caller, "Chỉ quản trị hệ thống được thay đổi người, nhóm được giao hoặc ủy quyền bước.");
    } else if (command instanceof ClaimTaskCmd) {
      assignee(
          context, caller, (String) field(command, "taskId"), (String) field(command, "userId"));
    } else if (command instanceof HandleTaskBpmnErrorCmd
        || command instanceof HandleTaskEscalationCmd
        || command instanceof CorrelateMessageCmd
        || command instanceof CorrelateAllMessageCmd
        || command instanceof MessageEventReceivedCmd
        || command instanceof SignalCmd
        || command instanceof SignalEventReceivedCmd
        || command instanceof StartProcessInstanceCmd
        || command instanceof StartProcessInstanceAtActivitiesCmd
        || command instanceof ModifyProcessInstanceCmd
        || command instanceof ModifyProcessInstanceAsyncCmd
        || command instanceof ProcessInstanceModificationBatchCmd
        || command instanceof AbstractRestartProcessInstanceCmd) {
      administratorOnly(
          caller,
          "Thao tác này trên quy trình chỉ dành cho quản trị hệ thống; cán bộ làm việc qua biểu mẫu"
              + " của Tasklist và API của hệ thống (/api).");
    }
  }

  // ---- Completing a step, submitting a start form ----------------------------------------

  private void stepInput(CommandContext context, String taskId, Map<String, Object> variables) {
    if (variables.isEmpty() || taskId == null) {
      return;
    }
    TaskEntity task = context.getTaskManager().findTaskById(taskId);
    if (task == null || task.getProcessDefinitionId() == null) {
      return; // the engine answers for a missing task; a task outside any process has no form to
      // keep to
    }
    StepForms.Fields form = forms.ofTask(task, context);
    String step = task.getName() == null ? task.getTaskDefinitionKey() : task.getName();
    for (Map.Entry<String, Object> sent : variables.entrySet()) {
      String name = sent.getKey();
      if (form != null
          && form.has(name)
          && same(value(sent.getValue()), currentValue(task, name))) {
        continue; // sent back as the form shows it: changes nothing
      }
      if (NEVER_INPUT.contains(name)) {
        throw owned(name, step);
      }
      if (form == null) {
        throw ProductRefusals.invalid(
            "Bước «"
                + step
                + "» không có biểu mẫu nhập liệu; không gửi kèm «"
                + name
                + "» khi hoàn thành bước. Không có gì được thay đổi.");
      }
      if (!form.editable().contains(name)) {
        throw notAField(name, step, form);
      }
    }
  }

  private void startInput(
      CommandContext context,
      Caller caller,
      String processDefinitionId,
      String businessKey,
      Map<String, Object> variables) {
    if (businessKey != null && !caller.administrator()) {
      throw ProductRefusals.invalid(
          "Số vào sổ và mã buổi kiểm tra do hệ thống cấp; không nhập khóa nghiệp vụ (business key)"
              + " khi khởi tạo quy trình.");
    }
    StepForms.Fields form = forms.ofStart(processDefinitionId, context);
    for (String name : variables.keySet()) {
      if (NEVER_INPUT.contains(name)) {
        throw owned(name, "Khởi tạo");
      }
      if (form == null || !form.editable().contains(name)) {
        throw form == null
            ? ProductRefusals.forbidden(
                "Quy trình này không khởi tạo bằng biểu mẫu; chỉ hệ thống khởi tạo quy trình này.")
            : notAField(name, "Khởi tạo", form);
      }
    }
  }

  // ---- Variables written directly ----------------------------------------------------------

  private static void variableWrite(Caller caller, Collection<String> names) {
    if (!caller.administrator()) {
      throw ProductRefusals.forbidden(
          "Không sửa trực tiếp dữ liệu của quy trình; dữ liệu được nhập qua biểu mẫu của bước khi"
              + " hoàn thành bước. Không có gì được thay đổi.");
    }
    for (String name : names) {
      if (PRODUCT_OWNED.contains(name)) {
        throw ProductRefusals.forbidden(
            "«"
                + name
                + "» do hệ thống quản lý theo sổ theo dõi; quản trị hệ thống cũng không sửa trực"
                + " tiếp giá trị này. Không có gì được thay đổi.");
      }
    }
  }

  // ---- Properties of a step ----------------------------------------------------------------

  private void savedTask(CommandContext context, Caller caller, TaskEntity changed) {
    TaskEntity stored =
        changed == null || changed.getId() == null
            ? null
            : context.getTaskManager().findTaskById(changed.getId());
    if (stored == null || stored.getProcessDefinitionId() == null) {
      return; // a new task outside any process: Camunda's authorizations decide
    }
    if (!sameTime(changed.getDueDate(), stored.getDueDate())
        || !sameTime(changed.getFollowUpDate(), stored.getFollowUpDate())) {
      throw datesRefused();
    }
    if (!Objects.equals(changed.getOwner(), stored.getOwner())
        || changed.getDelegationState() != stored.getDelegationState()) {
      administratorOnly(
          caller, "Chỉ quản trị hệ thống được thay đổi người chủ trì hoặc ủy quyền bước.");
    }
    if (!Objects.equals(changed.getAssignee(), stored.getAssignee())) {
      assignee(context, caller, stored, changed.getAssignee());
    }
  }

  private void assignee(CommandContext context, Caller caller, String taskId, String wanted) {
    TaskEntity task = taskId == null ? null : context.getTaskManager().findTaskById(taskId);
    if (task != null && task.getProcessDefinitionId() != null) {
      assignee(context, caller, task, wanted);
    }
  }

  /**
   * Who works a step: a person takes a step offered to them (claim) or gives back one they took
   * from their group (unclaim); the Office gives any step to someone else, as it reassigns work in
   * Tasklist; administrators may do anything.
   */
  private static void assignee(
      CommandContext context, Caller caller, TaskEntity task, String wanted) {
    if (caller.administrator() || caller.office() || Objects.equals(wanted, task.getAssignee())) {
      return;
    }
    String me = caller.userId();
    if (me.equals(wanted) && task.getAssignee() == null) {
      return; // claim; Camunda checks the step is offered to them
    }
    if (wanted == null && me.equals(task.getAssignee())) {
      boolean offeredToOthers =
          task.getIdentityLinks().stream()
              .map(IdentityLinkEntity.class::cast)
              .anyMatch(link -> IdentityLinkType.CANDIDATE.equals(link.getType()));
      if (offeredToOthers) {
        return; // unclaim: the step goes back to its group
      }
      throw ProductRefusals.forbidden(
          "Bước «" + task.getName() + "» được giao đích danh cho anh/chị; không trả lại được.");
    }
    throw ProductRefusals.forbidden(
        "Chỉ Văn phòng UBND tỉnh được giao bước «"
            + task.getName()
            + "» cho người khác; anh/chị"
            + " chỉ nhận việc về mình hoặc trả lại việc mình đã nhận.");
  }

  // ---- Refusals ----------------------------------------------------------------------------

  private static RuntimeException owned(String name, String step) {
    return ProductRefusals.invalid(
        "«"
            + name
            + "» do hệ thống quản lý theo sổ theo dõi, không gửi kèm khi hoàn thành bước «"
            + step
            + "». Không có gì được thay đổi.");
  }

  private static RuntimeException notAField(String name, String step, StepForms.Fields form) {
    return ProductRefusals.invalid(
        "Bước «"
            + step
            + "» chỉ nhận các trường của biểu mẫu ("
            + String.join(", ", form.editable())
            + "); «"
            + name
            + "» không thuộc biểu mẫu. Không có gì được thay đổi.");
  }

  private static RuntimeException datesRefused() {
    return ProductRefusals.invalid(
        "Hạn xử lý và ngày nhắc việc của bước do hệ thống quản lý: hạn chỉ thay đổi qua đề nghị gia hạn"
            + " được người giao chấp thuận; không sửa trực tiếp.");
  }

  private static void administratorOnly(Caller caller, String message) {
    if (!caller.administrator()) {
      throw ProductRefusals.forbidden(message);
    }
  }

  // ---- Values ------------------------------------------------------------------------------

  private static Object currentValue(TaskEntity task, String name) {
    try {
      return task.getVariable(name);
    } catch (RuntimeException e) {
      return new Object(); // unreadable here: counts as changed
    }
  }

  private static Object value(Object sent) {
    try {
      return sent instanceof TypedValue typed ? typed.getValue() : sent;
    } catch (RuntimeException e) {
      return new Object();
    }
  }

  /**
   * Equal as a form shows them: empty text and nothing are the same, numbers by value, dates by
   * instant.
   */
  static boolean same(Object sent, Object current) {
    if (blank(sent) && blank(current)) {
      return true;
    }
    if (sent instanceof Number a && current instanceof Number b) {
      return new BigDecimal(a.toString()).compareTo(new BigDecimal(b.toString())) == 0;
    }
    if (sent instanceof Date a && current instanceof Date b) {
      return a.getTime() == b.getTime();
    }
    return Objects.equals(sent, current);
  }

  private static boolean blank(Object value) {
    return value == null || (value instanceof String s && s.isEmpty());
  }

  private static boolean sameTime(Date a, Date b) {
    return a == null ? b == null : b != null && a.getTime() == b.getTime();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object variables) {
    return variables == null ? Map.of() : (Map<String, Object>) variables;
  }

  @SuppressWarnings("unchecked")
  private static Collection<String> names(Object names) {
    return names == null ? List.of() : (Collection<String>) names;
  }

  private static Object field(Object command, String name) {
    Field field =
        FIELDS.computeIfAbsent(
            command.getClass().getName() + "#" + name,
            key -> {
              for (Class<?> type = command.getClass(); type != null; type = type.getSuperclass()) {
                try {
                  Field f = type.getDeclaredField(name);
                  f.setAccessible(true);
                  return f;
                } catch (NoSuchFieldException e) {
                  // look in the superclass
                }
              }
              throw new IllegalStateException(
                  "Camunda's "
                      + command.getClass().getName()
                      + " has no field "
                      + name
                      + " any more");
            });
    try {
      return field.get(command);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Puts the guard in both of the engine's command chains, inside the command context. */
  @Component
  static class StepGuardPlugin extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
      StepForms forms = new StepForms();
      // One instance per chain: an interceptor knows its next one.
      configuration.setCustomPostCommandInterceptorsTxRequired(
          with(configuration.getCustomPostCommandInterceptorsTxRequired(), new StepGuard(forms)));
      configuration.setCustomPostCommandInterceptorsTxRequiresNew(
          with(
              configuration.getCustomPostCommandInterceptorsTxRequiresNew(), new StepGuard(forms)));
    }

    private static List<CommandInterceptor> with(
        List<CommandInterceptor> existing, StepGuard guard) {
      List<CommandInterceptor> all = new ArrayList<>();
      all.add(guard);
      if (existing != null) {
        all.addAll(existing);
      }
      return all;
    }
  }
}
