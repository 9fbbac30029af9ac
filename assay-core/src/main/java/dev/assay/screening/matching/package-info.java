/**
 * The party-name matcher: normalization and transliteration ({@code NameNormalizer}), candidate
 * retrieval through an index ({@code CandidateIndex}), the explained scorer ({@code NameScorer})
 * and the matcher that puts them together with country, date of birth and identifiers ({@code
 * PartyMatcher}).
 */
package dev.assay.screening.matching;
