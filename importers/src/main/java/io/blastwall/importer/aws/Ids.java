package io.blastwall.importer.aws;

import io.blastwall.model.Confidence;
import io.blastwall.model.GrantId;
import io.blastwall.model.RelationKind;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * The id conventions of the AWS importer. Grant ids are readable and stable across imports of the same files:
 * <ul>
 *   <li>{@code aws:attach:<holderArn>:<policyArn>} a managed policy attachment
 *   <li>{@code aws:inline:<holderArn>:<policyName>} an inline policy
 *   <li>{@code aws:member:<userArn>:<groupArn>} a group membership
 *   <li>{@code aws:trust:<roleArn>:<statementIndex>:<principal>} one principal of one trust statement
 *   <li>{@code aws:instance-profile:<profileArn>:<roleArn>} a role in an instance profile
 *   <li>{@code aws:access-key:<userArn>:<1|2>} an access key slot
 * </ul>
 * Relation ids are {@code <kind>:<from>-><to>#<12 hex digits of the SHA-256 of the grant ids>}, with {@code ~c} or
 * {@code ~h} appended when a conditional or heuristic relation has the same grants as a proven one.
 */
final class Ids {
    private Ids() {}

    static GrantId attachment(String holderArn, String policyArn) {
        return GrantId.of("aws:attach:" + holderArn + ":" + policyArn);
    }

    static GrantId inline(String holderArn, String policyName) {
        return GrantId.of("aws:inline:" + holderArn + ":" + policyName);
    }

    static GrantId membership(String userArn, String groupArn) {
        return GrantId.of("aws:member:" + userArn + ":" + groupArn);
    }

    static GrantId trust(String roleArn, int statementIndex, String principal) {
        return GrantId.of("aws:trust:" + roleArn + ":" + statementIndex + ":" + principal);
    }

    static GrantId instanceProfile(String profileArn, String roleArn) {
        return GrantId.of("aws:instance-profile:" + profileArn + ":" + roleArn);
    }

    static GrantId accessKey(String userArn, int number) {
        return GrantId.of("aws:access-key:" + userArn + ":" + number);
    }

    static String relation(RelationKind kind, String from, String to, List<GrantId> grants, Confidence confidence) {
        String suffix = switch (confidence) {
            case PROVEN -> "";
            case CONDITIONAL -> "~c";
            case HEURISTIC -> "~h";
        };
        return kind.name().toLowerCase(Locale.ROOT) + ":" + from + "->" + to + "#" + hash(grants) + suffix;
    }

    private static String hash(List<GrantId> grants) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            grants.stream().map(GrantId::value).sorted().forEach(g -> {
                digest.update(g.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            });
            return HexFormat.of().formatHex(digest.digest()).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
