/**
 * Restricted-party screening: the lists (China's Export Control Control List and Unreliable Entity
 * List, OFAC SDN, the UN Security Council consolidated list, OpenSanctions, the agency's own watch
 * list), the multilingual name matcher, decisions on matches, re-screening when a list changes, and
 * the {@code RESTRICTED_PARTY} detector of the risk engine.
 *
 * <p>Start at {@link dev.assay.screening.PartyScreening}: it answers "is this party on a list?"
 * with explained matches, applying recorded decisions.
 */
package dev.assay.screening;
