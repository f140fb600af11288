package vn.gov.tasktracking.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SendTask;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaConnector;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.xml.instance.DomElement;

/**
 * The mechanical checks of the models in {@code processes/}: what Camunda Modeler, Cockpit and a
 * deployment need that a parser alone does not catch. Files are added one by one ({@link #add});
 * {@link #problems()} then lists every problem, one line each, naming the file and the element. See
 * docs/model-checks.md.
 */
final class ModelChecks {

  static final String MODELER_NS = "http://camunda.org/schema/modeler/1.0";
  static final String PLATFORM = "Camunda Platform";
  static final String PLATFORM_VERSION = "7.24.";

  private final List<String> problems = new ArrayList<>();
  private final Map<String, String> processFiles = new LinkedHashMap<>();
  private final Map<String, String> decisionFiles = new LinkedHashMap<>();
  private final Map<String, String> formFiles = new LinkedHashMap<>();
  private final List<Reference> references = new ArrayList<>();
  private final ObjectMapper json = new ObjectMapper();
  private DmnEngine dmnEngine;

  private record Reference(String kind, String id, String file, String element) {}

  /** Every .bpmn, .dmn and .form under {@code folder}, in name order. */
  static ModelChecks ofFolder(Path folder) {
    ModelChecks checks = new ModelChecks();
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        String name = folder.relativize(file).toString();
        if (name.endsWith(".bpmn") || name.endsWith(".dmn") || name.endsWith(".form")) {
          checks.add(name, Files.readAllBytes(file));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return checks;
  }

  ModelChecks add(String file, byte[] content) {
    if (file.endsWith(".bpmn")) {
      checkBpmn(file, content);
    } else if (file.endsWith(".dmn")) {
      checkDmn(file, content);
    } else if (file.endsWith(".form")) {
      checkForm(file, content);
    } else {
      problems.add(file + ": not a model (.bpmn, .dmn or .form)");
    }
    return this;
  }

  int files() {
    return processFiles.size() + decisionFiles.size() + formFiles.size();
  }

  /**
   * Every problem found, including references to a form, decision or process that no file defines.
   * A form no model refers to is no problem: it may be kept for instances of an older version of a
   * process.
   */
  List<String> problems() {
    List<String> all = new ArrayList<>(problems);
    for (Reference reference : references) {
      Map<String, String> defined =
          switch (reference.kind()) {
            case "form" -> formFiles;
            case "decision" -> decisionFiles;
            default -> processFiles;
          };
      if (!defined.containsKey(reference.id())) {
        all.add(
            reference.file()
                + ": "
                + reference.element()
                + " refers to "
                + reference.kind()
                + " '"
                + reference.id()
                + "', which no file in the folder defines");
      }
    }
    return all;
  }

  private void checkBpmn(String file, byte[] content) {
    BpmnModelInstance model;
    try {
      model = Bpmn.readModelFromStream(new ByteArrayInputStream(content));
    } catch (RuntimeException e) {
      problems.add(file + ": does not parse as BPMN: " + rootMessage(e));
      return;
    }
    checkPlatform(file, model.getDefinitions().getDomElement());

    Set<String> shapes = new HashSet<>();
    for (BpmnShape shape : model.getModelElementsByType(BpmnShape.class)) {
      if (shape.getBpmnElement() != null) {
        shapes.add(shape.getBpmnElement().getId());
      }
    }
    Set<String> edges = new HashSet<>();
    for (BpmnEdge edge : model.getModelElementsByType(BpmnEdge.class)) {
      if (edge.getBpmnElement() != null) {
        edges.add(edge.getBpmnElement().getId());
      }
    }

    for (Process process : model.getModelElementsByType(Process.class)) {
      String where = "process " + process.getId();
      if (!process.isExecutable()) {
        problems.add(file + ": " + where + " is not executable");
      }
      if (blank(process.getCamundaHistoryTimeToLiveString())) {
        problems.add(file + ": " + where + " has no camunda:historyTimeToLive");
      }
      String earlier = processFiles.putIfAbsent(process.getId(), file);
      if (earlier != null) {
        problems.add(file + ": " + where + " is also defined in " + earlier);
      }
    }

    for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
      if (!shapes.contains(node.getId())) {
        problems.add(
            file
                + ": "
                + describe(node)
                + " has no BPMNShape (will not render in Modeler and Cockpit)");
      }
    }
    for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
      if (!edges.contains(flow.getId())) {
        problems.add(
            file
                + ": "
                + describe(flow)
                + " has no BPMNEdge (will not render in Modeler and Cockpit)");
      }
    }

    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
      if (blank(task.getName())) {
        problems.add(file + ": " + describe(task) + " has no name");
      }
      if (blank(task.getCamundaFormRef()) && blank(task.getCamundaFormKey())) {
        problems.add(
            file + ": " + describe(task) + " has no form (camunda:formRef or camunda:formKey)");
      }
      if (blank(task.getCamundaAssignee())
          && blank(task.getCamundaCandidateGroups())
          && blank(task.getCamundaCandidateUsers())) {
        problems.add(
            file + ": " + describe(task) + " has no assignee, candidate group or candidate user");
      }
      formReference(file, task, task.getCamundaFormRef(), task.getCamundaFormRefBinding());
    }
    for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
      formReference(file, start, start.getCamundaFormRef(), start.getCamundaFormRefBinding());
    }

    for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
      implementation(
          file,
          task,
          task.getCamundaClass(),
          task.getCamundaDelegateExpression(),
          task.getCamundaExpression(),
          task.getCamundaType());
    }
    for (SendTask task : model.getModelElementsByType(SendTask.class)) {
      implementation(
          file,
          task,
          task.getCamundaClass(),
          task.getCamundaDelegateExpression(),
          task.getCamundaExpression(),
          task.getCamundaType());
    }
    for (BusinessRuleTask task : model.getModelElementsByType(BusinessRuleTask.class)) {
      if (!blank(task.getCamundaDecisionRef())) {
        reference(
            file,
            task,
            "decision",
            task.getCamundaDecisionRef(),
            task.getCamundaDecisionRefBinding(),
            false);
      } else {
        implementation(
            file,
            task,
            task.getCamundaClass(),
            task.getCamundaDelegateExpression(),
            task.getCamundaExpression(),
            task.getCamundaType());
      }
    }
    for (CallActivity call : model.getModelElementsByType(CallActivity.class)) {
      if (blank(call.getCalledElement())) {
        problems.add(file + ": " + describe(call) + " calls no process (calledElement)");
      } else {
        reference(
            file,
            call,
            "process",
            call.getCalledElement(),
            call.getCamundaCalledElementBinding(),
            false);
      }
    }
  }

  private void checkDmn(String file, byte[] content) {
    DmnModelInstance model;
    try {
      model = Dmn.readModelFromStream(new ByteArrayInputStream(content));
    } catch (RuntimeException e) {
      problems.add(file + ": does not parse as DMN: " + rootMessage(e));
      return;
    }
    checkPlatform(file, model.getDefinitions().getDomElement());
    for (Decision decision : model.getModelElementsByType(Decision.class)) {
      if (blank(decision.getCamundaHistoryTimeToLiveString())) {
        problems.add(file + ": decision " + decision.getId() + " has no camunda:historyTimeToLive");
      }
      String earlier = decisionFiles.putIfAbsent(decision.getId(), file);
      if (earlier != null) {
        problems.add(file + ": decision " + decision.getId() + " is also defined in " + earlier);
      }
    }
    try {
      dmnEngine().parseDecisions(model);
    } catch (RuntimeException e) {
      problems.add(file + ": Camunda's DMN engine refuses it: " + rootMessage(e));
    }
  }

  private void checkForm(String file, byte[] content) {
    JsonNode form;
    try {
      form = json.readTree(content);
    } catch (IOException e) {
      problems.add(
          file + ": does not parse as JSON: " + e.getMessage().lines().findFirst().orElse(""));
      return;
    }
    if (form == null || !form.isObject()) {
      problems.add(file + ": is not a Camunda Form (a JSON object)");
      return;
    }
    String id = form.path("id").asText("");
    if (id.isBlank()) {
      problems.add(file + ": form has no id (the id models refer to with camunda:formRef)");
    } else {
      String earlier = formFiles.putIfAbsent(id, file);
      if (earlier != null) {
        problems.add(file + ": form '" + id + "' is also defined in " + earlier);
      }
    }
    if (!"default".equals(form.path("type").asText())) {
      problems.add(file + ": form type is not \"default\"");
    }
    if (!PLATFORM.equals(form.path("executionPlatform").asText())
        || !form.path("executionPlatformVersion").asText().startsWith(PLATFORM_VERSION)) {
      problems.add(
          file + ": form lacks executionPlatform \"" + PLATFORM + "\" " + PLATFORM_VERSION + "x");
    }
    if (!form.path("components").isArray()) {
      problems.add(file + ": form has no components");
      return;
    }
    Set<String> keys = new HashSet<>();
    checkFields(file, form.path("components"), keys);
  }

  private void checkFields(String file, JsonNode components, Set<String> keys) {
    for (JsonNode component : components) {
      String key = component.path("key").asText("");
      if (!key.isEmpty() && !keys.add(key)) {
        problems.add(
            file + ": field key '" + key + "' appears twice (both would write the same variable)");
      }
      if (component.has("components")) {
        checkFields(file, component.path("components"), keys);
      }
    }
  }

  private void checkPlatform(String file, DomElement definitions) {
    String platform = definitions.getAttribute(MODELER_NS, "executionPlatform");
    String version = definitions.getAttribute(MODELER_NS, "executionPlatformVersion");
    if (!PLATFORM.equals(platform)) {
      problems.add(file + ": definitions lack modeler:executionPlatform=\"" + PLATFORM + "\"");
    }
    if (version == null || !version.startsWith(PLATFORM_VERSION)) {
      problems.add(
          file
              + ": definitions lack modeler:executionPlatformVersion "
              + PLATFORM_VERSION
              + "x (is "
              + version
              + ")");
    }
  }

  private void formReference(String file, BaseElement element, String formRef, String binding) {
    if (!blank(formRef)) {
      reference(file, element, "form", formRef, binding, true);
    }
  }

  /**
   * A deployment holds only the files that changed, so a reference must bind to the latest version
   * (an unchanged form is in an older deployment); a reference by expression is resolved only at
   * run time.
   */
  private void reference(
      String file,
      BaseElement element,
      String kind,
      String id,
      String binding,
      boolean bindingRequired) {
    if ((binding == null && bindingRequired) || (binding != null && !"latest".equals(binding))) {
      problems.add(
          file
              + ": "
              + describe(element)
              + " binds "
              + kind
              + " '"
              + id
              + "' with "
              + binding
              + ", not latest");
    }
    if (!id.contains("${") && !id.contains("#{")) {
      references.add(new Reference(kind, id, file, describe(element)));
    }
  }

  private void implementation(String file, BaseElement task, String... attributes) {
    for (String attribute : attributes) {
      if (!blank(attribute)) {
        return;
      }
    }
    boolean connector =
        task.getExtensionElements() != null
            && !task.getExtensionElements()
                .getElementsQuery()
                .filterByType(CamundaConnector.class)
                .list()
                .isEmpty();
    if (!connector) {
      problems.add(file + ": " + describe(task) + " has no implementation");
    }
  }

  private DmnEngine dmnEngine() {
    if (dmnEngine == null) {
      dmnEngine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    }
    return dmnEngine;
  }

  private static String describe(BaseElement element) {
    return element.getElementType().getTypeName() + " " + element.getId();
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }

  private static String rootMessage(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    return cause.getMessage();
  }
}
