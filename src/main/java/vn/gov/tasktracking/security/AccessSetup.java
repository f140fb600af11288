package vn.gov.tasktracking.security;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GLOBAL;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.gov.tasktracking.directory.Role;
import vn.gov.tasktracking.system.StartupStep;
import vn.gov.tasktracking.system.SystemWork;

/**
 * Who may do what, set at every start (idempotent), plus the shared Tasklist filters.
 *
 * <p>An officer gets no global task permission: Camunda grants a task to the groups and users it is
 * offered to (the unit's group) and to its assignee, so an officer sees only their unit's work.
 * Office specialists see and work every unit's tasks; provincial leaders read everything in
 * Cockpit; administrators (Camunda's admin group) may do everything.
 */
@Component
@Order(30)
class AccessSetup implements ApplicationRunner, StartupStep {

  /** Raise it when a filter below changes, so existing installations get the new definition. */
  static final int FILTERS_VERSION = 2;

  private static final String ME = "${currentUser()}";

  /**
   * Variables each list entry shows under the step's name (Tasklist's filter "variables"): what the
   * task is, who leads it and its deadline as a date; task-local variables that {@code
   * assignment.TaskListEntry} writes on every step.
   */
  static final List<Map<String, String>> LIST_VARIABLES =
      List.of(
          Map.of("name", "listTitle", "label", "Nhiệm vụ"),
          Map.of("name", "listUnit", "label", "Đơn vị chủ trì"),
          Map.of("name", "listDeadline", "label", "Hạn xử lý"));

  static final String MY_TASKS = "Việc của tôi";
  static final String AWAITING_ME = "Chờ tôi duyệt";
  static final String UNIT_TASKS = "Việc của đơn vị";
  static final String DUE_SOON = "Sắp đến hạn";
  static final String OVERDUE = "Quá hạn";

  private final AuthorizationService authorizations;
  private final FilterService filters;
  private final TaskService tasks;

  /** Set when the grants are committed: before that a valid request could be refused with 403. */
  private volatile boolean granted;

  AccessSetup(AuthorizationService authorizations, FilterService filters, TaskService tasks) {
    this.authorizations = authorizations;
    this.filters = filters;
    this.tasks = tasks;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    SystemWork.run(this::grantAll);
  }

  private void grantAll() {
    // Camunda's admin group bypasses only admin-only commands; resources need explicit grants,
    // as Camunda Admin's first-user setup gives them.
    for (Resources resource : Resources.values()) {
      grant(Role.ADMINISTRATOR.groupId(), resource, ANY, Permissions.ALL);
    }
    grantEveryone(Resources.APPLICATION, "tasklist", Permissions.ACCESS);
    grantEveryone(Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ);
    // Tasklist names a step's candidate groups by the group's name only where the person may read
    // the group:
    // else a Vice-Chairman read "office-specialist" on the extension decision. Units and roles are
    // no secret.
    grantEveryone(Resources.GROUP, ANY, Permissions.READ);

    String office = Role.OFFICE_SPECIALIST.groupId();
    grant(office, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
    grant(
        office,
        Resources.PROCESS_DEFINITION,
        ANY,
        ProcessDefinitionPermissions.READ,
        ProcessDefinitionPermissions.CREATE_INSTANCE,
        ProcessDefinitionPermissions.READ_INSTANCE,
        ProcessDefinitionPermissions.UPDATE_INSTANCE,
        ProcessDefinitionPermissions.READ_HISTORY,
        ProcessDefinitionPermissions.READ_TASK,
        ProcessDefinitionPermissions.UPDATE_TASK,
        ProcessDefinitionPermissions.TASK_WORK,
        ProcessDefinitionPermissions.TASK_ASSIGN);
    grant(
        office,
        Resources.PROCESS_INSTANCE,
        ANY,
        ProcessInstancePermissions.CREATE,
        ProcessInstancePermissions.READ,
        ProcessInstancePermissions.UPDATE);
    grant(
        office,
        Resources.TASK,
        ANY,
        TaskPermissions.READ,
        TaskPermissions.UPDATE,
        TaskPermissions.TASK_WORK,
        TaskPermissions.TASK_ASSIGN,
        TaskPermissions.READ_VARIABLE,
        TaskPermissions.UPDATE_VARIABLE);
    grant(office, Resources.DECISION_DEFINITION, ANY, Permissions.READ, Permissions.READ_HISTORY);
    grant(office, Resources.DEPLOYMENT, ANY, Permissions.READ);

    String leaders = Role.PROVINCIAL_LEADER_GROUP;
    grant(leaders, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
    grant(
        leaders,
        Resources.PROCESS_DEFINITION,
        ANY,
        ProcessDefinitionPermissions.READ,
        ProcessDefinitionPermissions.READ_INSTANCE,
        ProcessDefinitionPermissions.READ_HISTORY,
        ProcessDefinitionPermissions.READ_TASK);
    grant(leaders, Resources.PROCESS_INSTANCE, ANY, ProcessInstancePermissions.READ);
    grant(leaders, Resources.DECISION_DEFINITION, ANY, Permissions.READ, Permissions.READ_HISTORY);
    grant(leaders, Resources.DEPLOYMENT, ANY, Permissions.READ);

    saveFilter(
        MY_TASKS,
        "Nhiệm vụ đang giao cho tôi xử lý",
        -20,
        "#2e7d32",
        tasks.createTaskQuery().taskAssigneeExpression(ME));
    // Steps offered to the person by name (candidate users: the unit leader's sign-off, the
    // issuer's
    // extension decision) and not yet taken; once taken they are in "Việc của tôi". A candidate
    // user
    // also matches through the person's groups, hence "the step names candidate users" as well.
    saveFilter(
        AWAITING_ME,
        "Bước chờ tôi duyệt hoặc quyết định (giao đích danh), chưa ai nhận",
        -18,
        "#6a1b9a",
        tasks.createTaskQuery().taskCandidateUserExpression(ME).withCandidateUsers());
    saveFilter(
        UNIT_TASKS,
        "Nhiệm vụ gửi đến đơn vị và nhóm của tôi, kể cả việc đồng nghiệp đã nhận",
        -15,
        "#1565c0",
        tasks
            .createTaskQuery()
            .taskCandidateGroupInExpression("${currentUserGroups()}")
            .includeAssignedTasks());
    // Mine or my unit's (a candidate user covers the person's groups too), by the step's deadline.
    // Tasklist's filter expressions know calendar days only: five of them cover three working days.
    saveFilter(
        DUE_SOON,
        "Việc của tôi và của đơn vị còn hạn xử lý trong vài ngày tới",
        -10,
        "#ef6c00",
        mineOrMyUnits()
            .dueAfterExpression("${now()}")
            .dueBeforeExpression("${dateTime().plusDays(5).toDate()}"));
    saveFilter(
        OVERDUE,
        "Việc của tôi và của đơn vị đã quá hạn xử lý",
        -5,
        "#c62828",
        mineOrMyUnits().dueBeforeExpression("${now()}"));
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCommit() {
              granted = true;
            }
          });
    } else {
      granted = true;
    }
  }

  @Override
  public String stepName() {
    return "authorizations";
  }

  @Override
  public boolean done() {
    return granted;
  }

  private void grantEveryone(Resource resource, String resourceId, Permission... permissions) {
    Authorization auth =
        authorizations
            .createAuthorizationQuery()
            .authorizationType(AUTH_TYPE_GLOBAL)
            .userIdIn(ANY)
            .resourceType(resource)
            .resourceId(resourceId)
            .singleResult();
    if (auth == null) {
      auth = authorizations.createNewAuthorization(AUTH_TYPE_GLOBAL);
      auth.setUserId(ANY);
      auth.setResource(resource);
      auth.setResourceId(resourceId);
    }
    addAndSave(auth, permissions);
  }

  private void grant(
      String groupId, Resource resource, String resourceId, Permission... permissions) {
    Authorization auth =
        authorizations
            .createAuthorizationQuery()
            .authorizationType(AUTH_TYPE_GRANT)
            .groupIdIn(groupId)
            .resourceType(resource)
            .resourceId(resourceId)
            .singleResult();
    if (auth == null) {
      auth = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
      auth.setGroupId(groupId);
      auth.setResource(resource);
      auth.setResourceId(resourceId);
    }
    addAndSave(auth, permissions);
  }

  private void addAndSave(Authorization auth, Permission... permissions) {
    boolean missing = auth.getId() == null;
    for (Permission permission : permissions) {
      if (missing || !auth.isPermissionGranted(permission)) {
        auth.addPermission(permission);
        missing = true;
      }
    }
    if (missing) {
      authorizations.saveAuthorization(auth);
    }
  }

  /** Steps assigned to me or offered to me, by name or through one of my groups, taken or not. */
  private TaskQuery mineOrMyUnits() {
    return tasks
        .createTaskQuery()
        .or()
        .taskAssigneeExpression(ME)
        .taskCandidateUserExpression(ME)
        .includeAssignedTasks()
        .endOr();
  }

  private void saveFilter(
      String name, String description, int priority, String color, TaskQuery query) {
    Filter filter = filters.createFilterQuery().filterName(name).singleResult();
    if (filter != null && versionOf(filter) >= FILTERS_VERSION) {
      return;
    }
    if (filter == null) {
      filter = filters.newTaskFilter(name);
    }
    filter.setQuery(query.orderByDueDate().asc());
    filter.setProperties(
        Map.of(
            "description", description,
            "priority", priority,
            "color", color,
            "refresh", true,
            "managedVersion", FILTERS_VERSION,
            "variables", LIST_VARIABLES));
    filter = filters.saveFilter(filter);
    grantEveryone(Resources.FILTER, filter.getId(), Permissions.READ);
  }

  private static int versionOf(Filter filter) {
    Object version =
        filter.getProperties() == null ? null : filter.getProperties().get("managedVersion");
    return version instanceof Number n ? n.intValue() : 0;
  }
}
