package vn.gov.tasktracking.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstantiationBuilder;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.gov.tasktracking.TestPeople;
import vn.gov.tasktracking.assignment.AssignmentService;
import vn.gov.tasktracking.assignment.DirectiveRequest;
import vn.gov.tasktracking.directory.DirectoryService;
import vn.gov.tasktracking.directory.internal.DirectoryFile;
import vn.gov.tasktracking.inspection.InspectionRequests;
import vn.gov.tasktracking.inspection.InspectionService;
import vn.gov.tasktracking.security.internal.StepForms;
import vn.gov.tasktracking.system.SystemWork;

/**
 * Issue 12 (H1, H3, M3 and the product-owned values), over HTTP as people send it: through {@code
 * /engine-rest} with Basic authentication and through the webapps' engine API with a real Tasklist
 * session (login, then the CSRF token Camunda's filter requires). Every refusal must leave the
 * register, the inspection records and the process variables exactly as they were.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StepInputSecurityIT {

  private static final String LEADER = "it.sec.totruong";
  private static final String MEMBER = "it.sec.thanhvien";
  private static final List<String> MODELS =
      List.of("task-assignment", "inspection-visit", "inspection-petition");
  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired TestRestTemplate rest;
  @Autowired DirectoryService directory;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired FormService forms;
  @Autowired RepositoryService repository;
  @Autowired JdbcClient jdbc;
  @Autowired AssignmentService assignment;
  @Autowired InspectionService inspections;
  @LocalServerPort int port;

  @BeforeEach
  void people() {
    TestPeople.ensure(directory);
    directory.apply(
        new DirectoryFile(
            "it-security",
            List.of(),
            List.of(
                person(
                    LEADER, "Tổ Trưởng Bảo Mật", "VPUBND", "UNIT_LEADER", "WORKING_GROUP_MEMBER"),
                person(MEMBER, "Thành Viên Bảo Mật", "VPUBND", "WORKING_GROUP_MEMBER"))),
        "test",
        null);
  }

  // ---- Every step of every model ---------------------------------------------------------

  @Test
  void everyStepRefusesEachProductOwnedValueAndEveryVariableOutsideItsFormAndChangesNothing()
      throws IOException {
    String number = register("SXD", List.of("STC"), LocalDate.of(2030, 12, 31));
    long taskId = assignment.task(number).id();
    long inspectionId = plan("SXD");
    String code = InspectionService.code(inspectionId);

    List<String> instances = new ArrayList<>();
    instances.add(startAtEveryStep("task-assignment", number, taskAssignmentVariables(number)));
    instances.add(startAtEveryStep("inspection-visit", code, inspectionVariables(inspectionId)));
    instances.add(
        startAtEveryStep("inspection-petition", code + "-KN-1", petitionVariables(inspectionId)));

    Set<String> covered = new TreeSet<>();
    int refusals = 0;
    for (String instance : instances) {
      for (Task step : tasks.createTaskQuery().processInstanceId(instance).list()) {
        covered.add(definitionKey(step) + ":" + step.getTaskDefinitionKey());
        StepForms.Fields form = formOf(step);
        Map<String, Object> before = snapshot(instance, taskId, inspectionId);
        Set<String> owned = new TreeSet<>(StepGuard.PRODUCT_OWNED);
        owned.removeAll(
            form.editable()); // a value decided on this very form (the unit naming the officer) is
        // its input
        for (String name : owned) {
          ResponseEntity<Map> answer =
              completeThroughEngineRest(TestPeople.ADMIN, step.getId(), Map.of(name, forged(name)));
          assertRefusedInVietnamese(answer, HttpStatus.FORBIDDEN, name);
          assertThat(snapshot(instance, taskId, inspectionId))
              .as(step.getName() + " with " + name)
              .isEqualTo(before);
          refusals++;
        }
        ResponseEntity<Map> stranger =
            completeThroughEngineRest(
                TestPeople.ADMIN,
                step.getId(),
                Map.of("ghiChuThem", Map.of("value", "không thuộc biểu mẫu", "type", "String")));
        assertRefusedInVietnamese(stranger, HttpStatus.FORBIDDEN, "ghiChuThem");
        assertThat(snapshot(instance, taskId, inspectionId)).isEqualTo(before);
        assertThat(tasks.createTaskQuery().taskId(step.getId()).count()).isEqualTo(1);
      }
    }
    Set<String> modelSteps = new TreeSet<>();
    for (String model : MODELS) {
      ProcessDefinition definition =
          repository
              .createProcessDefinitionQuery()
              .processDefinitionKey(model)
              .latestVersion()
              .singleResult();
      repository
          .getBpmnModelInstance(definition.getId())
          .getModelElementsByType(UserTask.class)
          .forEach(step -> modelSteps.add(model + ":" + step.getId()));
    }
    assertThat(covered).isEqualTo(modelSteps);
    assertThat(refusals).isGreaterThan(modelSteps.size() * 20);
  }

  // ---- H1 -----------------------------------------------------------------------------------

  @Test
  void
      officerCannotWriteIntoAnotherUnitsTaskByAddingItsIdNeitherThroughEngineRestNorThroughTasklist()
          throws Exception {
    String own = register("SXD", List.of(), LocalDate.of(2030, 12, 31));
    String caoLoc = register("CAOLOC", List.of(), LocalDate.of(2030, 12, 31));
    long ownId = assignment.task(own).id();
    long caoLocId = assignment.task(caoLoc).id();
    String ownInstance = startAt(own, "Task_CarryOutWork");
    String caoLocInstance = startAt(caoLoc, "Task_CarryOutWork");
    Task progress =
        tasks
            .createTaskQuery()
            .processInstanceId(ownInstance)
            .taskDefinitionKey("Task_CarryOutWork")
            .singleResult();
    Map<String, Object> ownBefore = snapshot(ownInstance, ownId, -1);
    Map<String, Object> caoLocBefore = snapshot(caoLocInstance, caoLocId, -1);

    Map<String, Object> forged = new LinkedHashMap<>();
    forged.put("taskId", Map.of("value", caoLocId, "type", "Long"));
    forged.put("workAction", Map.of("value", "PROGRESS", "type", "String"));
    forged.put("progressPercent", Map.of("value", 95, "type", "Long"));
    forged.put("progressNote", Map.of("value", "Gần xong", "type", "String"));
    assertRefusedInVietnamese(
        completeThroughEngineRest(TestPeople.SXD_OFFICER, progress.getId(), forged),
        HttpStatus.FORBIDDEN,
        "taskId");

    TasklistSession tasklist = TasklistSession.signIn(port, TestPeople.SXD_OFFICER);
    HttpResponse<String> throughTasklist =
        tasklist.post(
            "/camunda/api/engine/engine/default/task/" + progress.getId() + "/submit-form",
            JSON.writeValueAsString(Map.of("variables", forged)));
    assertThat(throughTasklist.statusCode()).isEqualTo(403);
    Map<?, ?> body = JSON.readValue(throughTasklist.body(), Map.class);
    assertThat((String) body.get("message"))
        .contains("taskId")
        .contains("không")
        .doesNotContain("ENGINE-");

    assertThat(snapshot(ownInstance, ownId, -1)).isEqualTo(ownBefore);
    assertThat(snapshot(caoLocInstance, caoLocId, -1)).isEqualTo(caoLocBefore);

    // The same step with only its form's fields goes through Tasklist and lands on the officer's
    // own task.
    forged.remove("taskId");
    HttpResponse<String> honest =
        tasklist.post(
            "/camunda/api/engine/engine/default/task/" + progress.getId() + "/submit-form",
            JSON.writeValueAsString(Map.of("variables", forged)));
    assertThat(honest.statusCode()).as(honest.body()).isEqualTo(204);
    assertThat(progressOf(ownId)).isEqualTo(95);
    assertThat(snapshot(caoLocInstance, caoLocId, -1)).isEqualTo(caoLocBefore);
  }

  @Test
  void stepsFindTheirTaskFromTheProcessInstanceEvenWhenAVariableNamesAnother() {
    String own = register("SXD", List.of(), LocalDate.of(2030, 12, 31));
    String caoLoc = register("CAOLOC", List.of(), LocalDate.of(2030, 12, 31));
    long caoLocId = assignment.task(caoLoc).id();
    String ownInstance = startAt(own, "Task_CarryOutWork");
    Task progress =
        tasks
            .createTaskQuery()
            .processInstanceId(ownInstance)
            .taskDefinitionKey("Task_CarryOutWork")
            .singleResult();

    // Without a signed-in person the engine takes any variable (the engine's own work, the process
    // tests):
    // even then the listener writes into the task of its own process only.
    runtime.setVariable(ownInstance, "taskId", caoLocId);
    tasks.complete(
        progress.getId(),
        Map.of("workAction", "PROGRESS", "progressPercent", 40L, "progressNote", "Đang làm"));

    assertThat(progressOf(assignment.task(own).id())).isEqualTo(40);
    assertThat(progressOf(caoLocId)).isZero();
  }

  // ---- H3 -----------------------------------------------------------------------------------

  @Test
  void nobodySilencesTheDeadlineWatchByChangingTheDueDateVariableAndTheStepsDueDate() {
    String number = register("SXD", List.of(), LocalDate.of(2030, 12, 31));
    long taskId = assignment.task(number).id();
    String instance = startAt(number, "Task_CarryOutWork");
    Task progress =
        tasks
            .createTaskQuery()
            .processInstanceId(instance)
            .taskDefinitionKey("Task_CarryOutWork")
            .singleResult();
    Map<String, Object> before = snapshot(instance, taskId, -1);
    String later = "2031-06-30T23:59:00.000+0700";

    for (String person :
        List.of(TestPeople.SXD_OFFICER, TestPeople.OFFICE_SPECIALIST, TestPeople.ADMIN)) {
      ResponseEntity<Map> variable =
          exchange(
              person,
              HttpMethod.PUT,
              "/engine-rest/task/" + progress.getId() + "/variables/dueDate",
              Map.of("value", later, "type", "Date"));
      assertThat(variable.getStatusCode().is4xxClientError()).as(person).isTrue();
      ResponseEntity<Map> processVariable =
          exchange(
              person,
              HttpMethod.PUT,
              "/engine-rest/process-instance/" + instance + "/variables/dueDate",
              Map.of("value", later, "type", "Date"));
      assertThat(processVariable.getStatusCode().is4xxClientError()).as(person).isTrue();
      Map<String, Object> dto = new LinkedHashMap<>();
      dto.put("name", progress.getName());
      dto.put("assignee", progress.getAssignee());
      dto.put("priority", progress.getPriority());
      dto.put("due", later);
      ResponseEntity<Map> due =
          exchange(person, HttpMethod.PUT, "/engine-rest/task/" + progress.getId(), dto);
      assertRefusedInVietnamese(due, HttpStatus.FORBIDDEN, "Hạn xử lý");
      assertThat(snapshot(instance, taskId, -1)).as(person).isEqualTo(before);
    }

    // Even the engine's own calls (no person) cannot move a step's due date away from the
    // register's deadline.
    Date moved =
        Date.from(
            LocalDate.of(2031, 6, 30).atStartOfDay(java.time.ZoneOffset.ofHours(7)).toInstant());
    runtime.setVariable(instance, "dueDate", moved);
    assertThatThrownBy(() -> tasks.setDueDate(progress.getId(), moved))
        .isInstanceOf(ProcessEngineException.class)
        .hasRootCauseMessage(
            "Hạn xử lý chỉ thay đổi qua đề nghị gia hạn được người giao chấp thuận; không sửa trực tiếp trong Tasklist.");
  }

  // ---- M3 -----------------------------------------------------------------------------------

  @Test
  void aPlainOfficerCannotCloseTheUnitsInspectionReportStep() throws Exception {
    long id = plan("CAOLOC");
    String instance =
        runtime
            .createProcessInstanceQuery()
            .processInstanceBusinessKey(InspectionService.code(id))
            .processDefinitionKey("inspection-visit")
            .singleResult()
            .getId();
    Task approve =
        tasks
            .createTaskQuery()
            .processInstanceId(instance)
            .taskDefinitionKey("Task_ApprovePlan")
            .singleResult();
    tasks.complete(approve.getId(), Map.of("planDecision", "APPROVE"));
    Task report =
        tasks
            .createTaskQuery()
            .processInstanceId(instance)
            .taskDefinitionKey("Task_SubmitUnitReport")
            .singleResult();
    Map<String, Object> before = snapshot(instance, -1, id);

    ResponseEntity<Map> marked =
        completeThroughEngineRest(
            TestPeople.CAOLOC_OFFICER,
            report.getId(),
            Map.of("recordedByApi", Map.of("value", true, "type", "Boolean")));
    assertRefusedInVietnamese(marked, HttpStatus.FORBIDDEN, "recordedByApi");

    TasklistSession tasklist = TasklistSession.signIn(port, TestPeople.CAOLOC_OFFICER);
    HttpResponse<String> throughTasklist =
        tasklist.post(
            "/camunda/api/engine/engine/default/task/" + report.getId() + "/submit-form",
            JSON.writeValueAsString(
                Map.of("variables", Map.of("recordedByApi", Map.of("value", true)))));
    assertThat(throughTasklist.statusCode()).isEqualTo(403);

    // The form's own fields, by an officer who is neither leader nor focal point: the step's rule
    // refuses, as a 403
    // with the Vietnamese sentence alone (not Camunda's "ENGINE-03051 ... TaskListener" 500).
    HttpResponse<String> plain =
        tasklist.post(
            "/camunda/api/engine/engine/default/task/" + report.getId() + "/submit-form",
            JSON.writeValueAsString(
                Map.of("variables", Map.of("keyResults", Map.of("value", "Hoàn thành kế hoạch")))));
    assertThat(plain.statusCode()).as(plain.body()).isEqualTo(403);
    assertThat((String) JSON.readValue(plain.body(), Map.class).get("message"))
        .startsWith("Chỉ lãnh đạo, đầu mối của")
        .doesNotContain("ENGINE-");

    assertThat(snapshot(instance, -1, id)).isEqualTo(before);
    assertThat(tasks.createTaskQuery().taskId(report.getId()).count()).isEqualTo(1);
  }

  // ---- Direct writes and assignment -----------------------------------------------------------

  @Test
  void variablesAreNotWrittenDirectlyAndOnlyTheOfficeGivesAStepToSomeoneElse() {
    String number = register("SXD", List.of(), LocalDate.of(2030, 12, 31));
    long taskId = assignment.task(number).id();
    String instance = startAt(number, "Task_ReceiveTask");
    Task receive =
        tasks
            .createTaskQuery()
            .processInstanceId(instance)
            .taskDefinitionKey("Task_ReceiveTask")
            .singleResult();
    Map<String, Object> before = snapshot(instance, taskId, -1);

    assertRefusedInVietnamese(
        exchange(
            TestPeople.SXD_OFFICER,
            HttpMethod.POST,
            "/engine-rest/task/" + receive.getId() + "/variables",
            Map.of("modifications", Map.of("leadUnit", Map.of("value", "CAOLOC")))),
        HttpStatus.FORBIDDEN,
        "Không sửa trực tiếp");
    assertRefusedInVietnamese(
        exchange(
            TestPeople.SXD_OFFICER,
            HttpMethod.DELETE,
            "/engine-rest/process-instance/" + instance + "/variables/leadUnit",
            null),
        HttpStatus.FORBIDDEN,
        "Không sửa trực tiếp");
    assertRefusedInVietnamese(
        exchange(
            TestPeople.ADMIN,
            HttpMethod.PUT,
            "/engine-rest/process-instance/" + instance + "/variables/leadUnit",
            Map.of("value", "CAOLOC")),
        HttpStatus.FORBIDDEN,
        "leadUnit");
    assertRefusedInVietnamese(
        exchange(
            TestPeople.SXD_OFFICER,
            HttpMethod.POST,
            "/engine-rest/task/" + receive.getId() + "/assignee",
            Map.of("userId", TestPeople.CAOLOC_OFFICER)),
        HttpStatus.FORBIDDEN,
        "Văn phòng");
    assertRefusedInVietnamese(
        exchange(
            TestPeople.SXD_OFFICER,
            HttpMethod.POST,
            "/engine-rest/task/" + receive.getId() + "/identity-links",
            Map.of("groupId", "CAOLOC", "type", "candidate")),
        HttpStatus.FORBIDDEN,
        "quản trị");
    assertThat(snapshot(instance, taskId, -1)).isEqualTo(before);

    // Claim and unclaim as Tasklist does them, and the Office's reassignment, keep working.
    assertThat(
            exchange(
                    TestPeople.SXD_OFFICER,
                    HttpMethod.POST,
                    "/engine-rest/task/" + receive.getId() + "/claim",
                    Map.of("userId", TestPeople.SXD_OFFICER))
                .getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(
            exchange(
                    TestPeople.SXD_OFFICER,
                    HttpMethod.POST,
                    "/engine-rest/task/" + receive.getId() + "/unclaim",
                    null)
                .getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(
            exchange(
                    TestPeople.OFFICE_SPECIALIST,
                    HttpMethod.POST,
                    "/engine-rest/task/" + receive.getId() + "/assignee",
                    Map.of("userId", TestPeople.SXD_LEADER))
                .getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(tasks.createTaskQuery().taskId(receive.getId()).singleResult().getAssignee())
        .isEqualTo(TestPeople.SXD_LEADER);
  }

  // ---- Setting up ---------------------------------------------------------------------------

  private String register(String unit, List<String> coordinating, LocalDate deadline) {
    String directiveNumber = UUID.randomUUID().toString().substring(0, 8).toUpperCase() + "/KT-BM";
    return assignment
        .registerForCallingProcess(
            new DirectiveRequest(
                directiveNumber,
                LocalDate.of(2026, 11, 2),
                "COMMITTEE",
                null,
                "Kiểm thử bảo mật",
                null,
                List.of(
                    new DirectiveRequest.TaskRequest(
                        "Nhiệm vụ kiểm thử bảo mật", unit, coordinating, deadline, null, false))))
        .registerNumbers()
        .get(0);
  }

  /** Set-up is the system's own work: no person is signed in on the test's thread. */
  private long plan(String unit) {
    return SystemWork.call(
        () ->
            inspections
                .plan(
                    new InspectionRequests.Plan(
                        unit,
                        LocalDate.of(2029, 1, 1),
                        LocalDate.of(2029, 12, 31),
                        LocalDate.of(2030, 6, 10),
                        null,
                        LEADER,
                        List.of(MEMBER),
                        "Kiểm tra bảo mật"))
                .id());
  }

  private Map<String, Object> taskAssignmentVariables(String number) {
    Map<String, Object> variables = new LinkedHashMap<>(assignment.startVariables(number));
    variables.put("officer", TestPeople.SXD_OFFICER);
    variables.put("unitLeaders", TestPeople.SXD_LEADER);
    variables.put("extensionDeciders", TestPeople.VICE_CHAIRMAN);
    variables.put("extensionId", 0L);
    variables.put("extensionSummary", "Đề nghị gia hạn");
    variables.put("resultText", "Kết quả");
    return variables;
  }

  private Map<String, Object> inspectionVariables(long id) {
    Date future =
        Date.from(
            LocalDate.of(2030, 6, 1).atStartOfDay(java.time.ZoneOffset.ofHours(7)).toInstant());
    Map<String, Object> variables =
        new LinkedHashMap<>(
            runtime.getVariables(
                runtime
                    .createProcessInstanceQuery()
                    .processInstanceBusinessKey(InspectionService.code(id))
                    .singleResult()
                    .getId()));
    variables.put("reportRemindAt", future);
    variables.put("reportDueAt", future);
    variables.put("visitStartsAt", future);
    return variables;
  }

  private Map<String, Object> petitionVariables(long id) {
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("inspectionId", id);
    variables.put("petitionSummary", "Kiến nghị 1");
    variables.put("decider", TestPeople.VICE_CHAIRMAN);
    return variables;
  }

  /**
   * An instance with every user task of the model open at once (started by the engine, as the
   * product would).
   */
  private String startAtEveryStep(String model, String businessKey, Map<String, Object> variables) {
    ProcessDefinition definition =
        repository
            .createProcessDefinitionQuery()
            .processDefinitionKey(model)
            .latestVersion()
            .singleResult();
    ProcessInstantiationBuilder start =
        runtime.createProcessInstanceByKey(model).businessKey(businessKey).setVariables(variables);
    for (UserTask step :
        repository
            .getBpmnModelInstance(definition.getId())
            .getModelElementsByType(UserTask.class)) {
      // A multi-instance step starts with its body, which gives each instance its element variable.
      start.startBeforeActivity(
          step.getLoopCharacteristics() == null
              ? step.getId()
              : step.getId() + "#multiInstanceBody");
    }
    return start.execute().getId();
  }

  private String startAt(String number, String step) {
    return runtime
        .createProcessInstanceByKey("task-assignment")
        .businessKey(number)
        .setVariables(taskAssignmentVariables(number))
        .startBeforeActivity(step)
        .execute()
        .getId();
  }

  private StepForms.Fields formOf(Task step) throws IOException {
    try (InputStream form = forms.getDeployedTaskForm(step.getId())) {
      return StepForms.parse(step.getTaskDefinitionKey(), form.readAllBytes());
    }
  }

  private String definitionKey(Task step) {
    return repository.getProcessDefinition(step.getProcessDefinitionId()).getKey();
  }

  /** A value other than the one the product set, of the type it has. */
  private static Map<String, Object> forged(String name) {
    if (name.endsWith("Id") || name.equals("petitionCount") || name.endsWith("Days")) {
      return Map.of("value", 987654, "type", "Long");
    }
    if (name.endsWith("At") || name.equals("dueDate")) {
      return Map.of("value", "2031-01-01T08:00:00.000+0700", "type", "Date");
    }
    if (name.equals("keyTask")
        || name.equals("askExplanation")
        || name.equals("explanationDue")
        || name.equals("recordedByApi")) {
      return Map.of("value", true, "type", "Boolean");
    }
    return Map.of("value", "gia-mao", "type", "String");
  }

  /**
   * The register's rows of the task, the inspection's rows, and every variable and open step of the
   * instance.
   */
  private Map<String, Object> snapshot(String instance, long taskId, long inspectionId) {
    Map<String, Object> all = new TreeMap<>();
    all.put(
        "assigned_task",
        jdbc.sql("select * from assigned_task where id = ?").param(taskId).query().listOfRows());
    for (String table :
        List.of(
            "task_coordination",
            "task_status_change",
            "task_progress",
            "task_submission",
            "task_explanation",
            "task_extension",
            "task_reminder")) {
      all.put(
          table,
          jdbc.sql("select * from " + table + " where task_id = ? order by 1, 2")
              .param(taskId)
              .query()
              .listOfRows());
    }
    all.put(
        "inspection",
        jdbc.sql("select * from inspection where id = ?").param(inspectionId).query().listOfRows());
    for (String table :
        List.of(
            "inspection_member",
            "inspection_late_task",
            "inspection_finding",
            "inspection_requirement",
            "inspection_petition")) {
      all.put(
          table,
          jdbc.sql("select * from " + table + " where inspection_id = ? order by 1, 2")
              .param(inspectionId)
              .query()
              .listOfRows());
    }
    for (VariableInstance variable :
        runtime.createVariableInstanceQuery().processInstanceIdIn(instance).list()) {
      all.put(
          "var "
              + variable.getExecutionId()
              + " "
              + variable.getTaskId()
              + " "
              + variable.getName(),
          String.valueOf(variable.getValue()));
    }
    for (Task step : tasks.createTaskQuery().processInstanceId(instance).list()) {
      all.put(
          "task " + step.getId(),
          step.getAssignee()
              + " "
              + step.getDueDate()
              + " "
              + step.getFollowUpDate()
              + " "
              + step.getOwner());
    }
    return all;
  }

  private Integer progressOf(long taskId) {
    return jdbc.sql("select progress_percent from assigned_task where id = ?")
        .param(taskId)
        .query(Integer.class)
        .single();
  }

  private ResponseEntity<Map> completeThroughEngineRest(
      String person, String taskId, Map<String, Object> variables) {
    return exchange(
        person,
        HttpMethod.POST,
        "/engine-rest/task/" + taskId + "/complete",
        Map.of("variables", variables));
  }

  private ResponseEntity<Map> exchange(String person, HttpMethod method, String path, Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return rest.withBasicAuth(person, TestPeople.PASSWORD)
        .exchange(path, method, new HttpEntity<>(body, headers), Map.class);
  }

  /** The words of the REST gate's refusal. */
  private static final String GATE_REFUSAL = "thao tác quản trị dành cho quản trị hệ thống";

  private static void assertRefusedInVietnamese(
      ResponseEntity<Map> answer, HttpStatus status, String mentions) {
    assertThat(answer.getStatusCode()).as(String.valueOf(answer.getBody())).isEqualTo(status);
    String message = (String) answer.getBody().get("message");
    // Two layers refuse: the REST gate (security.EngineApiGate) before the engine for what only
    // administrators may call, the step guard inside the engine for the rest; either refusal will
    // do.
    assertThat(message)
        .satisfiesAnyOf(
            m -> assertThat(m).contains(mentions), m -> assertThat(m).contains(GATE_REFUSAL));
    assertThat(message)
        .doesNotContain("ENGINE-")
        .containsPattern("[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]");
  }

  private static DirectoryFile.PersonRow person(
      String username, String fullName, String unit, String... roles) {
    return new DirectoryFile.PersonRow(
        username,
        fullName,
        null,
        username + "@example.vn",
        null,
        unit,
        List.of(roles),
        true,
        TestPeople.PASSWORD);
  }

  /**
   * A browser's session of Camunda Tasklist: the login form's call, the session cookie and
   * Camunda's CSRF token.
   */
  record TasklistSession(HttpClient http, CookieManager cookies, int port) {

    static TasklistSession signIn(int port, String username) throws Exception {
      CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
      TasklistSession session =
          new TasklistSession(
              HttpClient.newBuilder().cookieHandler(cookies).build(), cookies, port);
      session.get("/camunda/app/tasklist/default/");
      HttpResponse<String> login =
          session.send(
              HttpRequest.newBuilder(
                      session.uri("/camunda/api/admin/auth/user/default/login/tasklist"))
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .header("X-XSRF-TOKEN", session.token())
                  .POST(
                      HttpRequest.BodyPublishers.ofString(
                          "username="
                              + URLEncoder.encode(username, StandardCharsets.UTF_8)
                              + "&password="
                              + URLEncoder.encode(TestPeople.PASSWORD, StandardCharsets.UTF_8))));
      assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
      session.get("/camunda/api/admin/auth/user/default");
      return session;
    }

    HttpResponse<String> post(String path, String json) throws Exception {
      return send(
          HttpRequest.newBuilder(uri(path))
              .header("Content-Type", "application/json")
              .header("X-XSRF-TOKEN", token())
              .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private void get(String path) throws Exception {
      send(HttpRequest.newBuilder(uri(path)).GET());
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String token() {
      return cookies.getCookieStore().getCookies().stream()
          .filter(c -> c.getName().equals("XSRF-TOKEN"))
          .map(HttpCookie::getValue)
          .reduce((a, b) -> b)
          .orElseThrow();
    }

    private URI uri(String path) {
      return URI.create("http://localhost:" + port + path);
    }
  }
}
