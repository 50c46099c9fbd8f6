package io.blastwall.importer.aws;

import java.util.List;
import java.util.Set;

/**
 * One "pass a role to a new resource of a service" rule (catalogue §1.4): {@code iam:PassRole} on a role that
 * trusts the service, plus the service's create/run actions, lets the caller run code as the role. The service is a
 * parameter; each rule is one row of {@link #ALL}.
 *
 * @param rule the catalogue id
 * @param servicePrincipals the principals the role's trust must name (E14)
 * @param actionGroups every group is needed; any one action of a group is enough
 * @param needsInstanceProfile true for EC2, where the role must be in an instance profile
 *     <p>ECS also accepts {@code ecs:UpdateService}: pointing an existing service at a new task definition runs it
 *     with the passed role, as {@code CreateService} does.
 */
record PassRoleRule(String rule, Set<String> servicePrincipals, List<List<String>> actionGroups, boolean needsInstanceProfile) {

    static final List<PassRoleRule> ALL = List.of(
            new PassRoleRule("AWS-EC2-01", Set.of("ec2.amazonaws.com", "ec2.amazonaws.com.cn"),
                    List.of(List.of("ec2:RunInstances")), true),
            new PassRoleRule("AWS-LAM-01", Set.of("lambda.amazonaws.com"), List.of(List.of("lambda:CreateFunction"),
                    List.of("lambda:InvokeFunction", "lambda:CreateEventSourceMapping", "lambda:AddPermission")), false),
            new PassRoleRule("AWS-CFN-01", Set.of("cloudformation.amazonaws.com"),
                    List.of(List.of("cloudformation:CreateStack")), false),
            new PassRoleRule("AWS-CB-01", Set.of("codebuild.amazonaws.com"), List.of(List.of("codebuild:CreateProject"),
                    List.of("codebuild:StartBuild", "codebuild:StartBuildBatch")), false),
            new PassRoleRule("AWS-SM-01", Set.of("sagemaker.amazonaws.com"), List.of(List.of(
                    "sagemaker:CreateNotebookInstance", "sagemaker:CreateTrainingJob", "sagemaker:CreateProcessingJob")), false),
            new PassRoleRule("AWS-GLUE-01", Set.of("glue.amazonaws.com"), List.of(List.of("glue:CreateDevEndpoint")), false),
            new PassRoleRule("AWS-GLUE-03", Set.of("glue.amazonaws.com"), List.of(List.of("glue:CreateJob"),
                    List.of("glue:StartJobRun", "glue:CreateTrigger")), false),
            new PassRoleRule("AWS-ECS-01", Set.of("ecs-tasks.amazonaws.com"), List.of(List.of("ecs:RegisterTaskDefinition"),
                    List.of("ecs:RunTask", "ecs:StartTask", "ecs:CreateService", "ecs:UpdateService")), false),
            new PassRoleRule("AWS-DP-01", Set.of("datapipeline.amazonaws.com", "elasticmapreduce.amazonaws.com"),
                    List.of(List.of("datapipeline:CreatePipeline"), List.of("datapipeline:PutPipelineDefinition")), false),
            new PassRoleRule("AWS-AR-01", Set.of("tasks.apprunner.amazonaws.com"), List.of(List.of("apprunner:CreateService")), false),
            new PassRoleRule("AWS-BR-01", Set.of("bedrock-agentcore.amazonaws.com"), List.of(
                    List.of("bedrock-agentcore:CreateCodeInterpreter"), List.of("bedrock-agentcore:StartCodeInterpreterSession"),
                    List.of("bedrock-agentcore:InvokeCodeInterpreter")), false));

    /** The value of {@code iam:PassedToService} for this rule: the first service principal. */
    String passedToService() {
        return servicePrincipals.stream().sorted().findFirst().orElseThrow();
    }
}
