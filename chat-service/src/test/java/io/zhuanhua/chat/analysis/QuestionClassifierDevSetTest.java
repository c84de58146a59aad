package io.zhuanhua.chat.analysis;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The labelled dev set written by another engineer: top-1 accuracy must stay at 0.90 or above. */
class QuestionClassifierDevSetTest {

    private static final double MIN_TOP_ONE = 0.90;

    @Test
    void topOneAccuracyOnTheDevSet() throws Exception {
        Path devSet = ClassifierEvaluation.devSet();
        Assumptions.assumeTrue(Files.exists(devSet), "dev set not written yet: " + devSet.toAbsolutePath());
        QuestionClassifier classifier = QuestionClassifier.defaults();
        List<ClassifierEvaluation.Example> examples = ClassifierEvaluation.load(devSet);
        ClassifierEvaluation.Report report = ClassifierEvaluation.evaluate(classifier, examples);
        System.out.print(report.format());
        System.out.printf(Locale.ROOT, "throughput                %.0f lines/s on one thread%n",
                ClassifierEvaluation.throughput(classifier, examples));
        assertTrue(report.topOneAccuracy() >= MIN_TOP_ONE,
                String.format(Locale.ROOT, "top-1 accuracy %.4f < %.2f", report.topOneAccuracy(), MIN_TOP_ONE));
    }
}
