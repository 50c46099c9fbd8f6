package io.blastwall.importer.aws;

import io.blastwall.importer.aws.policy.EffectivePermissions;
import io.blastwall.importer.aws.policy.PolicyDocument;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A read-only view of an AWS import for other importers that join it (the EKS bridge): each user's and role's
 * effective permissions, and each role's trust policy. Built by {@link AwsImporter}; empty without AWS inputs.
 */
public final class AwsPrincipals {
    /**
     * A user or role.
     *
     * @param arn its ARN
     * @param account its account id
     * @param role true for roles
     * @param serviceLinked true for service-linked roles ({@code /aws-service-role/}), which nobody can change
     * @param permissions its effective permissions
     */
    public record Principal(String arn, String account, boolean role, boolean serviceLinked, EffectivePermissions permissions) {}

    private final Map<String, Principal> principals = new LinkedHashMap<>();
    private final Map<String, IamRole> roles = new LinkedHashMap<>();

    private AwsPrincipals() {}

    public static AwsPrincipals none() {
        return new AwsPrincipals();
    }

    static AwsPrincipals of(AwsInventory inventory, Map<String, PrincipalPermissions> permissions) {
        AwsPrincipals out = new AwsPrincipals();
        permissions.values().forEach(p -> out.principals.put(p.arn(), new Principal(p.arn(), p.account(), p.isRole(),
                p.principal().info().path().startsWith("/aws-service-role/"), p.permissions())));
        inventory.roles().forEach(r -> out.roles.put(r.arn(), r));
        return out;
    }

    public List<Principal> all() {
        return new ArrayList<>(principals.values());
    }

    public Optional<Principal> principal(String arn) {
        return Optional.ofNullable(principals.get(arn));
    }

    /** The role's trust policy, when the export has a readable one. */
    public Optional<PolicyDocument> trustPolicy(String roleArn) {
        return Optional.ofNullable(roles.get(roleArn)).flatMap(IamRole::trust);
    }

    /** The file the role was read from, or empty. */
    public String file(String roleArn) {
        return Optional.ofNullable(roles.get(roleArn)).map(r -> r.info().file()).orElse("");
    }
}
