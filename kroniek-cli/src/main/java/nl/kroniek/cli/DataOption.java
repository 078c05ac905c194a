package nl.kroniek.cli;

import java.nio.file.Path;
import nl.kroniek.engine.DataDir;
import picocli.CommandLine.Option;

/** The {@code --data DIR} option every command shares. */
final class DataOption {
  @Option(names = "--data", paramLabel = "DIR",
      description = "Data directory (default: $KRONIEK_DATA, else ./kroniek-data).")
  Path data;

  DataDir dir() {
    return DataDir.resolve(data);
  }
}
