package io.blastwall.importer.aws;

import java.util.List;
import java.util.Set;

/**
 * One "run code as a role through a service" rule (catalogue §1.4), one row of {@link #ALL}; the service is a
 * parameter. Two families:
 *
 * <ul>
 *   <li><b>New resource</b> ({@link #passRole()}): {@code iam:PassRole} on a role that trusts the service, with
 *       {@code iam:PassedToService}, plus the service's create/run actions. Some variants act on a resource that
 *       must already exist (a stack to update, a project to re-point): their {@link #assumption()} says which, and
 *       their edges are {@code heuristic}, since the exports do not list the service's resources.</li>
 *   <li><b>Existing resource</b> (no PassRole): actions on a running resource (a function's code, an instance's
 *       SSM agent, a notebook) that already runs as some role trusting the service. Without an inventory of the
 *       service's resources the role cannot be named, so a caller allowed the actions on every resource ({@code *})
 *       gets one {@code heuristic} edge to the roles the service can run as in its account, with the assumption
 *       recorded; callers limited to named resources get none.</li>
 * </ul>
 *
 * @param rule the catalogue id
 * @param servicePrincipals the principals the role's trust must name (E14)
 * @param actionGroups every group is needed; any one action of a group is enough
 * @param profile whether the role must be in an instance profile (EC2), must not be (AWS-EC2-02), or either
 * @param passRole whether the caller passes the role ({@code iam:PassRole} with {@code iam:PassedToService})
 * @param roleNeeds actions the role itself must be allowed for the rule to work (the SSM agent's channel)
 * @param assumption what must exist that the exports cannot show; empty when nothing is assumed
 */
record PassRoleRule(String rule, Set<String> servicePrincipals, List<List<String>> actionGroups, Profile profile,
        boolean passRole, List<String> roleNeeds, String assumption) {

    /** Whether the rule needs the role to be in an instance profile. */
    enum Profile {
        EITHER,
        /** The role is in an instance profile (instances run as it). */
        REQUIRED,
        /** The role is in no instance profile: the caller makes one (AWS-EC2-02). */
        ABSENT
    }

    private static final Set<String> EC2 = Set.of("ec2.amazonaws.com", "ec2.amazonaws.com.cn");
    private static final Set<String> LAMBDA = Set.of("lambda.amazonaws.com");
    private static final Set<String> CLOUDFORMATION = Set.of("cloudformation.amazonaws.com");
    private static final Set<String> CODEBUILD = Set.of("codebuild.amazonaws.com");
    private static final Set<String> SAGEMAKER = Set.of("sagemaker.amazonaws.com");
    private static final Set<String> GLUE = Set.of("glue.amazonaws.com");
    private static final Set<String> APPRUNNER = Set.of("tasks.apprunner.amazonaws.com");
    private static final Set<String> AGENTCORE = Set.of("bedrock-agentcore.amazonaws.com");

    static final List<PassRoleRule> ALL = List.of(
            pass("AWS-EC2-01", EC2, Profile.REQUIRED, "", List.of("ec2:RunInstances")),
            pass("AWS-EC2-02", EC2, Profile.ABSENT, "", List.of("ec2:RunInstances"), List.of("iam:CreateInstanceProfile"),
                    List.of("iam:AddRoleToInstanceProfile")),
            pass("AWS-EC2-03", EC2, Profile.REQUIRED, "an instance to attach the role's instance profile to",
                    List.of("ec2:AssociateIamInstanceProfile", "ec2:ReplaceIamInstanceProfileAssociation")),
            pass("AWS-EC2-04", EC2, Profile.REQUIRED, "", List.of("ec2:RequestSpotInstances")),
            pass("AWS-ASG-02", EC2, Profile.REQUIRED, "", List.of("autoscaling:CreateLaunchConfiguration"),
                    List.of("autoscaling:CreateAutoScalingGroup")),
            pass("AWS-LAM-01", LAMBDA, Profile.EITHER, "", List.of("lambda:CreateFunction"),
                    List.of("lambda:InvokeFunction", "lambda:CreateEventSourceMapping", "lambda:AddPermission")),
            pass("AWS-LAM-04", LAMBDA, Profile.EITHER, "an existing function that gets invoked",
                    List.of("lambda:UpdateFunctionCode"), List.of("lambda:UpdateFunctionConfiguration")),
            pass("AWS-CFN-01", CLOUDFORMATION, Profile.EITHER, "", List.of("cloudformation:CreateStack")),
            pass("AWS-CFN-03", CLOUDFORMATION, Profile.EITHER, "an existing stack to update",
                    List.of("cloudformation:UpdateStack")),
            pass("AWS-CFN-05", CLOUDFORMATION, Profile.EITHER, "", List.of("cloudformation:CreateStackSet"),
                    List.of("cloudformation:CreateStackInstances")),
            pass("AWS-CFN-05", CLOUDFORMATION, Profile.EITHER, "an existing stack set with stack instances",
                    List.of("cloudformation:UpdateStackSet")),
            pass("AWS-CB-01", CODEBUILD, Profile.EITHER, "", List.of("codebuild:CreateProject"),
                    List.of("codebuild:StartBuild", "codebuild:StartBuildBatch")),
            pass("AWS-CB-03", CODEBUILD, Profile.EITHER, "an existing project to update",
                    List.of("codebuild:UpdateProject"), List.of("codebuild:StartBuild", "codebuild:StartBuildBatch")),
            pass("AWS-SM-01", SAGEMAKER, Profile.EITHER, "", List.of("sagemaker:CreateNotebookInstance")),
            pass("AWS-SM-02", SAGEMAKER, Profile.EITHER, "", List.of("sagemaker:CreateTrainingJob")),
            pass("AWS-SM-03", SAGEMAKER, Profile.EITHER, "", List.of("sagemaker:CreateProcessingJob")),
            pass("AWS-GLUE-01", GLUE, Profile.EITHER, "", List.of("glue:CreateDevEndpoint")),
            pass("AWS-GLUE-03", GLUE, Profile.EITHER, "", List.of("glue:CreateJob"),
                    List.of("glue:StartJobRun", "glue:CreateTrigger")),
            pass("AWS-GLUE-03", GLUE, Profile.EITHER, "an existing job to update", List.of("glue:UpdateJob"),
                    List.of("glue:StartJobRun", "glue:CreateTrigger")),
            pass("AWS-ECS-01", Set.of("ecs-tasks.amazonaws.com"), Profile.EITHER, "", List.of("ecs:RegisterTaskDefinition"),
                    List.of("ecs:RunTask", "ecs:StartTask", "ecs:CreateService", "ecs:UpdateService")),
            pass("AWS-DP-01", Set.of("datapipeline.amazonaws.com", "elasticmapreduce.amazonaws.com"), Profile.EITHER, "",
                    List.of("datapipeline:CreatePipeline"), List.of("datapipeline:PutPipelineDefinition"),
                    List.of("datapipeline:ActivatePipeline")),
            pass("AWS-AR-01", APPRUNNER, Profile.EITHER, "", List.of("apprunner:CreateService")),
            pass("AWS-BR-01", AGENTCORE, Profile.EITHER, "", List.of("bedrock-agentcore:CreateCodeInterpreter"),
                    List.of("bedrock-agentcore:StartCodeInterpreterSession"), List.of("bedrock-agentcore:InvokeCodeInterpreter")),
            pass("AWS-CS-02", Set.of("codestar.amazonaws.com"), Profile.EITHER, "", List.of("codestar:CreateProject")),

            existing("AWS-EC2-05", EC2, Profile.REQUIRED, List.of(),
                    "an instance running as the role (its user data replaced, then stopped and started)",
                    List.of("ec2:ModifyInstanceAttribute"), List.of("ec2:StopInstances"), List.of("ec2:StartInstances")),
            existing("AWS-EC2-06", EC2, Profile.REQUIRED, List.of(),
                    "a launch template that names the role's instance profile and is launched again (by an Auto Scaling group)",
                    List.of("ec2:CreateLaunchTemplateVersion"), List.of("ec2:ModifyLaunchTemplate")),
            existing("AWS-EC2-07", EC2, Profile.REQUIRED, List.of(),
                    "a running instance with the role that accepts EC2 Instance Connect and is reachable",
                    List.of("ec2-instance-connect:SendSSHPublicKey", "ec2-instance-connect:SendSerialConsoleSSHPublicKey")),
            existing("AWS-SSM-01", EC2, Profile.REQUIRED, List.of("ssmmessages:CreateControlChannel"),
                    "a running instance with the role and the SSM agent", List.of("ssm:SendCommand")),
            existing("AWS-SSM-02", EC2, Profile.REQUIRED, List.of("ssmmessages:CreateControlChannel"),
                    "a running instance with the role and the SSM agent", List.of("ssm:StartSession")),
            existing("AWS-ASG-01", EC2, Profile.REQUIRED, List.of(),
                    "a launch configuration or template that names the role's instance profile",
                    List.of("autoscaling:CreateAutoScalingGroup")),
            existing("AWS-LAM-02", LAMBDA, Profile.EITHER, List.of(), "a function running as the role that gets invoked",
                    List.of("lambda:UpdateFunctionCode")),
            existing("AWS-LAM-03", LAMBDA, Profile.EITHER, List.of(),
                    "a function running as the role that imports a library a new layer can override",
                    List.of("lambda:UpdateFunctionConfiguration")),
            existing("AWS-CFN-02", CLOUDFORMATION, Profile.EITHER, List.of(), "a stack with the role as its service role",
                    List.of("cloudformation:UpdateStack")),
            existing("AWS-CFN-04", CLOUDFORMATION, Profile.EITHER, List.of(), "a stack with the role as its service role",
                    List.of("cloudformation:CreateChangeSet"), List.of("cloudformation:ExecuteChangeSet")),
            existing("AWS-CB-02", CODEBUILD, Profile.EITHER, List.of(),
                    "a project running as the role (its buildspec overridden)",
                    List.of("codebuild:StartBuild", "codebuild:StartBuildBatch")),
            existing("AWS-SM-04", SAGEMAKER, Profile.EITHER, List.of(), "a notebook instance in service with the role",
                    List.of("sagemaker:CreatePresignedNotebookInstanceUrl")),
            existing("AWS-SM-05", SAGEMAKER, Profile.EITHER, List.of(), "a notebook instance with the role",
                    List.of("sagemaker:CreateNotebookInstanceLifecycleConfig"), List.of("sagemaker:StopNotebookInstance"),
                    List.of("sagemaker:UpdateNotebookInstance"), List.of("sagemaker:StartNotebookInstance")),
            existing("AWS-GLUE-02", GLUE, Profile.EITHER, List.of(), "a development endpoint with the role",
                    List.of("glue:UpdateDevEndpoint")),
            existing("AWS-AR-02", APPRUNNER, Profile.EITHER, List.of(), "an App Runner service with the role",
                    List.of("apprunner:UpdateService")),
            existing("AWS-CS-01", Set.of("codestar.amazonaws.com"), Profile.EITHER, List.of(),
                    "the CodeStar service role, which the template's stack runs as (undocumented API)",
                    List.of("codestar:CreateProjectFromTemplate")),
            existing("AWS-BR-02", AGENTCORE, Profile.EITHER, List.of(), "a code interpreter running with the role",
                    List.of("bedrock-agentcore:StartCodeInterpreterSession"), List.of("bedrock-agentcore:InvokeCodeInterpreter")));

    PassRoleRule {
        servicePrincipals = Set.copyOf(servicePrincipals);
        actionGroups = actionGroups.stream().map(List::copyOf).toList();
        roleNeeds = List.copyOf(roleNeeds);
    }

    @SafeVarargs
    private static PassRoleRule pass(String rule, Set<String> services, Profile profile, String assumption,
            List<String>... groups) {
        return new PassRoleRule(rule, services, List.of(groups), profile, true, List.of(), assumption);
    }

    @SafeVarargs
    private static PassRoleRule existing(String rule, Set<String> services, Profile profile, List<String> roleNeeds,
            String assumption, List<String>... groups) {
        return new PassRoleRule(rule, services, List.of(groups), profile, false, roleNeeds, assumption);
    }

    boolean needsInstanceProfile() {
        return profile == Profile.REQUIRED;
    }

    /** True when the rule relies on a resource the exports cannot show: its edges are heuristic. */
    boolean assumes() {
        return !assumption.isEmpty();
    }

    /** The value of {@code iam:PassedToService} for this rule: the first service principal. */
    String passedToService() {
        return servicePrincipals.stream().sorted().findFirst().orElseThrow();
    }

    /** The key of this rule's trusts in an account: two rows may share an id (a create and an update variant). */
    String key(String service) {
        return rule + " " + actionGroups + " " + service;
    }
}
