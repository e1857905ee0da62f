package io.insighta.application.profile;

/** Deletes one profile by its id given as text. */
public interface DeleteProfileUseCase {

  /** False when no such profile exists (including a malformed id). */
  boolean delete(String id);
}
