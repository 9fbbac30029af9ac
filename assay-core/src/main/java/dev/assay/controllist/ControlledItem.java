package dev.assay.controllist;

import java.util.List;
import java.util.Optional;

/**
 * One item of a control measure, as the announcement's annex lists it: what it is, the technical
 * description that is the legal test, and the reference customs codes that point to it.
 *
 * @param id unique within its measure; suspensions name items by it
 * @param mineral the mineral family in the domain's words (gallium, antimony, superhard,
 *     dysprosium, lithium-battery, rare-earth, ...); destination clauses reach items by it
 * @param controlCode the dual-use control code (such as 1C117.d), where the facts give one
 * @param threshold the technical threshold as text
 * @param limits the conditions of the threshold that a stated figure can be read against (a
 *     description's "D50 40 um" against "particle size <= 50 um"); empty where the threshold is
 *     text only or none
 * @param terms words (English and Chinese) that name the item in a goods description; they decide
 *     lines declared under a non-conclusive code
 */
public record ControlledItem(
    String id,
    String mineral,
    String name,
    Optional<String> controlCode,
    List<String> forms,
    List<ReferenceCode> hsCodes,
    Optional<String> threshold,
    List<Limit> limits,
    List<String> terms,
    List<String> sources,
    Confidence confidence,
    Optional<String> note) {

  public ControlledItem {
    forms = List.copyOf(forms);
    hsCodes = List.copyOf(hsCodes);
    limits = List.copyOf(limits);
    terms = List.copyOf(terms);
    sources = List.copyOf(sources);
  }

  /** The item for reports: control code (where known) and name. */
  public String label() {
    return controlCode.map(code -> code + " " + name).orElse(name);
  }
}
