package org.careflow.processengine;

import javax.script.ScriptEngine;
import javax.script.ScriptEngineFactory;
import javax.script.ScriptEngineManager;
import org.operaton.bpm.engine.ProcessEngineException;
import org.operaton.bpm.engine.delegate.Expression;
import org.operaton.bpm.engine.impl.scripting.ExecutableScript;
import org.operaton.bpm.engine.impl.scripting.ScriptFactory;
import org.operaton.bpm.engine.impl.scripting.engine.ScriptEngineResolver;

/**
 * Analysts are trusted with processes, not with code on the server. A script task, script
 * listener, script condition or script I/O mapping is refused when the model is parsed (the
 * deployment fails naming the element); a script the parser does not see (a DMN expression in a
 * script language, a rendered form) finds no script engine and fails when run.
 */
final class NoScripts {
  static final String REFUSED = "scripts are disabled in CareFlow's process engine; use expressions, connectors or decision tables";

  private NoScripts() {}

  static final class Factory extends ScriptFactory {
    @Override
    public ExecutableScript createScriptFromResource(String language, String resource) {
      throw new ProcessEngineException(REFUSED);
    }

    @Override
    public ExecutableScript createScriptFromResource(String language, Expression resourceExpression) {
      throw new ProcessEngineException(REFUSED);
    }

    @Override
    public ExecutableScript createScriptFromSource(String language, String source) {
      throw new ProcessEngineException(REFUSED);
    }

    @Override
    public ExecutableScript createScriptFromSource(String language, Expression sourceExpression) {
      throw new ProcessEngineException(REFUSED);
    }
  }

  static final class EngineResolver implements ScriptEngineResolver {
    // Service lookup through a loader that sees no jars: no engine can be found through it.
    private final ScriptEngineManager empty = new ScriptEngineManager(new ClassLoader(null) {});

    @Override
    public void addScriptEngineFactory(ScriptEngineFactory scriptEngineFactory) {
      // ignored: no script engine is ever registered
    }

    @Override
    public ScriptEngineManager getScriptEngineManager() {
      return empty;
    }

    @Override
    public ScriptEngine getScriptEngine(String language, boolean resolveFromCache) {
      return null; // the engine then fails with "Can't find scripting engine"
    }
  }
}
