package io.blastwall.importer.aws;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The users and roles of the snapshot that may call {@code sts:AssumeRole}, indexed by ARN, account and role name. */
final class TrustCallers {
    private final Map<String, PrincipalPermissions> byArn;
    private final Map<String, List<PrincipalPermissions>> byAccount = new LinkedHashMap<>();
    private final Map<String, PrincipalPermissions> rolesByName = new LinkedHashMap<>();

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

    List<PrincipalPermissions> inAccount(String account) {
        return byAccount.getOrDefault(account, List.of());
    }

    /** The role behind an assumed-role session ARN, which carries the role's name but not its path. */
    Optional<PrincipalPermissions> roleByName(String account, String name) {
        return Optional.ofNullable(rolesByName.get(account + "/" + name));
    }

    Collection<PrincipalPermissions> all() {
        return byArn.values();
    }
}
