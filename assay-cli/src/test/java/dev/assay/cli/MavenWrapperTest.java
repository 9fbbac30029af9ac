package dev.assay.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The README's {@code ./mvnw verify} works on a machine whose default java is older than the build
 * needs (issue 18, item 6): the wrapper picks a JDK 21+ as the launcher does, and no JVM option
 * that an older JDK refuses is given to every JVM through .mvn/jvm.config.
 */
class MavenWrapperTest {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  @Test
  void no_jvm_option_that_only_new_jdks_know_is_forced_on_every_jdk() throws IOException {
    Path config = ROOT.resolve(".mvn/jvm.config");
    String options = Files.exists(config) ? Files.readString(config) : "";
    assertThat(options).doesNotContain("--sun-misc-unsafe-memory-access", "--enable-native-access");
  }

  @Test
  void the_wrapper_finds_a_jdk_21_when_java_home_and_path_give_an_older_one() throws Exception {
    Optional<Path> old = olderJdk();
    assumeTrue(old.isPresent(), "no JDK older than 21 on this machine to start from");
    ProcessBuilder wrapper =
        new ProcessBuilder("sh", ROOT.resolve("mvnw").toString(), "-o", "-v")
            .directory(ROOT.toFile())
            .redirectErrorStream(true);
    wrapper.environment().put("JAVA_HOME", old.get().toString());
    wrapper.environment().put("PATH", old.get().resolve("bin") + ":/usr/bin:/bin");
    Process process = wrapper.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();

    assertThat(process.exitValue()).as(output).isZero();
    assertThat(output).containsPattern("Java version: (2[1-9]|[3-9][0-9])");
  }

  private static Optional<Path> olderJdk() throws IOException {
    Path jvms = Path.of("/usr/lib/jvm");
    if (!Files.isDirectory(jvms)) {
      return Optional.empty();
    }
    try (Stream<Path> homes = Files.list(jvms)) {
      return homes
          .filter(h -> Files.isExecutable(h.resolve("bin/javac")))
          .filter(h -> h.getFileName().toString().matches(".*\\D1[1-7]\\D.*"))
          .findFirst();
    }
  }
}
