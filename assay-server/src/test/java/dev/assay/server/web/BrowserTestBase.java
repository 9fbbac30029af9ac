package dev.assay.server.web;

import dev.assay.server.security.UserStore;
import dev.assay.store.Database;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What every browser test class has: the shared server with its data, and one browser. */
@BrowserTest
abstract class BrowserTestBase {
  static Chromium chromium;

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired Database database;
  @Autowired UserStore users;

  @BeforeEach
  void serverAndBrowser() {
    PageData.make(users);
    if (chromium == null) {
      chromium = Chromium.open(port);
    }
  }

  @AfterAll
  static void closeBrowser() {
    if (chromium != null) {
      chromium.close();
      chromium = null;
    }
  }
}
