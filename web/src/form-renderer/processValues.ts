type Node = Record<string, unknown>;
const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A field the form only shows: the analyst marked it read-only. */
const showsOnly = (node: Node) => node['x-pattern'] === 'readPretty' || node['x-pattern'] === 'readOnly' || node['x-read-pretty'] === true || node.readOnly === true;

/** The form's read-only fields by name, through layout containers (void nodes), not into arrays. */
function shownFields(node: Node, found: string[] = []): string[] {
  if (!isNode(node.properties)) return found;
  for (const [name, child] of Object.entries(node.properties)) {
    if (!isNode(child)) continue;
    if (child.type === 'void') shownFields(child, found);
    else if (showsOnly(child)) found.push(name);
  }
  return found;
}

/**
 * What an open task's form starts with: the process's value for each read-only field of the same
 * name (the quote an agent reads out to the caller), then the saved draft, which wins.
 */
export function startingValues(schema: Node | undefined, variables: Record<string, unknown>, draft: Record<string, unknown> | null | undefined): Record<string, unknown> | undefined {
  const shown = schema ? shownFields(schema).filter((name) => variables[name] !== undefined && variables[name] !== null) : [];
  if (shown.length === 0) return draft ?? undefined;
  return { ...Object.fromEntries(shown.map((name) => [name, variables[name]])), ...(draft ?? {}) };
}
