package vn.gov.tasktracking.calendar.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.gov.tasktracking.calendar.WorkingDayCalendar;

/** The calendar in force: computed holidays plus the shipped yearly exceptions. */
@Configuration
class WorkingDayCalendarConfiguration {

  @Bean
  WorkingDayCalendar workingDayCalendar() {
    return WorkingDayCalendar.withShippedExceptions();
  }
}
