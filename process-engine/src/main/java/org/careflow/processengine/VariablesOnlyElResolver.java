package org.careflow.processengine;

import jakarta.el.ELContext;
import jakarta.el.ELResolver;
import org.operaton.bpm.engine.delegate.VariableScope;
import org.operaton.bpm.engine.variable.context.VariableContext;
import org.operaton.bpm.engine.variable.value.TypedValue;

/**
 * Resolves a bare name to a variable's value and to nothing else: not the execution, the task
 * or the external task objects Operaton would hand out under those names, so an expression
 * cannot start from an engine object. Read only.
 */
public class VariablesOnlyElResolver extends ELResolver {
  @Override
  public Object getValue(ELContext context, Object base, Object property) {
    if (base != null || !(property instanceof String name)) return null;
    if (context.getContext(VariableScope.class) instanceof VariableScope scope && scope.hasVariable(name)) {
      context.setPropertyResolved(true);
      return scope.getVariable(name);
    }
    if (context.getContext(VariableContext.class) instanceof VariableContext variables) {
      TypedValue value = variables.resolve(name);
      if (value != null) {
        context.setPropertyResolved(true);
        return value.getValue();
      }
    }
    return null;
  }

  @Override
  public Class<?> getType(ELContext context, Object base, Object property) {
    return null;
  }

  @Override
  public void setValue(ELContext context, Object base, Object property, Object value) {
    // read only: expressions never write variables
  }

  @Override
  public boolean isReadOnly(ELContext context, Object base, Object property) {
    return true;
  }

  @Override
  public Class<?> getCommonPropertyType(ELContext context, Object base) {
    return base == null ? String.class : null;
  }
}
