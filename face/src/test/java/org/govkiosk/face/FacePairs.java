package org.govkiosk.face;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * The pairs set, assembled at test time from package-provided photos (build/face-samples): same-person pairs are
 * different photos of one person, or stills of one person from two webcam recordings 4 s apart and across the two
 * recordings; different-person pairs are every pair across people. People are split once, by name, into a
 * calibration set (the threshold in default.properties was chosen on it) and a held set (never used to choose).
 */
final class FacePairs {
    static final Set<String> HELD = Set.of("webcam", "audrey", "connery", "obama", "queen", "ri", "walter", "schwarzenegger");

    record Photo(String person, String name, FaceTemplate template) {}

    record Pair(Photo a, Photo b, double score) {
        boolean samePerson() { return a.person().equals(b.person()); }

        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT, "%.3f %s/%s ~ %s/%s", score, a.person(), a.name(), b.person(), b.name());
        }
    }

    record Scores(List<Pair> same, List<Pair> different, List<String> unusable) {
        double minSame() { return same.stream().mapToDouble(Pair::score).min().orElse(Double.NaN); }

        double maxDifferent() { return different.stream().mapToDouble(Pair::score).max().orElse(Double.NaN); }

        long falseRejects(double threshold) { return same.stream().filter(p -> p.score() < threshold).count(); }

        long falseAccepts(double threshold) { return different.stream().filter(p -> p.score() >= threshold).count(); }
    }

    private FacePairs() {}

    /** Templates of every usable photo of the chosen people (held or calibration), then every pair's score. */
    static Scores score(FaceEngine engine, boolean held) throws Exception {
        List<Photo> photos = new ArrayList<>();
        List<String> unusable = new ArrayList<>();
        for (String person : FaceTestData.people()) {
            if (HELD.contains(person) != held) continue;
            for (Path file : FaceTestData.photosOf(person)) {
                RgbImage img = RgbImage.read(file);
                FaceEngine.Analysis a = engine.analyse(img);
                if (a.usable()) {
                    photos.add(new Photo(person, file.getFileName().toString(), engine.template(img, a.face())));
                } else {
                    unusable.add(person + "/" + file.getFileName() + ": " + a.unusable().technicianText);
                }
                img.wipe();
            }
        }
        List<Pair> same = new ArrayList<>();
        List<Pair> different = new ArrayList<>();
        for (int i = 0; i < photos.size(); i++) {
            for (int j = i + 1; j < photos.size(); j++) {
                Pair p = new Pair(photos.get(i), photos.get(j), photos.get(i).template().cosine(photos.get(j).template()));
                (p.samePerson() ? same : different).add(p);
            }
        }
        Collections.sort(same, java.util.Comparator.comparingDouble(Pair::score));
        Collections.sort(different, java.util.Comparator.comparingDouble(Pair::score));
        return new Scores(same, different, unusable);
    }
}
