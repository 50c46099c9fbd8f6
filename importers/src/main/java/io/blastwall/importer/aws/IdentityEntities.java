package io.blastwall.importer.aws;

import io.blastwall.model.Entity;
import io.blastwall.model.EntityId;
import io.blastwall.model.EntityKind;
import io.blastwall.model.Provider;
import io.blastwall.model.Sensitivity;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Creates the entities of accounts, users, groups, roles, managed policies and instance profiles. */
final class IdentityEntities {
    private final AwsInventory inventory;
    private final PrincipalClassifier classifier;
    private final GraphDraft draft;

    IdentityEntities(AwsInventory inventory, PrincipalClassifier classifier, GraphDraft draft) {
        this.inventory = inventory;
        this.classifier = classifier;
        this.draft = draft;
    }

    void addAll() {
        inventory.accounts().forEach(root -> draft.put(account(root)));
        inventory.policies().forEach(p -> draft.put(policy(p)));
        inventory.groups().forEach(g -> draft.put(entity(g, EntityKind.GROUP, "AWS::IAM::Group", common(g))));
        inventory.users().forEach(this::addUser);
        inventory.roles().forEach(this::addRole);
    }

    /** The entity standing for a whole account in the snapshot: admin-equivalent identities are ADMIN_OF it. */
    static Entity account(String rootArn) {
        String account = Arn.accountOf(rootArn);
        return new Entity(EntityId.of(rootArn), EntityKind.RESOURCE, Provider.AWS, "AWS::Account", "AWS account " + account,
                Sensitivity.CRITICAL, Map.of(), Props.of(rootArn)
                        .put("sensitivityReason", "the account itself: whoever is admin of it controls everything in it")
                        .map());
    }

    private void addUser(IamUser user) {
        Optional<ReportedCredentials> report = inventory.credentials(user.arn());
        Classification c = classifier.user(user, report);
        Props props = common(user).put("classification", c.reason());
        report.ifPresent(r -> props.put("consolePassword", Boolean.toString(r.row().passwordEnabled()))
                .put("mfaActive", Boolean.toString(r.row().mfaActive()))
                .put("passwordLastUsed", r.row().passwordLastUsed()));
        draft.put(entity(user, c.kind(), "AWS::IAM::User", props));
    }

    private void addRole(IamRole role) {
        Classification c = classifier.role(role);
        Props props = common(role).put("classification", c.reason())
                .put("lastUsed", role.lastUsed())
                .put("lastUsedRegion", role.lastUsedRegion())
                .put("instanceProfiles", role.instanceProfiles().stream().map(InstanceProfile::arn).collect(Collectors.joining(",")));
        draft.put(entity(role, c.kind(), "AWS::IAM::Role", props));
        for (InstanceProfile p : role.instanceProfiles()) {
            draft.putIfAbsent(new Entity(EntityId.of(p.arn()), EntityKind.WORKLOAD, Provider.AWS, "AWS::IAM::InstanceProfile",
                    p.name(), Sensitivity.NONE, Map.of(), Props.of(p.arn()).put("createDate", p.createDate())
                            .put("classification", "EC2 instance profile: instances launched with it run as its role")
                            .map()));
        }
    }

    private static Props common(Holder h) {
        return Props.of(h.arn()).put("path", h.info().path()).put("createDate", h.info().createDate())
                .put("uniqueId", h.info().uniqueId()).put("permissionsBoundary", h.boundaryArn().orElse(""))
                .put("sourceFile", h.info().file());
    }

    private static Entity entity(Holder h, EntityKind kind, String nativeType, Props props) {
        return new Entity(EntityId.of(h.arn()), kind, Provider.AWS, nativeType, h.name(), Sensitivity.NONE, h.tags(), props.map());
    }

    private static Entity policy(ManagedPolicy p) {
        Props props = Props.of(p.arn()).put("path", p.path()).put("createDate", p.createDate())
                .put("updateDate", p.updateDate()).put("defaultVersion", p.defaultVersion())
                .put("awsManaged", Boolean.toString(p.isAwsManaged()))
                .put("documentSource", p.document().isPresent() ? p.origin() : "missing");
        return new Entity(EntityId.of(p.arn()), EntityKind.POLICY, Provider.AWS, "AWS::IAM::ManagedPolicy", p.name(),
                Sensitivity.NONE, Map.of(), props.map());
    }
}
