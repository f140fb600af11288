package vn.gov.tasktracking.assignment;

import java.time.Instant;
import java.time.LocalDate;

/** One request for a later deadline and what became of it, as the register keeps it. */
public record TaskExtension(
    long id,
    String requestedBy,
    Instant requestedAt,
    String reason,
    LocalDate proposedDeadline,
    LocalDate previousDeadline,
    String status,
    String decidedBy,
    Instant decidedAt,
    LocalDate approvedDeadline,
    String comment) {}
