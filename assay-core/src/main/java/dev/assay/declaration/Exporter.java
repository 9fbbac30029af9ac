package dev.assay.declaration;

/** The Chinese export operator, identified by its unified social credit code. */
public record Exporter(UnifiedSocialCreditCode code, String name) {}
