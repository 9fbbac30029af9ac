package dev.assay.server.config;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.assay.declaration.CountryCode;
import dev.assay.declaration.HsCode;
import dev.assay.declaration.UnifiedSocialCreditCode;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The core's value types (country, HS code, unified social credit code) as plain strings in the
 * API's JSON, without annotating the core (which knows no JSON library of the server's).
 */
@Configuration(proxyBeanMethods = false)
public class JsonConfig {

  abstract static class ValueMixin {
    @JsonValue
    abstract String value();
  }

  @Bean
  JsonMapperBuilderCustomizer coreValueTypes() {
    return builder ->
        builder
            .addMixIn(CountryCode.class, ValueMixin.class)
            .addMixIn(HsCode.class, ValueMixin.class)
            .addMixIn(UnifiedSocialCreditCode.class, ValueMixin.class);
  }
}
