/**
 * The export control list as versioned, cited data, and the determination of what a goods line
 * needs on a given date: no licence, a licence, a presumption of denial or a prohibition. Each
 * announcement is one YAML file; {@link dev.assay.controllist.ControlList} loads them, checks them
 * and answers {@link dev.assay.controllist.DeterminationQuery determination queries}.
 */
package dev.assay.controllist;
