package dev.assay.server.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The one server that the browser tests share (same annotation, same properties: Spring caches the
 * context, so every browser test class talks to the same running server and database).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "assay.db.url=jdbc:h2:mem:assay-browser-test;DB_CLOSE_DELAY=-1",
      "assay.demo=true",
      "spring.main.banner-mode=off",
      "logging.level.root=WARN"
    })
public @interface BrowserTest {}
