package vn.gov.tasktracking.directory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.tasktracking.directory.DirectoryFile.PersonRow;
import vn.gov.tasktracking.system.InvalidInputException;
import vn.gov.tasktracking.system.NotFoundException;

/**
 * The unit directory: what other capabilities read (units, people, who holds a role) and the one
 * way it changes ({@link #apply}), checked as a whole and stored together with Camunda's
 * identity tables, in one transaction.
 */
@Service
public class DirectoryService {

  /** What an accepted document changed. */
  public record ImportResult(String source, String version, int units, int people) {}

  private static final ObjectMapper YAML =
      new ObjectMapper(new YAMLFactory())
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .findAndRegisterModules();

  private final DirectoryRepository repository;
  private final IdentitySync identitySync;

  DirectoryService(DirectoryRepository repository, IdentitySync identitySync) {
    this.repository = repository;
    this.identitySync = identitySync;
  }

  @Transactional(readOnly = true)
  public List<Unit> units() {
    return repository.units();
  }

  @Transactional(readOnly = true)
  public Optional<Unit> unit(String code) {
    return repository.unit(code);
  }

  /** @throws NotFoundException with a Vietnamese message when there is no such unit */
  @Transactional(readOnly = true)
  public Unit requireUnit(String code) {
    return repository.unit(code)
        .orElseThrow(() -> new NotFoundException("Không có đơn vị mã '" + code + "' trong danh mục."));
  }

  /** @param unitCode null for everyone */
  @Transactional(readOnly = true)
  public List<Person> people(String unitCode) {
    return repository.people(unitCode);
  }

  @Transactional(readOnly = true)
  public Optional<Person> person(String username) {
    return repository.person(username);
  }

  /** The active people of a unit who hold a role, e.g. its focal points. */
  @Transactional(readOnly = true)
  public List<Person> peopleWithRole(String unitCode, Role role) {
    return repository.people(unitCode).stream()
        .filter(p -> p.active() && p.roles().contains(role))
        .toList();
  }

  @Transactional(readOnly = true)
  public boolean isEmpty() {
    return repository.isEmpty();
  }

  /** Every accepted directory document, newest first. */
  @Transactional(readOnly = true)
  public List<Map<String, Object>> imports() {
    return repository.imports();
  }

  /**
   * Merges a directory document into the directory: all of it, or nothing when any row is wrong.
   *
   * @throws InvalidInputException naming every wrong row and field
   */
  @Transactional
  public ImportResult apply(DirectoryFile file, String source, String appliedBy) {
    DirectoryValidator.Result valid = DirectoryValidator.validate(file, repository.unitsByCode());
    repository.saveUnits(valid.units());
    repository.savePeople(valid.people());
    valid.units().forEach(identitySync::syncUnit);
    Map<String, String> passwords = new HashMap<>();
    for (PersonRow row : file.people()) {
      passwords.put(row.username(), row.password());
    }
    valid.people().forEach(p -> identitySync.syncPerson(p, passwords.get(p.username())));
    repository.recordImport(source, file.version(), valid.units().size(), valid.people().size(), appliedBy);
    return new ImportResult(source, file.version(), valid.units().size(), valid.people().size());
  }

  /**
   * Reads a directory document written in YAML (or JSON, which YAML includes).
   *
   * @throws InvalidInputException saying where the text cannot be read
   */
  public static DirectoryFile parse(String text) {
    if (text == null || text.isBlank()) {
      throw InvalidInputException.of("file", "Tệp danh mục trống.");
    }
    try {
      DirectoryFile file = YAML.readValue(text, DirectoryFile.class);
      if (file == null) {
        throw InvalidInputException.of("file", "Tệp danh mục trống.");
      }
      return file;
    } catch (UnrecognizedPropertyException e) {
      throw InvalidInputException.of(
          e.getPropertyName(),
          "Tệp danh mục có trường không được hỗ trợ '" + e.getPropertyName() + "'" + at(e) + ".");
    } catch (JsonProcessingException e) {
      throw InvalidInputException.of(
          "file", "Không đọc được tệp danh mục" + at(e) + ": sai cú pháp YAML hoặc sai kiểu dữ liệu.");
    }
  }

  /** Makes sure the role groups exist in Camunda; run at every start. */
  @Transactional
  public void ensureRoleGroups() {
    identitySync.ensureRoleGroups();
  }

  private static String at(JsonProcessingException e) {
    return e.getLocation() == null
        ? ""
        : " ở dòng " + e.getLocation().getLineNr() + ", cột " + e.getLocation().getColumnNr();
  }
}
