package vn.gov.tasktracking.assignment;

import java.util.List;

/** One page of the register. */
public record TaskPage(List<TaskView> items, long total, int page, int size) {}
