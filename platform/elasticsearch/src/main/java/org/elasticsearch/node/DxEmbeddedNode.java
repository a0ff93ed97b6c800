package org.elasticsearch.node;

import java.util.Collection;
import java.util.Map;

import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.plugins.MockPluginsService;
import org.elasticsearch.plugins.Plugin;
import org.elasticsearch.plugins.PluginsLoader;
import org.elasticsearch.plugins.PluginsService;

/**
 * A node whose plugins are classes on the classpath (as Elasticsearch's own test nodes load them),
 * without the randomized-testing context those test nodes need. In this package because the node's
 * construction hooks are package-private.
 */
public class DxEmbeddedNode extends Node {
    public DxEmbeddedNode(Settings settings, Collection<Class<? extends Plugin>> plugins) {
        super(NodeConstruction.prepareConstruction(
            InternalSettingsPreparer.prepareEnvironment(settings, Map.of(), null, () -> "dx-node"),
            null,
            new NodeServiceProvider() {
                @Override
                PluginsService newPluginService(Environment environment, PluginsLoader pluginsLoader) {
                    return new MockPluginsService(environment.settings(), environment, plugins);
                }
            },
            false
        ));
    }
}
