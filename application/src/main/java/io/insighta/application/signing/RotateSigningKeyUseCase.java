package io.insighta.application.signing;

/** Adds a new access-token key that takes over signing; older keys keep verifying for a while. */
public interface RotateSigningKeyUseCase {

  RotatedSigningKey rotate();
}
