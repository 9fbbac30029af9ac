package dev.assay.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Option values with a range, checked while the command line is parsed, so that a value out of
 * range is a usage error (exit code 2) naming the option, like any other bad option.
 */
final class Ranges {
  private Ranges() {}

  /** A share or a threshold: a number from 0 to 1. */
  static final class Share implements ITypeConverter<Double> {
    @Override
    public Double convert(String value) {
      double share = number(value);
      if (!(share >= 0 && share <= 1)) {
        throw new TypeConversionException("'" + value + "' is not between 0 and 1");
      }
      return share;
    }
  }

  /** A duration in seconds: 0 or more. */
  static final class Seconds implements ITypeConverter<Double> {
    @Override
    public Double convert(String value) {
      double seconds = number(value);
      if (!(seconds >= 0) || Double.isInfinite(seconds)) {
        throw new TypeConversionException("'" + value + "' is not a number of seconds, 0 or more");
      }
      return seconds;
    }
  }

  private static double number(String value) {
    try {
      return Double.parseDouble(value.strip());
    } catch (NumberFormatException e) {
      throw new TypeConversionException("'" + value + "' is not a number");
    }
  }
}
