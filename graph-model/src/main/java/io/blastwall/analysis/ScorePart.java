package io.blastwall.analysis;

/** One explained part of a blast-radius score. */
public record ScorePart(String reason, double points) {}
