package vn.gov.tasktracking.assignment;

import java.time.LocalDate;

/**
 * What the steps of a task's process need of its register row (id, lead unit, current deadline),
 * found by the register number, the business key ({@link TaskOfProcess}).
 */
public record ProcessTask(long id, String leadUnit, LocalDate deadline) {}
