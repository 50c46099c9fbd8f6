package io.blastwall.sampledata;

import static io.blastwall.sampledata.Northwind.elements;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The exports hang together the way a real account's exports do. */
class NorthwindExportShapeTest {
    private static final List<String> PRINCIPAL_LISTS = List.of("UserDetailList", "GroupDetailList", "RoleDetailList");

    @ParameterizedTest
    @ValueSource(strings = {Northwind.PROD, Northwind.CI_TOOLS})
    void everyAttachedPolicyAndBoundaryIsIncludedInPolicies(String account) {
        JsonNode gaad = Northwind.gaad(account);
        Set<String> included = policyArns(gaad);
        Set<String> missing = new TreeSet<>(attachments(gaad));
        missing.addAll(boundaries(gaad));
        missing.removeAll(included);
        assertEquals(Set.of(), missing);
    }

    @ParameterizedTest
    @ValueSource(strings = {Northwind.PROD, Northwind.CI_TOOLS})
    void attachmentCountsAreTheNumberOfAttachments(String account) {
        JsonNode gaad = Northwind.gaad(account);
        Map<String, Long> counted = attachments(gaad).stream()
                .collect(Collectors.groupingBy(arn -> arn, Collectors.counting()));
        Map<String, Long> declared = new HashMap<>();
        for (JsonNode policy : elements(gaad.get("Policies"))) {
            long count = policy.get("AttachmentCount").asLong();
            if (count > 0) {
                declared.put(policy.get("Arn").asText(), count);
            }
        }
        assertEquals(counted, declared);
    }

    @ParameterizedTest
    @ValueSource(strings = {Northwind.PROD, Northwind.CI_TOOLS})
    void everyPolicyHasExactlyTheDefaultVersionItNames(String account) {
        for (JsonNode policy : elements(Northwind.gaad(account).get("Policies"))) {
            List<String> defaults = elements(policy.get("PolicyVersionList")).stream()
                    .filter(version -> version.get("IsDefaultVersion").asBoolean())
                    .map(version -> version.get("VersionId").asText())
                    .toList();
            assertEquals(List.of(policy.get("DefaultVersionId").asText()), defaults, policy.get("Arn").asText());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {Northwind.PROD, Northwind.CI_TOOLS})
    void usersBelongOnlyToGroupsOfTheirAccount(String account) {
        JsonNode gaad = Northwind.gaad(account);
        Set<String> groups = names(gaad.get("GroupDetailList"), "GroupName");
        Set<String> unknown = new TreeSet<>();
        for (JsonNode user : elements(gaad.get("UserDetailList"))) {
            unknown.addAll(Northwind.strings(user.get("GroupList")));
        }
        unknown.removeAll(groups);
        assertEquals(Set.of(), unknown);
    }

    @ParameterizedTest
    @ValueSource(strings = {Northwind.PROD, Northwind.CI_TOOLS})
    void everyPrincipalArnIsInTheAccountOfItsFile(String account) {
        String accountId = account.substring(account.lastIndexOf('-') + 1);
        JsonNode gaad = Northwind.gaad(account);
        List<String> foreign = new ArrayList<>();
        for (String list : PRINCIPAL_LISTS) {
            for (JsonNode principal : elements(gaad.get(list))) {
                String arn = principal.get("Arn").asText();
                if (!arn.startsWith("arn:aws:iam::" + accountId + ":")) {
                    foreign.add(arn);
                }
            }
        }
        assertEquals(List.of(), foreign);
    }

    @ParameterizedTest
    @ValueSource(strings = {Northwind.PROD, Northwind.CI_TOOLS})
    void credentialReportHasTheRootAndExactlyTheUsersOfTheExport(String account) {
        Set<String> users = names(Northwind.gaad(account).get("UserDetailList"), "UserName");
        users.add("<root_account>");
        List<String> reported = Northwind.credentialReport(account).stream()
                .map(row -> row.get("user"))
                .toList();
        assertEquals(users, new TreeSet<>(reported));
        assertEquals(users.size(), reported.size());
    }

    @ParameterizedTest
    @ValueSource(strings = {Northwind.PROD, Northwind.CI_TOOLS})
    void credentialReportCreationTimesMatchTheExport(String account) {
        for (JsonNode user : elements(Northwind.gaad(account).get("UserDetailList"))) {
            String name = user.get("UserName").asText();
            Map<String, String> row = Northwind.reportRow(account, name);
            assertEquals(user.get("CreateDate").asText(), row.get("user_creation_time"), name);
            assertEquals(user.get("Arn").asText(), row.get("arn"), name);
        }
    }

    private static Set<String> policyArns(JsonNode gaad) {
        return names(gaad.get("Policies"), "Arn");
    }

    private static List<String> attachments(JsonNode gaad) {
        List<String> arns = new ArrayList<>();
        for (String list : PRINCIPAL_LISTS) {
            for (JsonNode principal : elements(gaad.get(list))) {
                elements(principal.get("AttachedManagedPolicies"))
                        .forEach(ref -> arns.add(ref.get("PolicyArn").asText()));
            }
        }
        return arns;
    }

    private static List<String> boundaries(JsonNode gaad) {
        List<String> arns = new ArrayList<>();
        for (String list : PRINCIPAL_LISTS) {
            for (JsonNode principal : elements(gaad.get(list))) {
                JsonNode boundary = principal.path("PermissionsBoundary").path("PermissionsBoundaryArn");
                if (!boundary.isMissingNode()) {
                    arns.add(boundary.asText());
                }
            }
        }
        return arns;
    }

    private static Set<String> names(JsonNode list, String field) {
        return elements(list).stream()
                .map(node -> node.get(field).asText())
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
