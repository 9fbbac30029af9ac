package dev.assay.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The web application, started by {@code ./assay serve [--port N] [--db URL] [--db-user USER]
 * [--demo]}. The options are the command line's own (the same database URL as every other assay
 * command); they are turned into Spring properties here so that the rest of the server reads its
 * configuration one way.
 */
@SpringBootApplication
public class AssayServer {

  public static void main(String[] args) {
    List<String> springArgs;
    try {
      springArgs = toSpringArguments(args, System.getenv("ASSAY_DB_URL"));
    } catch (IllegalArgumentException e) {
      System.err.println("assay serve: " + e.getMessage());
      System.err.println(USAGE);
      System.exit(2);
      return;
    }
    if (springArgs == null) {
      System.out.println(USAGE);
      return;
    }
    SpringApplication application = new SpringApplication(AssayServer.class);
    application.run(springArgs.toArray(String[]::new));
  }

  static final String USAGE =
      """
      Usage: assay serve [--port N] [--db URL] [--db-user USER] [--demo]
      Starts the Assay web application (pages, REST API under /api/v1, OpenAPI at /v3/api-docs).
        --port N         HTTP port (default 8080)
        --db URL         JDBC URL of the database (default: ASSAY_DB_URL, else the embedded file
                         database jdbc:h2:file:./assay-data/assay); the password is read from
                         ASSAY_DB_PASSWORD
        --db-user USER   database user (default: ASSAY_DB_USER)
        --demo           first fill the database with 18 months of simulated trade, licenses,
                         applications and cases, and print one login per role
      """;

  /**
   * The Spring arguments for the command line's options, or null when help was asked for.
   *
   * @throws IllegalArgumentException naming the option that is wrong
   */
  static List<String> toSpringArguments(String[] args, String dbUrlFromEnvironment) {
    List<String> out = new ArrayList<>();
    if (dbUrlFromEnvironment != null && !dbUrlFromEnvironment.isBlank()) {
      out.add("--assay.db.url=" + dbUrlFromEnvironment);
    }
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      String name = arg;
      String value = null;
      int eq = arg.indexOf('=');
      if (arg.startsWith("--") && eq > 0) {
        name = arg.substring(0, eq);
        value = arg.substring(eq + 1);
      }
      switch (name) {
        case "-h", "--help" -> {
          return null;
        }
        case "--demo" -> out.add("--assay.demo=true");
        case "--port", "--db", "--db-user" -> {
          if (value == null) {
            if (i + 1 >= args.length) {
              throw new IllegalArgumentException(name + " needs a value");
            }
            value = args[++i];
          }
          switch (name) {
            case "--port" -> {
              int port;
              try {
                port = Integer.parseInt(value);
              } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--port: not a number: '" + value + "'");
              }
              if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("--port: out of range 0..65535: " + port);
              }
              out.add("--server.port=" + port);
            }
            case "--db" -> {
              if (!value.toLowerCase(Locale.ROOT).startsWith("jdbc:")) {
                throw new IllegalArgumentException(
                    "--db: a database URL starts with jdbc:, such as"
                        + " jdbc:postgresql://127.0.0.1:5432/assay; got '"
                        + value
                        + "'");
              }
              out.add("--assay.db.url=" + value);
            }
            default -> out.add("--assay.db.user=" + value);
          }
        }
        default -> {
          // Spring's own --name=value options stay available to operators.
          if (arg.startsWith("--") && eq > 0) {
            out.add(arg);
          } else {
            throw new IllegalArgumentException("unknown option '" + arg + "'");
          }
        }
      }
    }
    return out;
  }
}
