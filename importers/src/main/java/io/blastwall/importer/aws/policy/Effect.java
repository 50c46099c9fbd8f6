package io.blastwall.importer.aws.policy;

/** The effect of a policy statement. */
public enum Effect {
    ALLOW,
    DENY;

    static Effect parse(String text) throws PolicyFormatException {
        return switch (text) {
            case "Allow" -> ALLOW;
            case "Deny" -> DENY;
            default -> throw new PolicyFormatException("Effect must be \"Allow\" or \"Deny\", not \"" + text + "\"");
        };
    }
}
