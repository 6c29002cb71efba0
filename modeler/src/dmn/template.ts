const escapeXml = (text: string) => text.replace(/[<>&"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c] ?? c);

/**
 * The smallest decision table: one string input, one string output, one rule that says "-" (any) and
 * gives an empty string, hit policy FIRST. Its decision id is the table's key.
 */
export function blankDecisionTable(key: string, name: string, labels = { input: 'Input', output: 'Output' }): string {
  const n = escapeXml(name);
  return `<?xml version="1.0" encoding="UTF-8"?>
<definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" xmlns:dmndi="https://www.omg.org/spec/DMN/20191111/DMNDI/" xmlns:dc="http://www.omg.org/spec/DMN/20180521/DC/" id="${key}-definitions" name="${n}" namespace="http://careflow.example/dmn">
  <decision id="${key}" name="${n}">
    <decisionTable id="${key}-table" hitPolicy="FIRST">
      <input id="${key}-input-1" label="${escapeXml(labels.input)}">
        <inputExpression id="${key}-input-1-expression" typeRef="string"><text>input1</text></inputExpression>
      </input>
      <output id="${key}-output-1" label="${escapeXml(labels.output)}" name="output1" typeRef="string" />
      <rule id="${key}-rule-1">
        <inputEntry id="${key}-rule-1-input"><text>-</text></inputEntry>
        <outputEntry id="${key}-rule-1-output"><text>""</text></outputEntry>
      </rule>
    </decisionTable>
  </decision>
  <dmndi:DMNDI>
    <dmndi:DMNDiagram id="${key}-diagram">
      <dmndi:DMNShape id="${key}-shape" dmnElementRef="${key}">
        <dc:Bounds height="80" width="180" x="160" y="100" />
      </dmndi:DMNShape>
    </dmndi:DMNDiagram>
  </dmndi:DMNDI>
</definitions>
`;
}
