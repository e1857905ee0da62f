package io.insighta.application.profile;

import io.insighta.domain.profile.Profile;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The valid rows of an import as profiles, validated lazily as they are pulled, so a stream of any
 * length passes through in constant memory; invalid rows are counted and the first reasons kept.
 */
final class ValidatedProfiles implements Iterator<Profile> {
  private final Iterator<ImportCandidate> rows;
  private final ImportRowValidator validator;
  private final List<ImportRowError> errors = new ArrayList<>();
  private Profile next;
  private long accepted;
  private long invalid;

  ValidatedProfiles(Iterator<ImportCandidate> rows, ImportRowValidator validator) {
    this.rows = rows;
    this.validator = validator;
  }

  @Override
  public boolean hasNext() {
    while (next == null && rows.hasNext()) {
      ImportCandidate row = rows.next();
      try {
        next = validator.toProfile(row);
      } catch (IllegalArgumentException e) {
        invalid++;
        if (errors.size() < ImportSummary.MAX_REPORTED_ERRORS) {
          errors.add(new ImportRowError(row.line(), e.getMessage()));
        }
      }
    }
    return next != null;
  }

  @Override
  public Profile next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    Profile profile = next;
    next = null;
    accepted++;
    return profile;
  }

  /** Valid rows handed out so far. */
  long accepted() {
    return accepted;
  }

  long invalid() {
    return invalid;
  }

  List<ImportRowError> errors() {
    return List.copyOf(errors);
  }
}
