package dev.assay.server;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * The one Spring context that the server's tests share (same annotation, same properties: Spring
 * caches it), on an in-memory H2 database migrated like any other.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@SpringBootTest(
    properties = {
      "assay.db.url=jdbc:h2:mem:assay-server-test;DB_CLOSE_DELAY=-1",
      "spring.main.banner-mode=off",
      "logging.level.root=WARN"
    })
@AutoConfigureMockMvc
public @interface ServerTest {}
