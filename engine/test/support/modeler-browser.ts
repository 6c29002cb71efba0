import { Locator, Page } from 'playwright-core';

/**
 * Drives the bpmn-js modeler of 流程设计 in Chromium the way an analyst does: clicks on shapes, the
 * context pad, the replace menu, the properties panel and the template chooser.
 */

/** The shape (or connection) with a BPMN id. */
export const shape = (page: Page, id: string): Locator => page.locator(`.djs-element[data-element-id="${id}"]`).first();

/** Waits until the diagram shows the element. */
export async function waitForElement(page: Page, id: string): Promise<void> {
  await shape(page, id).waitFor();
}

/** Selects an element by clicking it (its context pad opens). */
export async function selectElement(page: Page, id: string): Promise<void> {
  // A click on an already selected element opens no context pad: clear the selection first.
  await page.locator('.djs-container > svg').first().click({ position: { x: 5, y: 5 } });
  await shape(page, id).click();
  await page.locator('.djs-context-pad').first().waitFor();
}

/** The id of the selected element (after an append, the new one). */
export async function selectedId(page: Page): Promise<string> {
  const selected = page.locator('.djs-element.selected');
  await selected.first().waitFor();
  const id = await selected.first().getAttribute('data-element-id');
  if (!id) throw new Error('No element is selected');
  return id;
}

/** Clicks a context pad entry of the selected element, e.g. `append.append-task`, `delete`, `replace`. */
export async function contextPad(page: Page, action: string): Promise<void> {
  await page.locator(`.djs-context-pad [data-action="${action}"]`).click();
}

/** Appends an element to `fromId` through its context pad; returns the new element's id. */
export async function append(page: Page, fromId: string, action = 'append.append-task'): Promise<string> {
  await selectElement(page, fromId);
  await contextPad(page, action);
  // A new task starts with its label in direct editing: leave it, keeping the element selected.
  await page.keyboard.press('Escape');
  return selectedId(page);
}

/** Replaces the element's type through the replace menu (e.g. `replace-with-user-task`); returns its id. */
export async function replaceWith(page: Page, id: string, entry: string): Promise<string> {
  await selectElement(page, id);
  await contextPad(page, 'replace');
  await page.locator(`.djs-popup [data-id="${entry}"]`).click();
  return selectedId(page);
}

/** Deletes an element through its context pad. */
export async function remove(page: Page, id: string): Promise<void> {
  await selectElement(page, id);
  await contextPad(page, 'delete');
  await shape(page, id).waitFor({ state: 'detached' });
}

/** Connects two shapes with the context pad's connect tool. */
export async function connect(page: Page, fromId: string, toId: string): Promise<void> {
  await selectElement(page, fromId);
  await contextPad(page, 'connect');
  await shape(page, toId).click();
}

/** Opens a properties panel group (e.g. `careflowUserTask`, `template`) unless it is open. */
export async function openGroup(page: Page, groupId: string): Promise<Locator> {
  const group = page.locator(`[data-group-id="group-${groupId}"]`);
  const header = group.locator('.bio-properties-panel-group-header').first();
  if (!((await header.getAttribute('class')) ?? '').includes('open')) await header.click();
  return group;
}

/** A properties panel entry by its entry id. */
export const entry = (page: Page, entryId: string): Locator => page.locator(`[data-entry-id="${entryId}"]`);

/** Types into a FEEL editor entry (a CodeMirror field). */
export async function fillFeel(page: Page, entryId: string, text: string): Promise<void> {
  const editor = entry(page, entryId).locator('.cm-content').first();
  await editor.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.insertText(text);
}

/** Applies an element template to the selected element through the template chooser. */
export async function applyTemplate(page: Page, templateId: string): Promise<void> {
  await page.locator('.bio-properties-panel-select-template-button').click();
  await page.locator(`.djs-popup [data-id="apply-template-${templateId}"]`).click();
  await page.locator('.djs-popup').waitFor({ state: 'detached' });
}

/** A blank executable process (start → end) with its diagram: what a new service type starts from. */
export const blankDiagram = (processId: string) => `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI" id="defs" targetNamespace="https://careflow.example/bpmn">
  <bpmn:process id="${processId}" isExecutable="true">
    <bpmn:startEvent id="start"><bpmn:outgoing>f1</bpmn:outgoing></bpmn:startEvent>
    <bpmn:endEvent id="end"><bpmn:incoming>f1</bpmn:incoming></bpmn:endEvent>
    <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="end"/>
  </bpmn:process>
  <bpmndi:BPMNDiagram id="d1"><bpmndi:BPMNPlane id="p1" bpmnElement="${processId}">
    <bpmndi:BPMNShape id="start_di" bpmnElement="start"><dc:Bounds x="180" y="160" width="36" height="36"/></bpmndi:BPMNShape>
    <bpmndi:BPMNShape id="end_di" bpmnElement="end"><dc:Bounds x="700" y="160" width="36" height="36"/></bpmndi:BPMNShape>
    <bpmndi:BPMNEdge id="f1_di" bpmnElement="f1"><di:waypoint x="216" y="178"/><di:waypoint x="700" y="178"/></bpmndi:BPMNEdge>
  </bpmndi:BPMNPlane></bpmndi:BPMNDiagram>
</bpmn:definitions>`;
