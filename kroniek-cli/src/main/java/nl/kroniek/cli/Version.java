package nl.kroniek.cli;

import picocli.CommandLine;

/** Prints the version from the jar manifest (or "development" when run from classes). */
final class Version implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() {
    String v = KroniekCli.class.getPackage().getImplementationVersion();
    return new String[] {"kroniek " + (v == null ? "development" : v) + " (Java " + Runtime.version() + ")"};
  }
}
