package dev.assay.server.config;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.assay.store.Database;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The database: the store opens it first (which applies the same Flyway migrations the command line
 * applies, so both see one schema), then a connection pool serves the requests.
 */
@Configuration(proxyBeanMethods = false)
public class DatabaseConfig {

  @Bean
  Database assayDatabase(
      @Value("${assay.db.url:" + Database.DEFAULT_URL + "}") String url,
      @Value("${assay.db.user:#{null}}") String user) {
    return Database.open(url, user, System.getenv("ASSAY_DB_PASSWORD"));
  }

  @Bean(destroyMethod = "close")
  DataSource dataSource(
      Database database,
      @Value("${assay.db.url:" + Database.DEFAULT_URL + "}") String url,
      @Value("${assay.db.user:#{null}}") String user) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    if (user != null) {
      config.setUsername(user);
    }
    String password = System.getenv("ASSAY_DB_PASSWORD");
    if (password != null) {
      config.setPassword(password);
    }
    config.setMaximumPoolSize(database.isEmbedded() ? 8 : 16);
    config.setPoolName("assay");
    return new HikariDataSource(config);
  }

  @Bean
  JdbcClient jdbcClient(DataSource dataSource) {
    return JdbcClient.create(dataSource);
  }
}
