package dev.assay.declaration;

/**
 * The declared end use, where the declaration or an application states one. Military covers
 * military end users as well as military end uses, as the control measures do.
 */
public enum EndUse {
  UNSPECIFIED,
  CIVIL,
  MILITARY
}
