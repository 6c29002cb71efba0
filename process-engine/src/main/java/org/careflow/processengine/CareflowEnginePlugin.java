package org.careflow.processengine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import org.operaton.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.operaton.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.operaton.bpm.engine.impl.variable.serializer.TypedValueSerializer;
import org.springframework.stereotype.Component;

/**
 * What CareFlow needs of the engine beyond configuration: JSON object variables (Operaton's own
 * JSON data format is not published for this version), and defence in depth behind the publish
 * rules: expressions that only read data (no Spring beans, no method calls, no Java objects),
 * no scripts, and no expressions in stored queries (they would run with the reader's rights).
 */
@Component
public class CareflowEnginePlugin extends AbstractProcessEnginePlugin {
  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<TypedValueSerializer> serializers = new ArrayList<>();
    if (configuration.getCustomPreVariableSerializers() != null) serializers.addAll(configuration.getCustomPreVariableSerializers());
    serializers.add(new JsonVariableSerializer());
    configuration.setCustomPreVariableSerializers(serializers);
    configuration.setBeans(new HashMap<>());
    // Replaces the Spring expression manager the starter set before the plugins ran.
    configuration.setExpressionManager(new SafeExpressionManager());
    configuration.setScriptFactory(new NoScripts.Factory());
    configuration.setScriptEngineResolver(new NoScripts.EngineResolver());
    configuration.setEnableFetchScriptEngineFromProcessApplication(false);
    configuration.setEnableExpressionsInStoredQueries(false);
  }
}
