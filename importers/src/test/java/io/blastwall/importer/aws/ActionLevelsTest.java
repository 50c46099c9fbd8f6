package io.blastwall.importer.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.blastwall.model.AccessLevel;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** AWS's own access levels (Service Authorization Reference), including invoke actions and the verb exceptions. */
class ActionLevelsTest {
    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
            "s3:GetObject, READ",
            "s3:ListBucket, LIST",
            "s3:PutObject, WRITE",
            "s3:PutBucketPolicy, PERMISSIONS_MANAGEMENT",
            "s3:TagResource, TAGGING",
            "lambda:InvokeFunction, WRITE",
            "lambda:InvokeFunctionUrl, WRITE",
            "execute-api:Invoke, WRITE",
            "states:StartExecution, WRITE",
            "bedrock:InvokeAgent, WRITE",
            "bedrock:InvokeModel, READ",
            "Bedrock:invokeModelWithResponseStream, READ",
            "bedrock:Invoke*, WRITE",
            "bedrock:*, ADMIN",
            "iam:PassRole, PERMISSIONS_MANAGEMENT"})
    void classifiesAsAwsDoes(String action, AccessLevel level) {
        assertEquals(level, ActionLevels.of(action));
    }
}
