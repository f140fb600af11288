package vn.gov.tasktracking.assignment;

import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * Used in the model as {@code ${unitList.of(execution)}}: the coordinating units travel as one
 * short text variable ("STC,CAOLOC"), cheaper to store than a serialized list, and absent when
 * a task has none.
 */
@Component("unitList")
public class UnitListExpression {

  public List<String> of(VariableScope scope) {
    Object codes = scope.getVariable(ProcessVariables.COORDINATING_UNITS);
    return codes == null ? List.of() : split(codes.toString());
  }

  static List<String> split(String codes) {
    return codes == null || codes.isBlank() ? List.of() : Arrays.stream(codes.split(",")).map(String::trim).toList();
  }
}
