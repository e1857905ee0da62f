package io.insighta.cli.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CredentialStoreTest {
  @TempDir Path temp;

  private final Credentials credentials =
      new Credentials("at", "rt", "2026-04-01T12:03:00Z", "octocat", "admin", "http://x");

  @Test
  void savedCredentialsAreReadableOnlyByTheOwner() throws Exception {
    CredentialStore store = new CredentialStore(temp.resolve("home"));

    store.save(credentials);

    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(temp.resolve("home"))))
        .isEqualTo("rwx------");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(store.file())))
        .isEqualTo("rw-------");
  }

  @Test
  void existingWiderDirectoryIsTightened() throws Exception {
    Path home = Files.createDirectory(temp.resolve("home"));
    Files.setPosixFilePermissions(home, PosixFilePermissions.fromString("rwxr-xr-x"));

    new CredentialStore(home).save(credentials);

    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(home)))
        .isEqualTo("rwx------");
  }

  @Test
  void savedCredentialsReadBackAndReplaceWithoutLeftovers() throws Exception {
    CredentialStore store = new CredentialStore(temp);
    store.save(credentials);
    Credentials next = new Credentials("at2", "rt2", "later", "octocat", "analyst", "http://x");

    store.save(next);

    assertThat(store.load()).contains(next);
    try (var files = Files.list(temp)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("credentials.json");
    }
    assertThat(Files.readString(store.file()))
        .contains("\"access_token\"", "\"refresh_token\"", "\"expires_at\"", "\"api_url\"");
  }

  @Test
  void deleteForgetsTheCredentials() {
    CredentialStore store = new CredentialStore(temp);
    store.save(credentials);

    assertThat(store.delete()).isTrue();
    assertThat(store.load()).isEmpty();
    assertThat(store.delete()).isFalse();
  }
}
