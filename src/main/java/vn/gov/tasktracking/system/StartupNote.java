package vn.gov.tasktracking.system;

import java.util.List;
import vn.gov.tasktracking.system.internal.StartupReport;

/**
 * Lines a capability adds to the block logged when the application is ready ({@link
 * StartupReport}).
 */
public interface StartupNote {

  /**
   * @return the lines, none when there is nothing to say
   */
  List<String> startupLines();
}
