package io.blastwall.importer.aws;

import io.blastwall.importer.aws.policy.Glob;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The users and roles of the snapshot that may call {@code sts:AssumeRole}, indexed by ARN, account and role name. */
final class TrustCallers {
    private final Map<String, PrincipalPermissions> byArn;
    private final Map<String, List<PrincipalPermissions>> byAccount = new LinkedHashMap<>();
    private final Map<String, PrincipalPermissions> rolesByName = new LinkedHashMap<>();
    private final Map<String, List<PrincipalPermissions>> assumers = new LinkedHashMap<>();
    private final Map<String, AssumeIndex> indexes = new HashMap<>();

    TrustCallers(Map<String, PrincipalPermissions> principals) {
        this.byArn = principals;
        for (PrincipalPermissions p : principals.values()) {
            byAccount.computeIfAbsent(p.account(), k -> new ArrayList<>()).add(p);
            if (p.isRole()) {
                rolesByName.putIfAbsent(p.account() + "/" + p.principal().name(), p);
            }
        }
    }

    Optional<PrincipalPermissions> byArn(String arn) {
        return Optional.ofNullable(byArn.get(arn));
    }

    /** The account's principals whose own policies may allow {@code sts:AssumeRole} (the others never can). */
    List<PrincipalPermissions> inAccount(String account) {
        return assumers.computeIfAbsent(account, a -> byAccount.getOrDefault(a, List.of()).stream()
                .filter(p -> p.permissions().mayAllowService("sts")).toList());
    }

    /**
     * The account's principals whose own policies may allow {@code sts:AssumeRole} on this role: those with a
     * wildcard resource pattern for it, and those naming the role's ARN. A superset; the evaluator decides.
     */
    List<PrincipalPermissions> mayAssume(String account, String roleArn) {
        AssumeIndex index = indexes.computeIfAbsent(account, a -> new AssumeIndex(inAccount(a)));
        List<PrincipalPermissions> named = index.byArn().getOrDefault(Glob.lower(roleArn), List.of());
        if (named.isEmpty()) {
            return index.wildcard();
        }
        List<PrincipalPermissions> out = new ArrayList<>(index.wildcard());
        out.addAll(named);
        out.sort(Comparator.comparingInt(index.position()::get));
        return out;
    }

    /**
     * Principals by the roles their {@code sts:AssumeRole} statements name exactly, those with wildcards, and each
     * one's position in the account (answers keep that order).
     */
    private record AssumeIndex(Map<String, List<PrincipalPermissions>> byArn, List<PrincipalPermissions> wildcard,
            Map<PrincipalPermissions, Integer> position) {
        AssumeIndex(List<PrincipalPermissions> callers) {
            this(new HashMap<>(), new ArrayList<>(), new IdentityHashMap<>());
            for (PrincipalPermissions p : callers) {
                position.put(p, position.size());
                List<String> patterns = p.permissions().allowedResourcePatterns("sts:AssumeRole");
                if (patterns.stream().anyMatch(Glob::hasWildcard)) {
                    wildcard.add(p);
                    continue;
                }
                patterns.stream().map(Glob::lower).distinct()
                        .forEach(arn -> byArn.computeIfAbsent(arn, k -> new ArrayList<>()).add(p));
            }
        }
    }

    /** Every principal of the snapshot that may allow {@code sts:AssumeRole} on this role, account by account. */
    List<PrincipalPermissions> mayAssumeAnywhere(String roleArn) {
        return byAccount.keySet().stream().flatMap(a -> mayAssume(a, roleArn).stream()).toList();
    }

    /** The role behind an assumed-role session ARN, which carries the role's name but not its path. */
    Optional<PrincipalPermissions> roleByName(String account, String name) {
        return Optional.ofNullable(rolesByName.get(account + "/" + name));
    }

    /** Every principal whose own policies may allow {@code sts:AssumeRole}. */
    List<PrincipalPermissions> all() {
        return byAccount.keySet().stream().flatMap(a -> inAccount(a).stream()).toList();
    }
}
