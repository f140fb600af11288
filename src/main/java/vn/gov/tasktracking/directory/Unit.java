package vn.gov.tasktracking.directory;

import java.time.LocalDate;

/**
 * A unit of the province. A dissolved unit keeps its record (history names it) and may name the
 * successor that took over its work after a merger.
 */
public record Unit(
    String code,
    String name,
    UnitKind kind,
    String parentCode,
    boolean active,
    LocalDate dissolvedOn,
    String successorCode) {}
