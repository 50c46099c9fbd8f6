package io.blastwall.importer.aws;

import io.blastwall.importer.aws.policy.AttachedPolicy;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An AWS Organization as far as service control policies need it (catalogue E2): the tree of root, OUs and accounts,
 * and the SCPs attached to each node.
 *
 * @param managementAccount the management account's id, to which SCPs never apply
 * @param parents node id (account id, OU id) → its parent's id
 * @param names node id → a readable name
 * @param policies node id → the SCPs attached to it (as policies without grants)
 */
record Organization(String managementAccount, Map<String, String> parents, Map<String, String> names,
        Map<String, List<AttachedPolicy>> policies) {
    Organization {
        parents = Map.copyOf(parents);
        names = Map.copyOf(names);
        policies = Map.copyOf(policies);
    }

    /**
     * The SCPs that apply to a principal of the account, one list per level from the root through each OU to the
     * account; empty when SCPs do not apply (an account outside the organization, the management account).
     */
    List<List<AttachedPolicy>> levels(String account) {
        if (account.equals(managementAccount) || !parents.containsKey(account)) {
            return List.of();
        }
        List<List<AttachedPolicy>> out = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        for (String node = account; node != null && seen.add(node); node = parents.get(node)) {
            out.add(policies.getOrDefault(node, List.of()));
        }
        Collections.reverse(out);
        return out;
    }

    /** Service-linked roles are not restricted by SCPs (catalogue E2). */
    static boolean exempt(Holder principal) {
        return principal instanceof IamRole
                && (principal.info().path().startsWith("/aws-service-role/") || principal.name().startsWith("AWSServiceRoleFor"));
    }
}
