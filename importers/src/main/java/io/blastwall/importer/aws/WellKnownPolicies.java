package io.blastwall.importer.aws;

import java.util.Map;

/**
 * Documents of the two AWS-managed policies that matter most for admin detection and that public policy datasets
 * leave out (iam-dataset drops them for size). Used only when neither the export nor the given policy documents
 * hold them; the evidence says so.
 */
final class WellKnownPolicies {
    static final Map<String, String> DOCUMENTS = Map.of(
            "AdministratorAccess",
            """
            {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}""",
            "PowerUserAccess",
            """
            {"Version":"2012-10-17","Statement":[\
            {"Effect":"Allow","NotAction":["iam:*","organizations:*","account:*"],"Resource":"*"},\
            {"Effect":"Allow","Action":["account:GetAccountInformation","account:GetPrimaryEmail","account:ListRegions",\
            "iam:CreateServiceLinkedRole","iam:DeleteServiceLinkedRole","iam:ListRoles",\
            "organizations:DescribeOrganization"],"Resource":"*"}]}""");

    private WellKnownPolicies() {}
}
