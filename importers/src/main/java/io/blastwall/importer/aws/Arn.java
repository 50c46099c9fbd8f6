package io.blastwall.importer.aws;

import java.util.Optional;

/**
 * The parts of an ARN: {@code arn:partition:service:region:account:resource}.
 *
 * @param resource everything after the account, for example {@code role/service-role/level1}
 */
record Arn(String partition, String service, String region, String account, String resource) {

    static Optional<Arn> parse(String text) {
        if (!text.startsWith("arn:")) {
            return Optional.empty();
        }
        int[] colons = new int[5];
        int from = 0;
        for (int i = 0; i < 5; i++) {
            colons[i] = text.indexOf(':', from);
            if (colons[i] < 0) {
                return Optional.empty();
            }
            from = colons[i] + 1;
        }
        return Optional.of(new Arn(text.substring(colons[0] + 1, colons[1]), text.substring(colons[1] + 1, colons[2]),
                text.substring(colons[2] + 1, colons[3]), text.substring(colons[3] + 1, colons[4]),
                text.substring(colons[4] + 1)));
    }

    /** The resource type: {@code role} for {@code role/x}, {@code function} for {@code function:f}, or empty. */
    String resourceType() {
        int cut = firstSeparator(resource);
        return cut < 0 ? "" : resource.substring(0, cut);
    }

    /** The last part of the resource: the name of a role, user, bucket or key. */
    String resourceName() {
        int slash = resource.lastIndexOf('/');
        int colon = resource.lastIndexOf(':');
        return resource.substring(Math.max(slash, colon) + 1);
    }

    /** The account field, without building the other parts (this is called for every principal, many times). */
    static String accountOf(String arn) {
        if (!arn.startsWith("arn:")) {
            return "";
        }
        int from = 0;
        int start = -1;
        for (int i = 0; i < 5; i++) {
            int colon = arn.indexOf(':', from);
            if (colon < 0) {
                return "";
            }
            if (i == 4) {
                return arn.substring(start, colon);
            }
            start = colon + 1;
            from = colon + 1;
        }
        return "";
    }

    static String partitionOf(String arn) {
        return parse(arn).map(Arn::partition).filter(p -> !p.isEmpty()).orElse("aws");
    }

    static String accountRoot(String partition, String account) {
        return "arn:" + partition + ":iam::" + account + ":root";
    }

    private static int firstSeparator(String text) {
        int slash = text.indexOf('/');
        int colon = text.indexOf(':');
        if (slash < 0) {
            return colon;
        }
        return colon < 0 ? slash : Math.min(slash, colon);
    }
}
