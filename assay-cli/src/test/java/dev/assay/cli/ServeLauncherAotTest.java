package dev.assay.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.spi.ToolProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./assay serve} starts from the server's AOT cache only when it fits (made by this JDK,
 * newer than the jar), and starts without it in every other case: a missing, stale, foreign or
 * damaged cache must never keep the server from starting. The launcher runs in a copy of the
 * repository layout whose "server jar" is a tiny program that prints which jar it is and the JVM's
 * options.
 */
class ServeLauncherAotTest {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  @TempDir Path repo;
  private Path serverJar;
  private Path aotDir;
  private Path cache;

  @BeforeEach
  void layout() throws IOException {
    assumeTrue(Runtime.version().feature() >= 25, "the server's AOT cache needs JDK 25");
    Files.copy(ROOT.resolve("assay"), repo.resolve("assay"));
    repo.resolve("assay").toFile().setExecutable(true);
    Path target = Files.createDirectories(repo.resolve("assay-server/target"));
    aotDir = Files.createDirectories(target.resolve("aot"));
    serverJar = target.resolve("assay-server.jar");
    cache = aotDir.resolve("assay-server.aot");
    fakeServerJar(serverJar, "fat");
    fakeServerJar(aotDir.resolve("assay-server.jar"), "extracted");
  }

  @Test
  void without_a_cache_it_starts_from_the_jar() throws Exception {
    String out = serve();

    assertThat(out).contains("jar=fat").doesNotContain("AOTCache");
  }

  @Test
  void a_cache_that_fits_is_used_with_the_extracted_jar() throws Exception {
    train();

    String out = serve();

    assertThat(out).contains("jar=extracted").contains("-XX:AOTCache=" + cache);
  }

  @Test
  void a_cache_older_than_the_jar_is_ignored() throws Exception {
    train();
    Files.setLastModifiedTime(cache, FileTime.from(Instant.now().minusSeconds(3600)));

    String out = serve();

    assertThat(out).contains("jar=fat").doesNotContain("AOTCache");
  }

  @Test
  void a_cache_of_another_jdk_is_ignored() throws Exception {
    train();
    Files.writeString(aotDir.resolve("assay-server.aot.jdk"), "/usr/lib/jvm/other 21.0.1 Other\n");

    String out = serve();

    assertThat(out).contains("jar=fat").doesNotContain("AOTCache");
  }

  @Test
  void a_damaged_cache_that_looks_current_does_not_stop_the_start() throws Exception {
    train();
    Files.write(cache, new byte[] {1, 2, 3, 4});

    String out = serve();

    assertThat(out).contains("jar=extracted").contains("-XX:AOTCache=");
  }

  /** What server-aot-train.sh leaves: a cache of the extracted jar and this JDK's identity. */
  private void train() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    run(
        List.of(
            java,
            "-XX:AOTCacheOutput=" + cache,
            "-Xlog:aot*=off",
            "-jar",
            aotDir.resolve("assay-server.jar").toString()),
        repo);
    assertThat(cache).isNotEmptyFile();
    // The launcher's jdk_identity, computed the same way.
    String identity =
        run(
            List.of(
                "bash",
                "-c",
                "echo \"$JAVA_HOME $(sed -n 's/^\\(JAVA_RUNTIME_VERSION\\|IMPLEMENTOR\\)=//p'"
                    + " \"$JAVA_HOME/release\" 2>/dev/null | tr -d '\"' | tr '\\n' ' ')\""),
            repo);
    Files.writeString(aotDir.resolve("assay-server.aot.jdk"), identity);
    Files.setLastModifiedTime(serverJar, FileTime.from(Instant.now().minusSeconds(60)));
  }

  private String serve() throws Exception {
    return run(List.of(repo.resolve("assay").toString(), "serve", "--port", "1"), repo);
  }

  private static String run(List<String> command, Path dir) throws Exception {
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
    builder.redirectErrorStream(true);
    builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
    builder.environment().remove("ASSAY_AOT");
    builder.environment().remove("ASSAY_JAVA_OPTS");
    Process process = builder.start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
    assertThat(process.exitValue()).as(out).isZero();
    return out;
  }

  /** A runnable jar whose main prints "jar=NAME" and the JVM's input arguments. */
  private static void fakeServerJar(Path jar, String name) throws IOException {
    Path src = Files.createTempDirectory("fake-server");
    Files.writeString(
        src.resolve("Main.java"),
        "public class Main { public static void main(String[] a) {"
            + " System.out.println(\"jar="
            + name
            + "\");"
            + " System.out.println(java.lang.management.ManagementFactory.getRuntimeMXBean()"
            + ".getInputArguments()); } }");
    Files.writeString(src.resolve("manifest.txt"), "Main-Class: Main\n");
    tool("javac", "--release", "21", "-d", src.toString(), src.resolve("Main.java").toString());
    tool(
        "jar",
        "--create",
        "--file",
        jar.toString(),
        "--manifest",
        src.resolve("manifest.txt").toString(),
        "-C",
        src.toString(),
        "Main.class");
  }

  private static void tool(String name, String... args) {
    int rc = ToolProvider.findFirst(name).orElseThrow().run(System.out, System.err, args);
    assertThat(rc).as(name).isZero();
  }
}
