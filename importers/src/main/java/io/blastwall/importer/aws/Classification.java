package io.blastwall.importer.aws;

import io.blastwall.model.EntityKind;

/** What kind of identity something is, and why (stored as the {@code classification} property). */
record Classification(EntityKind kind, String reason) {}
