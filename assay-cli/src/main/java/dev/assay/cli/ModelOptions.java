package dev.assay.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The option that blends a trained ranking model (assay ml train) into the score. */
final class ModelOptions {
  @Option(
      names = "--model",
      paramLabel = "FILE",
      description =
          "Blend the probability of this trained ranking model (assay ml train, Assay contract)"
              + " into the score as one more piece of evidence, weighted by model.weight of"
              + " risk/scoring.yaml; each assessment records the model's version (docs/ml.md).")
  Path file;
}
