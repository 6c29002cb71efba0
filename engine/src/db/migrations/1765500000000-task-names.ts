import { MigrationInterface, QueryRunner, Table, TableColumn } from 'typeorm';
import { elementNamesOf } from '../../modules/deployments/element-names';
import { columns } from './table-columns';

interface DeploymentRow {
  id: string;
  xml: string;
  processes: string;
}

/**
 * Tasks get a display name, the BPMN element's name. Process definitions are kept with their
 * element names, filled here from the models already deployed; existing tasks take their names.
 */
export class TaskNames1765500000000 implements MigrationInterface {
  name = 'TaskNames1765500000000';

  async up(runner: QueryRunner): Promise<void> {
    const c = columns(runner);
    await runner.createTable(
      new Table({
        name: 'process_definitions',
        columns: [{ ...c.key('process_definition_key'), isPrimary: true }, c.text('bpmn_process_id'), { name: 'version', type: 'int' }, c.text('deployment_id', 36), c.longText('element_names')],
      }),
    );
    await runner.addColumn('tasks', new TableColumn({ name: 'name', type: 'varchar', length: '255', isNullable: true }));
    const deployments: DeploymentRow[] = await runner.query('SELECT id, xml, processes FROM deployments');
    for (const d of deployments) {
      const names = elementNamesOf(d.xml);
      for (const p of JSON.parse(d.processes) as { bpmnProcessId: string; version: number; processDefinitionKey: string }[]) {
        await runner.query('INSERT INTO process_definitions (process_definition_key, bpmn_process_id, version, deployment_id, element_names) VALUES (?, ?, ?, ?, ?)', [
          p.processDefinitionKey,
          p.bpmnProcessId,
          p.version,
          d.id,
          JSON.stringify(names),
        ]);
        for (const [elementId, name] of Object.entries(names)) {
          await runner.query('UPDATE tasks SET name = ? WHERE process_definition_key = ? AND element_id = ?', [name, p.processDefinitionKey, elementId]);
        }
      }
    }
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropColumn('tasks', 'name');
    await runner.dropTable('process_definitions');
  }
}
