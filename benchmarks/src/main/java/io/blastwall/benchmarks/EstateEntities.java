package io.blastwall.benchmarks;

import io.blastwall.benchmarks.EstateGenerator.Estate;
import io.blastwall.model.EntityId;
import io.blastwall.model.EntityKind;
import io.blastwall.model.Provider;
import io.blastwall.model.Sensitivity;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The entities of a generated estate. Identities by share of {@link EstateSize#identities()}: roles 10 %, IAM
 * users 18 %, access keys 14 %, humans 6 %, groups 1 %, federated principals 1 %, AI agents 2 %, external accounts
 * 0.5 %, one cloud service principal per account, Kubernetes service accounts 12 %, workloads the rest. Resources:
 * 90 % in cloud accounts, 10 % in Kubernetes namespaces; 0.2 % are crown jewels.
 */
final class EstateEntities {
    private static final String[] CLOUD_TYPES = {"AWS::S3::Bucket", "AWS::DynamoDB::Table",
        "AWS::SecretsManager::Secret", "AWS::KMS::Key", "AWS::RDS::DBInstance", "AWS::SQS::Queue",
        "AWS::Lambda::Function", "AWS::EC2::Instance"};
    private static final String[] CLUSTER_TYPES = {"Kubernetes::Secret", "Kubernetes::ConfigMap",
        "Kubernetes::Deployment"};

    private final Estate estate;
    private final EstateSize size;
    private final RelationSink sink;
    private final SplittableRandom random;

    EstateEntities(Estate estate, EstateSize size, RelationSink sink, SplittableRandom random) {
        this.estate = estate;
        this.size = size;
        this.sink = sink;
        this.random = random;
    }

    void create() {
        int n = size.identities();
        int roles = Math.max(size.accounts() * 2, n / 10);
        int users = n * 18 / 100;
        int keys = n * 14 / 100;
        int humans = n * 6 / 100;
        int groups = Math.max(1, n / 100);
        int federated = Math.max(1, n / 100);
        int agents = n * 2 / 100;
        int externals = Math.max(1, n / 200);
        int podAccounts = n * 12 / 100;
        int workloads = n - roles - users - keys - humans - groups - federated - agents - externals - podAccounts
                - size.accounts();
        cloud(roles, users, agents);
        people(keys, humans, groups, federated, externals);
        kubernetes(podAccounts, workloads);
    }

    private void cloud(int roles, int users, int agents) {
        int accounts = size.accounts();
        int cloudResources = size.resources() * 9 / 10;
        for (int a = 0; a < accounts; a++) {
            String place = "acct-" + RelationSink.padded(a, 4);
            estate.accounts.add(add("aws:" + place, EntityKind.RESOURCE, Provider.AWS, "AWS::Account", Sensitivity.HIGH));
            estate.services.add(add("aws:" + place + "/service-ec2", EntityKind.SERVICE, Provider.AWS,
                    "AWS::Service", Sensitivity.NONE));
            estate.roles.add(dealt(roles, a, accounts, Provider.AWS, place, "role", EntityKind.ROLE, "AWS::IAM::Role"));
            estate.users.add(dealt(users, a, accounts, Provider.AWS, place, "user", EntityKind.SERVICE_ACCOUNT,
                    "AWS::IAM::User"));
            estate.agents.add(dealt(agents, a, accounts, Provider.AWS, place, "agent", EntityKind.AI_AGENT,
                    "AWS::Bedrock::Agent"));
            List<EntityId> resources = new ArrayList<>();
            int from = (int) ((long) cloudResources * a / accounts);
            int to = (int) ((long) cloudResources * (a + 1) / accounts);
            for (int r = from; r < to; r++) {
                resources.add(add(Estate.id(Provider.AWS, place, "res", r), EntityKind.RESOURCE, Provider.AWS,
                        CLOUD_TYPES[r % CLOUD_TYPES.length], estate.sensitivity()));
            }
            estate.accountResources.add(resources);
        }
    }

    private void people(int keys, int humans, int groups, int federated, int externals) {
        for (int i = 0; i < keys; i++) {
            estate.credentials.add(add(Estate.id(Provider.AWS, "keys", "key", i), EntityKind.CREDENTIAL, Provider.AWS,
                    "AWS::IAM::AccessKey", Sensitivity.NONE));
        }
        for (int i = 0; i < humans; i++) {
            estate.humans.add(add(Estate.id(Provider.AWS, "people", "human", i), EntityKind.HUMAN, Provider.AWS,
                    "AWS::IAM::User", Sensitivity.NONE));
        }
        for (int i = 0; i < groups; i++) {
            estate.groups.add(add(Estate.id(Provider.AWS, "people", "group", i), EntityKind.GROUP, Provider.AWS,
                    "AWS::IAM::Group", Sensitivity.NONE));
        }
        for (int i = 0; i < federated; i++) {
            estate.federated.add(add(Estate.id(Provider.GITHUB, "oidc", "repo", i), EntityKind.FEDERATED_PRINCIPAL,
                    Provider.GITHUB, "GitHub::Actions::Repository", Sensitivity.NONE));
        }
        for (int i = 0; i < externals; i++) {
            estate.externals.add(add(Estate.id(Provider.EXTERNAL, "vendors", "account", i), EntityKind.EXTERNAL_ACCOUNT,
                    Provider.EXTERNAL, "AWS::Account", Sensitivity.NONE));
        }
    }

    private void kubernetes(int podAccounts, int workloads) {
        int namespaces = size.clusters() * EstateSize.NAMESPACES_PER_CLUSTER;
        int clusterResources = size.resources() - size.resources() * 9 / 10;
        for (int k = 0; k < size.clusters(); k++) {
            estate.clusters.add(add("k8s:cluster-" + RelationSink.padded(k, 3), EntityKind.RESOURCE, Provider.KUBERNETES,
                    "Kubernetes::Cluster", Sensitivity.HIGH));
        }
        for (int ns = 0; ns < namespaces; ns++) {
            String place = "cluster-" + RelationSink.padded(ns / EstateSize.NAMESPACES_PER_CLUSTER, 3) + "/ns-"
                    + RelationSink.padded(ns, 4);
            estate.namespaces.add(add("k8s:" + place, EntityKind.RESOURCE, Provider.KUBERNETES,
                    "Kubernetes::Namespace", Sensitivity.MEDIUM));
            estate.namespaceAccountLists.add(dealt(podAccounts, ns, namespaces, Provider.KUBERNETES, place, "sa",
                    EntityKind.SERVICE_ACCOUNT, "Kubernetes::ServiceAccount"));
            List<EntityId> resources = new ArrayList<>();
            int from = (int) ((long) clusterResources * ns / namespaces);
            int to = (int) ((long) clusterResources * (ns + 1) / namespaces);
            for (int r = from; r < to; r++) {
                resources.add(add(Estate.id(Provider.KUBERNETES, place, "obj", r), EntityKind.RESOURCE,
                        Provider.KUBERNETES, CLUSTER_TYPES[r % CLUSTER_TYPES.length], estate.sensitivity()));
            }
            estate.namespaceResources.add(resources);
        }
        for (int s = 0; s < podAccounts; s++) {
            List<EntityId> inNamespace = estate.namespaceAccountLists.get(s % namespaces);
            estate.podAccounts.add(inNamespace.get(s / namespaces));
        }
        for (int w = 0; w < workloads; w++) {
            int ns = w % namespaces;
            String place = estate.namespaces.get(ns).value().substring("k8s:".length());
            estate.workloads.add(add(Estate.id(Provider.KUBERNETES, place, "pod", w), EntityKind.WORKLOAD,
                    Provider.KUBERNETES, "Kubernetes::Pod", Sensitivity.NONE));
        }
    }

    /** The identities number {@code slot}, {@code slot + slots}, ... of {@code total}, in one place. */
    private List<EntityId> dealt(int total, int slot, int slots, Provider provider, String place, String kindName,
            EntityKind kind, String nativeType) {
        List<EntityId> ids = new ArrayList<>();
        for (int i = slot; i < total; i += slots) {
            ids.add(add(Estate.id(provider, place, kindName, i), kind, provider, nativeType, Sensitivity.NONE));
        }
        return ids;
    }

    private EntityId add(String id, EntityKind kind, Provider provider, String nativeType, Sensitivity sensitivity) {
        return sink.entity(id, kind, provider, nativeType, sensitivity).id();
    }
}
