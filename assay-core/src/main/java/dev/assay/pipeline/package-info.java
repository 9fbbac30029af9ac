/**
 * Running a stream's stages on the machine's cores: one stage reads or makes the items, another
 * consumes them on its own thread, in the same order, with bounded memory between them.
 */
package dev.assay.pipeline;
