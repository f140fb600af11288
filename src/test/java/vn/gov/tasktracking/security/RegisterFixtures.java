package vn.gov.tasktracking.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import vn.gov.tasktracking.TestPeople;

/**
 * Tasks in the register for the security tests, registered through the API like the Office does it.
 */
final class RegisterFixtures {

  private final ApiClient api;
  private final RuntimeService runtime;
  private final TaskService tasks;
  private final ManagementService management;

  RegisterFixtures(
      ApiClient api, RuntimeService runtime, TaskService tasks, ManagementService management) {
    this.api = api;
    this.runtime = runtime;
    this.tasks = tasks;
    this.management = management;
  }

  static String directiveNumber() {
    return UUID.randomUUID().toString().substring(0, 8).toUpperCase() + "/QĐ-UBND";
  }

  /**
   * A directive with one task for {@code unit} (deadline far ahead); returns the register number.
   */
  String register(String unit, Long documentId) {
    return register(unit, documentId, List.of());
  }

  @SuppressWarnings("unchecked")
  String register(String unit, Long documentId, List<String> coordinatingUnits) {
    ApiClient.Answer answer =
        api.json(
            TestPeople.OFFICE_SPECIALIST,
            "POST",
            "/api/directives",
            """
        {"number":"%s","issuedOn":"2026-11-02","issuerKind":"COMMITTEE","excerpt":"Văn bản kiểm thử an toàn",%s
         "tasks":[{"content":"Nhiệm vụ kiểm thử an toàn","leadUnit":"%s","coordinatingUnits":[%s],"deadline":"2099-12-31"}]}"""
                .formatted(
                    directiveNumber(),
                    documentId == null ? "" : "\"documentId\":" + documentId + ",",
                    unit,
                    String.join(
                        ",", coordinatingUnits.stream().map(u -> "\"" + u + "\"").toList())));
    assertThat(answer.status()).as(answer.abbreviated()).isEqualTo(201);
    management
        .createJobQuery()
        .processDefinitionKey("task-assignment")
        .executable()
        .list()
        .forEach(job -> management.executeJob(job.getId()));
    return ((List<String>) answer.json().get("registerNumbers")).get(0);
  }

  /** The unit receives the task and gives it to {@code officer}: the result step is open. */
  void accept(String registerNumber, String officer) {
    String instance = instance(registerNumber);
    tasks.complete(
        tasks
            .createTaskQuery()
            .processInstanceId(instance)
            .taskDefinitionKey("Task_ReceiveTask")
            .singleResult()
            .getId(),
        Map.of("receiveDecision", "ACCEPT", "officer", officer));
  }

  String instance(String registerNumber) {
    return runtime
        .createProcessInstanceQuery()
        .processInstanceBusinessKey(registerNumber)
        .singleResult()
        .getId();
  }

  long upload(String user, String fileName, String type, String text) {
    ApiClient.Answer answer =
        api.upload(
            user,
            "/api/documents",
            "file",
            fileName,
            type,
            text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertThat(answer.status()).as(answer.abbreviated()).isEqualTo(201);
    return ((Number) answer.json().get("id")).longValue();
  }
}
