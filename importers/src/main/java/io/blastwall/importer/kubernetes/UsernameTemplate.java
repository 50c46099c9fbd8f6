package io.blastwall.importer.kubernetes;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Kubernetes user name EKS gives an AWS principal (aws-auth {@code username}, an access entry's user name or its
 * default), with the authenticator's templates resolved as far as the export allows. {@code {{AccountID}}} is the
 * principal's account and is filled in; {@code {{SessionName}}}, {@code {{SessionNameRaw}}},
 * {@code {{EC2PrivateDNSName}}}, {@code {{EC2InstanceID}}} and {@code {{AccessKeyID}}} differ per session, so such a
 * name is a pattern: one Kubernetes user per session. Its id uses {@code *} for each per-session part
 * ({@code platform-admin:*}), its display name says what goes there ({@code platform-admin:<session name>}), and
 * {@link #matches} tells which concrete user names (named in bindings, or the kubelets' {@code system:node:<node>})
 * a session can get.
 *
 * @param template the user name as written in the export
 * @param resolved the user name with the parts known offline filled in (still holding per-session templates)
 */
record UsernameTemplate(String template, String resolved) {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([A-Za-z0-9]+)}}");

    UsernameTemplate {
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(resolved, "resolved");
    }

    /** The user name for a principal, {@code {{AccountID}}} taken from its ARN. */
    static UsernameTemplate of(String username, String principalArn) {
        String[] parts = principalArn.split(":", 6);
        String account = parts.length > 4 ? parts[4] : "";
        String resolved = account.isEmpty() ? username : username.replace("{{AccountID}}", account);
        return new UsernameTemplate(username, resolved);
    }

    /** True when the name differs per session (some template is left after resolving). */
    boolean isPattern() {
        return PLACEHOLDER.matcher(resolved).find();
    }

    /** The part of the id after {@code user/}: the name with {@code *} for each per-session template. */
    String key() {
        return PLACEHOLDER.matcher(resolved).replaceAll("*");
    }

    /** What an analyst reads: the name with each per-session part described ({@code <session name>}). */
    String displayName() {
        Matcher m = PLACEHOLDER.matcher(resolved);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement("<" + describe(m.group(1)) + ">"));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The per-session templates left, as written ({@code SessionName}). */
    Set<String> placeholders() {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = PLACEHOLDER.matcher(resolved);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    /**
     * True when the caller of a session chooses the per-session part (the session name it asks STS for); false when
     * the instance decides it ({@code {{EC2PrivateDNSName}}}, {@code {{EC2InstanceID}}}) or the key does.
     */
    boolean callerChooses() {
        return placeholders().stream().allMatch(p -> p.startsWith("SessionName"));
    }

    /** True when a concrete user name is one a session can get (each per-session part is a non-empty string). */
    boolean matches(String username) {
        if (!isPattern()) {
            return resolved.equals(username);
        }
        List<String> literals = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(resolved);
        int at = 0;
        while (m.find()) {
            literals.add(Pattern.quote(resolved.substring(at, m.start())));
            at = m.end();
        }
        literals.add(Pattern.quote(resolved.substring(at)));
        return !username.contains("{{") && username.matches(String.join(".+", literals));
    }

    /** A sentence saying what the name is. */
    String explain() {
        if (!isPattern()) {
            return template.equals(resolved) ? "" : "user name " + template + " with the account filled in";
        }
        return "one Kubernetes user per AWS session: " + displayName() + " (the username template " + template + ")";
    }

    private static String describe(String placeholder) {
        return switch (placeholder) {
            case "SessionName", "SessionNameRaw" -> "session name";
            case "EC2PrivateDNSName" -> "node's private DNS name";
            case "EC2InstanceID" -> "instance id";
            case "AccessKeyID" -> "access key id";
            case "AccountID" -> "account id";
            default -> placeholder;
        };
    }
}
