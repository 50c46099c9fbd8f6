package io.blastwall.importer.aws.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GlobTest {

    @ParameterizedTest
    @CsvSource(textBlock = """
            iam:*,                      IAM:PutUserPolicy,                       true
            iam:Put*Policy,             iam:putuserpolicy,                       true
            iam:Put?serPolicy,          iam:PutUserPolicy,                       true
            iam:Put?Policy,             iam:PutUserPolicy,                       false
            arn:aws:s3:::prod-*/*,      arn:aws:s3:::prod-data/a/b.csv,          true
            arn:aws:s3:::prod-*/*,      arn:aws:s3:::staging/a,                  false
            *,                          anything:at/all,                         true
            arn:aws:iam::*:role/x,      arn:aws:iam::123456789012:role/x,        true
            """)
    void matchesCaseInsensitivelyWithStarAndQuestionMark(String pattern, String text, boolean expected) {
        assertEquals(expected, Glob.matches(pattern, text));
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            *,                     s3:Get*,                  true
            s3:*,                  s3:Get*,                  true
            s3:Get*,               s3:*,                     false
            arn:aws:s3:::b/*,      arn:aws:s3:::b/logs/*,    true
            arn:aws:s3:::b/*,      arn:aws:s3:::b*,          false
            a?c,                   a*c,                      false
            iam:*,                 *,                        false
            """)
    void coversOnlyWhenEveryMatchOfTheSpecificPatternMatchesTheGeneralOne(String general, String specific, boolean expected) {
        assertEquals(expected, Glob.covers(general, specific));
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            s3:Get*,               s3:*Object,               true
            Put*Policy,            Get*,                     false
            arn:aws:s3:::b/*,      arn:aws:s3:::*/logs,      true
            arn:aws:iam::1:role/*, arn:aws:iam::2:role/*,    false
            """)
    void overlapsWhenSomeStringMatchesBoth(String a, String b, boolean expected) {
        assertEquals(expected, Glob.overlaps(a, b));
        assertEquals(expected, Glob.overlaps(b, a));
    }
}
