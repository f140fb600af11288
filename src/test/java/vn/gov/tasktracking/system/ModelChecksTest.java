package vn.gov.tasktracking.system;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The repository checks its own models: every file in {@code processes/} passes {@link
 * ModelChecks}, and the checks do fail on models broken on purpose, kept here in memory.
 */
class ModelChecksTest {

  private static final String HEADER =
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
          xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC"
          xmlns:di="http://www.omg.org/spec/DD/20100524/DI" xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
          xmlns:modeler="http://camunda.org/schema/modeler/1.0" id="Definitions_1"
          targetNamespace="http://bpmn.io/schema/bpmn" %s>
      """;
  private static final String PLATFORM =
      "modeler:executionPlatform=\"Camunda Platform\" "
          + "modeler:executionPlatformVersion=\"7.24.0\"";

  /** A start, one user task with its form, an end: everything in place. */
  private static final String SOUND =
      HEADER.formatted(PLATFORM)
          + """
        <bpmn:process id="sound" name="Đúng" isExecutable="true" camunda:historyTimeToLive="180">
          <bpmn:startEvent id="Start" />
          <bpmn:sequenceFlow id="Flow_1" sourceRef="Start" targetRef="Task_Check" />
          <bpmn:userTask id="Task_Check" name="Kiểm tra" camunda:candidateGroups="office-specialist"
              camunda:formRef="check" camunda:formRefBinding="latest" />
          <bpmn:sequenceFlow id="Flow_2" sourceRef="Task_Check" targetRef="End" />
          <bpmn:endEvent id="End" />
        </bpmn:process>
        <bpmndi:BPMNDiagram id="Diagram_1">
          <bpmndi:BPMNPlane id="Plane_1" bpmnElement="sound">
            <bpmndi:BPMNShape id="Start_di" bpmnElement="Start"><dc:Bounds x="100" y="100" width="36" height="36" /></bpmndi:BPMNShape>
            <bpmndi:BPMNShape id="Task_Check_di" bpmnElement="Task_Check"><dc:Bounds x="180" y="80" width="100" height="80" /></bpmndi:BPMNShape>
            <bpmndi:BPMNShape id="End_di" bpmnElement="End"><dc:Bounds x="330" y="100" width="36" height="36" /></bpmndi:BPMNShape>
            <bpmndi:BPMNEdge id="Flow_1_di" bpmnElement="Flow_1"><di:waypoint x="136" y="118" /><di:waypoint x="180" y="118" /></bpmndi:BPMNEdge>
            <bpmndi:BPMNEdge id="Flow_2_di" bpmnElement="Flow_2"><di:waypoint x="280" y="118" /><di:waypoint x="330" y="118" /></bpmndi:BPMNEdge>
          </bpmndi:BPMNPlane>
        </bpmndi:BPMNDiagram>
      </bpmn:definitions>
      """;

  /**
   * Everything wrong that the checks look for: no platform attributes, a process neither executable
   * nor with a history time to live, a user task without name, form or people, a service task
   * without implementation, a call to a process nobody defines, a decision bound to a deployment,
   * and a node and a flow without diagram.
   */
  private static final String BROKEN =
      HEADER.formatted("")
          + """
        <bpmn:process id="broken" isExecutable="false">
          <bpmn:startEvent id="Start" />
          <bpmn:sequenceFlow id="Flow_1" sourceRef="Start" targetRef="Task_Nobody" />
          <bpmn:userTask id="Task_Nobody" />
          <bpmn:sequenceFlow id="Flow_2" sourceRef="Task_Nobody" targetRef="Task_Nothing" />
          <bpmn:serviceTask id="Task_Nothing" name="Không làm gì" />
          <bpmn:sequenceFlow id="Flow_3" sourceRef="Task_Nothing" targetRef="Call_Missing" />
          <bpmn:callActivity id="Call_Missing" name="Gọi" calledElement="missing-process" />
          <bpmn:sequenceFlow id="Flow_4" sourceRef="Call_Missing" targetRef="Rule_Pinned" />
          <bpmn:businessRuleTask id="Rule_Pinned" name="Quyết định" camunda:decisionRef="reminder-policy"
              camunda:decisionRefBinding="deployment" />
          <bpmn:sequenceFlow id="Flow_5" sourceRef="Rule_Pinned" targetRef="End" />
          <bpmn:endEvent id="End" />
        </bpmn:process>
        <bpmndi:BPMNDiagram id="Diagram_1">
          <bpmndi:BPMNPlane id="Plane_1" bpmnElement="broken">
            <bpmndi:BPMNShape id="Start_di" bpmnElement="Start"><dc:Bounds x="100" y="100" width="36" height="36" /></bpmndi:BPMNShape>
            <bpmndi:BPMNShape id="Task_Nobody_di" bpmnElement="Task_Nobody"><dc:Bounds x="180" y="80" width="100" height="80" /></bpmndi:BPMNShape>
            <bpmndi:BPMNShape id="Task_Nothing_di" bpmnElement="Task_Nothing"><dc:Bounds x="330" y="80" width="100" height="80" /></bpmndi:BPMNShape>
            <bpmndi:BPMNShape id="Call_Missing_di" bpmnElement="Call_Missing"><dc:Bounds x="480" y="80" width="100" height="80" /></bpmndi:BPMNShape>
            <bpmndi:BPMNShape id="End_di" bpmnElement="End"><dc:Bounds x="780" y="100" width="36" height="36" /></bpmndi:BPMNShape>
            <bpmndi:BPMNEdge id="Flow_1_di" bpmnElement="Flow_1"><di:waypoint x="136" y="118" /><di:waypoint x="180" y="118" /></bpmndi:BPMNEdge>
            <bpmndi:BPMNEdge id="Flow_2_di" bpmnElement="Flow_2"><di:waypoint x="280" y="118" /><di:waypoint x="330" y="118" /></bpmndi:BPMNEdge>
            <bpmndi:BPMNEdge id="Flow_3_di" bpmnElement="Flow_3"><di:waypoint x="430" y="118" /><di:waypoint x="480" y="118" /></bpmndi:BPMNEdge>
            <bpmndi:BPMNEdge id="Flow_5_di" bpmnElement="Flow_5"><di:waypoint x="730" y="118" /><di:waypoint x="780" y="118" /></bpmndi:BPMNEdge>
          </bpmndi:BPMNPlane>
        </bpmndi:BPMNDiagram>
      </bpmn:definitions>
      """;

  private static final String FORM =
      """
      {"id": "check", "type": "default", "executionPlatform": "Camunda Platform", "executionPlatformVersion": "7.24.0",
       "components": [{"type": "textfield", "key": "note", "label": "Ghi chú"}]}
      """;

  @Test
  void everyModelInTheProcessesFolderPasses() {
    Path folder = Path.of("processes");
    assertThat(folder).as("run from the project's folder").isDirectory();

    ModelChecks checks = ModelChecks.ofFolder(folder);

    assertThat(checks.files()).as("models found").isGreaterThanOrEqualTo(20);
    assertThat(checks.problems()).as("problems in processes/ (docs/model-checks.md)").isEmpty();
  }

  @Test
  void aSoundModelWithItsFormPasses() {
    ModelChecks checks =
        new ModelChecks()
            .add("sound.bpmn", SOUND.getBytes(UTF_8))
            .add("check.form", FORM.getBytes(UTF_8));

    assertThat(checks.problems()).isEmpty();
  }

  @Test
  void aBrokenModelFailsWithEveryProblemNamed() {
    List<String> problems = new ModelChecks().add("broken.bpmn", BROKEN.getBytes(UTF_8)).problems();

    assertThat(problems)
        .containsExactlyInAnyOrder(
            "broken.bpmn: definitions lack modeler:executionPlatform=\"Camunda Platform\"",
            "broken.bpmn: definitions lack modeler:executionPlatformVersion 7.24.x (is null)",
            "broken.bpmn: process broken is not executable",
            "broken.bpmn: process broken has no camunda:historyTimeToLive",
            "broken.bpmn: businessRuleTask Rule_Pinned has no BPMNShape (will not render in Modeler and Cockpit)",
            "broken.bpmn: sequenceFlow Flow_4 has no BPMNEdge (will not render in Modeler and Cockpit)",
            "broken.bpmn: userTask Task_Nobody has no name",
            "broken.bpmn: userTask Task_Nobody has no form (camunda:formRef or camunda:formKey)",
            "broken.bpmn: userTask Task_Nobody has no assignee, candidate group or candidate user",
            "broken.bpmn: serviceTask Task_Nothing has no implementation",
            "broken.bpmn: businessRuleTask Rule_Pinned binds decision 'reminder-policy' with deployment, not latest",
            "broken.bpmn: callActivity Call_Missing refers to process 'missing-process', which no file in the folder defines",
            "broken.bpmn: businessRuleTask Rule_Pinned refers to decision 'reminder-policy', which no file in the folder defines");
  }

  @Test
  void aFileThatDoesNotParseIsReported() {
    List<String> problems =
        new ModelChecks()
            .add("cut.bpmn", SOUND.substring(0, SOUND.indexOf("</bpmn:process>")).getBytes(UTF_8))
            .add("cut.form", "{\"id\": \"check\",".getBytes(UTF_8))
            .add("cut.dmn", "<definitions".getBytes(UTF_8))
            .problems();

    assertThat(problems).hasSize(3);
    assertThat(problems.get(0)).startsWith("cut.bpmn: does not parse as BPMN: ");
    assertThat(problems.get(1)).startsWith("cut.form: does not parse as JSON: ");
    assertThat(problems.get(2)).startsWith("cut.dmn: does not parse as DMN: ");
  }

  @Test
  void aFormWithoutIdOrWithATwiceUsedKeyIsReportedAndAnUnusedFormIsNot() {
    String twice =
        FORM.replace("\"id\": \"check\"", "\"id\": \"old-step\"")
            .replace(
                "}]}",
                "}, {\"type\": \"group\", \"components\": [{\"type\": \"textarea\", \"key\": \"note\"}]}]}");
    List<String> problems =
        new ModelChecks()
            .add("sound.bpmn", SOUND.getBytes(UTF_8))
            .add("old-step.form", twice.getBytes(UTF_8))
            .add("anonymous.form", FORM.replace("\"id\": \"check\", ", "").getBytes(UTF_8))
            .problems();

    // old-step.form, used by no model (kept for instances of an older version), is reported only
    // for its key.
    assertThat(problems)
        .containsExactlyInAnyOrder(
            "old-step.form: field key 'note' appears twice (both would write the same variable)",
            "anonymous.form: form has no id (the id models refer to with camunda:formRef)",
            "sound.bpmn: userTask Task_Check refers to form 'check', which no file in the folder defines");
  }

  @Test
  void aDecisionWithoutHistoryTimeToLiveOrThatTheEngineRefusesIsReported() throws Exception {
    String policy = Files.readString(Path.of("processes/reminder-policy.dmn"));
    // Schema-valid, but a rule with one output entry fewer than the table's outputs: only the
    // engine sees it.
    String broken =
        policy
            .replaceFirst(" camunda:historyTimeToLive=\"[^\"]*\"", "")
            .replaceFirst(
                "(?s)<outputEntry id=\"OutputEntry_KeyTask_Explain\">.*?</outputEntry>", "");

    List<String> problems = new ModelChecks().add("policy.dmn", broken.getBytes(UTF_8)).problems();

    assertThat(problems).hasSize(2);
    assertThat(problems.get(0))
        .isEqualTo("policy.dmn: decision reminder-policy has no camunda:historyTimeToLive");
    assertThat(problems.get(1)).startsWith("policy.dmn: Camunda's DMN engine refuses it: ");
  }
}
