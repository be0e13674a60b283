package org.oerfed.graph.normalise;

import java.util.ArrayList;
import java.util.List;

/** Every format OERfed reads, one normaliser per metadata prefix: the set the service and the benchmarks use. */
public final class Normalisers {
    private Normalisers() {
    }

    /**
     * @param maxRecordChars the longest record accepted, in characters; longer ones are refused as the
     *                       record's fault
     */
    public static List<Normaliser> all(int maxRecordChars) {
        HardenedXml xml = new HardenedXml(maxRecordChars);
        LanguageCodes languages = new LanguageCodes();
        LicenseUris licences = new LicenseUris();
        List<Normaliser> normalisers = new ArrayList<>(List.of(new OaiDcNormaliser(xml, languages, licences),
                new FeedItemNormaliser(xml, languages, licences), new JsonLdNormaliser(languages, licences, maxRecordChars)));
        // one instance per metadata prefix: repositories name the same formats differently
        LomNormaliser.PREFIXES.forEach(prefix -> normalisers.add(new LomNormaliser(prefix, xml, languages, licences)));
        DataCiteNormaliser.PREFIXES.forEach(prefix -> normalisers.add(new DataCiteNormaliser(prefix, xml, languages, licences)));
        return List.copyOf(normalisers);
    }
}
