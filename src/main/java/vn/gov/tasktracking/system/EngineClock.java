package vn.gov.tasktracking.system;

import java.time.Instant;
import java.time.LocalDate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Now and today, as the process engine sees them, so that the register, the timers and the tests
 * that move the engine's clock always agree. Dates are Vietnamese dates, whatever the server's time
 * zone.
 */
@Component
public class EngineClock {

  public Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }

  public LocalDate today() {
    return LocalDate.ofInstant(now(), VietnamTime.ZONE);
  }
}
