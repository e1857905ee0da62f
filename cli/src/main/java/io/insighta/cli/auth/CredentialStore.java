package io.insighta.cli.auth;

import io.insighta.cli.CliException;
import io.insighta.cli.ExitCodes;
import io.insighta.cli.http.Json;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;

/** Keeps credentials in a private directory: dir 0700, file 0600, replaced atomically. */
public final class CredentialStore {
  private static final boolean POSIX =
      FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

  private final Path dir;

  public CredentialStore(Path dir) {
    this.dir = dir;
  }

  public Path file() {
    return dir.resolve("credentials.json");
  }

  public Optional<Credentials> load() {
    if (!Files.exists(file())) {
      return Optional.empty();
    }
    try {
      return Optional.of(Json.mapper().readValue(file().toFile(), Credentials.class));
    } catch (IOException e) {
      throw new CliException(ExitCodes.AUTH, "Cannot read " + file() + " — run: insighta login", e);
    }
  }

  public void save(Credentials credentials) {
    try {
      ensureDir();
      Path temp = Files.createTempFile(dir, ".credentials-", ".tmp", attributes("rw-------"));
      try {
        Files.write(
            temp, Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(credentials));
        move(temp);
      } finally {
        Files.deleteIfExists(temp);
      }
    } catch (IOException e) {
      throw new CliException(ExitCodes.API_ERROR, "Cannot write " + file() + ": " + e, e);
    }
  }

  /** Deletes the credentials file and answers whether there was one. */
  public boolean delete() {
    try {
      return Files.deleteIfExists(file());
    } catch (IOException e) {
      throw new CliException(ExitCodes.API_ERROR, "Cannot delete " + file() + ": " + e, e);
    }
  }

  /** Opens the lock file that serialises token refreshes across processes. */
  public FileChannel openLock() throws IOException {
    ensureDir();
    Path lock = dir.resolve("credentials.lock");
    if (POSIX && !Files.exists(lock)) {
      try {
        Files.createFile(lock, attributes("rw-------"));
      } catch (FileAlreadyExistsException e) {
        // another process created it first; either copy is fine
      }
    }
    return FileChannel.open(lock, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
  }

  private void ensureDir() throws IOException {
    Files.createDirectories(dir, attributes("rwx------"));
    if (POSIX) {
      Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
    }
  }

  private void move(Path temp) throws IOException {
    try {
      Files.move(temp, file(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, file(), StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static FileAttribute<?>[] attributes(String permissions) {
    return POSIX
        ? new FileAttribute<?>[] {
          PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(permissions))
        }
        : new FileAttribute<?>[0];
  }
}
