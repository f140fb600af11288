package vn.gov.tasktracking.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.gov.tasktracking.TaskTrackingApplication;

/**
 * What a process designer saves in the processes folder is deployed at the next start; a restart
 * with nothing changed makes no new version, a changed file becomes a new version of that file
 * only.
 */
class ProcessesFolderIT {

  @TempDir Path processes;

  private final String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
  private final String processKey = "ItFolder_" + suffix;
  private final String formId = "ItForm_" + suffix;
  private final String decisionKey = "ItDecision_" + suffix;

  @Test
  void deploysModelsFormsAndDecisionsAndOnlyChangedFilesOnRestart() throws IOException {
    write("nested/folder-test.bpmn", bpmn("Bước kiểm thử"));
    write("folder-test.form", form());
    write("folder-test.dmn", dmn());

    try (ConfigurableApplicationContext app = start()) {
      RepositoryService repository = app.getBean(RepositoryService.class);
      assertThat(
              repository
                  .createProcessDefinitionQuery()
                  .processDefinitionKey(processKey)
                  .latestVersion()
                  .singleResult()
                  .getVersion())
          .isEqualTo(1);
      assertThat(
              repository.createDecisionDefinitionQuery().decisionDefinitionKey(decisionKey).count())
          .isEqualTo(1);
      Deployment first = deploymentOf(repository);
      assertThat(repository.getDeploymentResourceNames(first.getId()))
          .containsExactlyInAnyOrder(
              "nested/folder-test.bpmn", "folder-test.form", "folder-test.dmn");
    }

    try (ConfigurableApplicationContext app = start()) {
      RepositoryService repository = app.getBean(RepositoryService.class);
      assertThat(repository.createProcessDefinitionQuery().processDefinitionKey(processKey).count())
          .isEqualTo(1);
      assertThat(
              repository.createDecisionDefinitionQuery().decisionDefinitionKey(decisionKey).count())
          .isEqualTo(1);
    }

    write("nested/folder-test.bpmn", bpmn("Bước kiểm thử đã sửa"));
    try (ConfigurableApplicationContext app = start()) {
      RepositoryService repository = app.getBean(RepositoryService.class);
      assertThat(
              repository
                  .createProcessDefinitionQuery()
                  .processDefinitionKey(processKey)
                  .latestVersion()
                  .singleResult()
                  .getVersion())
          .isEqualTo(2);
      assertThat(
              repository.createDecisionDefinitionQuery().decisionDefinitionKey(decisionKey).count())
          .isEqualTo(1);
      assertThat(repository.getDeploymentResourceNames(deploymentOf(repository).getId()))
          .containsExactly("nested/folder-test.bpmn");
    }
  }

  /** In a JVM of its own (see {@link FailedStart}). */
  @Test
  void aConfiguredFolderThatDoesNotExistStopsTheStart() throws Exception {
    Path missing = processes.resolve("khong-co");
    FailedStart.Outcome outcome =
        FailedStart.run(
            processes,
            "--tasktracking.processes.location=" + missing.toUri(),
            "--camunda.bpm.admin-user.id=quantri.thu",
            "--camunda.bpm.admin-user.password=Quan-tri-thu-2026",
            "--spring.datasource.url=jdbc:h2:mem:folderit-missing");
    assertThat(outcome.exitCode()).as(outcome.log()).isNotZero();
    assertThat(outcome.log())
        .contains(
            "tasktracking.processes.location is " + missing.toUri() + ", which does not exist");
  }

  private Deployment deploymentOf(RepositoryService repository) {
    String deploymentId =
        repository
            .createProcessDefinitionQuery()
            .processDefinitionKey(processKey)
            .latestVersion()
            .singleResult()
            .getDeploymentId();
    return repository.createDeploymentQuery().deploymentId(deploymentId).singleResult();
  }

  /**
   * A second application in this JVM, beside the tests' own, on the same database: its engine needs
   * a name of its own (letters only).
   */
  private ConfigurableApplicationContext start() {
    return new SpringApplicationBuilder(TaskTrackingApplication.class)
        .run(
            "--server.port=0",
            "--tasktracking.processes.location=" + processes.toUri(),
            "--camunda.bpm.process-engine-name=folderit");
  }

  private void write(String name, String content) throws IOException {
    Path file = processes.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content, StandardCharsets.UTF_8);
  }

  private String bpmn(String taskName) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
            xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Defs_%1$s" targetNamespace="http://tasktracking.gov.vn/it">
          <bpmn:process id="%1$s" isExecutable="true" camunda:historyTimeToLive="30">
            <bpmn:startEvent id="Start" />
            <bpmn:sequenceFlow id="F1" sourceRef="Start" targetRef="Task" />
            <bpmn:userTask id="Task" name="%2$s" camunda:formRef="%3$s" camunda:formRefBinding="latest" />
            <bpmn:sequenceFlow id="F2" sourceRef="Task" targetRef="End" />
            <bpmn:endEvent id="End" />
          </bpmn:process>
        </bpmn:definitions>
        """
        .formatted(processKey, taskName, formId);
  }

  private String form() {
    return """
        {"id": "%s", "type": "default", "schemaVersion": 16,
         "components": [{"key": "note", "label": "Ghi chú", "type": "textfield", "id": "Field_note"}]}
        """
        .formatted(formId);
  }

  private String dmn() {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" xmlns:camunda="http://camunda.org/schema/1.0/dmn"
            id="Dmn_%1$s" name="Kiểm thử" namespace="http://camunda.org/schema/1.0/dmn">
          <decision id="%1$s" name="Quyết định kiểm thử" camunda:historyTimeToLive="30">
            <decisionTable id="Table_%1$s">
              <input id="In1" label="Số ngày"><inputExpression id="InExpr1" typeRef="integer"><text>days</text></inputExpression></input>
              <output id="Out1" label="Nhắc" name="remind" typeRef="boolean" />
              <rule id="Rule1"><inputEntry id="E1"><text>&gt;= 3</text></inputEntry><outputEntry id="O1"><text>true</text></outputEntry></rule>
            </decisionTable>
          </decision>
        </definitions>
        """
        .formatted(decisionKey);
  }
}
