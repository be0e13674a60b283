package org.oerfed.index.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.indices.update_aliases.Action;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import org.oerfed.core.error.OerfedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the physical indices and the aliases in front of them: opens the layout at startup, creates the
 * index of a rebuild, and switches both aliases to it in one atomic step.
 */
final class IndexAdmin {

    private static final Logger LOG = LoggerFactory.getLogger(IndexAdmin.class);

    private final ElasticsearchClient client;
    private final IndexLayout layout;
    private final IndexTemplate template;

    IndexAdmin(ElasticsearchClient client, IndexLayout layout, IndexTemplate template) {
        this.client = client;
        this.layout = layout;
        this.template = template;
    }

    /**
     * Installs the template and makes sure both aliases point at one physical index of this mapping version,
     * creating the first one if there is none yet.
     *
     * @return the physical index behind the aliases
     * @throws OerfedException (setup) if the aliases point elsewhere: at several indices, at different ones, or
     *                         at an index of another mapping version
     */
    String open() {
        template.install(client);
        AliasState found = resolve();
        found.legacyIndex().ifPresent(legacy -> LOG.warn("Elasticsearch index '{}' was made by an earlier version of"
                + " OERfed, which kept its documents in one index without aliases; it is not used any more. Searches"
                + " now go to '{}', which starts empty: run a reindex to fill it, then delete '{}'.",
                legacy, layout.readAlias(), legacy));
        String live;
        if (found.readTargets().isEmpty() && found.writeTargets().isEmpty()) {
            live = createFirst();
        } else {
            live = checkedLive(found);
        }
        found.physical().stream().filter(index -> !index.equals(live)).forEach(orphan -> LOG.warn(
                "Elasticsearch index '{}' is behind no alias: a rebuild is running elsewhere, or one was interrupted"
                        + " and left it; delete it once no rebuild runs", orphan));
        return live;
    }

    /**
     * The first index, always generation 1, so that instances starting together agree on it: whoever comes
     * second finds it made, and adding the aliases again changes nothing.
     */
    private String createFirst() {
        String first = layout.physical(1);
        createIfAbsent(first);
        ClusterCall.run("pointing " + layout.readAlias() + " and " + layout.writeAlias() + " at " + first,
                () -> client.indices().updateAliases(u -> u.actions(
                        Action.of(a -> a.add(add -> add.index(first).alias(layout.readAlias()))),
                        Action.of(a -> a.add(add -> add.index(first).alias(layout.writeAlias()))))));
        LOG.info("Created Elasticsearch index '{}' behind the aliases '{}' and '{}'", first, layout.readAlias(),
                layout.writeAlias());
        return first;
    }

    private String checkedLive(AliasState found) {
        if (found.readTargets().size() != 1 || !found.readTargets().equals(found.writeTargets())) {
            throw OerfedException.setup("Elasticsearch aliases '" + layout.readAlias() + "' (on " + found.readTargets()
                    + ") and '" + layout.writeAlias() + "' (on " + found.writeTargets() + ") must both point at one and"
                    + " the same index; point them at the newest index '" + layout.physicalPattern() + "' by hand", null);
        }
        String live = found.readTargets().iterator().next();
        checkVersion(live);
        return live;
    }

    private void checkVersion(String index) {
        OptionalInt version = IndexTemplate.versionOf(client, index);
        if (version.isEmpty() || version.getAsInt() != IndexTemplate.MAPPING_VERSION) {
            throw OerfedException.setup("Elasticsearch index '" + index + "' has mapping version "
                    + (version.isPresent() ? version.getAsInt() : "(none)") + ", this version of OERfed needs "
                    + IndexTemplate.MAPPING_VERSION + "; was it made by another version, or from a template of higher"
                    + " priority than '" + layout.templateName() + "'?", null);
        }
    }

    /**
     * Creates the physical index of the next generation, for a rebuild.
     *
     * @throws IllegalStateException if it was created meanwhile, by a rebuild started elsewhere
     */
    String createNext() {
        int next = resolve().physical().stream()
                .mapToInt(index -> layout.generationOf(index).orElse(0))
                .max().orElse(0) + 1;
        String index = layout.physical(next);
        if (!create(index)) {
            throw new IllegalStateException("Elasticsearch index '" + index + "' appeared while this rebuild started:"
                    + " is another rebuild running?");
        }
        return index;
    }

    /**
     * Makes {@code fresh} the live index: refreshes it, then moves both aliases to it in one request, so
     * that every search sees either the old index or the new one; then deletes the old one.
     */
    void switchTo(String fresh) {
        refresh(fresh);
        AliasState found = resolve();
        Set<String> old = new TreeSet<>(found.readTargets());
        old.addAll(found.writeTargets());
        old.remove(fresh);
        List<Action> actions = new ArrayList<>();
        for (String index : old) {
            if (found.readTargets().contains(index)) {
                actions.add(Action.of(a -> a.remove(r -> r.index(index).alias(layout.readAlias()).mustExist(true))));
            }
            if (found.writeTargets().contains(index)) {
                actions.add(Action.of(a -> a.remove(r -> r.index(index).alias(layout.writeAlias()).mustExist(true))));
            }
        }
        actions.add(Action.of(a -> a.add(add -> add.index(fresh).alias(layout.readAlias()))));
        actions.add(Action.of(a -> a.add(add -> add.index(fresh).alias(layout.writeAlias()))));
        ClusterCall.run("moving " + layout.readAlias() + " and " + layout.writeAlias() + " to " + fresh,
                () -> client.indices().updateAliases(u -> u.actions(actions)));
        LOG.info("Elasticsearch aliases '{}' and '{}' now point at '{}' (were at {})", layout.readAlias(),
                layout.writeAlias(), fresh, old);
        for (String index : old) {
            try {
                delete(index);
            } catch (OerfedException e) {
                // The switch is done; a leftover index only costs disk.
                LOG.warn("Could not delete the replaced Elasticsearch index '{}'; delete it by hand", index, e);
            }
        }
    }

    void refresh(String target) {
        ClusterCall.run("refresh of " + target, () -> client.indices().refresh(r -> r.index(target)));
    }

    /** Deletes an index unless an alias points at it. */
    void deleteUnlessLive(String index) {
        AliasState found = resolve();
        if (found.isLive(index)) {
            LOG.warn("Elasticsearch index '{}' of an abandoned rebuild is live: the aliases were switched to it", index);
            return;
        }
        delete(index);
    }

    /** Deletes an index; one that is already gone is fine. */
    void delete(String index) {
        ClusterCall.run("deleting " + index, () -> {
            try {
                client.indices().delete(d -> d.index(index));
            } catch (ElasticsearchException e) {
                if (!ClusterCall.isNotFound(e)) throw e;
            }
            return null;
        });
    }

    private void createIfAbsent(String index) {
        if (!create(index)) checkVersion(index);
    }

    /** Creates an index from the template; false if it exists already. */
    private boolean create(String index) {
        boolean created = ClusterCall.run("creating " + index, () -> {
            try {
                client.indices().create(c -> c.index(index));
                return true;
            } catch (ElasticsearchException e) {
                if (ClusterCall.isAlreadyExists(e)) return false;
                throw e;
            }
        });
        if (created) {
            try {
                checkVersion(index);
            } catch (OerfedException e) {
                delete(index);
                throw e;
            }
        }
        return created;
    }

    private AliasState resolve() {
        return AliasState.read(client, layout);
    }
}
