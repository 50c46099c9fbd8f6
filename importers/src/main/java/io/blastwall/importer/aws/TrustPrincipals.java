package io.blastwall.importer.aws;

import io.blastwall.importer.aws.policy.Statement;
import java.util.List;

/** Whether a trust statement's {@code Principal} (or {@code NotPrincipal}) names a caller. */
final class TrustPrincipals {
    private TrustPrincipals() {}

    /**
     * @param callerArn the caller's ARN, or for principals outside the snapshot the value they were named by
     * @param uniqueId the caller's unique id, or empty
     */
    static boolean matches(Statement statement, String callerArn, String uniqueId) {
        String account = Arn.accountOf(callerArn);
        boolean named = false;
        for (List<String> values : statement.principals().values()) {
            for (String v : values) {
                named |= v.equals("*") || v.equals(callerArn) || (!uniqueId.isEmpty() && v.equals(uniqueId))
                        || (!account.isEmpty() && (v.equals(account) || v.equals(Arn.accountRoot(Arn.partitionOf(callerArn), account))));
            }
        }
        return statement.notPrincipal() != named;
    }
}
