package io.blastwall.importer.aws;

import io.blastwall.importer.aws.policy.Glob;
import io.blastwall.model.AccessLevel;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The access level of an action, AWS's own classification (the Service Authorization Reference's List, Read, Write,
 * Permissions management, Tagging), worked out from the verb its name starts with, which that classification follows
 * closely, plus the actions where AWS departs from the verb. A wildcard pattern gets the strongest level any action it
 * matches could have: {@code s3:Put*} includes {@code PutBucketPolicy}, so it is permissions management; {@code s3:*}
 * and {@code *} are admin.
 *
 * <p>Invoking (running a function, an API, a state machine, an agent: {@code lambda:InvokeFunction},
 * {@code execute-api:Invoke}, {@code states:StartExecution}, {@code bedrock:InvokeAgent}) is Write in AWS's table,
 * so it stays Write here: it makes the target do work with its own permissions. Model inference, {@code
 * bedrock:InvokeModel} and {@code bedrock:InvokeModelWithResponseStream}, is Read in AWS's table, and so here.
 */
final class ActionLevels {
    private static final List<String> PERMISSIONS = List.of(
            "Put*Policy", "Put*Policy*", "Attach*", "Detach*", "Delete*Policy", "Delete*Policy*", "Set*Policy*",
            "CreatePolicy", "CreatePolicyVersion", "SetDefaultPolicyVersion", "UpdateAssumeRolePolicy", "PassRole",
            "Add*Permission*", "Remove*Permission*", "Put*Permission*", "Create*Permission*", "Delete*Permission*",
            "Update*Permission*", "Modify*Permission*", "Set*Permission*", "Grant*", "Revoke*", "Create*Grant",
            "Retire*Grant", "Put*Acl", "Set*Acl*", "Update*Acl*", "Put*PermissionsBoundary", "Delete*PermissionsBoundary");
    private static final List<String> WRITE = List.of(
            "Put*", "Create*", "Delete*", "Update*", "Modify*", "Run*", "Invoke*", "Start*", "Stop*", "Send*", "Terminate*",
            "Reboot*", "Restore*", "Copy*", "Replicate*", "Import*", "Publish*", "Execute*", "Associate*", "Disassociate*",
            "Enable*", "Disable*", "Register*", "Deregister*", "Set*", "Reset*", "Change*", "Upload*", "Write*",
            "BatchWrite*", "BatchDelete*", "BatchPut*", "Cancel*", "Apply*", "Assume*", "Rotate*", "Encrypt*",
            "Decrypt*", "ReEncrypt*", "Generate*", "Sign*", "Restart*", "Resume*", "Suspend*", "Add*", "Remove*",
            "Attach*", "Detach*", "Release*", "Allocate*", "Accept*", "Reject*", "Purge*", "Submit*", "Admin*",
            "Tag*", "Untag*", "Abort*", "Complete*", "Initiate*", "Transfer*", "Receive*", "Connect*", "Open*",
            "Rebuild*", "Activate*", "Deactivate*", "Subscribe*", "Unsubscribe*", "Confirm*");
    private static final List<String> READ = List.of(
            "Get*", "Read*", "Select*", "Query*", "Scan*", "Download*", "BatchGet*", "Lookup*", "Search*", "Retrieve*",
            "View*", "Export*", "Preview*", "Filter*", "Simulate*", "Check*", "Verify*", "Validate*", "Head*");
    private static final List<String> LIST = List.of("List*", "Describe*");
    private static final List<String> TAGGING = List.of("Tag*", "Untag*");

    /** Actions whose AWS access level is not the one of their verb, in lower case. */
    private static final Map<String, AccessLevel> EXCEPTIONS = Map.of(
            "bedrock:invokemodel", AccessLevel.READ,
            "bedrock:invokemodelwithresponsestream", AccessLevel.READ);

    /** Levels already worked out; action names repeat across policies and principals. */
    private static final Map<String, AccessLevel> KNOWN = new ConcurrentHashMap<>();

    private ActionLevels() {}

    static AccessLevel of(String action) {
        return KNOWN.computeIfAbsent(action.toLowerCase(Locale.ROOT), ActionLevels::classify);
    }

    private static AccessLevel classify(String action) {
        int colon = action.indexOf(':');
        String name = colon < 0 ? action : action.substring(colon + 1);
        if (name.equals("*") || action.equals("*")) {
            return AccessLevel.ADMIN;
        }
        if (!Glob.hasWildcard(action) && EXCEPTIONS.containsKey(action)) {
            return EXCEPTIONS.get(action);
        }
        if (overlapsAny(name, PERMISSIONS)) {
            return AccessLevel.PERMISSIONS_MANAGEMENT;
        }
        boolean tagging = overlapsAny(name, TAGGING);
        boolean write = overlapsAny(name, WRITE.stream().filter(w -> !TAGGING.contains(w)).toList());
        if (write) {
            return AccessLevel.WRITE;
        }
        if (tagging) {
            return AccessLevel.TAGGING;
        }
        if (overlapsAny(name, READ)) {
            return AccessLevel.READ;
        }
        if (overlapsAny(name, LIST)) {
            return AccessLevel.LIST;
        }
        return AccessLevel.WRITE;
    }

    static AccessLevel strongest(Collection<String> actions) {
        AccessLevel level = AccessLevel.NONE;
        for (String action : actions) {
            level = AccessLevel.strongest(level, of(action));
        }
        return level;
    }

    private static boolean overlapsAny(String name, List<String> patterns) {
        return patterns.stream().anyMatch(p -> Glob.overlaps(p, name));
    }
}
