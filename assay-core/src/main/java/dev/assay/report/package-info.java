/** What screening hands on: the JSON Lines assessments of the output contract and run summaries. */
package dev.assay.report;
