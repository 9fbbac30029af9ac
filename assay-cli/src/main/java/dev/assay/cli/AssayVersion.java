package dev.assay.cli;

import picocli.CommandLine.IVersionProvider;

/** The version line of {@code assay --version}: the build version and the JVM it runs on. */
final class AssayVersion implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String version = Assay.class.getPackage().getImplementationVersion();
    return new String[] {
      "assay " + (version == null ? "(development build)" : version),
      "Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ")"
    };
  }
}
