package io.blastwall.importer.kubernetes;

import io.blastwall.importer.aws.policy.ConditionClause;
import io.blastwall.importer.aws.policy.ConditionEvaluator;
import io.blastwall.importer.aws.policy.ConditionResult;
import io.blastwall.importer.aws.policy.PolicyDocument;
import io.blastwall.importer.aws.policy.RequestContext;
import io.blastwall.importer.aws.policy.Statement;
import io.blastwall.importer.aws.policy.StatementEvidence;
import io.blastwall.importer.aws.policy.Tri;
import io.blastwall.model.Evidence;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Does a role's trust policy let EKS Pod Identity assume it for one association (catalogue K8S-CLOUD-02)? It must
 * allow the service principal {@code pods.eks.amazonaws.com} {@code sts:AssumeRole} and, unless the association
 * disables session tags, {@code sts:TagSession}. Conditions are evaluated with what EKS sends: the session tags
 * {@code eks-cluster-arn}, {@code eks-cluster-name}, {@code kubernetes-namespace} and
 * {@code kubernetes-service-account} ({@code kubernetes-pod-name} and {@code -uid} are unknown offline), and
 * {@code aws:SourceAccount}/{@code aws:SourceArn} of the cluster. A condition that fails drops the edge; one that
 * cannot be decided, and every session-tag condition even when it holds, makes it conditional.
 */
final class PodIdentityTrust {
    static final String SERVICE = "pods.eks.amazonaws.com";
    private static final List<String> TAGS = List.of("eks-cluster-arn", "eks-cluster-name", "kubernetes-namespace",
            "kubernetes-service-account", "kubernetes-pod-name", "kubernetes-pod-uid");

    /**
     * The trust allows the association.
     *
     * @param statement the index of the statement that allows {@code sts:AssumeRole}
     * @param conditions what cannot be checked offline, and the session-tag conditions
     * @param evidence the allowing statements, then the Deny statements checked
     */
    record Match(int statement, List<String> conditions, List<Evidence> evidence) {}

    private final PolicyDocument trust;
    private final String file;

    PodIdentityTrust(PolicyDocument trust, String file) {
        this.trust = trust;
        this.file = file;
    }

    /** True when some statement of the trust names the Pod Identity service principal. */
    boolean namesPodIdentity() {
        return trust.statements().stream().anyMatch(s -> s.isAllow() && namesService(s));
    }

    Optional<Match> check(String clusterArn, String clusterName, String namespace, String serviceAccount, boolean sessionTags) {
        RequestContext context = context(clusterArn, clusterName, namespace, serviceAccount, sessionTags);
        List<String> conditions = new ArrayList<>();
        List<Evidence> evidence = new ArrayList<>();
        Optional<Statement> assume = allowing("sts:AssumeRole", context, conditions, evidence);
        if (assume.isEmpty() || (sessionTags && allowing("sts:TagSession", context, conditions, evidence).isEmpty())) {
            return Optional.empty();
        }
        for (Statement d : trust.statements()) {
            if (d.isAllow() || !(namesService(d) || d.principals().getOrDefault("AWS", List.of()).contains("*"))
                    || !(d.matchesAction("sts:AssumeRole") || (sessionTags && d.matchesAction("sts:TagSession")))) {
                continue;
            }
            ConditionResult c = ConditionEvaluator.evaluate(d.conditions(), context);
            if (c.value() == Tri.TRUE) {
                return Optional.empty();
            }
            if (c.value() == Tri.UNKNOWN) {
                c.unresolved().forEach(u -> conditions.add("possibly denied by the trust policy: " + u));
            }
            evidence.add(StatementEvidence.checkedDeny(file, "trust policy", d, "does not apply to this association"));
        }
        return Optional.of(new Match(assume.get().index(), List.copyOf(new LinkedHashSet<>(conditions)), evidence));
    }

    private Optional<Statement> allowing(String action, RequestContext context, List<String> conditions, List<Evidence> evidence) {
        for (Statement s : trust.statements()) {
            if (!s.isAllow() || s.notPrincipal() || !namesService(s) || !s.matchesAction(action)) {
                continue;
            }
            ConditionResult c = ConditionEvaluator.evaluate(s.conditions(), context);
            if (c.value() == Tri.FALSE) {
                continue;
            }
            conditions.addAll(c.unresolved());
            for (ConditionClause clause : s.conditions()) {
                String key = clause.key().toLowerCase(Locale.ROOT);
                if (key.startsWith("aws:requesttag/") || key.startsWith("aws:principaltag/") || key.equals("aws:tagkeys")) {
                    conditions.add("session tag condition (holds for this association): " + clause.json());
                }
            }
            evidence.add(StatementEvidence.allowing(file, s));
            return Optional.of(s);
        }
        return Optional.empty();
    }

    private static boolean namesService(Statement s) {
        return s.principals().getOrDefault("Service", List.of()).stream().anyMatch(p -> p.equalsIgnoreCase(SERVICE));
    }

    private static RequestContext context(String clusterArn, String clusterName, String namespace, String serviceAccount,
            boolean sessionTags) {
        RequestContext.Builder b = RequestContext.builder();
        String account = clusterArn.split(":").length > 4 ? clusterArn.split(":")[4] : "";
        if (!clusterArn.isEmpty()) {
            b.value("aws:SourceArn", clusterArn);
        }
        if (!account.isEmpty()) {
            b.value("aws:SourceAccount", account);
        }
        if (sessionTags) {
            if (!clusterArn.isEmpty()) {
                b.value("aws:RequestTag/eks-cluster-arn", clusterArn);
            }
            b.value("aws:RequestTag/eks-cluster-name", clusterName);
            b.value("aws:RequestTag/kubernetes-namespace", namespace);
            b.value("aws:RequestTag/kubernetes-service-account", serviceAccount);
            b.value("aws:TagKeys", TAGS.toArray(String[]::new));
        } else {
            b.absentUnlessGiven("aws:RequestTag/");
            b.absent("aws:TagKeys");
        }
        return b.build();
    }
}
