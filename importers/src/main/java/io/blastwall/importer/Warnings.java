package io.blastwall.importer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Collects per-record warnings during one import, without duplicates, in the order they were found. */
public final class Warnings {
    private static final Logger LOG = LoggerFactory.getLogger(Warnings.class);

    private final Set<ImportWarning> warnings = new LinkedHashSet<>();

    public void add(String file, String location, String message) {
        ImportWarning warning = new ImportWarning(file, location, message);
        if (warnings.add(warning)) {
            LOG.debug("{}", warning);
        }
    }

    public List<ImportWarning> list() {
        return new ArrayList<>(warnings);
    }

    public int size() {
        return warnings.size();
    }
}
