package io.blastwall.app.store;

import io.blastwall.model.Evidence;
import io.blastwall.model.Relation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The distinct statement evidence of one snapshot's relations, numbered 0, 1, ... in the order first met. A large
 * statement (an AWS-managed policy such as {@code ReadOnlyAccess}) behind thousands of relations is stored once as
 * an {@code :Evidence} node; the relations keep only its number.
 */
final class EvidenceTable {
    private final Map<Evidence, Long> numbers = new HashMap<>();
    private final List<Evidence> distinct = new ArrayList<>();

    static EvidenceTable of(Collection<Relation> relations) {
        EvidenceTable table = new EvidenceTable();
        for (Relation relation : relations) {
            for (Evidence evidence : relation.evidence()) {
                table.numbers.computeIfAbsent(evidence, e -> {
                    table.distinct.add(e);
                    return (long) table.distinct.size() - 1;
                });
            }
        }
        return table;
    }

    /** The distinct evidence; the number of each is its index. */
    List<Evidence> distinct() {
        return distinct;
    }

    /** The numbers of a relation's evidence, in its order. */
    List<Long> numbers(List<Evidence> evidence) {
        List<Long> out = new ArrayList<>(evidence.size());
        for (Evidence e : evidence) {
            Long number = numbers.get(e);
            if (number == null) {
                throw new IllegalArgumentException("evidence at " + e.location() + " is not in the snapshot's table");
            }
            out.add(number);
        }
        return out;
    }
}
