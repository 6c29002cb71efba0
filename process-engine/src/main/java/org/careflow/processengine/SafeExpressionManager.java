package org.careflow.processengine;

import jakarta.el.ArrayELResolver;
import jakarta.el.CompositeELResolver;
import jakarta.el.ELResolver;
import jakarta.el.ListELResolver;
import jakarta.el.MapELResolver;
import org.operaton.bpm.engine.impl.el.JuelExpressionManager;

/**
 * Expressions an analyst writes read data and compute with it, nothing more: variables, fields of
 * JSON maps, list and array items, operators and the engine's own functions ({@code now()},
 * {@code currentUser()}). There is no bean resolver, so no method can be called
 * ({@code ${execution.getProcessEngineServices()}}, {@code ${''.getClass()}}) and no Java
 * object's getters read; no Spring bean, mock or process-application resolver either.
 */
public class SafeExpressionManager extends JuelExpressionManager {
  @Override
  protected ELResolver createElResolver() {
    CompositeELResolver resolver = new CompositeELResolver();
    resolver.add(new VariablesOnlyElResolver());
    resolver.add(new ArrayELResolver(true));
    resolver.add(new ListELResolver(true));
    resolver.add(new MapELResolver(true));
    return resolver;
  }
}
