import type { C7ElementTemplate } from '@careflow/connectors/dist/templates/c7/element-template';

const xml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * A service task as the modeler writes it when the analyst applies a Camunda 7 element template
 * and fills its fields (`values` by property id; the template's defaults otherwise). Tests use it
 * so the runtime is proven on what the template produces, not on hand-written XML.
 */
export function templatedTask(template: C7ElementTemplate, id: string, values: Record<string, string> = {}): string {
  const attributes: string[] = [];
  const properties: string[] = [];
  const inputs: string[] = [];
  const outputs: string[] = [];
  for (const p of template.properties) {
    const value = (p.id !== undefined ? values[p.id] : undefined) ?? p.value;
    const b = p.binding;
    if (b.type === 'property') attributes.push(`${b.name}="${xml(value ?? '')}"`);
    else if (value === undefined || value === '') continue;
    else if (b.type === 'camunda:property') properties.push(`<camunda:property name="${b.name}" value="${xml(value)}"/>`);
    else if (b.type === 'camunda:inputParameter') inputs.push(`<camunda:inputParameter name="${b.name}">${xml(value)}</camunda:inputParameter>`);
    else outputs.push(`<camunda:outputParameter name="${xml(value)}">${xml(b.source)}</camunda:outputParameter>`);
  }
  const io = inputs.length + outputs.length > 0 ? `<camunda:inputOutput>${[...inputs, ...outputs].join('')}</camunda:inputOutput>` : '';
  const props = properties.length > 0 ? `<camunda:properties>${properties.join('')}</camunda:properties>` : '';
  return `<bpmn:serviceTask id="${id}" ${attributes.join(' ')}><bpmn:extensionElements>${props}${io}</bpmn:extensionElements></bpmn:serviceTask>`;
}
