package dev.assay.rules;

import dev.cel.common.types.CelType;
import java.util.function.Function;

/**
 * One field a rule can read: its name in expressions, its CEL type (checked at load) and how its
 * value is read from the facts it belongs to. The schema of {@link RuleVariables} is a list of
 * these, so the checker and the evaluator cannot disagree.
 *
 * @param <T> the facts the field is read from
 */
record Field<T>(String name, CelType type, Function<T, Object> read) {}
