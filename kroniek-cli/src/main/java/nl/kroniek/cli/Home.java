package nl.kroniek.cli;

import java.nio.file.Path;

/**
 * Where the repository is (the launcher passes it as {@code -Dkroniek.home}), for the defaults of the
 * developer commands: the annotations in {@code data/}, the developer corpora in {@code ../shared/data}.
 */
final class Home {
  private Home() {}

  static Path repo() {
    return Path.of(System.getProperty("kroniek.home", ".")).toAbsolutePath().normalize();
  }

  /** The developer data folder next to the repository; absent on users' machines. */
  static Path sharedData() {
    return repo().resolve("../shared/data").normalize();
  }
}
