package io.insighta.application.profile;

import io.insighta.application.audit.Caller;

/** Deletes one profile by its id given as text. */
public interface DeleteProfileUseCase {

  /** False when no such profile exists (including a malformed id); nothing is recorded then. */
  boolean delete(String id, Caller caller);
}
