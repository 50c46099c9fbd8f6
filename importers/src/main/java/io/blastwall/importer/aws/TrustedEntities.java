package io.blastwall.importer.aws;

import io.blastwall.model.Entity;
import io.blastwall.model.EntityId;
import io.blastwall.model.EntityKind;
import io.blastwall.model.Provider;
import io.blastwall.model.Sensitivity;
import java.util.Locale;
import java.util.Map;

/**
 * Entities for principals a trust policy names that are not users or roles of the snapshot: AWS services, identity
 * providers, other accounts and "anyone". Ids: the service principal in the trusting role's account
 * ({@code ec2.amazonaws.com@111122223333}), the provider ARN or name, the account root ARN
 * ({@code arn:aws:iam::111122223333:root}), and {@code aws:anyone}.
 */
final class TrustedEntities {
    static final String ANYONE = "aws:anyone";

    private final GraphDraft draft;

    TrustedEntities(GraphDraft draft) {
        this.draft = draft;
    }

    /** The service acting in one account: roles of that account trust it, callers of that account pass roles to it. */
    String service(String service, String account) {
        return serviceEntity(serviceId(service, account), service + " in " + account, service, account,
                "AWS service principal named in a trust policy");
    }

    /**
     * The roles in instance profiles that a service (EC2) can run instances as, in one account: whoever may pass all
     * of them and launch instances reaches this entity, which can assume each of them.
     */
    String instanceProfiles(String service, String account) {
        return serviceEntity(service.toLowerCase(Locale.ROOT) + "/instance-profile@" + account,
                "instance profiles for " + service + " in " + account, service, account,
                "every role in an instance profile that " + service + " can run instances as");
    }

    /**
     * The instances of one account that run the SSM agent as a role in an instance profile (AWS-SSM-01/02): whoever
     * may send commands to, or open sessions on, every instance reaches this entity, which can assume each such role.
     */
    String managedInstances(String service, String account) {
        return serviceEntity(service.toLowerCase(Locale.ROOT) + "/ssm-managed-instance@" + account,
                "SSM managed instances in " + account, service, account,
                "every role in an instance profile that may use the SSM agent's channel");
    }

    /** An AWS service entity of one account, made once. */
    private String serviceEntity(String id, String name, String service, String account, String classification) {
        draft.putIfAbsent(new Entity(EntityId.of(id), EntityKind.SERVICE, Provider.AWS, "AWS::Service", name,
                Sensitivity.NONE, Map.of(), new Props().put("servicePrincipal", service).put("account", account)
                        .put("classification", classification).map()));
        return id;
    }

    static String serviceId(String service, String account) {
        return service.toLowerCase(Locale.ROOT) + "@" + account;
    }

    String federated(String provider) {
        String lower = provider.toLowerCase(Locale.ROOT);
        String nativeType = lower.contains(":saml-provider/") ? "AWS::IAM::SAMLProvider"
                : lower.contains(":oidc-provider/") ? "AWS::IAM::OIDCProvider" : "AWS::WebIdentityProvider";
        String name = provider.contains("/") ? provider.substring(provider.indexOf('/') + 1) : provider;
        Props props = new Props().put("arn", provider.startsWith("arn:") ? provider : "")
                .put("account", Arn.accountOf(provider)).put("classification", "identity provider named in a trust policy");
        draft.putIfAbsent(new Entity(EntityId.of(provider), EntityKind.FEDERATED_PRINCIPAL, Provider.AWS, nativeType, name,
                Sensitivity.NONE, Map.of(), props.map()));
        return provider;
    }

    String externalAccount(String partition, String account) {
        String id = Arn.accountRoot(partition, account);
        draft.putIfAbsent(new Entity(EntityId.of(id), EntityKind.EXTERNAL_ACCOUNT, Provider.AWS, "AWS::Account",
                "AWS account " + account + " (not in the snapshot)", Sensitivity.NONE, Map.of(),
                Props.of(id).put("thirdParty", "true")
                        .put("classification", "account trusted by a role but not part of the snapshot").map()));
        return id;
    }

    String anyone() {
        draft.putIfAbsent(new Entity(EntityId.of(ANYONE), EntityKind.EXTERNAL_ACCOUNT, Provider.EXTERNAL, "AWS::Anyone",
                "Any AWS principal (Principal \"*\")", Sensitivity.NONE, Map.of(),
                new Props().put("thirdParty", "true").put("anyone", "true")
                        .put("classification", "a trust or bucket policy names \"*\" (or NotPrincipal): any AWS account, or for"
                                + " a bucket anyone at all, may use it").map()));
        return ANYONE;
    }
}
