package io.blastwall.importer.aws;

import io.blastwall.analysis.ProgressListener;
import io.blastwall.importer.DetectedSource;
import io.blastwall.importer.ImportException;
import io.blastwall.importer.ImportOptions;
import io.blastwall.importer.Warnings;
import io.blastwall.model.AccessLevel;
import io.blastwall.model.Confidence;
import io.blastwall.model.EntityId;
import io.blastwall.model.IdentityGraph;
import io.blastwall.model.RelationKind;
import io.blastwall.model.Sensitivity;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns AWS exports (authorization details, credential reports) into one graph: identities, policies, grants,
 * effective access, trust, credentials, admin-equivalence and crown jewels. Several exports (several accounts)
 * merge into one graph, with cross-account trust between them.
 */
public final class AwsImporter {
    private final ImportOptions options;
    private final Warnings warnings;
    private final List<BucketPolicy> bucketPolicies = new ArrayList<>();
    private AwsPrincipals view = AwsPrincipals.none();

    public AwsImporter(ImportOptions options, Warnings warnings) {
        this.options = options;
        this.warnings = warnings;
    }

    /**
     * @param sources detected AWS inputs (exports and credential reports)
     * @param policySources detected policy documents used to resolve AWS-managed policies
     */
    public IdentityGraph importSources(List<DetectedSource> sources, List<DetectedSource> policySources, ProgressListener progress)
            throws ImportException {
        AwsInventory inventory = read(sources, policySources, progress);
        GraphDraft draft = new GraphDraft();
        new IdentityEntities(inventory, new PrincipalClassifier(options.aiAgentNamePatterns()), draft).addAll();
        progress.progress("Evaluating AWS policies", 0, -1);
        PermissionsBuilder builder = new PermissionsBuilder(inventory, new PolicyGrants(inventory, draft, warnings));
        Map<String, PrincipalPermissions> principals = builder.build();
        view = AwsPrincipals.of(inventory, principals);
        inventory.allCredentials().forEach(new CredentialEntities(draft)::add);
        relations(inventory, principals, builder, draft, progress);
        new SensitivityRules(options.sensitiveResourcePatterns()).apply(draft);
        return draft.build();
    }

    /** The principals and roles of the last import, for importers that join AWS data (the EKS bridge). */
    public AwsPrincipals principals() {
        return view;
    }

    private AwsInventory read(List<DetectedSource> sources, List<DetectedSource> policySources, ProgressListener progress)
            throws ImportException {
        AwsInventory inventory = new AwsInventory(warnings);
        GaadReader gaad = new GaadReader(warnings);
        CredentialReportReader reports = new CredentialReportReader(warnings);
        int done = 0;
        for (DetectedSource source : sources) {
            progress.progress("Reading " + source.path(), done++, sources.size());
            switch (source.format()) {
                case AWS_GAAD -> inventory.add(gaad.read(source));
                case AWS_CREDENTIAL_REPORT -> inventory.add(reports.read(source));
                case AWS_ORGANIZATION -> inventory.add(new OrganizationReader(warnings).read(source), source.path());
                case AWS_BUCKET_POLICIES -> bucketPolicies.addAll(new BucketPolicyReader(warnings).read(source));
                default -> warnings.add(source.path(), "", "not an AWS export; skipped");
            }
        }
        inventory.addUsersOnlyInReports();
        ManagedPolicyCatalog catalog = new ManagedPolicyCatalog(warnings);
        policySources.forEach(catalog::add);
        inventory.resolvePolicies(catalog);
        return inventory;
    }

    private void relations(AwsInventory inventory, Map<String, PrincipalPermissions> principals, PermissionsBuilder builder,
            GraphDraft draft,
            ProgressListener progress) throws ImportException {
        AccessRelations access = new AccessRelations(draft, new ResourceEntities(draft));
        AdminDetector detector = new AdminDetector(inventory, builder);
        Set<String> admins = new LinkedHashSet<>();
        int done = 0;
        for (PrincipalPermissions p : principals.values()) {
            checkCancelled();
            progress.progress("Evaluating effective permissions", done++, principals.size());
            access.add(p);
            List<AdminPath> paths = detector.paths(p);
            markAdmin(p, paths, draft);
            if (!paths.isEmpty()) {
                admins.add(p.arn());
            }
        }
        new BucketPolicyRules(inventory, principals, draft, new ResourceEntities(draft)).apply(bucketPolicies);
        TrustRelations trust = new TrustRelations(inventory, principals, draft, warnings, admins);
        for (IamRole role : inventory.roles()) {
            checkCancelled();
            trust.add(role);
        }
        progress.progress("Finding escalation paths", 0, -1);
        new EscalationRules(inventory, principals, draft).addAll(admins);
        new GroupJoinRules(inventory, principals, builder, draft).addAll(admins);
        new PassRoleRules(inventory, principals, draft).addAll(admins);
        new PolicyChangeReach(draft).addAll().forEach((arn, confidence) -> {
            admins.add(arn);
            markAdminEntity(draft, arn, "can change the policies of an identity it reaches",
                    confidence.name().toLowerCase(java.util.Locale.ROOT));
        });
        accountControl(inventory, admins, draft);
    }

    /**
     * An administrator of an account can become any identity in it (rewrite a trust policy, attach a policy, create
     * an access key), so each account with an administrator controls its users and roles. One edge per identity keeps
     * this linear; service-linked roles are left out because nobody can change their trust or policies. Administrators
     * whose admin path is only conditional count too: their ADMIN_OF relation carries the conditions, so a path
     * through the account is as conditional as they are (the price: a single proven escalation of such a principal
     * shows as conditional).
     */
    private static void accountControl(AwsInventory inventory, Set<String> admins, GraphDraft draft) {
        Set<String> governed = admins.stream().map(Arn::accountOf).collect(Collectors.toSet());
        inventory.holders()
                .filter(h -> h instanceof IamUser || h instanceof IamRole)
                .filter(h -> governed.contains(h.account()))
                .filter(h -> !h.info().path().startsWith("/aws-service-role/"))
                .forEach(h -> draft.relate(new Edge(RelationKind.CONTROLS,
                        EntityId.of(Arn.accountRoot(Arn.partitionOf(h.arn()), h.account())), EntityId.of(h.arn()),
                        AccessLevel.NONE, Set.of(), List.of(), Confidence.PROVEN, "AWS-ACCOUNT-ADMIN", List.of())));
    }

    private static void markAdmin(PrincipalPermissions p, List<AdminPath> paths, GraphDraft draft) {
        if (paths.isEmpty()) {
            return;
        }
        String account = Arn.accountRoot(Arn.partitionOf(p.arn()), p.account());
        for (AdminPath path : paths) {
            draft.relate(new Edge(RelationKind.ADMIN_OF, EntityId.of(p.arn()), EntityId.of(account),
                    AccessLevel.NONE, path.actions(), path.allowance().grants(),
                    path.allowance().confidence(), path.rule(), path.allowance().conditions(), path.allowance().evidence()));
        }
        Set<String> reasons = paths.stream().map(AdminPath::reason).collect(Collectors.toCollection(LinkedHashSet::new));
        boolean proven = paths.stream().anyMatch(x -> x.allowance().isProven());
        markAdminEntity(draft, p.arn(), String.join("; ", reasons), proven ? "proven" : "conditional");
    }

    /** Marks an identity admin-equivalent: a crown jewel, with why and how sure. */
    private static void markAdminEntity(GraphDraft draft, String arn, String reason, String confidence) {
        draft.update(arn, e -> e.withSensitivity(Sensitivity.CRITICAL)
                .withProperty("adminEquivalent", "true")
                .withProperty("adminReason", reason)
                .withProperty("adminConfidence", confidence)
                .withProperty("sensitivityReason", "admin-equivalent: " + reason));
    }

    private static void checkCancelled() throws ImportException {
        if (Thread.currentThread().isInterrupted()) {
            throw new ImportException("", "", "import cancelled");
        }
    }
}
