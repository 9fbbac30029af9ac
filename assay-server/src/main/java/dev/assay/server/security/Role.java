package dev.assay.server.security;

/** The roles of the web application; each user has exactly one. */
public enum Role {
  /** Works the alert queue and cases of its own customs offices. */
  RISK_OFFICER,
  /** Reviews and decides license applications; manages licenses. */
  LICENSING_OFFICER,
  /** Reads everything, runs backtests, drafts rules and measures. */
  ANALYST,
  /** An exporter's compliance team: sees only its own unified social credit code's data. */
  EXPORTER,
  /** Manages users, tokens, rules, measures and lists. */
  ADMIN;

  /** The Spring Security authority of this role. */
  public String authority() {
    return "ROLE_" + name();
  }
}
