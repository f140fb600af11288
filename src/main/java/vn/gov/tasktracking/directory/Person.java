package vn.gov.tasktracking.directory;

import java.util.Set;

/** A person of the directory; the username is also their Camunda user id. */
public record Person(
    String username,
    String fullName,
    String title,
    String email,
    String phone,
    String unitCode,
    Set<Role> roles,
    boolean active) {}
