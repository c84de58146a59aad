package io.zhuanhua.chat.analysis;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.zhuanhua.kit.taxonomy.Category;

/**
 * Measures the classifier on a labelled TSV ({@code text<TAB>labels}, labels separated by '|', the
 * first is the main one). Run {@link #main} with a path, or without one for the dev set.
 */
public final class ClassifierEvaluation {

    /** Relative to the chat-service module, where Maven runs the tests. */
    static final String DEV_SET = "src/test/resources/analysis/devset-zh.tsv";
    private static final int CONFUSIONS_SHOWN = 20;
    private static final int EXAMPLES_PER_CONFUSION = 2;
    private static final long THROUGHPUT_NANOS = 2_000_000_000L;

    record Example(String text, List<Category> labels) {
        Category main() {
            return labels.get(0);
        }
    }

    record Confusion(Category gold, Category predicted, int count, List<String> examples) {
    }

    record CategoryStats(Category category, int support, int predicted, int correct) {
        double precision() {
            return predicted == 0 ? 0 : (double) correct / predicted;
        }

        double recall() {
            return support == 0 ? 0 : (double) correct / support;
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    record Report(int lines, int topOneCorrect, int topOneInGold, int mainFound,
                  List<CategoryStats> categories, List<Confusion> confusions) {

        double topOneAccuracy() {
            return ratio(topOneCorrect);
        }

        double anyLabelAccuracy() {
            return ratio(topOneInGold);
        }

        double mainRecall() {
            return ratio(mainFound);
        }

        private double ratio(int count) {
            return lines == 0 ? 0 : (double) count / lines;
        }

        String format() {
            StringBuilder out = new StringBuilder();
            out.append(String.format(Locale.ROOT, "lines                     %d%n", lines));
            out.append(String.format(Locale.ROOT, "top-1 accuracy            %.4f  (predicted first == gold main)%n", topOneAccuracy()));
            out.append(String.format(Locale.ROOT, "any-label accuracy        %.4f  (predicted first is one of the gold labels)%n", anyLabelAccuracy()));
            out.append(String.format(Locale.ROOT, "gold main in predictions  %.4f%n", mainRecall()));
            out.append(String.format(Locale.ROOT, "%n%-18s %7s %7s %7s %7s%n", "category (top-1)", "support", "prec", "recall", "F1"));
            for (CategoryStats s : categories) {
                out.append(String.format(Locale.ROOT, "%-18s %7d %7.3f %7.3f %7.3f%n",
                        s.category(), s.support(), s.precision(), s.recall(), s.f1()));
            }
            out.append(String.format(Locale.ROOT, "%nmost frequent confusions (gold -> predicted)%n"));
            for (Confusion c : confusions) {
                out.append(String.format(Locale.ROOT, "%4d  %s -> %s%n", c.count(), c.gold(), c.predicted()));
                for (String example : c.examples()) {
                    out.append("        ").append(example).append('\n');
                }
            }
            return out.toString();
        }
    }

    private ClassifierEvaluation() {
    }

    public static void main(String[] args) throws IOException {
        Path path = args.length > 0 ? Path.of(args[0]) : devSet();
        List<Example> examples = load(path);
        QuestionClassifier classifier = QuestionClassifier.defaults();
        System.out.println("data set                  " + path);
        System.out.print(evaluate(classifier, examples).format());
        System.out.printf(Locale.ROOT, "%nthroughput                %.0f lines/s on one thread%n", throughput(classifier, examples));
    }

    /** The dev set from the module directory, or from the repository root. */
    static Path devSet() {
        Path inModule = Path.of(DEV_SET);
        return Files.exists(inModule) ? inModule : Path.of("chat-service").resolve(DEV_SET);
    }

    static List<Example> load(Path path) throws IOException {
        List<Example> examples = new ArrayList<>();
        List<String> lines = Files.readAllLines(path, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || (i == 0 && line.startsWith("text\t"))) {
                continue;
            }
            int tab = line.lastIndexOf('\t');
            if (tab < 0) {
                throw new IllegalArgumentException(path + ":" + (i + 1) + ": expected text<TAB>labels");
            }
            List<Category> labels = new ArrayList<>();
            for (String label : line.substring(tab + 1).split("\\|")) {
                try {
                    labels.add(Category.valueOf(label.trim()));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(path + ":" + (i + 1) + ": unknown category '" + label + "'", e);
                }
            }
            examples.add(new Example(line.substring(0, tab), List.copyOf(labels)));
        }
        return examples;
    }

    static Report evaluate(QuestionClassifier classifier, List<Example> examples) {
        int topOne = 0;
        int inGold = 0;
        int mainFound = 0;
        Map<Category, int[]> counts = new EnumMap<>(Category.class);
        for (Category c : Category.values()) {
            counts.put(c, new int[3]);
        }
        Map<String, List<String>> confused = new LinkedHashMap<>();
        for (Example example : examples) {
            List<CategoryScore> scores = classifier.classify(example.text());
            Category predicted = scores.get(0).category();
            counts.get(example.main())[0]++;
            counts.get(predicted)[1]++;
            if (predicted == example.main()) {
                topOne++;
                counts.get(predicted)[2]++;
            } else {
                confused.computeIfAbsent(example.main() + "\t" + predicted, k -> new ArrayList<>())
                        .add(example.text() + "   ⟶ " + scores + "   [" + classifier.explain(example.text()) + "]");
            }
            if (example.labels().contains(predicted)) {
                inGold++;
            }
            if (scores.stream().anyMatch(s -> s.category() == example.main())) {
                mainFound++;
            }
        }
        List<CategoryStats> stats = new ArrayList<>();
        counts.forEach((c, n) -> stats.add(new CategoryStats(c, n[0], n[1], n[2])));
        List<Confusion> confusions = new ArrayList<>();
        confused.forEach((key, lines) -> {
            String[] pair = key.split("\t");
            confusions.add(new Confusion(Category.valueOf(pair[0]), Category.valueOf(pair[1]), lines.size(),
                    lines.subList(0, Math.min(EXAMPLES_PER_CONFUSION, lines.size()))));
        });
        confusions.sort(Comparator.comparingInt(Confusion::count).reversed());
        return new Report(examples.size(), topOne, inGold, mainFound, stats,
                confusions.subList(0, Math.min(CONFUSIONS_SHOWN, confusions.size())));
    }

    /** Lines per second on the calling thread, the whole set repeated for at least two seconds. */
    static double throughput(QuestionClassifier classifier, List<Example> examples) {
        if (examples.isEmpty()) {
            return 0;
        }
        long sink = 0;
        for (Example e : examples) {
            sink += classifier.classify(e.text()).size();
        }
        long lines = 0;
        long start = System.nanoTime();
        long elapsed;
        do {
            for (Example e : examples) {
                sink += classifier.classify(e.text()).size();
            }
            lines += examples.size();
            elapsed = System.nanoTime() - start;
        } while (elapsed < THROUGHPUT_NANOS);
        if (sink == 0) {
            throw new IllegalStateException("classify returned nothing");
        }
        return lines * 1e9 / elapsed;
    }
}
