package io.blastwall.importer.aws;

import io.blastwall.importer.aws.policy.RequestContext;
import java.util.Map;

/**
 * The condition keys known offline for a principal's own requests (catalogue E12): its name, ARN, account, unique
 * id (users), tags, and that requests use TLS. Everything else stays unknown.
 */
final class PrincipalContexts {
    private PrincipalContexts() {}

    static RequestContext of(Holder principal) {
        RequestContext.Builder b = RequestContext.builder()
                .value("aws:PrincipalArn", principal.arn())
                .value("aws:PrincipalAccount", principal.account())
                .value("aws:SecureTransport", "true")
                .value("aws:PrincipalIsAWSService", "false")
                .absentUnlessGiven("aws:PrincipalTag/");
        for (Map.Entry<String, String> tag : principal.tags().entrySet()) {
            b.value("aws:PrincipalTag/" + tag.getKey(), tag.getValue());
        }
        if (principal instanceof IamUser user) {
            b.value("aws:username", user.name()).value("aws:PrincipalType", "User");
            if (!user.info().uniqueId().isEmpty()) {
                b.value("aws:userid", user.info().uniqueId());
            }
        } else {
            b.absent("aws:username").value("aws:PrincipalType", "AssumedRole");
        }
        return b.build();
    }
}
