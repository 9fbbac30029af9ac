package dev.assay.rules;

import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.CelOptions;
import dev.cel.common.CelValidationException;
import dev.cel.common.types.SimpleType;
import dev.cel.compiler.CelCompiler;
import dev.cel.compiler.CelCompilerFactory;
import dev.cel.parser.CelStandardMacro;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelFunctionBinding;
import dev.cel.runtime.CelRuntime;
import dev.cel.runtime.CelRuntimeFactory;
import dev.cel.runtime.CelStandardFunctions;

/**
 * The CEL environment of analyst rules: the variables of {@link RuleVariables}, the standard
 * functions and macros, and the limits that keep a rule cheap. CEL itself has no I/O, no loops but
 * bounded comprehensions and no access to Java; the limits bound what is left.
 */
final class RuleLanguage {
  /** Longest expression accepted, in code points. */
  static final int MAX_EXPRESSION_LENGTH = 2_000;

  /** Deepest nesting accepted by the parser. */
  static final int MAX_NESTING = 32;

  /** Most iterations of all comprehensions (exists, all, map, filter) of one evaluation. */
  static final int MAX_ITERATIONS = 1_000;

  /**
   * Largest regular expression program (RE2: linear time, no backtracking); checked at load, see
   * {@link RulePatterns}.
   */
  static final int MAX_REGEX_PROGRAM_SIZE = 200;

  private static final CelOptions OPTIONS =
      CelOptions.current()
          .maxExpressionCodePointSize(MAX_EXPRESSION_LENGTH)
          .maxParseRecursionDepth(MAX_NESTING)
          .comprehensionMaxIterations(MAX_ITERATIONS)
          .maxRegexProgramSize(MAX_REGEX_PROGRAM_SIZE)
          // 'l.net_kg > 100' reads as analysts mean it, without writing 100.0.
          .enableHeterogeneousNumericComparisons(true)
          // The accumulator of a comprehension stays out of reach, so no rule can grow it
          // quadratically.
          .enableHiddenAccumulatorVar(true)
          .build();

  private static final CelCompiler COMPILER =
      CelCompilerFactory.standardCelCompilerBuilder()
          .setOptions(OPTIONS)
          .setStandardMacros(CelStandardMacro.STANDARD_MACROS)
          .setTypeProvider(RuleVariables.TYPES)
          .addVar(RuleVariables.DECLARATION, RuleVariables.DECLARATION_TYPE)
          .addVar(RuleVariables.LINES, RuleVariables.LINES_TYPE)
          .addVar(RuleVariables.HISTORY, RuleVariables.HISTORY_TYPE)
          .build();

  // Not the planner runtime: it converts a variable's maps and lists deeply before selecting a
  // field, reading every field of every line (lexicon look-ups included); 10x slower here.
  // matches() is bound to RulePatterns: CEL's own compiles the pattern on every evaluation and
  // checks its size only after compiling, too late for a pattern whose repetitions multiply.
  private static final CelRuntime RUNTIME =
      CelRuntimeFactory.standardCelRuntimeBuilder()
          .setOptions(OPTIONS)
          .setStandardEnvironmentEnabled(false)
          .setStandardFunctions(
              CelStandardFunctions.newBuilder()
                  .excludeFunctions(CelStandardFunctions.StandardFunction.MATCHES)
                  .build())
          .addFunctionBindings(
              CelFunctionBinding.from("matches", String.class, String.class, RuleLanguage::matches),
              CelFunctionBinding.from(
                  "matches_string", String.class, String.class, RuleLanguage::matches))
          .build();

  private RuleLanguage() {}

  private static boolean matches(String text, String pattern) {
    return RulePatterns.matches(
        text, pattern, MAX_REGEX_PROGRAM_SIZE, OPTIONS.enableRegexPartialMatch());
  }

  /**
   * Parses, type-checks and plans an expression.
   *
   * @throws IllegalArgumentException with CEL's message where it does not parse, does not check, or
   *     is not a condition (bool)
   */
  static CelRuntime.Program compile(String expression) {
    CelAbstractSyntaxTree ast;
    try {
      ast = COMPILER.compile(expression).getAst();
    } catch (CelValidationException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
    RulePatterns.check(ast.getExpr(), MAX_REGEX_PROGRAM_SIZE);
    if (!ast.getResultType().equals(SimpleType.BOOL)) {
      throw new IllegalArgumentException(
          "the expression is of type " + ast.getResultType().name() + ", a rule needs a bool");
    }
    try {
      return RUNTIME.createProgram(ast);
    } catch (CelEvaluationException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }
}
