package io.blastwall.importer.kubernetes;

import io.blastwall.importer.aws.policy.Allowance;
import io.blastwall.model.Confidence;
import io.blastwall.model.Evidence;
import io.blastwall.model.GrantId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * One way an edge of the EKS bridge holds: the grants it needs on both sides (IAM policies, trust statements,
 * Kubernetes bindings, EKS mappings), how sure it is, what cannot be checked offline, and the statements behind it.
 */
record AwsWay(List<GrantId> grants, Confidence confidence, List<String> conditions, List<Evidence> evidence) {
    private static final int MAX_COMBINATIONS = 8;

    AwsWay {
        grants = List.copyOf(new LinkedHashSet<>(grants));
        conditions = List.copyOf(new LinkedHashSet<>(conditions));
        evidence = List.copyOf(new LinkedHashSet<>(evidence));
    }

    static AwsWay of(Allowance a) {
        return new AwsWay(a.grants(), a.confidence(), a.conditions(), a.evidence());
    }

    static AwsWay of(List<GrantId> grants, Confidence confidence, List<String> conditions) {
        return new AwsWay(grants, confidence, conditions, List.of());
    }

    AwsWay and(AwsWay other) {
        List<GrantId> g = new ArrayList<>(grants);
        g.addAll(other.grants);
        List<String> c = new ArrayList<>(conditions);
        c.addAll(other.conditions);
        List<Evidence> e = new ArrayList<>(evidence);
        e.addAll(other.evidence);
        return new AwsWay(g, confidence.weakest(other.confidence), c, e);
    }

    AwsWay withCondition(String condition) {
        List<String> c = new ArrayList<>(conditions);
        c.add(condition);
        return new AwsWay(grants, confidence.weakest(Confidence.CONDITIONAL), c, evidence);
    }

    /** Every pairing of one way of {@code a} with one of {@code b}, at most {@value #MAX_COMBINATIONS}. */
    static List<AwsWay> both(List<AwsWay> a, List<AwsWay> b) {
        List<AwsWay> out = new ArrayList<>();
        for (AwsWay x : a) {
            for (AwsWay y : b) {
                if (out.size() < MAX_COMBINATIONS) {
                    out.add(x.and(y));
                }
            }
        }
        return out;
    }

    static List<AwsWay> of(List<Allowance> allowances) {
        return allowances.stream().map(AwsWay::of).toList();
    }
}
