package io.blastwall.importer.aws;

import java.util.ArrayList;
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

    /** The role behind an assumed-role session ARN, which carries the role's name but not its path. */
    Optional<PrincipalPermissions> roleByName(String account, String name) {
        return Optional.ofNullable(rolesByName.get(account + "/" + name));
    }

    /** Every principal whose own policies may allow {@code sts:AssumeRole}. */
    List<PrincipalPermissions> all() {
        return byAccount.keySet().stream().flatMap(a -> inAccount(a).stream()).toList();
    }
}
