package io.blastwall.importer.aws;

import io.blastwall.importer.Warnings;
import io.blastwall.importer.aws.policy.Allowance;
import io.blastwall.importer.aws.policy.Decision;
import io.blastwall.importer.aws.policy.RequestContext;
import io.blastwall.importer.aws.policy.Statement;
import io.blastwall.model.Confidence;
import io.blastwall.model.Evidence;
import io.blastwall.model.Grant;
import io.blastwall.model.GrantId;
import io.blastwall.model.GrantKind;
import io.blastwall.model.RelationKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * CAN_ASSUME relations from trust policies (catalogue E3–E9, E11, AWS-STS-01/02/03). One trust grant per (role,
 * statement, principal). A principal named by ARN or unique id in the role's own account needs no permission of its
 * own (only no Deny and, for roles, its boundary); an account (root ARN or bare id) or {@code "*"} delegates to the
 * principals whose own policies allow {@code sts:AssumeRole} on the role, and each such relation needs both the
 * caller's allowing grants and the trust grant.
 */
final class TrustRelations {
    private static final Pattern UNIQUE_ID = Pattern.compile("^A[A-Z0-9]{3}[A-Z0-9]{12,}$");
    private static final Pattern ACCOUNT_ID = Pattern.compile("^\\d{12}$");
    private static final Pattern ROOT = Pattern.compile("^arn:[^:]+:iam::(\\d{12}):root$");
    private static final Set<String> ASSUME_ACTIONS =
            Set.of("sts:AssumeRole", "sts:AssumeRoleWithWebIdentity", "sts:AssumeRoleWithSAML");
    private static final String ASSUME = "sts:AssumeRole";

    private final AwsInventory inventory;
    private final TrustCallers callers;
    private final GraphDraft draft;
    private final TrustedEntities trusted;
    private final Warnings warnings;
    private final Set<String> admins;

    /**
     * @param admins admin-equivalent principals: a trust delegated to their own account adds nothing to what their
     *     ADMIN_OF relation already gives them (they control every identity of the account), so it is not listed
     */
    TrustRelations(AwsInventory inventory, Map<String, PrincipalPermissions> principals, GraphDraft draft, Warnings warnings,
            Set<String> admins) {
        this.admins = admins;
        this.inventory = inventory;
        this.callers = new TrustCallers(principals);
        this.draft = draft;
        this.trusted = new TrustedEntities(draft);
        this.warnings = warnings;
    }

    void add(IamRole role) {
        if (role.trust().isEmpty()) {
            return;
        }
        List<Statement> statements = role.trust().get().statements();
        List<Statement> denies = statements.stream().filter(s -> !s.isAllow()).toList();
        for (Statement s : statements) {
            if (!s.isAllow() || ASSUME_ACTIONS.stream().noneMatch(s::matchesAction)) {
                continue;
            }
            TrustStatement trust = new TrustStatement(role, s, denies);
            if (s.notPrincipal()) {
                anyone(trust, grant(trust, "NotPrincipal:" + s.principals()), List.of("NotPrincipal: " + s.principals()));
                continue;
            }
            s.principals().forEach((type, values) -> values.forEach(v -> principal(trust, type, v)));
        }
    }

    private void principal(TrustStatement trust, String type, String value) {
        GrantId grant = grant(trust, value);
        switch (type) {
            case "AWS" -> aws(trust, value, grant);
            case "Service" -> external(trust, trusted.service(value, trust.role().account()), grant, "AWS-STS-SERVICE", List.of());
            case "Federated" -> federated(trust, value, grant);
            default -> warnings.add(trust.file(), trust.statement().location(),
                    "trust principal type " + type + " (" + value + ") is not modelled");
        }
    }

    private void aws(TrustStatement trust, String value, GrantId grant) {
        String roleAccount = trust.role().account();
        var root = ROOT.matcher(value);
        String account = ACCOUNT_ID.matcher(value).matches() ? value : root.matches() ? root.group(1) : "";
        if (value.equals("*")) {
            anyone(trust, grant, List.of());
        } else if (!account.isEmpty()) {
            if (inventory.hasAccount(account)) {
                String rule = account.equals(roleAccount) ? "AWS-STS-01" : "AWS-STS-02";
                callers.mayAssume(account, trust.role().arn()).forEach(c -> viaOwnPolicy(trust, c, grant, rule, List.of()));
            } else {
                external(trust, trusted.externalAccount(Arn.partitionOf(trust.role().arn()), account), grant, "AWS-STS-02", List.of());
            }
        } else if (UNIQUE_ID.matcher(value).matches()) {
            Optional<PrincipalPermissions> caller = inventory.byUniqueId(value).flatMap(h -> callers.byArn(h.arn()));
            caller.ifPresentOrElse(c -> named(trust, c, grant, List.of()), () -> warnings.add(trust.file(),
                    trust.statement().location(), "trust policy of " + trust.role().arn() + " names unique id " + value
                            + ", which no principal in the snapshot has: the principal was deleted (re-creating one with"
                            + " the same name does not restore the trust); no relation"));
        } else {
            namedByArn(trust, value, grant);
        }
    }

    private void namedByArn(TrustStatement trust, String arn, GrantId grant) {
        Optional<Arn> parsed = Arn.parse(arn);
        String account = parsed.map(Arn::account).orElse("");
        Optional<PrincipalPermissions> caller = callers.byArn(arn);
        List<String> conditions = List.of();
        if (caller.isEmpty() && parsed.isPresent() && parsed.get().service().equals("sts")
                && parsed.get().resourceType().equals("assumed-role")) {
            String[] parts = parsed.get().resource().split("/", 3);
            caller = parts.length == 3 ? callers.roleByName(account, parts[1]) : Optional.empty();
            conditions = parts.length == 3 ? List.of("role session name must be \"" + parts[2] + "\"") : List.of();
        }
        if (caller.isPresent()) {
            named(trust, caller.get(), grant, conditions);
        } else if (!account.isEmpty() && !inventory.hasAccount(account)) {
            external(trust, trusted.externalAccount(Arn.partitionOf(arn), account), grant, "AWS-STS-02", List.of());
        } else {
            warnings.add(trust.file(), trust.statement().location(), "trust policy of " + trust.role().arn() + " names "
                    + arn + ", which is not in the snapshot (deleted, or not exported); no relation");
        }
    }

    /** A caller named by ARN or unique id: same account needs no permission of its own (E4, E8), else both sides (E7). */
    private void named(TrustStatement trust, PrincipalPermissions caller, GrantId grant, List<String> conditions) {
        if (!caller.account().equals(trust.role().account())) {
            viaOwnPolicy(trust, caller, grant, "AWS-STS-02", conditions);
            return;
        }
        Optional<List<String>> check = trust.check(caller.permissions().context(), caller.arn(), caller.principal().info().uniqueId());
        if (check.isEmpty()) {
            return;
        }
        Decision d = caller.isRole()
                ? caller.permissions().evaluateNamedInResourcePolicyAsRole(ASSUME, trust.role().arn())
                : caller.permissions().evaluateNamedInResourcePolicyAsUser(ASSUME, trust.role().arn());
        for (Allowance a : d.allowances()) {
            relate(caller.arn(), trust, List.of(grant), join(check.get(), conditions, a.conditions()), List.of(), "AWS-STS-01",
                    a.evidence());
        }
    }

    /** A caller allowed through delegation to its account (or to anyone): its own policy must allow (E5, E6, E7). */
    private void viaOwnPolicy(TrustStatement trust, PrincipalPermissions caller, GrantId grant, String rule, List<String> notes) {
        if (!caller.permissions().mayAllowService("sts")
                || (admins.contains(caller.arn()) && Arn.accountOf(caller.arn()).equals(trust.role().account()))) {
            return;
        }
        Optional<List<String>> check = trust.check(caller.permissions().context(), caller.arn(), caller.principal().info().uniqueId());
        if (check.isEmpty()) {
            return;
        }
        Decision d = caller.permissions().evaluate(ASSUME, trust.role().arn());
        for (Allowance a : d.allowances()) {
            List<GrantId> grants = new ArrayList<>(a.grants());
            grants.add(grant);
            relate(caller.arn(), trust, grants, join(check.get(), a.conditions(), List.of()), notes, rule, a.evidence());
        }
    }

    private void anyone(TrustStatement trust, GrantId grant, List<String> notes) {
        warnings.add(trust.file(), trust.statement().location(), "trust policy of " + trust.role().arn()
                + " lets any AWS principal assume the role (Principal \"*\")"
                + (trust.statement().hasConditions() ? ", subject to its conditions" : ""));
        for (PrincipalPermissions c : callers.mayAssumeAnywhere(trust.role().arn())) {
            String rule = c.account().equals(trust.role().account()) ? "AWS-STS-01" : "AWS-STS-02";
            viaOwnPolicy(trust, c, grant, rule, notes);
        }
        external(trust, trusted.anyone(), grant, "AWS-STS-02", notes);
    }

    private void federated(TrustStatement trust, String provider, GrantId grant) {
        String id = trusted.federated(provider);
        boolean saml = provider.toLowerCase(Locale.ROOT).contains(":saml-provider/");
        String required = provider.toLowerCase(Locale.ROOT).startsWith("cognito-identity") ? ":aud" : ":sub";
        boolean restricted = saml || trust.statement().conditions().stream()
                .anyMatch(c -> c.key().toLowerCase(Locale.ROOT).endsWith(required));
        List<String> notes = restricted ? List.of() : List.of("no " + required.substring(1)
                + " condition: any identity of " + provider + " may assume the role");
        external(trust, id, grant, restricted ? "AWS-STS-03" : "AWS-STS-03-UNRESTRICTED", notes);
    }

    /** A trusted principal outside the snapshot's users and roles: only the trust's own conditions apply. */
    private void external(TrustStatement trust, String from, GrantId grant, String rule, List<String> notes) {
        trust.check(RequestContext.empty(), from, "")
                .ifPresent(check -> relate(from, trust, List.of(grant), check, notes, rule, List.of()));
    }

    /** Conditions make the relation conditional; notes are certain facts about it (such as a missing sub condition). */
    private void relate(String from, TrustStatement trust, List<GrantId> grants, List<String> conditions, List<String> notes,
            String rule, List<Evidence> callerEvidence) {
        List<Evidence> evidence = new ArrayList<>(trust.evidence());
        evidence.addAll(callerEvidence);
        Confidence confidence = conditions.isEmpty() ? Confidence.PROVEN : Confidence.CONDITIONAL;
        draft.relate(Edge.of(RelationKind.CAN_ASSUME, from, trust.role().arn(), grants, confidence, rule)
                .withActions(Set.copyOf(trust.statement().actions()))
                .withConditions(join(conditions, notes, List.of()))
                .withEvidence(evidence));
    }

    private GrantId grant(TrustStatement trust, String principal) {
        GrantId id = Ids.trust(trust.role().arn(), trust.statement().index(), principal);
        draft.grant(new Grant(id, GrantKind.TRUST_STATEMENT, trust.role().info().arnId(), principal,
                "trust policy of role " + trust.role().name() + " lets " + principal + " assume it",
                new Evidence(trust.file(), trust.statement().location(), trust.statement().json()), trust.role().lastUsed()));
        return id;
    }

    private static List<String> join(List<String> a, List<String> b, List<String> c) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        out.addAll(c);
        return out;
    }
}
