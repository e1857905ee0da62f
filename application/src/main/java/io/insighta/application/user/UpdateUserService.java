package io.insighta.application.user;

import io.insighta.application.TransactionRunner;
import io.insighta.application.audit.AuditTrail;
import io.insighta.application.audit.Caller;
import io.insighta.application.auth.AccessDeniedException;
import io.insighta.domain.audit.AuditAction;
import io.insighta.domain.audit.AuditDetails;
import io.insighta.domain.audit.AuditTarget;
import io.insighta.domain.audit.AuditTargetType;
import io.insighta.domain.user.User;
import io.insighta.domain.user.UserId;
import io.insighta.domain.user.UserRepository;
import io.insighta.domain.user.UserUpdate;
import io.insighta.domain.user.UserVersions;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Checks permission and the self-lockout rule, then applies the change and records what it changed
 * (fields with their values before and after) in one transaction.
 */
public final class UpdateUserService implements UpdateUserUseCase {
  private final UserRepository users;
  private final TransactionRunner transactions;
  private final AuditTrail audit;
  private final UserVersions versions;

  /**
   * @param versions stamped again once the change is committed, so that no reader keeps the row it
   *     read while the change was still in flight
   */
  public UpdateUserService(
      UserRepository users,
      TransactionRunner transactions,
      AuditTrail audit,
      UserVersions versions) {
    this.users = users;
    this.transactions = transactions;
    this.audit = audit;
    this.versions = versions;
  }

  @Override
  public User update(Caller caller, String userId, UserUpdate update) {
    User actor = caller.signedIn().orElseThrow(() -> new AccessDeniedException("Forbidden"));
    UserAdministration.requireManager(actor);
    UserId id = UserId.parse(userId).orElseThrow(UserNotFoundException::new);
    User changed = transactions.inTransaction(() -> applyAndRecord(caller, actor, id, update));
    versions.bump(id);
    return changed;
  }

  private User applyAndRecord(Caller caller, User actor, UserId id, UserUpdate update) {
    User target = users.findById(id).orElseThrow(UserNotFoundException::new);
    UserAdministration.refuseSelfLockout(actor, target, update);
    User changed = users.update(id, update).orElseThrow(UserNotFoundException::new);
    AuditDetails changes = changes(target, changed);
    if (!changes.isEmpty()) {
      audit.record(
          AuditAction.USER_UPDATE, caller, AuditTarget.of(AuditTargetType.USER, id), changes);
    }
    return changed;
  }

  /** The fields that differ, under their wire names; empty when the update changed nothing. */
  private static AuditDetails changes(User before, User after) {
    Map<String, Object> changed = new LinkedHashMap<>();
    if (before.role() != after.role()) {
      changed.put("role", AuditDetails.change(before.role().code(), after.role().code()));
    }
    if (before.active() != after.active()) {
      changed.put("is_active", AuditDetails.change(before.active(), after.active()));
    }
    return new AuditDetails(changed);
  }
}
