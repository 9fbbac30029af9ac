/**
 * Persistence in plain JDBC: Flyway migrations that run unchanged on PostgreSQL and on embedded H2,
 * and the repositories of the core's licensing package. Every write runs in one transaction.
 */
package dev.assay.store;
